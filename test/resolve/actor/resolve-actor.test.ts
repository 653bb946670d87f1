import { describe, expect, it } from 'vitest';
import type { ActorRole } from '../../../src/schema/actor.js';
import { resolveActor, type ResolveActorContext } from '../../../src/resolve/actor/resolve-actor.js';
import { createActorRegistry, composeActorRegistries } from '../../../src/resolve/actor/actor-registry.js';
import { builtinActorRegistry } from '../../../src/resolve/actor/builtin-actors.js';

// [text, expected id (undefined = no registry actor), expected kind, context]
type Row = [string, string | undefined, string | undefined, ResolveActorContext?];

const seed: Row[] = [
  ['تنظيم داعش الإرهابي', 'isis', 'rebel_group'],
  ['تنظيم “داعش”', 'isis', 'rebel_group'],
  ['تنظيم “داعش” المتطرّف', 'isis', 'rebel_group'],
  ['بقايا داعش', 'isis', 'rebel_group'],
  ['داعش', 'isis', 'rebel_group'],
  ['قوات سوريا الديمقراطية', 'sdf', 'rebel_group'],
  ['قوات النظام السوري', 'syrian-government-forces', 'state_forces'],
  ['قوات الأمن الداخلي (الآسايش)', 'asayish', 'rebel_group'],
  ['التحالف الدولي', 'global-coalition', 'external_other'],
  ['التحالف الدولي الذي تقوده الولايات المتحدة الأميركية', 'global-coalition', 'external_other'],
  ['التحالف', 'global-coalition', 'external_other'],
  ['الهجوم التركي', 'turkish-forces', 'external_other'],
  ['الهجمات التركيّة', 'turkish-forces', 'external_other'],
  ['العشائر العربية', 'arab-tribes', 'identity_militia'],
  ['الإدارة الذاتية', 'aanes', 'rebel_group'],
];

const arabic: Row[] = [
  ['عناصر تنظيم داعش', 'isis', 'rebel_group'],
  ['تنظيم الدولة', 'isis', 'rebel_group'],
  ['تنظيم الدولة الإسلامية في العراق والشام', 'isis', 'rebel_group'],
  ['الدولة الإسلامية', 'isis', 'rebel_group'],
  ['ولداعش', 'isis', 'rebel_group'],
  ['«داعش»', 'isis', 'rebel_group'],
  ['دَاعِش', 'isis', 'rebel_group'],
  ['قسد', 'sdf', 'rebel_group'],
  ['وقسد', 'sdf', 'rebel_group'],
  ['قوات سورية الديمقراطية', 'sdf', 'rebel_group'],
  ['الآسايش', 'asayish', 'rebel_group'],
  ['آسايش', 'asayish', 'rebel_group'],
  ['وحدات حماية الشعب الكردية', 'ypg', 'rebel_group'],
  ['وحدات حماية المرأة', 'ypj', 'rebel_group'],
  ['قوات النظام', 'syrian-government-forces', 'state_forces'],
  ['الجيش السوري', 'syrian-government-forces', 'state_forces'],
  ['جيش النظام', 'syrian-government-forces', 'state_forces'],
  ['قوات الحكومة السورية', 'syrian-government-forces', 'state_forces'],
  ['لقوات النظام السوري', 'syrian-government-forces', 'state_forces'],
  ['الجيش السوري الحر', 'syrian-opposition-rebels', 'rebel_group'],
  ['الجيش الوطني السوري', 'sna', 'rebel_group'],
  ['الفصائل الموالية لتركيا', 'sna', 'rebel_group'],
  ['الدفاع الوطني', 'ndf', 'political_militia'],
  ['ميليشيا الدفاع الوطني', 'ndf', 'political_militia'],
  ['الفرقة الرابعة', 'syria-fourth-division', 'state_forces'],
  ['لواء القدس', 'liwa-al-quds', 'political_militia'],
  ['الجيش التركي', 'turkish-forces', 'external_other'],
  ['بالجيش التركي', 'turkish-forces', 'external_other'],
  ['القوات التركية', 'turkish-forces', 'external_other'],
  ['هيئة تحرير الشام', 'hts', 'rebel_group'],
  ['حراس الدين', 'hurras-al-din', 'rebel_group'],
  ['القوات الأمريكية', 'us-forces', 'external_other'],
  ['القوات الأميركية', 'us-forces', 'external_other'],
  ['القوات الروسية', 'russian-forces', 'external_other'],
  ['الطيران الروسي', 'russian-forces', 'external_other'],
  ['الحرس الثوري الإيراني', 'irgc', 'external_other'],
  ['حزب الله اللبناني', 'hezbollah', 'political_militia'],
  ['لواء فاطميون', 'fatemiyoun', 'political_militia'],
  ['كتائب حزب الله', 'kataib-hezbollah', 'political_militia'],
  ['الميليشيات الإيرانية', 'iran-backed-militias', 'political_militia'],
  ['القوات الأمنية العراقية', 'iraqi-security-forces', 'state_forces'],
  ['الجيش العراقي', 'iraqi-security-forces', 'state_forces'],
  ['جهاز مكافحة الإرهاب', 'iraq-counter-terrorism-service', 'state_forces'],
  ['الحشد الشعبي', 'pmf', 'state_forces'],
  ['البيشمركة', 'peshmerga', 'state_forces'],
  ['المجلس العسكري السرياني', 'syriac-military-council', 'rebel_group'],
  ['حزب العمال الكردستاني', 'pkk', 'rebel_group'],
  ['مسلحون مجهولون', 'unidentified-armed-group', 'political_militia'],
  ['المدنيين', 'civilians', 'civilians'],
  ['الطيران الإسرائيلي', 'israeli-forces', 'external_other'],
];

