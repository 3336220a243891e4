// A small WebAssembly assembler: the wasm backend's kernels are TypeScript functions that call
// this to write their machine code at run time, the way a JIT does. No compiler, no .wasm file.
//
// It writes the binary format directly (https://webassembly.github.io/spec/core/binary/):
//
//   module   = magic "\0asm", version 1, then sections: type (1), import (2), function (3),
//              export (7), code (10); each section = id, LEB128 byte size, contents
//   integers = LEB128 (unsigned for sizes and indices, signed for i32.const)
//   memory   = one imported, shared memory "env"."memory" (limits flag 3: shared, with a maximum),
//              the engine's weights, activations and scratch (src/backends/wasm/wasmBackend.ts)
//
// Every instruction is recorded twice: as bytes for the engine and as a line of WAT-like text for
// people (FunctionBuilder.toText(), ModuleBuilder.toText()), so a learner can read the kernel the
// engine wrote for a layer.

/** Value types: i32 for addresses and counters, f32 for scalars, v128 for four f32 lanes. */
export type ValueType = 'i32' | 'f32' | 'v128';

const TYPE_CODES: Record<ValueType, number> = { i32: 0x7f, f32: 0x7d, v128: 0x7b };

/** Unsigned LEB128: 7 bits a byte, low bits first, the top bit set on every byte but the last. */
export function unsignedLeb128(value: number): number[] {
  if (!Number.isInteger(value) || value < 0) throw new Error(`unsignedLeb128: ${value} is not a non-negative integer`);
  const bytes: number[] = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value !== 0) byte |= 0x80;
    bytes.push(byte);
  } while (value !== 0);
  return bytes;
}

/** Signed LEB128 (two's complement): stops once the remaining bits are the sign bit repeated. */
export function signedLeb128(value: number): number[] {
  if (!Number.isInteger(value)) throw new Error(`signedLeb128: ${value} is not an integer`);
  const bytes: number[] = [];
  for (;;) {
    const byte = value & 0x7f;
    value = Math.floor(value / 128);
    const done = (value === 0 && (byte & 0x40) === 0) || (value === -1 && (byte & 0x40) !== 0);
    bytes.push(done ? byte : byte | 0x80);
    if (done) return bytes;
  }
}

function f32Bytes(value: number): number[] {
  return [...new Uint8Array(new Float32Array([value]).buffer)];
}

function utf8(text: string): number[] {
  const bytes = [...new TextEncoder().encode(text)];
  return [...unsignedLeb128(bytes.length), ...bytes];
}

/** Appends `items` to `out` without spreading (function bodies are tens of kilobytes). */
function append(out: number[], items: readonly number[]): number[] {
  for (let i = 0; i < items.length; i++) out.push(items[i]);
  return out;
}

/** A vector of items: its count, then the items. */
function vector(items: number[][]): number[] {
  const out = unsignedLeb128(items.length);
  for (const item of items) append(out, item);
  return out;
}

function section(id: number, contents: number[]): number[] {
  return append([id, ...unsignedLeb128(contents.length)], contents);
}

