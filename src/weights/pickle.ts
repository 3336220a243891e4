// A pickle reader that builds data and never runs code.
//
// Python's pickle format is a program for a small stack machine; real unpickling imports whatever
// module.name the stream asks for (GLOBAL) and calls it (REDUCE), which is how a malicious
// checkpoint runs code. This machine implements the opcodes torch.save emits (protocols 2–5, plus
// the protocol 0/1 string forms Python 2 checkpoints contain) and hands every global to the
// caller's `findGlobal`, which returns a plain TypeScript object from a fixed allow-list or throws.
// A "call" is then the allowed object's `call` method: nothing is ever evaluated.
//
// Python values become:
//   None → null   bool → boolean   int → number (bigint beyond 2^53)   float → number
//   str → string  bytes → Uint8Array   tuple, list → Array   dict → Map
//
// Reference: Lib/pickletools.py (opcode documentation), read to learn the format.

/** What `findGlobal` returns for a callable global: REDUCE and NEWOBJ call it with the argument tuple. */
export interface PyCallable {
  readonly pythonName: string;
  call(args: unknown[]): unknown;
}

/** Objects that accept BUILD (Python's __setstate__). */
export interface PyBuildable {
  build(state: unknown): void;
}

export interface UnpickleOptions {
  /** Used in error messages, e.g. "resnet18.pth: data.pkl". */
  source: string;
  /** Resolve GLOBAL module.name to an allowed value, or throw an error naming it. */
  findGlobal(module: string, name: string): unknown;
  /** Resolve a persistent id (torch: a storage reference tuple). */
  persistentLoad(pid: unknown): unknown;
}

export interface UnpickleResult {
  value: unknown;
  /** Offset just after STOP: the legacy torch format concatenates several pickles. */
  end: number;
}

export function isCallable(value: unknown): value is PyCallable {
  return typeof value === 'object' && value !== null && typeof (value as PyCallable).call === 'function';
}

function isBuildable(value: unknown): value is PyBuildable {
  return typeof value === 'object' && value !== null && typeof (value as PyBuildable).build === 'function';
}

