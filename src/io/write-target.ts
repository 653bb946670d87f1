import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';

/**
 * Where a writer puts its output: a file path (created or overwritten, then closed) or a Node
 * `Writable` (a file stream, `process.stdout`, a socket, a gzip stream…).
 *
 * @example
 * ```ts
 * await writeJsonl(events, 'events.jsonl');
 * await writeJsonl(events, process.stdout);
 * ```
 */
export type WriteTarget = string | Writable;

/** Options every streaming writer takes; see {@link WriteTarget}. */
export interface WriteTargetOptions {
  /**
   * Whether to end a `Writable` target when done. A file path is always closed. A stream you pass
   * is left open by default, so you can write more to it (or pass `process.stdout`); pass
   * `end: true` to end it and wait until it has finished.
   */
  end?: boolean;
}

/**
 * What a streaming writer did: how many events it wrote, how many it left out (each with an issue)
 * and how many bytes (UTF-8) it wrote.
 *
 * @example
 * ```ts
 * const { value } = await writeCsv(events, 'events.csv');
 * value; //=> { events: 528, skipped: 0, bytes: 301774 }
 * ```
 */
export interface WriteStats {
  /** Events written. */
  events: number;
  /** Events left out because they could not be written (each has an issue). */
  skipped: number;
  /** Bytes written, in UTF-8. */
  bytes: number;
}

const FLUSH_CHARS = 1 << 16;

/**
 * A buffered text sink over a `Writable` that honours back-pressure: small writes are gathered
 * into chunks of about 64 KiB, and a chunk waits for `drain` when the stream's buffer is full.
 * Internal to the writers.
 */
export class TextSink {
  /** UTF-8 bytes handed to the stream so far. */
  bytes = 0;
  private parts: string[] = [];
  private pending = 0;
  private failure: Error | undefined = undefined;
  private readonly onError = (error: Error): void => {
    this.failure ??= error;
  };

  /** Throws the error the stream reported, if any. */
  private check(): void {
    if (this.failure !== undefined) throw this.failure;
  }

  private constructor(
    private readonly stream: Writable,
    private readonly endAtClose: boolean,
  ) {
    stream.on('error', this.onError);
  }

  /** Opens a sink on a path (created or truncated) or on a stream. Rejects when the file cannot be opened. */
  static async open(target: WriteTarget, options: WriteTargetOptions = {}): Promise<TextSink> {
    if (typeof target === 'string') {
      const stream = createWriteStream(target, { highWaterMark: 1 << 20 });
      await once(stream, 'ready');
      return new TextSink(stream, true);
    }
    if (typeof target !== 'object' || typeof (target as Partial<Writable>).write !== 'function') {
      throw new TypeError('the write target must be a file path or a Node Writable stream');
    }
    return new TextSink(target, options.end === true);
  }

  /** Queues text; returns a promise only when a chunk was flushed and must be awaited. */
  write(text: string): Promise<void> | undefined {
    this.parts.push(text);
    this.pending += text.length;
    return this.pending >= FLUSH_CHARS ? this.flush() : undefined;
  }

  /** Hands the queued text to the stream, waiting for `drain` when its buffer is full. */
  async flush(): Promise<void> {
    this.check();
    if (this.parts.length === 0) return;
    const chunk = this.parts.length === 1 ? (this.parts[0] ?? '') : this.parts.join('');
    this.parts = [];
    this.pending = 0;
    this.bytes += Buffer.byteLength(chunk, 'utf8');
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
    this.check();
  }

  /** Flushes, then ends the stream when the sink owns it (or `end: true`) and waits for it to finish. */
  async close(): Promise<void> {
    await this.flush();
    if (this.endAtClose) {
      this.stream.end();
      await finished(this.stream);
    }
    this.stream.off('error', this.onError);
    this.check();
  }

  /** Abandons the output after an error: destroys a stream the sink owns. */
  abort(): void {
    this.parts = [];
    this.stream.off('error', this.onError);
    if (this.endAtClose) this.stream.destroy();
  }
}
