import type { ConflictEvent } from '../../../src/index.js';

/** The seed assassination as the Arabic report gives it (what assembly produces from the brat file). */
export const arabicAssassination: ConflictEvent = {
  id: 'ev-ar-assassination',
  type: 'assassination',
  date: { start: '2021-01-01', end: '2021-01-31', precision: 'month', text: 'في شهر يناير الماضي' },
  location: { name: 'Deir ez-Zor', country: 'Syria', iso3: 'SYR', admin1: 'Deir ez-Zor', precision: 'admin1', gazetteerId: 'ne:SY-DY', point: { lat: 35.0, lon: 40.5 }, text: 'ريف مدينة دير الزور السورية' },
  actors: [
    { name: 'Islamic State', id: 'isis', role: 'perpetrator', kind: 'rebel_group', text: 'داعش' },
    { name: 'سعدة فيصل الهرماس', role: 'victim', kind: 'civilians', description: 'ناشطة', text: 'سعدة فيصل الهرماس' },
    { name: 'هند لطيف الخضير', role: 'victim', kind: 'civilians', description: 'ناشطة', text: 'هند لطيف الخضير' },
  ],
  fatalities: { low: 2, best: 2, high: 2 },
  attributes: { claimed: true },
  sources: [{ document: 'seed-report', published: '2021-02-22', language: 'ar' }],
  evidence: [{ document: 'seed-report', field: 'type', start: 812, end: 818, text: 'اغتيال' }],
};

/** The same assassination as an English report gives it. */
export const englishAssassination: ConflictEvent = {
  id: 'ev-en-assassination',
  type: 'attack',
  date: { start: '2021-01-01', end: '2021-01-31', precision: 'month', text: 'in January' },
  location: { name: 'Deir ez-Zor', country: 'Syria', iso3: 'SYR', admin1: 'Deir ez-Zor', precision: 'admin1', gazetteerId: 'ne:SY-DY', point: { lat: 35.0, lon: 40.5 }, text: 'the countryside of Deir ez-Zor' },
  actors: [
    { name: 'Islamic State', id: 'isis', role: 'perpetrator', kind: 'rebel_group', text: 'Islamic State' },
    { name: 'Saada Faisal al-Hermas', role: 'victim', text: 'Saada Faisal al-Hermas' },
    { name: 'Hind Latif al-Khudair', role: 'victim', description: 'activist', text: 'Hind Latif al-Khudair' },
  ],
  fatalities: { best: 3, text: 'three' },
  attributes: { claimed: true },
  sources: [{ document: 'seed-en', published: '2021-02-23', language: 'en' }],
  evidence: [{ document: 'seed-en', field: 'type', start: 40, end: 52, text: 'assassinated' }],
};

/** A different assassination in the same governorate and month: other victims. */
export const otherAssassination: ConflictEvent = {
  ...englishAssassination,
  id: 'ev-other-assassination',
  actors: [
    { name: 'Islamic State', id: 'isis', role: 'perpetrator' },
    { name: 'Khalid Omar al-Hamad', role: 'victim' },
  ],
  sources: [{ document: 'other-report' }],
  evidence: [],
};
