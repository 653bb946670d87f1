// @reference-data: reads the shared reference folder (see test/helpers/shared.ts); vitest skips this file when it is absent.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { addCount, emptyCountTotal, sumCounts } from '../../src/explore/count-totals.js';
import { readDataset } from '../../src/io/read-dataset.js';
import { UCDP_SAMPLE, event } from './events.js';

describe('sumCounts', () => {
  test('missing figures are taken from the nearest given one, and such events are counted as partial', () => {
    const t = emptyCountTotal();
    addCount(t, { low: 2, best: 3, high: 5 });
    addCount(t, { low: 12, text: 'dozens' }); // 12 / 12 / 12
    addCount(t, { high: 10, text: 'up to ten' }); // 0 / 10 / 10
    addCount(t, { text: 'many' }); // no figure
    addCount(t, undefined);
    expect(t).toEqual({ low: 14, best: 25, high: 27, events: 5, withFigure: 3, withoutFigure: 2, partial: 2 });
  });

  test('injuries, and events without any count', () => {
    const e = [event({ id: 'a', injuries: { low: 1, best: 1, high: 1 } }), event({ id: 'b' })];
    expect(sumCounts(e, 'injuries')).toMatchObject({ best: 1, withFigure: 1, withoutFigure: 1 });
    expect(sumCounts(e)).toMatchObject({ best: 0, withFigure: 0, withoutFigure: 2 });
  });

  test('on the UCDP sample the sums equal the CSV columns, rows with low > best included as given', async () => {
    const { value } = await readDataset(UCDP_SAMPLE);
    const rows = Papa.parse<Record<string, string>>(readFileSync(UCDP_SAMPLE, 'utf8'), { header: true, skipEmptyLines: true }).data;
    const column = (name: string): number => rows.reduce((n, r) => n + Number(r[name]), 0);
    expect(sumCounts(value)).toEqual({ low: column('low'), best: column('best'), high: column('high'), events: 1000, withFigure: 1000, withoutFigure: 0, partial: 0 });
  });
});
