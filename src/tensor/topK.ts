// topK: the k largest values of a vector with their indices, largest first; equal values keep
// the lower index first, so the order is stable and reproducible.

export interface Ranked {
  index: number;
  value: number;
}

export function topK(values: ArrayLike<number>, k: number): Ranked[] {
  if (!Number.isInteger(k) || k < 1) throw new Error(`topK: k must be a positive integer, got ${k}`);
  const best: Ranked[] = [];
  for (let index = 0; index < values.length; index++) {
    const value = values[index];
    if (best.length === k) {
      if (!(value > best[k - 1].value)) continue;
      best.pop();
    }
    let at = best.length;
    while (at > 0 && value > best[at - 1].value) at--;
    best.splice(at, 0, { index, value });
  }
  return best;
}