export function unpickle(bytes: Uint8Array, start: number, options: UnpickleOptions): UnpickleResult {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  const latin1 = new TextDecoder('latin1');
  const stack: unknown[] = [];
  const marks: number[] = [];
  const memo = new Map<number, unknown>();
  let pos = start;
  let opcodeAt = start;

  const fail = (what: string): Error =>
    new Error(`${options.source} is not a valid pickle: ${what} (opcode at byte ${opcodeAt}). The file is probably truncated or damaged.`);
  const need = (n: number): void => {
    if (!(n >= 0) || pos + n > bytes.length) throw fail(`it ends inside an opcode that needs ${n} more bytes`);
  };
  const u8 = (): number => (need(1), bytes[pos++]);
  const u16 = (): number => (need(2), (pos += 2), view.getUint16(pos - 2, true));
  const i32 = (): number => (need(4), (pos += 4), view.getInt32(pos - 4, true));
  const u32 = (): number => (need(4), (pos += 4), view.getUint32(pos - 4, true));
  const u64 = (): number => {
    need(8);
    const value = view.getUint32(pos, true) + view.getUint32(pos + 4, true) * 2 ** 32;
    pos += 8;
    if (!Number.isSafeInteger(value)) throw fail(`a length of ${value} bytes`);
    return value;
  };
  const take = (n: number): Uint8Array => {
    need(n);
    pos += n;
    return bytes.subarray(pos - n, pos);
  };
  const line = (): string => {
    const end = bytes.indexOf(0x0a, pos);
    if (end < 0) throw fail('a text argument has no terminating newline');
    const text = latin1.decode(bytes.subarray(pos, end));
    pos = end + 1;
    return text;
  };
  const decodeUtf8 = (b: Uint8Array): string => {
    try {
      return utf8.decode(b);
    } catch {
      throw fail('a string is not valid UTF-8');
    }
  };
  const pop = (): unknown => {
    if (stack.length === 0 || (marks.length > 0 && stack.length === marks[marks.length - 1])) throw fail('the stack is empty');
    return stack.pop();
  };
  const top = (): unknown => {
    if (stack.length === 0) throw fail('the stack is empty');
    return stack[stack.length - 1];
  };
  const popMark = (): unknown[] => {
    const mark = marks.pop();
    if (mark === undefined) throw fail('MARK expected');
    return stack.splice(mark);
  };
  const memoGet = (index: number): unknown => {
    if (!memo.has(index)) throw fail(`memo entry ${index} was never stored`);
    return memo.get(index);
  };
  const call = (callable: unknown, args: unknown): unknown => {
    if (!isCallable(callable)) throw fail(`a call to something that is not an allowed callable (${describe(callable)})`);
    if (!Array.isArray(args)) throw fail('call arguments are not a tuple');
    return callable.call(args);
  };
  const setItems = (target: unknown, items: unknown[]): void => {
    if (!(target instanceof Map)) throw fail(`SETITEM(S) on ${describe(target)}, not a dict`);
    if (items.length % 2 !== 0) throw fail('SETITEMS with an odd number of values');
    for (let i = 0; i < items.length; i += 2) target.set(items[i], items[i + 1]);
  };
  const append = (target: unknown, items: unknown[]): void => {
    if (!Array.isArray(target)) throw fail(`APPEND(S) on ${describe(target)}, not a list`);
    for (const item of items) target.push(item);
  };
  const long = (b: Uint8Array): number | bigint => {
    // Two's-complement little-endian integer of any length (LONG1 / LONG4).
    let value = 0n;
    for (let i = b.length - 1; i >= 0; i--) value = (value << 8n) | BigInt(b[i]);
    if (b.length > 0 && b[b.length - 1] & 0x80) value -= 1n << BigInt(8 * b.length);
    return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value;
  };

  for (;;) {
    opcodeAt = pos;
    const op = u8();
    switch (op) {
      case 0x80: { // PROTO
        const protocol = u8();
        if (protocol > 5) throw fail(`pickle protocol ${protocol} is newer than 5`);
        break;
      }
      case 0x95: u64(); break; // FRAME: a length prefix for buffered reading; the opcodes simply continue
      case 0x2e: // STOP
        if (stack.length !== 1 || marks.length !== 0) throw fail(`STOP with ${stack.length} values on the stack`);
        return { value: stack[0], end: pos };

      case 0x28: marks.push(stack.length); break; // MARK
      case 0x30: pop(); break; // POP
      case 0x31: popMark(); break; // POP_MARK
      case 0x32: stack.push(top()); break; // DUP

      case 0x4e: stack.push(null); break; // NONE
      case 0x88: stack.push(true); break; // NEWTRUE
      case 0x89: stack.push(false); break; // NEWFALSE
      case 0x4a: stack.push(i32()); break; // BININT
      case 0x4b: stack.push(u8()); break; // BININT1
      case 0x4d: stack.push(u16()); break; // BININT2
      case 0x8a: stack.push(long(take(u8()))); break; // LONG1
      case 0x8b: { // LONG4
        const n = i32();
        if (n < 0) throw fail('negative LONG4 length');
        stack.push(long(take(n)));
        break;
      }
      case 0x49: { // INT (text): also encodes booleans as 00 / 01 in protocol 0
        const text = line();
        if (text === '00' || text === '01') stack.push(text === '01');
        else stack.push(parseIntOrFail(text, fail));
        break;
      }
      case 0x4c: stack.push(parseIntOrFail(line().replace(/L$/, ''), fail)); break; // LONG (text)
      case 0x47: need(8); stack.push(view.getFloat64(pos, false)); pos += 8; break; // BINFLOAT (big-endian!)
      case 0x46: stack.push(Number(line())); break; // FLOAT (text)

      case 0x58: stack.push(decodeUtf8(take(u32()))); break; // BINUNICODE
      case 0x8c: stack.push(decodeUtf8(take(u8()))); break; // SHORT_BINUNICODE
      case 0x8d: stack.push(decodeUtf8(take(u64()))); break; // BINUNICODE8
      // Python 2 str (BINSTRING / SHORT_BINSTRING): bytes, which Python 3 decodes as ASCII/latin-1 for torch's keys.
      case 0x54: stack.push(latin1.decode(take(i32()))); break; // BINSTRING
      case 0x55: stack.push(latin1.decode(take(u8()))); break; // SHORT_BINSTRING
      case 0x42: stack.push(copyOf(take(u32()))); break; // BINBYTES
      case 0x43: stack.push(copyOf(take(u8()))); break; // SHORT_BINBYTES
      case 0x8e: stack.push(copyOf(take(u64()))); break; // BINBYTES8

      case 0x7d: stack.push(new Map()); break; // EMPTY_DICT
      case 0x64: { // DICT
        const d = new Map();
        setItems(d, popMark());
        stack.push(d);
        break;
      }
      case 0x5d: stack.push([]); break; // EMPTY_LIST
      case 0x6c: stack.push(popMark()); break; // LIST
      case 0x29: stack.push([]); break; // EMPTY_TUPLE
      case 0x74: stack.push(popMark()); break; // TUPLE
      case 0x85: stack.push([pop()]); break; // TUPLE1
      case 0x86: { // TUPLE2
        const b = pop();
        stack.push([pop(), b]);
        break;
      }
      case 0x87: { // TUPLE3
        const c = pop();
        const b = pop();
        stack.push([pop(), b, c]);
        break;
      }
      case 0x73: { // SETITEM
        const value = pop();
        const key = pop();
        setItems(top(), [key, value]);
        break;
      }
      case 0x75: { // SETITEMS
        const items = popMark();
        setItems(top(), items);
        break;
      }
      case 0x61: { // APPEND
        const item = pop();
        append(top(), [item]);
        break;
      }
      case 0x65: { // APPENDS
        const items = popMark();
        append(top(), items);
        break;
      }

      case 0x71: memo.set(u8(), top()); break; // BINPUT
      case 0x72: memo.set(u32(), top()); break; // LONG_BINPUT
      case 0x94: memo.set(memo.size, top()); break; // MEMOIZE
      case 0x70: memo.set(Number(parseIntOrFail(line(), fail)), top()); break; // PUT (text)
      case 0x68: stack.push(memoGet(u8())); break; // BINGET
      case 0x6a: stack.push(memoGet(u32())); break; // LONG_BINGET
      case 0x67: stack.push(memoGet(Number(parseIntOrFail(line(), fail)))); break; // GET (text)

      case 0x63: { // GLOBAL "module\nname\n"
        const module = line();
        const name = line();
        stack.push(options.findGlobal(module, name));
        break;
      }
      case 0x93: { // STACK_GLOBAL
        const name = pop();
        const module = pop();
        if (typeof module !== 'string' || typeof name !== 'string') throw fail('STACK_GLOBAL needs two strings');
        stack.push(options.findGlobal(module, name));
        break;
      }
      case 0x52: { // REDUCE: callable(*args)
        const args = pop();
        const callable = pop();
        stack.push(call(callable, args));
        break;
      }
      case 0x81: { // NEWOBJ: cls.__new__(cls, *args) — only allowed globals can be classes here
        const args = pop();
        const cls = pop();
        stack.push(call(cls, args));
        break;
      }
      case 0x62: { // BUILD: obj.__setstate__(state)
        const state = pop();
        const obj = top();
        if (obj instanceof Map) {
          // An OrderedDict's instance attributes: torch stores `_metadata` (per-module version numbers) here.
          // A state_dict does not need them.
          break;
        }
        if (!isBuildable(obj)) throw fail(`BUILD on ${describe(obj)}`);
        obj.build(state);
        break;
      }
      case 0x51: stack.push(options.persistentLoad(pop())); break; // BINPERSID
      case 0x50: stack.push(options.persistentLoad(line())); break; // PERSID (text)

      default:
        throw fail(`unsupported opcode 0x${op.toString(16).padStart(2, '0')}` +
          (op >= 0x20 && op < 0x7f ? ` ('${String.fromCharCode(op)}')` : '') +
          ', which torch.save never writes for a state_dict');
    }
  }
}

/** A real copy (a Node Buffer's `slice` would be a view of the whole file). */
function copyOf(b: Uint8Array): Uint8Array {
  const copy = new Uint8Array(b.length);
  copy.set(b);
  return copy;
}

function parseIntOrFail(text: string, fail: (what: string) => Error): number | bigint {
  if (!/^[-+]?\d+$/.test(text.trim())) throw fail(`"${text}" is not an integer`);
  const big = BigInt(text.trim());
  return big >= BigInt(Number.MIN_SAFE_INTEGER) && big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(big) : big;
}

/** A short description of a pickled value for error messages. */
export function describe(value: unknown): string {
  if (value === null) return 'None';
  if (isCallable(value)) return value.pythonName;
  if (value instanceof Map) return 'a dict';
  if (Array.isArray(value)) return 'a tuple/list';
  if (value instanceof Uint8Array) return 'bytes';
  if (typeof value === 'object') return (value as object).constructor?.name ?? 'an object';
  return `${typeof value} ${String(value)}`;
}
