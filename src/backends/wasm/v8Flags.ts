// Setting a V8 flag on Node, for the wasm backend's two tunings (relaxed SIMD, optimizing-only
// compilation), without importing anything from Node: the module is taken from the running process
// (process.getBuiltinModule, Node ≥ 20.16), so a browser bundle never reaches node:v8. Where there
// is no such process (browsers, which keep their own defaults) or function (older Node 20: wasm
// then runs without relaxed SIMD), nothing is set and false is returned.

interface V8Module {
  setFlagsFromString(flags: string): void;
}

export function setV8Flag(flag: string): boolean {
  const node = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const v8 = node?.getBuiltinModule?.('node:v8') as V8Module | undefined;
  if (!v8) return false;
  v8.setFlagsFromString(flag);
  return true;
}