const english: Row[] = [
  ['ISIS', 'isis', 'rebel_group'],
  ['ISIL', 'isis', 'rebel_group'],
  ['IS', 'isis', 'rebel_group'],
  ['Islamic State', 'isis', 'rebel_group'],
  ['the Islamic State group', 'isis', 'rebel_group'],
  ['Daesh', 'isis', 'rebel_group'],
  ['ISIS militants', 'isis', 'rebel_group'],
  ['Islamic State (Syria)', 'isis', 'rebel_group'],
  ['Syrian Democratic Forces', 'sdf', 'rebel_group'],
  ['the US-backed SDF', 'sdf', 'rebel_group'],
  ['QSD: Syrian Democratic Forces', 'sdf', 'rebel_group'],
  ['YPG', 'ypg', 'rebel_group'],
  ["People's Protection Units", 'ypg', 'rebel_group'],
  ['Syrian government forces', 'syrian-government-forces', 'state_forces'],
  ['Military Forces of Syria (2000-)', 'syrian-government-forces', 'state_forces'],
  ['regime forces', 'syrian-government-forces', 'state_forces'],
  ['Turkish forces', 'turkish-forces', 'external_other'],
  ['Turkish offensive', 'turkish-forces', 'external_other'],
  ['a Turkish drone strike', 'turkish-forces', 'external_other'],
  ['Turkish-backed factions', 'sna', 'rebel_group'],
  ['Syrian National Army', 'sna', 'rebel_group'],
  ["Hay'at Tahrir al-Sham", 'hts', 'rebel_group'],
  ['Hayat Tahrir ash-Sham', 'hts', 'rebel_group'],
  ['Hurras al-Din', 'hurras-al-din', 'rebel_group'],
  ['US-led coalition', 'global-coalition', 'external_other'],
  ['Operation Inherent Resolve', 'global-coalition', 'external_other'],
  ['US forces', 'us-forces', 'external_other'],
  ['U.S. troops', 'us-forces', 'external_other'],
  ['Russian warplanes', 'russian-forces', 'external_other'],
  ['IRGC', 'irgc', 'external_other'],
  ['Hizballah', 'hezbollah', 'political_militia'],
  ['Iranian-backed militias', 'iran-backed-militias', 'political_militia'],
  ["Kata'ib Hizbullah", 'kataib-hezbollah', 'political_militia'],
  ['Iraqi Security Forces', 'iraqi-security-forces', 'state_forces'],
  ['Counter-Terrorism Service', 'iraq-counter-terrorism-service', 'state_forces'],
  ['Hashd al-Shaabi', 'pmf', 'state_forces'],
  ['Popular Mobilization Forces', 'pmf', 'state_forces'],
  ['Peshmerga forces', 'peshmerga', 'state_forces'],
  ['Syriac Military Council', 'syriac-military-council', 'rebel_group'],
  ['unidentified gunmen', 'unidentified-armed-group', 'political_militia'],
  ['civilians', 'civilians', 'civilians'],
];

