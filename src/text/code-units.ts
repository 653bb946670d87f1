/**
 * The UTF-16 code units of a text as a `Uint16Array`, for parsers that look at every character:
 * reading a typed array costs less than half of what `String.prototype.charCodeAt` costs in a
 * loop (measured on V8: 0.85 against 2 ns per character), because `charCodeAt` asks each time
 * what kind of string it is reading. On Node the text is copied natively into a reused buffer,
 * which also tells cheaply whether the text has astral characters; elsewhere (or on a big-endian
 * machine) the array is filled one character at a time. Also here: {@link hasHighSurrogate},
 * the question every offset conversion asks first.
 */

interface ByteBuffer extends Uint8Array {
  write(text: string, offset: number, length: number, encoding: 'utf16le'): number;
  indexOf(value: number, byteOffset?: number): number;
}
interface ByteBufferClass {
  allocUnsafeSlow(size: number): ByteBuffer;
}

const NodeBuffer = (globalThis as { Buffer?: ByteBufferClass }).Buffer;
const LITTLE_ENDIAN = new Uint16Array(new Uint8Array([1, 0]).buffer)[0] === 1;
const HIGH_SURROGATE = /[\uD800-\uDBFF]/;
/** Below this length the regular expression costs less than copying the text. */
const SHORT = 256;
/** Above this many bytes a scratch buffer is not kept between calls. */
const KEEP_LIMIT = 1 << 22;

/** Scratch buffers (the functions are synchronous, so calls never overlap): one for {@link codeUnits}, one for {@link hasHighSurrogate}. */
let scratchBytes: ByteBuffer | undefined;
let scratchUnits: Uint16Array | undefined;
let checkBytes: ByteBuffer | undefined;

/**
 * True when the first `size` bytes of `bytes`, a text written as UTF-16LE, hold a high
 * surrogate. The code unit at k is bytes 2k (low) and 2k + 1 (high); a high surrogate has a high
 * byte D8–DB, and the same bytes at even positions are low bytes of other characters. Each byte
 * value is found with a native search, which a sentinel at `size + 1` stops (`bytes` has room
 * for it), so that bytes an earlier, longer text left after `size` are never searched.
 */
function highSurrogateIn(bytes: ByteBuffer, size: number): boolean {
  const sentinel = size + 1;
  for (let b = 0xd8; b <= 0xdb; b++) {
    bytes[sentinel] = b;
    for (let i = bytes.indexOf(b, 1); i < size; i = bytes.indexOf(b, i + 1)) if ((i & 1) === 1) return true;
  }
  return false;
}

/**
 * True when `text` has a high surrogate (UTF-16 code unit U+D800–U+DBFF), that is, almost
 * always, a character outside the Basic Multilingual Plane. When it returns false, UTF-16
 * offsets into `text` are code point offsets. A regular expression answers one code unit at a
 * time (about 1 ns per character here); on Node, long texts are copied into a reused buffer and
 * searched natively instead, about nine times faster on news-sized texts.
 *
 * @example
 * ```ts
 * hasHighSurrogate('داعش في دير الزور'); //=> false
 * hasHighSurrogate('💩 Idlib'); //=> true
 * ```
 */
export function hasHighSurrogate(text: string): boolean {
  const n = text.length;
  if (n < SHORT || NodeBuffer === undefined) return HIGH_SURROGATE.test(text);
  const size = n * 2;
  let bytes = checkBytes;
  if (bytes === undefined || bytes.length < size + 2) {
    bytes = NodeBuffer.allocUnsafeSlow(size + 2);
    if (size <= KEEP_LIMIT) checkBytes = bytes;
  }
  bytes.write(text, 0, size, 'utf16le');
  return highSurrogateIn(bytes, size);
}

/**
 * A text's code units (see {@link codeUnits}).
 *
 * @example
 * ```ts
 * const { units, astral } = codeUnits('💩 x');
 * units[3] === 0x78; //=> true
 * astral; //=> true
 * ```
 */
export interface CodeUnits {
  /**
   * `units[i]` is `text.charCodeAt(i)` for i below `text.length`. The array may be longer (it is
   * the reused buffer, not a view cut to size, which would cost a new object per call): what
   * follows the text means nothing.
   */
  readonly units: Uint16Array;
  /** True when the text has a high surrogate (U+D800–U+DBFF): it has astral characters. */
  readonly astral: boolean;
}

/**
 * The code units of `text`. The array lives in a buffer that the next call reuses: read it
 * before calling `codeUnits` again (parsers are synchronous, so a parse that takes the units at
 * its start and calls nothing that asks for them can keep them to its end).
 *
 * @example
 * ```ts
 * const { units } = codeUnits('[[داعش|Organization]]');
 * units[0] === 0x5b; //=> true
 * ```
 */
export function codeUnits(text: string): CodeUnits {
  const n = text.length;
  if (NodeBuffer === undefined || !LITTLE_ENDIAN) {
    const units = new Uint16Array(n);
    let astral = false;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      units[i] = c;
      if (c >= 0xd800 && c <= 0xdbff) astral = true;
    }
    return { units, astral };
  }
  const size = n * 2;
  let bytes = scratchBytes;
  let all = scratchUnits;
  if (bytes === undefined || all === undefined || bytes.length < size + 2) {
    // At least 4 kB, so that short texts share one buffer; 2 bytes more for the sentinel.
    bytes = NodeBuffer.allocUnsafeSlow(Math.max(size + 2, 4096));
    all = new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.length >> 1);
    if (size <= KEEP_LIMIT) {
      scratchBytes = bytes;
      scratchUnits = all;
    }
  }
  bytes.write(text, 0, size, 'utf16le');
  return { units: all, astral: highSurrogateIn(bytes, size) };
}
