/** Shared helpers of the io tests: paths, the hand-written event fixture, temporary folders, golden files. */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { ConflictEvent } from '../../src/schema/event.js';
import { validateEvent } from '../../src/schema/validate-event.js';
import { sharedPath } from '../helpers/shared.js';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const fixtures = join(repoRoot, 'test/fixtures/io');
export const ACLED_SAMPLE = sharedPath('reference-data/acled/acled_2022H1_syria_iraq_sample.csv');
export const UCDP_SAMPLE = sharedPath('reference-data/ucdp-ged/ucdp_ged_v23_1_sample_1000.csv');

/** The hand-written events of test/fixtures/io/events.json, parsed by the schema. */
export function fixtureEvents(): ConflictEvent[] {
  const raw = JSON.parse(readFileSync(join(fixtures, 'events.json'), 'utf8')) as unknown[];
  return raw.map((e) => {
    const { value, issues } = validateEvent(e);
    if (value === undefined) throw new Error(`bad fixture event: ${JSON.stringify(issues)}`);
    return value;
  });
}

/** A fresh temporary folder, removed by the returned cleanup function. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'conflict-events-io-'));
  return {
    dir,
    cleanup: () => {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Compares text with a golden file in test/fixtures/io; with UPDATE_FIXTURES=1 (re)writes it.
 */
export function expectGolden(name: string, actual: string): void {
  const path = join(fixtures, name);
  if (process.env.UPDATE_FIXTURES === '1' || !existsSync(path)) {
    if (process.env.UPDATE_FIXTURES !== '1') throw new Error(`golden file ${name} is missing: run with UPDATE_FIXTURES=1`);
    writeFileSync(path, actual, 'utf8');
  }
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

/** A JSON round trip, to compare events as plain data. */
export function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