describe('resolveActor on report forms', () => {
  const rows = [...seed, ...arabic, ...english];
  it('has at least 60 forms', () => {
    expect(rows.length).toBeGreaterThanOrEqual(60);
  });
  it.each(rows)('%s → %s', (text, id, kind, context) => {
    const r = resolveActor(text, context);
    expect(r.value.id).toBe(id);
    expect(r.value.kind).toBe(kind);
    expect(r.value.text).toBe(text);
    expect(r.confidence).toBeGreaterThan(0.5);
    if (id !== undefined) expect(r.value.name).toBe(builtinActorRegistry().get(id)?.name);
  });
});

describe('resolveActor details', () => {
  it('gives the canonical name, country and no issues for an exact alias', () => {
    const r = resolveActor('قوات سوريا الديمقراطية');
    expect(r.value).toEqual({ text: 'قوات سوريا الديمقراطية', name: 'Syrian Democratic Forces', id: 'sdf', kind: 'rebel_group', country: 'SYR' });
    expect(r.issues).toEqual([]);
    expect(r.confidence).toBe(0.95);
    expect(r.record?.acledName).toBe('QSD: Syrian Democratic Forces');
  });

  it('reads an adjective as the country forces, with lower confidence and an issue', () => {
    const r = resolveActor('الهجوم التركي');
    expect(r.value.id).toBe('turkish-forces');
    expect(r.confidence).toBeLessThan(0.7);
    expect(r.issues.map((i) => i.code)).toEqual(['actor_from_adjective']);
  });

  it('prefers the longest alias inside a longer phrase', () => {
    expect(resolveActor('استهدف عناصر تنظيم داعش حاجزاً').value.id).toBe('isis');
    expect(resolveActor('قوات سوريا الديمقراطية وحلفاؤها من العشائر العربية').value.id).toBe('sdf');
  });

  it('flags a phrase naming two unrelated actors', () => {
    const r = resolveActor('هجوم داعش على قوات النظام السوري');
    expect(r.value.id).toBe('syrian-government-forces');
    expect(r.issues.map((i) => i.code)).toContain('multiple_actors');
    expect(r.confidence).toBeLessThan(0.85);
  });

  it('does not flag a unit named together with its parent', () => {
    const r = resolveActor('وحدات حماية الشعب ضمن قوات سوريا الديمقراطية');
    expect(r.issues.map((i) => i.code)).not.toContain('multiple_actors');
  });

  it('matches short acronyms only in capitals', () => {
    expect(resolveActor('IS').value.id).toBe('isis');
    expect(resolveActor('is').value.id).toBeUndefined();
    expect(resolveActor('US forces').value.id).toBe('us-forces');
  });

  it('does not take a backer for the actor', () => {
    expect(resolveActor('Turkish-backed gunmen').value.id).toBe('unidentified-armed-group');
    expect(resolveActor('فصيل مدعوم من إيران').value.id).toBeUndefined();
  });

  it('leaves generic references unresolved, with an info issue', () => {
    for (const text of ['التنظيم المتطرّف', 'التنظيم', 'عناصر التنظيم المتطرّف', 'the group', 'the extremist group', 'المسلحون']) {
      const r = resolveActor(text);
      expect(r.value.id, text).toBeUndefined();
      expect(r.value.kind, text).toBeUndefined();
      expect(r.issues.map((i) => i.code), text).toEqual(['generic_reference']);
      expect(r.issues[0]?.level).toBe('info');
    }
  });

  it('keeps an unknown group by name with a warning', () => {
    const r = resolveActor('لواء أحرار الفرات', { role: 'perpetrator' });
    expect(r.value).toEqual({ text: 'لواء أحرار الفرات', role: 'perpetrator', name: 'لواء أحرار الفرات' });
    expect(r.confidence).toBe(0);
    expect(r.issues).toMatchObject([{ code: 'unknown_actor', level: 'warning', path: ['name'] }]);
  });

  it('keeps an unknown phrase by name, quotes stripped', () => {
    const r = resolveActor('“جماعة مجهولة الاسم”');
    expect(r.value.name).toBe('جماعة مجهولة الاسم');
    expect(r.value.kind).toBeUndefined();
    expect(r.issues[0]?.code).toBe('unknown_actor');
  });

  it('reports empty text as an error', () => {
    const r = resolveActor('  ');
    expect(r.issues).toMatchObject([{ code: 'empty_actor', level: 'error' }]);
  });

  it('returns a fresh object on every call, even from its memo', () => {
    const a = resolveActor('قسد');
    a.value.name = 'changed';
    a.issues.push({ code: 'x', level: 'info', message: 'x', path: [] });
    const b = resolveActor('قسد');
    expect(b.value.name).toBe('Syrian Democratic Forces');
    expect(b.issues).toEqual([]);
  });

  it('throws on a non-string text (programmer error)', () => {
    expect(() => resolveActor(42 as unknown as string)).toThrow(TypeError);
  });
});