// Opcodes by their text names. Plain ones are one byte; SIMD ones are 0xfd then an unsigned LEB128.
// Each table is `as const`, so its names are the only ones f.op() and f.memory() accept: a
// misspelt opcode is a type error, not a failure when the module is generated.
const PLAIN = {
  'unreachable': 0x00, 'nop': 0x01, 'else': 0x05, 'end': 0x0b, 'return': 0x0f, 'drop': 0x1a, 'select': 0x1b,
  'i32.eqz': 0x45, 'i32.eq': 0x46, 'i32.ne': 0x47, 'i32.lt_s': 0x48, 'i32.lt_u': 0x49, 'i32.gt_s': 0x4a,
  'i32.gt_u': 0x4b, 'i32.le_s': 0x4c, 'i32.le_u': 0x4d, 'i32.ge_s': 0x4e, 'i32.ge_u': 0x4f,
  'f32.eq': 0x5b, 'f32.ne': 0x5c, 'f32.lt': 0x5d, 'f32.gt': 0x5e, 'f32.le': 0x5f, 'f32.ge': 0x60,
  'i32.add': 0x6a, 'i32.sub': 0x6b, 'i32.mul': 0x6c, 'i32.div_s': 0x6d, 'i32.div_u': 0x6e,
  'i32.rem_s': 0x6f, 'i32.rem_u': 0x70, 'i32.and': 0x71, 'i32.or': 0x72, 'i32.xor': 0x73,
  'i32.shl': 0x74, 'i32.shr_s': 0x75, 'i32.shr_u': 0x76,
  'f32.abs': 0x8b, 'f32.neg': 0x8c, 'f32.sqrt': 0x91, 'f32.add': 0x92, 'f32.sub': 0x93, 'f32.mul': 0x94,
  'f32.div': 0x95, 'f32.min': 0x96, 'f32.max': 0x97, 'f32.convert_i32_s': 0xb2,
} as const satisfies Record<string, number>;
const SIMD = {
  'f32x4.splat': 0x13, 'f32x4.extract_lane': 0x1f, 'f32x4.replace_lane': 0x20, 'f32x4.neg': 0xe1,
  'f32x4.add': 0xe4, 'f32x4.sub': 0xe5, 'f32x4.mul': 0xe6, 'f32x4.div': 0xe7,
  'f32x4.min': 0xe8, 'f32x4.max': 0xe9, 'f32x4.pmin': 0xea, 'f32x4.pmax': 0xeb,
  'f32x4.relaxed_madd': 0x105,
} as const satisfies Record<string, number>;
const SIMD_MEMORY = { 'v128.load': 0x00, 'v128.load32_splat': 0x09, 'v128.store': 0x0b } as const satisfies Record<string, number>;
const PLAIN_MEMORY = { 'i32.load': 0x28, 'f32.load': 0x2a, 'i32.store': 0x36, 'f32.store': 0x38 } as const satisfies Record<string, number>;

export type PlainOp = keyof typeof PLAIN;
export type SimdOp = keyof typeof SIMD;
export type MemoryOp = keyof typeof SIMD_MEMORY | keyof typeof PLAIN_MEMORY;

/** log2 of the natural alignment, the memarg's alignment hint. */
const NATURAL_ALIGN = {
  'v128.load': 4, 'v128.store': 4, 'v128.load32_splat': 2, 'i32.load': 2, 'f32.load': 2, 'i32.store': 2, 'f32.store': 2,
} as const satisfies Record<MemoryOp, number>;

const isPlain = (name: PlainOp | SimdOp): name is PlainOp => name in PLAIN;
const isSimdMemory = (name: MemoryOp): name is keyof typeof SIMD_MEMORY => name in SIMD_MEMORY;

/** A local variable (or parameter) of a function being built. */
export interface Local {
  readonly index: number;
  readonly type: ValueType;
  readonly name: string;
}

/**
 * Builds one function's body. Instructions push and pop wasm's operand stack as the spec says;
 * the helpers block(), loop(), ifThen() and forRange() keep the structured control flow nested
 * correctly and the text indented.
 */
export class FunctionBuilder {
  readonly params: Local[];
  private readonly locals: Local[] = [];
  private readonly bytes: number[] = [];
  /** Each instruction's text and nesting depth, indented only when printed. */
  private readonly lines: string[] = [];
  private readonly depths: number[] = [];
  private depth = 1;

  constructor(
    readonly name: string,
    params: [string, ValueType][],
    readonly results: ValueType[] = [],
  ) {
    this.params = params.map(([localName, type], index) => ({ index, type, name: localName }));
  }

  /** A new local, zero at entry. Each name is declared once in a function (parameters included). */
  local(type: ValueType, name: string): Local {
    if (this.params.some((p) => p.name === name) || this.locals.some((l) => l.name === name)) {
      throw new Error(`${this.name}: local $${name} is declared twice`);
    }
    const local = { index: this.params.length + this.locals.length, type, name };
    this.locals.push(local);
    return local;
  }

  param(name: string): Local {
    const found = this.params.find((p) => p.name === name);
    if (!found) throw new Error(`${this.name}: no parameter ${name}`);
    return found;
  }

  private emit(bytes: number[], text: string): this {
    append(this.bytes, bytes);
    this.lines.push(text);
    this.depths.push(this.depth);
    return this;
  }

