import type { AnnotatedDocument, Span } from '../../annotations/document.js';
import { type InterpretContext, type LabelInterpretation, interpretAttribute, interpretLabel, type ResolvedRole, resolveRole } from '../../annotations/schemes/interpret.js';
import { type EventLabelMapping, type LabelScheme, type SchemeAttribute, lookup } from '../../annotations/schemes/label-scheme.js';
import { type Issue, issue } from '../../schema/issue.js';

/** An argument of an event frame: the span and the role it plays. */
export interface FrameArgument {
  role: ResolvedRole;
  span: Span;
}

/** An attribute an annotation sets on an event, with the span that shows it when there is one. */
export interface FrameAttribute {
  attribute: SchemeAttribute;
  value: boolean | string;
  span?: Span;
}

/**
 * What the annotations say about one event before anything is resolved: its trigger, what the
 * trigger label means, its arguments with roles, its attributes and the annotator's notes.
 */
export interface EventFrame {
  /** The annotation the frame comes from: an event id (brat `E1`) or a trigger span id. */
  id: string;
  trigger: Span;
  mapping: EventLabelMapping;
  arguments: FrameArgument[];
  attributes: FrameAttribute[];
  notes: string[];
  /** How arguments were found: from event annotations, relations, or grouped by proximity (a guess). */
  via: 'event' | 'relations' | 'proximity';
}

/** Options of {@link eventFrames}. */
export interface EventFramesOptions {
  scheme: LabelScheme;
  /** Group arguments with the nearest trigger of their sentence when a document has no events or relations. */
  fallback?: boolean;
}

/** The sentence number of each code-point offset of a text (a sentence ends after . ! ? ؟ or a line break). */
function sentenceOf(text: string): (offset: number) => number {
  const cps = Array.from(text);
  const ids = new Int32Array(cps.length + 1);
  let id = 0;
  for (let i = 0; i < cps.length; i++) {
    ids[i] = id;
    const ch = cps[i] ?? '';
    if (/[.!?؟\n]/u.test(ch)) id++;
  }
  ids[cps.length] = id;
  return (offset) => ids[Math.min(Math.max(offset, 0), cps.length)] ?? 0;
}

function spanStart(span: Span): number {
  return span.fragments[0]?.start ?? 0;
}

/**
 * Finds the events a document's annotations describe, whatever the tool: brat and inline event
 * annotations (trigger + role arguments), triggers linked to their arguments by relations (Label
 * Studio, doccano), and, when asked (`fallback`), triggers with the spans of their sentence
 * grouped by proximity (a guess, with a warning). Roles come from the event's own role name, or
 * the relation label, or the argument span's label. Attributes come from attribute annotations
 * on the event or its trigger, and from arguments whose role names an attribute (`Claimed:T18`).
 *
 * @example
 * ```ts
 * const { value: frames } = eventFrames(doc, { scheme: DEFAULT_SCHEME });
 * frames[0]?.mapping.type; //=> 'assassination'
 * ```
 */