describe('resolveActor on persons', () => {
  const victims: [string, ActorRole, string | undefined, string | undefined, string | undefined][] = [
    // text, role, description, expected kind, expected description
    ['سعدة فيصل الهرماس', 'victim', 'ناشطة', 'civilians', 'ناشطة'],
    ['هند لطيف الخضير', 'victim', 'عضو مجلس محلي', 'civilians', 'عضو مجلس محلي'],
    ['هند لطيف الخضير', 'victim', undefined, 'civilians', undefined],
    ['الناشطة سعدة فيصل الهرماس', 'victim', undefined, 'civilians', 'الناشطة'],
    ['Saada al-Hermas', 'target', 'activist', 'civilians', 'activist'],
    ['Saada al-Hermas, a local council member', 'victim', undefined, 'civilians', 'a local council member'],
    ['العقيد أحمد المحمد', 'victim', undefined, 'state_forces', 'العقيد'],
    ['Ahmad al-Mohammad', 'victim', 'a Syrian army officer', 'state_forces', 'a Syrian army officer'],
    ['محمد العلي', 'victim', 'عنصر في قوات سوريا الديمقراطية', 'rebel_group', 'عنصر في قوات سوريا الديمقراطية'],
    ['ناشطتان', 'victim', undefined, 'civilians', 'ناشطتان'],
  ];
  it.each(victims)('%s (%s, %s) → %s', (text, role, description, kind, keptDescription) => {
    const r = resolveActor(text, { role, ...(description !== undefined ? { description } : {}) });
    expect(r.value.kind).toBe(kind);
    expect(r.value.description).toBe(keptDescription);
    expect(r.value.id).toBeUndefined();
    expect(r.value.role).toBe(role);
  });

  it('keeps the name without its title', () => {
    expect(resolveActor('الناشطة سعدة فيصل الهرماس', { role: 'victim' }).value.name).toBe('سعدة فيصل الهرماس');
  });

  it('says when a civilian was assumed', () => {
    const r = resolveActor('هند لطيف الخضير', { role: 'victim' });
    expect(r.issues.map((i) => i.code)).toEqual(['assumed_civilian']);
  });

  it('gives the affiliation of a member of a named force', () => {
    const r = resolveActor('محمد العلي', { role: 'victim', description: 'عنصر في قوات سوريا الديمقراطية' });
    expect(r.affiliation?.id).toBe('sdf');
    expect(r.value.country).toBe('SYR');
  });

  it('does not take a perpetrator name for a civilian', () => {
    const r = resolveActor('أبو محمد الجولاني', { role: 'perpetrator' });
    expect(r.value.kind).toBeUndefined();
    expect(r.issues[0]?.code).toBe('unknown_actor');
  });
});

