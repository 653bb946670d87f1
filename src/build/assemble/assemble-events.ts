import type { AnnotatedDocument, DocumentMetadata, Span } from '../../annotations/document.js';
import { DEFAULT_SCHEME } from '../../annotations/schemes/default-scheme.js';
import type { LabelScheme, SchemeRole } from '../../annotations/schemes/label-scheme.js';
import { resolveActor } from '../../resolve/actor/resolve-actor.js';
import type { ActorRegistry } from '../../resolve/actor/actor-registry.js';
import { isGenericReference } from '../../resolve/actor/generic-reference.js';
import { builtinGazetteer } from '../../resolve/place/builtin-gazetteer.js';
import { resolvePlace } from '../../resolve/place/resolve-place.js';
import type { Gazetteer } from '../../resolve/place/types.js';
import type { CountConvention, CountConventionName } from '../../resolve/quantity/count-convention.js';
import { resolveCount } from '../../resolve/quantity/resolve-count.js';
import { resolveDate } from '../../resolve/time/resolve-date.js';
import type { Actor, ActorRole } from '../../schema/actor.js';
import type { Attributes } from '../../schema/attributes.js';
import type { Count } from '../../schema/count.js';
import type { EventDate } from '../../schema/date.js';
import type { ConflictEvent } from '../../schema/event.js';
import { type Issue, issue } from '../../schema/issue.js';
import { LOCATION_PRECISION_RANK, type Location } from '../../schema/location.js';
import type { Evidence } from '../../schema/source.js';
import { validateEvent } from '../../schema/validate-event.js';
import { stableId } from '../../util/stable-id.js';
import { type ReportContext, reportContext } from './assemble-context.js';
import { type EventFrame, eventFrames, type FrameArgument } from './event-frames.js';
import { type SpanLinks, spanLinks } from './span-links.js';

/** Options of {@link assembleEvents}. */
export interface AssembleOptions {
  /** How labels map to events, roles and attributes (default: the default scheme). */
  scheme?: LabelScheme;
  /**
   * Resolve the text of each field into dates, places, actors and counts (default true). With
   * `false`, events keep the text only: dates and places with precision `unknown`, actors by name.
   */
  resolve?: boolean;
  /** Gazetteer for places (default: the built-in one). */
  gazetteer?: Gazetteer;
  /** Actor registry (default: the built-in one). */
  actors?: ActorRegistry;
  /** Convention for vague counts such as "dozens" (default `acled`). */
  countConvention?: CountConvention | CountConventionName;
  /** ISO alpha-3 of the country the reports are about, to disambiguate place names. */
  country?: string;
  /** Metadata for fields a document does not give (`published`, `language`, `timeZone`). */
  defaults?: DocumentMetadata;
  /** Group arguments with the nearest trigger of their sentence when a document has no events or relations (default false). */
  fallback?: boolean;
}

const ACTOR_ROLES = new Set<SchemeRole>(['perpetrator', 'victim', 'target', 'claimant', 'actor']);

function spanRange(span: Span): [number, number] {
  return [span.fragments[0]?.start ?? 0, span.fragments.at(-1)?.end ?? 0];
}

function sumCounts(counts: readonly Count[]): Count {
  const out: Count = {};
  for (const key of ['low', 'best', 'high'] as const) {
    const values = counts.map((c) => c[key] ?? c.best).filter((v): v is number => v !== undefined);
    if (values.length === counts.length) out[key] = values.reduce((s, v) => s + v, 0);
  }
  const texts = counts.map((c) => c.text).filter((t): t is string => t !== undefined);
  if (texts.length > 0) out.text = texts.join(' + ');
  const conventions = new Set(counts.map((c) => c.convention).filter((c): c is string => c !== undefined));
  if (conventions.size === 1) out.convention = [...conventions][0] ?? '';
  return out;
}

interface Assembly {
  doc: AnnotatedDocument;
  report: ReportContext;
  links: SpanLinks;
  options: AssembleOptions;
  issues: Issue[];
  codePoints?: string[];
}

function evidenceFor(a: Assembly, span: Span, field: string): Evidence[] {
  if (span.fragments.length === 1) {
    const [f] = span.fragments;
    return f === undefined ? [] : [{ document: a.doc.id, field, start: f.start, end: f.end, text: span.text }];
  }
  a.codePoints ??= Array.from(a.doc.text);
  const cps = a.codePoints;
  return span.fragments.map((f) => ({ document: a.doc.id, field, start: f.start, end: f.end, text: cps.slice(f.start, f.end).join('') }));
}

function where(a: Assembly, span: Span | undefined, path: (string | number)[]): Partial<Issue> {
  return {
    document: a.doc.id,
    ...(a.doc.file !== undefined ? { file: a.doc.file } : {}),
    ...(span !== undefined ? { span: spanRange(span) } : {}),
    path,
  };
}

