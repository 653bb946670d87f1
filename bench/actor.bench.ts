/**
 * Actor and count resolution throughput.
 *
 * resolveActor runs on realistic report phrases in Arabic and English (exact names, names inside
 * longer phrases, prefixed and quoted forms, adjectives, generic references, persons, unknown
 * groups). The baseline is a plain `Map.get` on the same phrases normalised beforehand, looking up
 * a map of every built-in alias key, in the same process: the cost of the lookup alone, without
 * normalising, tokenising, longest-match search or person and generic-reference handling.
 * resolveActor memoises its results per registry (reports repeat their actors), so it is timed
 * both with the memo cleared before each pass and warm.
 * resolveCount runs on count phrases, against the same kind of baseline (a Map of pre-normalised
 * phrases to numbers).
 */
import { measure, report } from './harness.js';
import { actorTokens } from '../src/resolve/actor/actor-tokens.js';
import { builtinActorRegistry } from '../src/resolve/actor/builtin-actors.js';
import { clearActorCache, resolveActor } from '../src/resolve/actor/resolve-actor.js';
import { resolveCount } from '../src/resolve/quantity/resolve-count.js';
import { countTokens } from '../src/resolve/quantity/count-words.js';

const ACTOR_PHRASES = [
  'تنظيم داعش الإرهابي',
  'تنظيم “داعش” المتطرّف',
  'قوات سوريا الديمقراطية',
  'قوات النظام السوري',
  'قوات الأمن الداخلي (الآسايش)',
  'التحالف الدولي الذي تقوده الولايات المتحدة الأميركية',
  'الهجوم التركي',
  'عناصر تنظيم داعش',
  'وقسد',
  'الجيش الوطني السوري',
  'الحشد الشعبي',
  'التنظيم المتطرّف',
  'لواء أحرار الفرات',
  'ISIS militants',
  'the US-backed SDF',
  'Turkish offensive',
  "Hay'at Tahrir al-Sham",
  'Iranian-backed militias',
  'the group',
  'unidentified gunmen',
];
const COUNT_PHRASES = ['12', '١٢ شخصاً', 'العشرات', 'ناشطتين', 'ثلاثة عناصر', 'ما بين 10 و15', 'at least 5', 'أكثر من 20', 'نحو 30', 'up to 40', 'dozens of civilians', 'twenty-five', 'عشرات الآلاف', 'خمسة وعشرون', 'مقتل عنصرين'];

export async function run(): Promise<void> {
  await Promise.resolve();
  const registry = builtinActorRegistry();

  // Baseline: every alias key of the registry in a Map, phrases normalised before timing.
  const aliasMap = new Map<string, string>();
  for (const r of registry.records()) {
    for (const a of [r.name, ...r.aliases]) aliasMap.set(actorTokens(a).map((t) => t.key).join(' '), r.id);
  }
  const actorKeys = ACTOR_PHRASES.map((p) => actorTokens(p).map((t) => t.key).join(' '));
  let sink = 0;
  const baseline = measure(
    'Map.get on pre-normalised phrases',
    () => {
      for (const k of actorKeys) if (aliasMap.get(k) !== undefined) sink++;
    },
    { items: actorKeys.length },
  );
  const resolveCold = measure(
    'resolveActor, memo cleared (every phrase resolved afresh)',
    () => {
      clearActorCache(registry);
      for (const p of ACTOR_PHRASES) sink += resolveActor(p, { registry }).confidence;
    },
    { items: ACTOR_PHRASES.length },
  );
  const resolveWarm = measure(
    'resolveActor, memoised (phrases seen before)',
    () => {
      for (const p of ACTOR_PHRASES) sink += resolveActor(p, { registry }).confidence;
    },
    { items: ACTOR_PHRASES.length },
  );
  const findCase = measure(
    'registry.find (all mentions)',
    () => {
      for (const p of ACTOR_PHRASES) sink += registry.find(p).length;
    },
    { items: ACTOR_PHRASES.length },
  );
  report(`Actor resolution (${registry.size} actors, ${aliasMap.size} alias keys, ${ACTOR_PHRASES.length} phrases)`, baseline, [resolveCold, resolveWarm, findCase], 'phrases');

  const countMap = new Map(COUNT_PHRASES.map((p) => [countTokens(p).join(' '), resolveCount(p).value.best]));
  const countKeys = COUNT_PHRASES.map((p) => countTokens(p).join(' '));
  const countBaseline = measure(
    'Map.get on pre-normalised phrases',
    () => {
      for (const k of countKeys) if (countMap.get(k) !== undefined) sink++;
    },
    { items: countKeys.length },
  );
  const countCase = measure(
    'resolveCount (ACLED convention)',
    () => {
      for (const p of COUNT_PHRASES) sink += resolveCount(p).confidence;
    },
    { items: COUNT_PHRASES.length },
  );
  report(`Count resolution (${COUNT_PHRASES.length} phrases)`, countBaseline, [countCase], 'phrases');
  if (sink < 0) console.log(sink);
}