describe('resolveActor with a normalization', () => {
  it('wins over the text', () => {
    const r = resolveActor('التنظيم', { normalization: { db: 'Wikidata', id: 'Q2429253' } });
    expect(r.value.id).toBe('isis');
    expect(r.confidence).toBe(1);
    expect(r.issues).toEqual([]);
  });
  it('accepts registry ids and ACLED names', () => {
    expect(resolveActor('القوات', { normalization: { db: 'actors', id: 'sdf' } }).value.id).toBe('sdf');
    expect(resolveActor('x', { normalization: { db: 'acled', id: 'Civilians (Syria)' } }).value.id).toBe('civilians');
    expect(resolveActor('x', { normalization: { db: 'ACLED', id: 'Military Forces of Turkey (2016-)' } }).value.id).toBe('turkish-forces');
  });
  it('keeps an unknown Wikidata id', () => {
    const r = resolveActor('Some Group', { normalization: { db: 'Wikidata', id: 'Q123456' } });
    expect(r.value.id).toBe('Q123456');
    expect(r.issues[0]?.code).toBe('normalization_not_in_registry');
  });
  it('falls back to the text when the id is unknown', () => {
    const r = resolveActor('قسد', { normalization: { db: 'actors', id: 'nope' } });
    expect(r.value.id).toBe('sdf');
    expect(r.issues[0]?.code).toBe('unknown_normalization');
  });
});

describe('user registries', () => {
  const mine = createActorRegistry([
    { id: 'liwa-ahrar-al-furat', name: 'Liwa Ahrar al-Furat', kind: 'political_militia', country: 'SYR', aliases: ['لواء أحرار الفرات', 'Ahrar al-Furat Brigade'] },
    // Overrides a built-in alias: in this user's reports "التحالف" is a local alliance.
    { id: 'local-alliance', name: 'Local alliance', kind: 'rebel_group', country: 'SYR', aliases: ['التحالف'] },
  ]);
  const registry = composeActorRegistries(builtinActorRegistry(), mine);

  it('resolves user actors', () => {
    expect(resolveActor('لواء أحرار الفرات', { registry }).value.id).toBe('liwa-ahrar-al-furat');
  });
  it('lets user aliases win over built-in ones', () => {
    expect(resolveActor('التحالف', { registry }).value.id).toBe('local-alliance');
    expect(resolveActor('التحالف الدولي', { registry }).value.id).toBe('global-coalition');
  });
  it('flags an alias shared by two records of one registry', () => {
    const twin = createActorRegistry([
      { id: 'a', name: 'A', aliases: ['Twin Brigade'] },
      { id: 'b', name: 'B', aliases: ['Twin Brigade'] },
    ]);
    const r = resolveActor('Twin Brigade', { registry: twin });
    expect(r.value.id).toBe('a');
    expect(r.issues.map((i) => i.code)).toEqual(['ambiguous_actor']);
    expect(r.confidence).toBeLessThanOrEqual(0.5);
  });
});
