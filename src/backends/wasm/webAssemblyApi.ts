// The part of the WebAssembly JavaScript API this backend uses, typed here: Node's type
// definitions do not declare the WebAssembly global (TypeScript's DOM library does), and the
// engine's public types must not need either. Absent (undefined) where a runtime has no wasm.

/** A shared WebAssembly.Memory: its buffer is a SharedArrayBuffer. */
export interface WasmMemory {
  readonly buffer: SharedArrayBuffer;
}

export interface WasmApi {
  Memory: new (descriptor: { initial: number; maximum: number; shared: true }) => WasmMemory;
  Module: new (bytes: Uint8Array<ArrayBuffer>) => object;
  Instance: new (module: object, imports: Record<string, Record<string, unknown>>) => { exports: Record<string, unknown> };
  validate(bytes: Uint8Array<ArrayBuffer>): boolean;
  compile(bytes: Uint8Array<ArrayBuffer>): Promise<object>;
}

export const webAssembly: WasmApi | undefined = (globalThis as unknown as { WebAssembly?: WasmApi }).WebAssembly;

/** Whether `value` is a WebAssembly.Memory (false where there is no WebAssembly). */
export function isWasmMemory(value: unknown): value is WasmMemory {
  return webAssembly !== undefined && value instanceof webAssembly.Memory;
}
