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

export function uniformAt(key: number, i: number): number {
  const bits = hash32((hash32((i ^ key) >>> 0) + key) >>> 0);
  return (bits >>> 8) * 2 ** -23 - 1;
}

/** Fills `out` with offset + scale * uniform(key, i), each value rounded once to float32. */
export function fillUniform(out: Float32Array, name: string, seed: number, scale: number, offset = 0): Float32Array {
  const key = streamKey(name, seed);
  for (let i = 0; i < out.length; i++) out[i] = offset + scale * uniformAt(key, i);
  return out;
}