export function eventFrames(doc: AnnotatedDocument, options: EventFramesOptions): { value: EventFrame[]; issues: Issue[] } {
  const { scheme } = options;
  const issues: Issue[] = [];
  const where = (extra: Partial<Issue> = {}): Partial<Omit<Issue, 'level' | 'code' | 'message'>> => ({
    document: doc.id,
    ...(doc.file !== undefined ? { file: doc.file } : {}),
    ...extra,
  });
  const spans = new Map(doc.spans.map((s) => [s.id, s]));
  const labels = new Map<string, LabelInterpretation>();
  const reported = new Set<string>();
  const interpret = (label: string, context: InterpretContext = {}): LabelInterpretation => {
    const cached = context.triggerText === undefined ? labels.get(label) : undefined;
    if (cached !== undefined) return cached;
    const r = interpretLabel(label, scheme, context);
    for (const i of r.issues) {
      if (!reported.has(`${i.code}:${label}`)) {
        reported.add(`${i.code}:${label}`);
        issues.push({ ...i, ...where() });
      }
    }
    if (context.triggerText === undefined) labels.set(label, r.value);
    return r.value;
  };
  // Interpret every span label once, so that unknown labels are reported even when unused.
  for (const s of doc.spans) interpret(s.label);

  const attributesOf = (ids: readonly string[]): FrameAttribute[] => {
    const out: FrameAttribute[] = [];
    for (const a of doc.attributes) {
      if (!ids.includes(a.target)) continue;
      const r = interpretAttribute(a.name, a.value, scheme, where({ path: ['attributes', a.id] }));
      issues.push(...r.issues);
      if (r.value !== undefined) out.push(r.value);
    }
    return out;
  };
  const notesOf = (ids: readonly string[]): string[] => doc.notes.filter((n) => ids.includes(n.target)).map((n) => n.text);

  const frames: EventFrame[] = [];
  const usedTriggers = new Set<string>();

  // 1. Event annotations (brat E lines, inline events).
  for (const e of doc.events) {
    const trigger = spans.get(e.trigger);
    if (trigger === undefined) {
      issues.push(issue('error', 'undefined_trigger', `event ${e.id} names trigger ${e.trigger}, which is not a span of the document`, where({ path: ['events', e.id] })));
      continue;
    }
    usedTriggers.add(trigger.id);
    const reading = interpret(e.label, { triggerText: trigger.text, hints: doc.attributes.filter((a) => a.target === e.id).map((a) => `${a.name} ${String(a.value)}`) });
    if (reading.event === undefined) {
      if (reading.kind !== 'unknown') {
        issues.push(issue('warning', 'not_an_event_type', `event ${e.id} has label ${JSON.stringify(e.label)}, which scheme ${scheme.name} does not read as an event type${reading.reason !== undefined ? `: ${reading.reason}` : ''}`, where({ path: ['events', e.id] })));
      }
      continue;
    }
    const frame: EventFrame = { id: e.id, trigger, mapping: reading.event, arguments: [], attributes: attributesOf([e.id, trigger.id]), notes: notesOf([e.id, trigger.id]), via: 'event' };
    for (const arg of e.arguments) {
      const span = spans.get(arg.target);
      if (span === undefined) {
        if (!doc.events.some((x) => x.id === arg.target)) {
          issues.push(issue('error', 'undefined_argument', `event ${e.id} names ${arg.target} as ${arg.role}, which is not an annotation of the document`, where({ path: ['events', e.id, arg.role] })));
        }
        continue;
      }
      const role = resolveRole({ eventRole: arg.role, spanLabel: span.label, eventLabel: e.label, where: where({ path: ['events', e.id, arg.role], span: [spanStart(span), span.fragments.at(-1)?.end ?? spanStart(span)] }) }, scheme);
      if (role.value !== undefined) {
        frame.arguments.push({ role: role.value, span });
        continue;
      }
      const attribute = lookup(scheme.attributes, arg.role.replace(/\d+$/, ''));
      if (attribute !== undefined) {
        const r = interpretAttribute(arg.role.replace(/\d+$/, ''), true, scheme);
        if (r.value !== undefined) frame.attributes.push({ ...r.value, span });
        continue;
      }
      issues.push(...role.issues);
    }
    frames.push(frame);
  }

  // 2. Trigger spans without event annotations: arguments through relations.
  const triggerSpans = doc.spans.filter((s) => !usedTriggers.has(s.id) && interpret(s.label).kind === 'event');
  for (const trigger of triggerSpans) {
    const reading = interpret(trigger.label, { triggerText: trigger.text });
    if (reading.event === undefined) continue;
    const frame: EventFrame = { id: trigger.id, trigger, mapping: reading.event, arguments: [], attributes: attributesOf([trigger.id]), notes: notesOf([trigger.id]), via: 'relations' };
    for (const r of doc.relations) {
      const otherId = r.from === trigger.id ? r.to : r.to === trigger.id ? r.from : undefined;
      if (otherId === undefined) continue;
      const span = spans.get(otherId);
      if (span === undefined) continue;
      const role = resolveRole({ relationLabel: r.label, spanLabel: span.label, eventLabel: trigger.label, where: where({ path: ['relations', r.id] }) }, scheme);
      if (role.value !== undefined) frame.arguments.push({ role: role.value, span });
      else {
        const attribute = r.label !== '' ? lookup(scheme.attributes, r.label) : undefined;
        if (attribute !== undefined) {
          const a = interpretAttribute(r.label, true, scheme);
          if (a.value !== undefined) frame.attributes.push({ ...a.value, span });
        } else issues.push(...role.issues);
      }
    }
    frames.push(frame);
  }

  // 3. Opt-in fallback: no events and no relations: group by sentence.
  const bare = frames.filter((f) => f.via === 'relations' && f.arguments.length === 0);
  if (bare.length > 0 && doc.events.length === 0 && doc.relations.length === 0) {
    if (options.fallback === true) {
      const sentence = sentenceOf(doc.text);
      const triggers = new Set(bare.map((f) => f.trigger.id));
      for (const span of doc.spans) {
        if (triggers.has(span.id)) continue;
        const reading = interpret(span.label);
        const role = reading.role ?? (reading.entity === 'person' || reading.entity === 'organization' || reading.entity === 'actor' ? { role: 'actor' as const } : undefined);
        if (role === undefined) continue;
        const s = sentence(spanStart(span));
        const candidates = bare.filter((f) => sentence(spanStart(f.trigger)) === s);
        if (candidates.length === 0) continue;
        const nearest = candidates.reduce((best, f) => (Math.abs(spanStart(f.trigger) - spanStart(span)) < Math.abs(spanStart(best.trigger) - spanStart(span)) ? f : best));
        nearest.arguments.push({ role: { ...role, source: 'span-label', label: span.label }, span });
        nearest.via = 'proximity';
      }
      for (const f of bare.filter((x) => x.via === 'proximity')) {
        issues.push(
          issue('warning', 'grouped_by_proximity', `the document has no event or relation annotations: the arguments of ${f.trigger.label} "${f.trigger.text}" were guessed from its sentence (${f.arguments.map((a) => `${a.role.role}: ${a.span.text}`).join('; ')})`, where({ span: [spanStart(f.trigger), f.trigger.fragments.at(-1)?.end ?? 0] })),
        );
      }
    } else {
      issues.push(
        issue('info', 'triggers_without_arguments', `the document has ${bare.length} trigger span(s) but no event or relation annotations; pass the fallback option to group arguments with the nearest trigger of their sentence`, where()),
      );
    }
  }
  return { value: frames, issues };
}
