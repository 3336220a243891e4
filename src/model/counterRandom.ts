// A counter-based pseudo-random generator, implemented bit for bit the same in
// tools/golden/counter_random.py. It lets a test and PyTorch build the *same*
// full-size ResNet-18 weights from a name and a seed, so that only PyTorch's
// outputs (a few kilobytes) need to be committed, never the weights.
//
// value(key, i) depends only on the key and the element index i: no state, so
// any element of any tensor can be generated in any order.
//
//   key(name, seed) = hash32(fnv1a32(name) ^ seed)
//   bits(key, i)    = hash32((hash32(i ^ key) + key) mod 2^32)
//   uniform(key, i) = (bits >>> 8) * 2^-23 - 1        in [-1, 1), exact in float32
//
// hash32 is Chris Wellons' "lowbias32" integer hash.

export function hash32(x: number): number {
  x = (x ^ (x >>> 16)) >>> 0;
  x = Math.imul(x, 0x7feb352d) >>> 0;
  x = (x ^ (x >>> 15)) >>> 0;
  x = Math.imul(x, 0x846ca68b) >>> 0;
  x = (x ^ (x >>> 16)) >>> 0;
  return x;
}

/** FNV-1a over the UTF-16 code units of an ASCII name (the names we hash are ASCII). */
export function fnv1a32(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h = Math.imul((h ^ name.charCodeAt(i)) >>> 0, 0x01000193) >>> 0;
  }
  return h;
}

export function streamKey(name: string, seed: number): number {
  return hash32((fnv1a32(name) ^ seed) >>> 0);
}

/** The raw 32 random bits behind element i of a stream, as an unsigned integer. */
export function bitsAt(key: number, i: number): number {
  return hash32((hash32((i ^ key) >>> 0) + key) >>> 0);
}

export function uniformAt(key: number, i: number): number {
  return (bitsAt(key, i) >>> 8) * 2 ** -23 - 1;
}

/** Fills `out` with offset + scale * uniform(key, i), each value rounded once to float32. */
export function fillUniform(out: Float32Array, name: string, seed: number, scale: number, offset = 0): Float32Array {
  const key = streamKey(name, seed);
  for (let i = 0; i < out.length; i++) out[i] = offset + scale * uniformAt(key, i);
  return out;
}

/**
 * `count` distinct positions in [0, size), ascending, chosen by the stream (name, seed): draw
 * bits(key, 0), bits(key, 1), … modulo size, skip positions already taken, stop at `count`
 * (or at `size` if that is smaller), then sort. Golden files use it to pick which values to store.
 */
export function samplePositions(size: number, count: number, name: string, seed: number): number[] {
  const key = streamKey(name, seed);
  const want = Math.min(count, size);
  const taken = new Set<number>();
  for (let j = 0; taken.size < want; j++) taken.add(bitsAt(key, j) % size);
  return [...taken].sort((a, b) => a - b);
}
