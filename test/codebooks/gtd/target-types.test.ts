import { describe, expect, it } from 'vitest';
import { GTD_TARGET_TYPES, fromGtdTargetType, toGtdTargetType } from '../../../src/codebooks/gtd/target-types.js';

describe('GTD target types (codebook notes §3.2)', () => {
  it('lists codes 1–22 in order', () => {
    expect(GTD_TARGET_TYPES.map((t) => t.code)).toEqual(Array.from({ length: 22 }, (_, i) => i + 1));
    expect(GTD_TARGET_TYPES[13]?.label).toBe('Private Citizens & Property');
    expect(fromGtdTargetType(3)).toEqual({ kind: 'state_forces', description: 'Police' });
    expect(fromGtdTargetType(23)).toBeUndefined();
  });

  it.each([
    [{ name: 'Saada Faisal al-Hermas', kind: 'civilians', description: 'activist' }, 14],
    [{ name: 'Ahmad al-Khudair', kind: 'civilians', description: 'member of the local council' }, 2],
    [{ name: 'Hind', description: 'عضو المجلس المحلي' }, 2],
    [{ name: 'Omar', description: 'صحفي' }, 10],
    [{ name: 'Mariam', kind: 'civilians', description: 'journalist' }, 10],
    [{ name: 'Sheikh Yusuf', kind: 'civilians', description: 'imam of the mosque' }, 15],
    [{ name: 'Ali', description: 'aid worker' }, 12],
    [{ name: 'Khalid', description: 'teacher' }, 8],
    [{ name: 'Police Forces of Iraq (2020-)', kind: 'state_forces' }, 3],
    [{ name: 'Military Forces of Syria (2000-)', kind: 'state_forces' }, 4],
    [{ name: 'Military Forces of Turkey (2016-)', kind: 'external_other' }, 4],
    [{ name: 'Syrian Democratic Forces', kind: 'rebel_group' }, 17],
    [{ name: 'Hashd', kind: 'political_militia' }, 17],
    [{ name: 'Protesters (Iraq)', kind: 'protesters' }, 14],
    [{ name: 'someone' }, 20],
  ] as const)('%j → %i', (actor, code) => {
    expect(toGtdTargetType(actor)).toBe(code);
  });
});