function resolveTime(a: Assembly, args: readonly FrameArgument[]): { date: EventDate; span?: Span } {
  const fallback: EventDate = a.report.publishedDay !== undefined ? { precision: 'unknown', end: a.report.publishedDay } : { precision: 'unknown' };
  if (args.length === 0) {
    a.issues.push(issue('info', 'no_date', `no time was annotated; the date is unknown${a.report.publishedDay !== undefined ? ' (but not after the report)' : ''}`, where(a, undefined, ['date'])));
    return { date: fallback };
  }
  const resolved = args.map((arg) => {
    if (a.options.resolve === false) return { arg, date: { ...fallback, text: arg.span.text } };
    const r = resolveDate(arg.span.text, {
      ...(a.report.published !== undefined ? { published: a.report.published } : {}),
      ...(a.report.timeZone !== undefined ? { timeZone: a.report.timeZone } : {}),
      ...(a.report.language !== undefined ? { language: a.report.language } : {}),
    });
    for (const i of r.issues) a.issues.push({ ...i, ...where(a, arg.span, ['date']) });
    return { arg, date: r.value };
  });
  const starting = resolved.find((r) => r.arg.role.qualifier === 'starting' || r.arg.role.qualifier === 'atbeginning');
  const ending = resolved.find((r) => r.arg.role.qualifier === 'ending' || r.arg.role.qualifier === 'atend');
  if (starting !== undefined && ending !== undefined && starting.date.start !== undefined && ending.date.end !== undefined && starting.date.start <= ending.date.end) {
    const days = (Date.parse(ending.date.end) - Date.parse(starting.date.start)) / 86_400_000 + 1;
    const precision = days <= 1 ? 'day' : days <= 6 ? 'days' : days <= 7 ? 'week' : days <= 31 ? 'month' : 'year';
    return { date: { start: starting.date.start, end: ending.date.end, precision, text: `${starting.arg.span.text} … ${ending.arg.span.text}` }, span: starting.arg.span };
  }
  const known = resolved.filter((r) => r.date.precision !== 'unknown');
  const width = (d: EventDate): number => (d.start !== undefined && d.end !== undefined ? Date.parse(d.end) - Date.parse(d.start) : Number.POSITIVE_INFINITY);
  const best = [...(known.length > 0 ? known : resolved)].sort((x, y) => width(x.date) - width(y.date))[0] ?? resolved[0];
  if (resolved.length > 1) a.issues.push(issue('info', 'several_dates', `${resolved.length} time spans were annotated; the narrowest resolved one was kept ("${best?.arg.span.text ?? ''}")`, where(a, best?.arg.span, ['date'])));
  return best === undefined ? { date: fallback } : { date: best.date, span: best.arg.span };
}

function resolveWhere(a: Assembly, args: readonly FrameArgument[]): { location: Location; span?: Span } {
  if (args.length === 0) {
    a.issues.push(issue('info', 'no_place', 'no place was annotated; the location is unknown', where(a, undefined, ['location'])));
    return { location: { precision: 'unknown' } };
  }
  const resolved = args.map((arg) => {
    if (a.options.resolve === false) {
      const location: Location = { precision: 'unknown', name: arg.span.text, text: arg.span.text };
      return { arg, location };
    }
    const r = resolvePlace(arg.span.text, {
      ...(a.options.gazetteer !== undefined ? { gazetteer: a.options.gazetteer } : {}),
      ...(a.options.country !== undefined ? { country: a.options.country } : {}),
      ...(a.report.language !== undefined ? { language: a.report.language } : {}),
    });
    for (const i of r.issues) a.issues.push({ ...i, ...where(a, arg.span, ['location']) });
    return { arg, location: r.value };
  });
  const best = [...resolved].sort((x, y) => LOCATION_PRECISION_RANK[x.location.precision] - LOCATION_PRECISION_RANK[y.location.precision])[0] ?? resolved[0];
  if (resolved.length > 1) a.issues.push(issue('info', 'several_places', `${resolved.length} places were annotated; the most precise was kept ("${best?.arg.span.text ?? ''}")`, where(a, best?.arg.span, ['location'])));
  return best === undefined ? { location: { precision: 'unknown' } } : { location: best.location, span: best.arg.span };
}

function actorText(a: Assembly, span: Span): string {
  // "التنظيم" / "the group": read the span the annotator linked it to, when there is one.
  if (!isGenericReference(span.text)) return span.text;
  const named = a.links.equivalents(span).find((s) => !isGenericReference(s.text));
  return named?.text ?? span.text;
}

