// A reusable barrier for worker threads over a SharedArrayBuffer: no worker leaves
// barrierWait() until all `parties` have entered it.
//
// Layout (Int32Array of 2): [0] how many have arrived in this round, [1] the round number.
// The last to arrive resets the count and bumps the round; the others sleep on the round number
// (Atomics.wait), after a short spin, because a round usually ends within microseconds.

export const BARRIER_INTS = 2;

const SPINS = 2000;

export function barrierWait(state: Int32Array, parties: number): void {
  if (parties <= 1) return;
  const round = Atomics.load(state, 1);
  if (Atomics.add(state, 0, 1) === parties - 1) {
    Atomics.store(state, 0, 0);
    Atomics.add(state, 1, 1);
    Atomics.notify(state, 1);
    return;
  }
  for (let i = 0; i < SPINS; i++) if (Atomics.load(state, 1) !== round) return;
  while (Atomics.load(state, 1) === round) Atomics.wait(state, 1, round);
}
