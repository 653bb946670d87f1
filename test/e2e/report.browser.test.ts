// @reference-data: reads the shared reference folder (see test/helpers/shared.ts); vitest skips this file when it is absent.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mergeEvents } from '../../src/build/merge/index.js';
import { renderReport } from '../../src/explore/report-html.js';
import { readDataset } from '../../src/io/read-dataset.js';
import { ACLED_SAMPLE, twoReports } from '../explore/events.js';

/** Debian's Chromium (`apt-get install -y chromium`); CI installs it in .ci/run. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available) console.warn(`skipped: the browser test of the HTML report needs Chromium at ${CHROMIUM} (apt-get install -y chromium)`);

/** The computed text direction of an element (run in the page). */
const direction = (el: unknown): string => (globalThis as unknown as { getComputedStyle(e: unknown): { direction: string } }).getComputedStyle(el).direction;

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

describe.skipIf(!available)('the HTML report in a real browser (headless Chromium)', () => {
  let dir: string;
  let context: BrowserContext;
  let reportUrl: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'conflict-events-report-'));
    const { value: acled } = await readDataset(ACLED_SAMPLE);
    const events = [...mergeEvents(twoReports()).value, ...acled.slice(0, 150)];
    const file = join(dir, 'report.html');
    writeFileSync(file, await renderReport(events, { title: 'Browser test', source: 'two reports + ACLED sample' }));
    reportUrl = pathToFileURL(file).href;
    context = await chromium.launchPersistentContext(join(dir, 'profile'), { executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1280, height: 900 } });
  }, 60_000);

  afterAll(async () => {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('opens offline with no console error and no request but the file itself; charts and events are shown', async () => {
    const page = await context.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    const failed: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => requests.push(r.url()));
    page.on('requestfailed', (r) => failed.push(`${r.url()}: ${r.failure()?.errorText ?? ''}`));
    await page.goto(reportUrl, { waitUntil: 'load' });

    expect(errors).toEqual([]);
    expect(failed).toEqual([]);
    expect(requests).toEqual([reportUrl]);

    // The two charts: SVG elements with marks, laid out with a size.
    const bars = page.locator('#timeline svg [aria-roledescription="bar"]');
    expect(await bars.count()).toBeGreaterThan(5);
    const dots = page.locator('#map svg [aria-roledescription="circle"]');
    expect(await dots.count()).toBeGreaterThan(20);
    for (const chart of ['#timeline svg', '#map svg']) {
      const box = await page.locator(chart).boundingBox();
      expect(box?.width ?? 0).toBeGreaterThan(400);
      expect(box?.height ?? 0).toBeGreaterThan(250);
    }
    // The events table: every event a visible row.
    const rows = page.locator('#events-table tbody tr');
    expect(await rows.count()).toBe(151);
    await expect(rows.first().isVisible()).resolves.toBe(true);
    expect(await page.locator('#shown').textContent()).toBe('151 of 151 rows shown');
  });

  test('Arabic evidence reads right to left in its cell; the disagreement is highlighted; the filter works', async () => {
    const page = await context.newPage();
    await page.goto(reportUrl, { waitUntil: 'load' });
    const arabic = page.locator('bdi.quote', { hasText: 'اغتيال' });
    expect(await arabic.evaluate(direction)).toBe('rtl');
    const english = page.locator('bdi.quote', { hasText: 'three <b>activists</b>' });
    expect(await english.evaluate(direction)).toBe('ltr');
    const disagree = page.locator('#events-table tr.disagree');
    expect(await disagree.count()).toBe(1);
    expect(await disagree.locator('.dis').textContent()).toContain('fatalities.best');
    await page.fill('#filter', 'Al Arabiya');
    expect(await page.locator('#events-table tbody tr:visible').count()).toBe(1);
    await page.fill('#filter', '');
    await page.check('#only-disagree');
    expect(await page.locator('#shown').textContent()).toBe('1 of 151 rows shown');
    if (process.env.REPORT_SCREENSHOT !== undefined) await page.screenshot({ path: process.env.REPORT_SCREENSHOT, fullPage: false });
  });
});