function resolveParticipant(a: Assembly, arg: FrameArgument, index: number): Actor {
  const role = arg.role.role as ActorRole;
  const description = a.links.description(arg.span);
  if (a.options.resolve === false) {
    return { name: arg.span.text, role, text: arg.span.text, ...(description !== undefined ? { description } : {}) };
  }
  const normalization = a.links.normalization(arg.span);
  const r = resolveActor(actorText(a, arg.span), {
    role,
    ...(a.options.actors !== undefined ? { registry: a.options.actors } : {}),
    ...(normalization !== undefined ? { normalization } : {}),
    ...(description !== undefined ? { description } : {}),
    ...(a.report.language !== undefined ? { language: a.report.language } : {}),
  });
  for (const i of r.issues) a.issues.push({ ...i, ...where(a, arg.span, ['actors', index]) });
  const v = r.value;
  const actor: Actor = { name: v.name ?? arg.span.text, role, text: arg.span.text };
  if (v.kind !== undefined) actor.kind = v.kind;
  if (v.id !== undefined) actor.id = v.id;
  if (v.country !== undefined) actor.country = v.country;
  if (v.count !== undefined) actor.count = v.count;
  const desc = v.description ?? description;
  if (desc !== undefined) actor.description = desc;
  return actor;
}

function resolveCounts(a: Assembly, args: readonly FrameArgument[], field: 'fatalities' | 'injuries'): Count | undefined {
  if (args.length === 0) return undefined;
  const counts = args.map((arg) => {
    if (a.options.resolve === false) return { text: arg.span.text };
    const r = resolveCount(arg.span.text, {
      convention: a.options.countConvention ?? 'acled',
      ...(a.report.language !== undefined ? { language: a.report.language } : {}),
    });
    for (const i of r.issues) a.issues.push({ ...i, ...where(a, arg.span, [field]) });
    return r.value;
  });
  return counts.length === 1 ? counts[0] : sumCounts(counts);
}

function frameEvent(a: Assembly, frame: EventFrame, effects: readonly EventFrame[]): ConflictEvent | undefined {
  const args = [...frame.arguments, ...effects.flatMap((e) => e.arguments.filter((x) => !frame.arguments.some((y) => y.span.id === x.span.id)))];
  const byRole = (role: SchemeRole): FrameArgument[] => args.filter((x) => x.role.role === role);
  const attributes: Attributes = {};
  const evidence: Evidence[] = evidenceFor(a, frame.trigger, 'type');
  for (const attr of [...frame.attributes, ...effects.flatMap((e) => e.attributes)]) {
    (attributes as Record<string, string | number | boolean>)[attr.attribute] = attr.value;
    if (attr.span !== undefined) evidence.push(...evidenceFor(a, attr.span, `attributes.${attr.attribute}`));
  }
  const label = `${frame.trigger.label} "${frame.trigger.text}"`;
  if (attributes.negated === true) {
    a.issues.push(issue('info', 'negated_event', `${label} is negated (the report says it did not happen): no event emitted`, where(a, frame.trigger, [])));
    return undefined;
  }
  if (attributes.hypothetical === true) {
    a.issues.push(issue('warning', 'hypothetical_event', `${label} is hypothetical (planned, feared or possible): emitted and flagged with attributes.hypothetical`, where(a, frame.trigger, ['attributes', 'hypothetical'])));
  }

  const time = resolveTime(a, byRole('time'));
  if (time.span !== undefined) evidence.push(...evidenceFor(a, time.span, 'date'));
  const place = resolveWhere(a, byRole('place'));
  if (place.span !== undefined) evidence.push(...evidenceFor(a, place.span, 'location'));

  const actors: Actor[] = [];
  for (const arg of args) {
    if (!ACTOR_ROLES.has(arg.role.role)) continue;
    const index = actors.length;
    actors.push(resolveParticipant(a, arg, index));
    evidence.push(...evidenceFor(a, arg.span, `actors.${index}`));
  }

  let fatalities = resolveCounts(a, byRole('fatalities'), 'fatalities');
  for (const arg of byRole('fatalities')) evidence.push(...evidenceFor(a, arg.span, 'fatalities'));
  const injuries = resolveCounts(a, byRole('injuries'), 'injuries');
  for (const arg of byRole('injuries')) evidence.push(...evidenceFor(a, arg.span, 'injuries'));

  const killing = frame.mapping.type === 'assassination' || frame.mapping.effect === 'fatalities' || effects.some((e) => e.mapping.effect === 'fatalities');
  if (fatalities === undefined && killing && attributes.attempted !== true) {
    const victims = actors.filter((x) => x.role === 'victim' && x.id === undefined);
    if (victims.length > 0) {
      fatalities = { low: victims.length, best: victims.length, high: victims.length };
      a.issues.push(issue('info', 'fatalities_from_victims', `${label}: no count was annotated; ${victims.length} named victim(s) counted as fatalities`, where(a, frame.trigger, ['fatalities'])));
    }
  }

  const weapons = byRole('weapon');
  if (weapons.length > 0 && attributes.weapon === undefined) {
    attributes.weapon = weapons.map((w) => w.span.text).join('; ');
    for (const w of weapons) evidence.push(...evidenceFor(a, w.span, 'attributes.weapon'));
  }

  const [start, end] = spanRange(frame.trigger);
  const event: ConflictEvent = {
    id: stableId('ev', [a.doc.id, `${start}-${end}`, frame.mapping.type]),
    type: frame.mapping.type,
    ...(frame.mapping.subtype !== undefined ? { subtype: frame.mapping.subtype } : {}),
    date: time.date,
    location: place.location,
    actors,
    ...(fatalities !== undefined ? { fatalities } : {}),
    ...(injuries !== undefined ? { injuries } : {}),
    ...(Object.keys(attributes).length > 0 ? { attributes } : {}),
    sources: [a.report.source],
    evidence,
    ...(frame.notes.length > 0 ? { notes: frame.notes.join('\n') } : {}),
  };
  return event;
}

