import { describe, expect, it } from 'vitest';
import { isGenericReference } from '../../../src/resolve/actor/generic-reference.js';

describe('isGenericReference', () => {
  it.each([
    'التنظيم',
    'التنظيم المتطرّف',
    'التنظيم الإرهابي',
    'عناصر التنظيم',
    'عناصر التنظيم المتطرّف',
    'خلايا التنظيم',
    'هذا التنظيم',
    'والتنظيم',
    'الجماعة',
    'المسلحون',
    'الفصائل المسلحة',
    'the group',
    'the extremist group',
    'the terrorist organisation',
    'members of the group',
    'the militants',
    'militants',
    'the gunmen',
    'the jihadists',
    'the soldiers',
    'العناصر',
  ])('%s is generic', (text) => {
    expect(isGenericReference(text)).toBe(true);
  });

  it.each(['تنظيم داعش', 'تنظيم متطرف', 'داعش', 'قوات سوريا الديمقراطية', 'the Islamic State group', 'an armed group', 'unknown gunmen', 'مسلحون مجهولون', '', 'group'])(
    '%s is not generic',
    (text) => {
      expect(isGenericReference(text)).toBe(false);
    },
  );
});
