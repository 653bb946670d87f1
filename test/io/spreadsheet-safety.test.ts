import { describe, expect, it } from 'vitest';
import { escapeSpreadsheetCell, startsLikeFormula } from '../../src/io/spreadsheet-safety.js';

describe('spreadsheet safety', () => {
  it('recognises the characters OWASP lists', () => {
    for (const s of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) expect(startsLikeFormula(s)).toBe(true);
    for (const s of ['', 'Deir ez-Zor', "'=1", ' =1', '1-2', 'دير الزور']) expect(startsLikeFormula(s)).toBe(false);
  });

  it('prefixes a quote to text cells that start like a formula', () => {
    expect(escapeSpreadsheetCell('=HYPERLINK("http://x","y")')).toBe('\'=HYPERLINK("http://x","y")');
    expect(escapeSpreadsheetCell('-3 killed')).toBe("'-3 killed");
    expect(escapeSpreadsheetCell('@mention')).toBe("'@mention");
    expect(escapeSpreadsheetCell('Raqqa')).toBe('Raqqa');
  });

  it('leaves plain numbers of numeric columns alone, but not formulas in them', () => {
    expect(escapeSpreadsheetCell('-3.5', { numeric: true })).toBe('-3.5');
    expect(escapeSpreadsheetCell('+12', { numeric: true })).toBe('+12');
    expect(escapeSpreadsheetCell('-1e-3', { numeric: true })).toBe('-1e-3');
    expect(escapeSpreadsheetCell('-3.5')).toBe("'-3.5");
    expect(escapeSpreadsheetCell('-1+cmd', { numeric: true })).toBe("'-1+cmd");
    expect(escapeSpreadsheetCell('=1', { numeric: true })).toBe("'=1");
  });
});