/**
 * Turns one annotated document into conflict events. Each event the annotations describe (see
 * `eventFrames`: brat/inline events, triggers with relations, or, with `fallback`, triggers with
 * the spans of their sentence) becomes a `ConflictEvent` whose every value keeps its evidence
 * span: the type from the trigger label, the date, place, actors and counts resolved from their
 * spans against the report's publication date and language (dates), the gazetteer (places), the
 * actor registry (actors, using the annotator's normalisations and equivalences first) and a
 * count convention (vague counts). What cannot be resolved is kept as text with precision
 * `unknown` and an issue.
 *
 * Codebook rules applied here: a completed assassination or killing with named victims and no
 * count has as many fatalities as victims; a negated event is not emitted (an info issue says so);
 * a hypothetical one is emitted and flagged. ACE-style consequence labels (`Life:Die`) lend their
 * victims and counts to the act (`Conflict:Attack`) they share an argument with, or stand alone as
 * an attack when there is none.
 *
 * Ids are stable: a hash of the document id, the trigger's offsets and the type.
 *
 * @example
 * ```ts
 * const { value: [doc] } = await readAnnotations('examples/seed/seed-report.ann');
 * const { value: events, issues } = assembleEvents(doc);
 * events.map((e) => `${e.type} ${e.date.start}..${e.date.end} ${e.location.name}`);
 * //=> ['attack 2021-02-01..2021-02-22 Syrian Badia', 'assassination 2021-01-01..2021-01-31 Deir ez-Zor', …]
 * ```
 */
export function assembleEvents(doc: AnnotatedDocument, options: AssembleOptions = {}): { value: ConflictEvent[]; issues: Issue[] } {
  const scheme = options.scheme ?? DEFAULT_SCHEME;
  const report = reportContext(doc, options.defaults);
  const a: Assembly = { doc, report: report.value, links: spanLinks(doc), options, issues: [...report.issues] };
  const frames = eventFrames(doc, { scheme, ...(options.fallback !== undefined ? { fallback: options.fallback } : {}) });
  a.issues.push(...frames.issues);

  const acts = frames.value.filter((f) => f.mapping.effect === undefined);
  const effects = frames.value.filter((f) => f.mapping.effect !== undefined);
  const effectsOf = new Map<EventFrame, EventFrame[]>();
  const standalone: EventFrame[] = [];
  for (const effect of effects) {
    const spansOf = (f: EventFrame): Set<string> => new Set([f.trigger.id, ...f.arguments.map((x) => x.span.id)]);
    const mine = spansOf(effect);
    const act = acts.find((f) => [...spansOf(f)].some((id) => mine.has(id)));
    if (act === undefined) standalone.push(effect);
    else effectsOf.set(act, [...(effectsOf.get(act) ?? []), effect]);
  }

  const events: ConflictEvent[] = [];
  const seen = new Map<string, number>();
  for (const frame of [...acts, ...standalone]) {
    const event = frameEvent(a, frame, effectsOf.get(frame) ?? []);
    if (event === undefined) continue;
    const n = seen.get(event.id) ?? 0;
    seen.set(event.id, n + 1);
    if (n > 0) event.id = stableId('ev', [doc.id, event.id, frame.id]);
    const checked = validateEvent(event, options.gazetteer !== undefined || options.resolve !== false ? { pointInCountry: (iso3, p) => (options.gazetteer ?? builtinGazetteer()).pointInCountry(iso3, p) } : {});
    for (const i of checked.issues) a.issues.push({ ...i, document: doc.id, ...(doc.file !== undefined ? { file: doc.file } : {}), span: spanRange(frame.trigger) });
    if (checked.value !== undefined) events.push(checked.value);
  }
  return { value: events, issues: a.issues };
}
