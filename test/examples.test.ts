import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { SHARED_DIR } from './helpers/shared.js';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EXAMPLES = join(REPO, 'examples');

/** What each walkthrough must print (a few lines that show it did its work). Examples not listed must still exit 0 and print something. */
const EXPECTED: Record<string, (string | RegExp)[]> = {
  'seed-report-to-map.ts': [
    'seed-report (brat, ar, published 2021-02-22): 44 spans, 4 event annotations',
    'date   في شهر يناير الماضي → 2021-01-01 … 2021-01-31 (month)',
    'date   خلال شهر فبراير الجاري → 2021-02-01 … 2021-02-22 (month)',
    'place  ريف مدينة دير الزور السورية → Deir ez-Zor, Deir ez-Zor (admin1)',
    'count  العشرات → {"low":12,"best":12',
    '2 reports gave 6 events; merged into 4 (2 combine reports in Arabic and English)',
    /- assassination 2021-01-01 … 2021-01-31 in Deir ez-Zor \(admin1\); perpetrator: Islamic State; .*victim: Saada Faisal al-Hermas; victim: Hind Latif al-Khudair; sources: seed-report, seed-report-en/,
    /Wrote .*map\.svg/,
  ],
  // Explores the UCDP GED sample where the shared reference folder is, else the seed dataset.
  'explore-dataset.ts':
    SHARED_DIR !== undefined
      ? ['Read 1000 events from', 'Syria: 265 events', /Busiest month in Syria: \d{4}-\d{2}/, 'Events from two or more sources: 210', /Wrote .*timeline\.svg/]
      : ['Read 4 events from', 'Syria: 4 events', 'Events from two or more sources: 2', /Wrote .*timeline\.svg/],
  'merge-with-acled.ts': ['ACLED: 9 events in Deir ez-Zor in March 2022', 'Merged 11 events into 10: 1 merged from 2 reports', 'evidence:   fatalities «ثلاثة عناصر» report-2022-03-13', 'disagree:   fatalities.best'],
};

const examples = readdirSync(EXAMPLES).filter((f) => f.endsWith('.ts')).sort();

describe('examples/*.ts run as written (npx tsx)', () => {
  test('the walkthroughs with expected output exist', () => {
    for (const name of Object.keys(EXPECTED)) expect(examples).toContain(name);
  });

  /** Walkthroughs that read data which is not shipped (ACLED rows): run only where the shared reference folder is. */
  const needsShared = new Set(['merge-with-acled.ts']);
  test.each(examples)('%s', (name) => {
    if (needsShared.has(name) && SHARED_DIR === undefined) return;
    const r = spawnSync('npx', ['tsx', join(EXAMPLES, name)], { cwd: REPO, encoding: 'utf8', timeout: 120_000, env: { ...process.env, NO_COLOR: '1', ...(SHARED_DIR !== undefined ? { CONFLICT_EVENTS_SHARED: SHARED_DIR } : {}) } });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim().length).toBeGreaterThan(0);
    for (const want of EXPECTED[name] ?? []) {
      if (typeof want === 'string') expect(r.stdout).toContain(want);
      else expect(r.stdout).toMatch(want);
    }
  }, 130_000);
});