  op(name: PlainOp | SimdOp): this {
    if (isPlain(name)) return this.emit([PLAIN[name]], name);
    return this.emit([0xfd, ...unsignedLeb128(SIMD[name])], name);
  }

  get(local: Local): this {
    return this.emit([0x20, ...unsignedLeb128(local.index)], `local.get $${local.name}`);
  }

  set(local: Local): this {
    return this.emit([0x21, ...unsignedLeb128(local.index)], `local.set $${local.name}`);
  }

  tee(local: Local): this {
    return this.emit([0x22, ...unsignedLeb128(local.index)], `local.tee $${local.name}`);
  }

  i32(value: number): this {
    return this.emit([0x41, ...signedLeb128(value | 0)], `i32.const ${value | 0}`);
  }

  f32(value: number): this {
    return this.emit([0x43, ...f32Bytes(value)], `f32.const ${Math.fround(value)}`);
  }

  /** A v128 with the same f32 in all four lanes, as a constant. */
  f32x4(value: number): this {
    const lane = f32Bytes(value);
    return this.emit([0xfd, 0x0c, ...lane, ...lane, ...lane, ...lane], `v128.const f32x4 ${Math.fround(value)} ${Math.fround(value)} ${Math.fround(value)} ${Math.fround(value)}`);
  }

  /** Loads and stores: the address is on the stack; `offset` (bytes) is added to it. */
  memory(name: MemoryOp, offset = 0): this {
    const align = NATURAL_ALIGN[name];
    const memarg = [...unsignedLeb128(align), ...unsignedLeb128(offset)];
    const text = offset === 0 ? name : `${name} offset=${offset}`;
    if (isSimdMemory(name)) return this.emit([0xfd, ...unsignedLeb128(SIMD_MEMORY[name]), ...memarg], text);
    return this.emit([PLAIN_MEMORY[name], ...memarg], text);
  }

  lane(name: 'f32x4.extract_lane' | 'f32x4.replace_lane', lane: number): this {
    return this.emit([0xfd, ...unsignedLeb128(SIMD[name]), lane], `${name} ${lane}`);
  }

  /** i8x16.shuffle: byte i of the result is byte lanes[i] of (first ++ second). */
  shuffle(lanes: number[]): this {
    if (lanes.length !== 16) throw new Error('i8x16.shuffle takes 16 lane indices');
    return this.emit([0xfd, 0x0d, ...lanes], `i8x16.shuffle ${lanes.join(' ')}`);
  }

  call(fn: FunctionBuilder, index: number): this {
    return this.emit([0x10, ...unsignedLeb128(index)], `call $${fn.name}`);
  }

  /** br / br_if to the label `depth` levels out (0: the innermost block or loop). */
  br(depth: number): this {
    return this.emit([0x0c, ...unsignedLeb128(depth)], `br ${depth}`);
  }

  brIf(depth: number): this {
    return this.emit([0x0d, ...unsignedLeb128(depth)], `br_if ${depth}`);
  }

  private structured(opcode: number, text: string, body: () => void): this {
    this.emit([opcode, 0x40], text);
    this.depth++;
    body();
    this.depth--;
    return this.emit([0x0b], 'end');
  }

  /** block … end: br 0 inside jumps past the end. */
  block(body: () => void): this {
    return this.structured(0x02, 'block', body);
  }

  /** loop … end: br 0 inside jumps back to the start. */
  loop(body: () => void): this {
    return this.structured(0x03, 'loop', body);
  }

  /** if … end, taking the i32 condition from the stack. */
  ifThen(body: () => void): this {
    return this.structured(0x04, 'if', body);
  }

  /** if … else … end. */
  ifElse(then: () => void, otherwise: () => void): this {
    this.emit([0x04, 0x40], 'if');
    this.depth++;
    then();
    this.depth--;
    this.emit([0x05], 'else');
    this.depth++;
    otherwise();
    this.depth--;
    return this.emit([0x0b], 'end');
  }

