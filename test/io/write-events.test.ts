import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { writeEventText } from '../../src/io/write-events.js';
import { issue } from '../../src/schema/issue.js';
import { fixtureEvents, tempDir } from './helpers.js';

describe('writeEventText', () => {
  const events = fixtureEvents();

  it('writes start, the text of each batch and end; counts the events left out', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const file = join(dir, 'out.txt');
      const seen: number[] = [];
      const { value, issues } = await writeEventText(events, file, {}, {
        batchSize: 2,
        start: '[',
        convert: (event, index, found) => {
          if (index === 1) {
            found.push(issue('error', 'unwritable_event', 'left out'));
            return undefined;
          }
          return event.id;
        },
        text: (ids, before) => {
          seen.push(before);
          return `${before === 0 ? '' : ','}${ids.join(',')}`;
        },
        end: (written) => `]${written}`,
      });
      const kept = events.filter((_, i) => i !== 1).map((e) => e.id);
      expect(readFileSync(file, 'utf8')).toBe(`[${kept.join(',')}]${kept.length}`);
      expect(value).toEqual({ events: kept.length, skipped: 1, bytes: Buffer.byteLength(readFileSync(file, 'utf8')) });
      expect(issues.map((i) => i.code)).toEqual(['unwritable_event']);
      // One call per batch with something to write, with the count written before it.
      expect(seen[0]).toBe(0);
      expect(seen.length).toBe(Math.ceil(events.length / 2));
    } finally {
      cleanup();
    }
  });

  it('writes only start and end when nothing is kept, and gives up when the stream fails', async () => {
    const chunks: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk.toString());
        done();
      },
    });
    const none = await writeEventText(events, sink, {}, { batchSize: 10, start: 'A', convert: () => undefined, text: () => 'never', end: (n) => `Z${n}` });
    expect(chunks.join('')).toBe('AZ0');
    expect(none.value).toMatchObject({ events: 0, skipped: events.length });

    const failing = new Writable({
      write(_chunk, _encoding, done) {
        done(new Error('disk full'));
      },
    });
    const big = 'x'.repeat(1 << 17);
    await expect(writeEventText(events, failing, {}, { batchSize: 1, convert: () => big, text: (items) => items.join('') })).rejects.toThrow('disk full');
  });
});