  /**
   * for (counter = start; counter < end; counter += step) body — start and end are emitted by the
   * callbacks (each pushes one i32). The body runs at least zero times; inside it, br 0 continues
   * nowhere useful, so bodies use their own blocks for early exits.
   */
  forRange(counter: Local, start: () => void, end: () => void, body: () => void, step = 1): this {
    start();
    this.set(counter);
    return this.block(() => {
      this.get(counter);
      end();
      this.op('i32.ge_s').brIf(0);
      this.loop(() => {
        body();
        this.get(counter).i32(step).op('i32.add').tee(counter);
        end();
        this.op('i32.lt_s').brIf(0);
      });
    });
  }

  /** The body: local declarations (run-length grouped by type), then the instructions. */
  encodeBody(): number[] {
    const groups: [number, ValueType][] = [];
    for (const local of this.locals) {
      const last = groups[groups.length - 1];
      if (last && last[1] === local.type) last[0]++;
      else groups.push([1, local.type]);
    }
    const declarations = vector(groups.map(([count, type]) => [...unsignedLeb128(count), TYPE_CODES[type]]));
    const size = declarations.length + this.bytes.length + 1;
    const body = append(append(unsignedLeb128(size), declarations), this.bytes);
    body.push(0x0b);
    return body;
  }

  signature(): number[] {
    return [0x60, ...vector(this.params.map((p) => [TYPE_CODES[p.type]])), ...vector(this.results.map((r) => [TYPE_CODES[r]]))];
  }

  /** The function as WAT-like text: the signature, its locals, then one instruction a line. */
  toText(): string {
    const params = this.params.map((p) => `(param $${p.name} ${p.type})`).join(' ');
    const results = this.results.length > 0 ? ` (result ${this.results.join(' ')})` : '';
    const locals = this.locals.map((l) => `  (local $${l.name} ${l.type})`);
    const lines = this.lines.map((line, i) => '  '.repeat(this.depths[i]) + line);
    return [`(func $${this.name} ${params}${results}`, ...locals, ...lines, ')'].join('\n');
  }
}

/**
 * The imported memory's declared limits in 64 KiB pages: any shared memory of at least one page
 * (and wasm32's 4 GiB at most) can be given at instantiation, so one compiled module serves every
 * memory size the engine makes.
 */
const MEMORY_PAGES = { initial: 1, maximum: 65536 };

/** A module: one shared imported memory and the functions added to it, all exported by name. */
export class ModuleBuilder {
  private readonly functions: FunctionBuilder[] = [];

  /** Adds a function and returns its index (for call). */
  add(fn: FunctionBuilder): number {
    if (this.functions.some((f) => f.name === fn.name)) throw new Error(`ModuleBuilder: two functions named ${fn.name}`);
    return this.functions.push(fn) - 1;
  }

  encode(): Uint8Array<ArrayBuffer> {
    const signatures = this.functions.map((f) => f.signature());
    const typeIndex = new Map<string, number>();
    const types: number[][] = [];
    for (const signature of signatures) {
      const key = signature.join(',');
      if (!typeIndex.has(key)) typeIndex.set(key, types.push(signature) - 1);
    }
    const { initial, maximum } = MEMORY_PAGES;
    const memoryImport = [...utf8('env'), ...utf8('memory'), 0x02, 0x03, ...unsignedLeb128(initial), ...unsignedLeb128(maximum)];
    const bytes = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
    append(bytes, section(1, vector(types)));
    append(bytes, section(2, vector([memoryImport])));
    append(bytes, section(3, vector(signatures.map((s) => unsignedLeb128(typeIndex.get(s.join(','))!)))));
    append(bytes, section(7, vector(this.functions.map((f, i) => [...utf8(f.name), 0x00, ...unsignedLeb128(i)]))));
    append(bytes, section(10, vector(this.functions.map((f) => f.encodeBody()))));
    return new Uint8Array(bytes);
  }

  toText(): string {
    const { initial, maximum } = MEMORY_PAGES;
    return [
      '(module',
      `  (import "env" "memory" (memory ${initial} ${maximum} shared))`,
      ...this.functions.map((f) => f.toText().replace(/^/gm, '  ')),
      ...this.functions.map((f) => `  (export "${f.name}" (func $${f.name}))`),
      ')',
    ].join('\n');
  }
}
