import type { z } from 'zod';
import { type ConflictEvent, ConflictEventSchema } from './event.js';
import { type Issue, issue } from './issue.js';
import type { Point } from './location.js';

/** Options of {@link validateEvent}. */
export interface ValidateEventOptions {
  /**
   * Tells whether a point lies in a country (ISO alpha-3), or `undefined` when it does not know
   * that country. Pass a gazetteer's `pointInCountry` to check coordinates against the stated
   * country.
   */
  pointInCountry?: (iso3: string, point: Point) => boolean | undefined;
}

/**
 * Converts zod issues into library issues (code, level, path, message).
 *
 * @example
 * ```ts
 * const r = ConflictEventSchema.safeParse({});
 * if (!r.success) fromZodIssues(r.error.issues); //=> [{ code: 'invalid_type', level: 'error', path: ['id'], … }]
 * ```
 */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[]): Issue[] {
  return issues.map((zi) => {
    const custom = zi.code === 'custom' ? (zi.params as { code?: unknown } | undefined)?.code : undefined;
    const code = typeof custom === 'string' ? custom : zi.code;
    const path = zi.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    return issue('error', code, zi.message, { path });
  });
}

/**
 * Checks an event against the schema and against what a codebook would require, and returns the
 * parsed event with every issue found. Never throws on bad data.
 *
 * Structural problems (wrong types, invalid calendar dates, an unordered date range, coordinates
 * out of range) are errors, and `value` is `undefined`. Coding problems that leave a usable event
 * are warnings: an assassination or attack with no victim or target, an armed clash with fewer than
 * two sides, fatalities where `low <= best <= high` does not hold, a point outside its stated
 * country, an event without sources.
 *
 * @example
 * ```ts
 * const { value, issues } = validateEvent({ ...event, date: { start: '2019-02-30', end: '2019-02-30', precision: 'day' } });
 * value; //=> undefined
 * issues[0]; //=> { code: 'invalid_format', level: 'error', path: ['date', 'start'], … }
 * ```
 */
export function validateEvent(input: unknown, options: ValidateEventOptions = {}): { value: ConflictEvent | undefined; issues: Issue[] } {
  const parsed = ConflictEventSchema.safeParse(input);
  if (!parsed.success) {
    const id = typeof input === 'object' && input !== null && 'id' in input ? input.id : undefined;
    const issues = fromZodIssues(parsed.error.issues);
    return { value: undefined, issues: typeof id === 'string' ? issues.map((i) => ({ ...i, event: id })) : issues };
  }
  const event = parsed.data;
  return { value: event, issues: codebookChecks(event, options).map((i) => ({ ...i, event: event.id })) };
}

const needsTarget = new Set(['assassination', 'attack', 'abduction', 'hostage_taking', 'sexual_violence']);

function codebookChecks(event: ConflictEvent, options: ValidateEventOptions): Issue[] {
  const issues: Issue[] = [];
  const roles = new Set(event.actors.map((a) => a.role));

  if (needsTarget.has(event.type) && !roles.has('victim') && !roles.has('target')) {
    issues.push(
      issue('warning', 'missing_victim', `an event of type ${event.type} has no actor with role victim or target`, { path: ['actors'] }),
    );
  }
  if (event.type === 'armed_clash') {
    const sides = event.actors.filter((a) => a.associated !== true && a.role !== 'claimant' && a.role !== 'other');
    if (sides.length < 2) {
      issues.push(
        issue('warning', 'missing_side', `an armed clash needs two armed sides; found ${sides.length}`, { path: ['actors'] }),
      );
    }
  }

  for (const field of ['fatalities', 'injuries'] as const) {
    const c = event[field];
    if (c === undefined) continue;
    const { low, best, high } = c;
    if (low !== undefined && best !== undefined && low > best) {
      issues.push(issue('warning', 'count_unordered', `${field}: low (${low}) is greater than best (${best})`, { path: [field, 'low'] }));
    }
    if (best !== undefined && high !== undefined && best > high) {
      issues.push(issue('warning', 'count_unordered', `${field}: best (${best}) is greater than high (${high})`, { path: [field, 'high'] }));
    }
    if (low !== undefined && high !== undefined && best === undefined && low > high) {
      issues.push(issue('warning', 'count_unordered', `${field}: low (${low}) is greater than high (${high})`, { path: [field, 'low'] }));
    }
  }

  const { point, iso3 } = event.location;
  if (point !== undefined && iso3 !== undefined && options.pointInCountry !== undefined) {
    const inside = options.pointInCountry(iso3, point);
    if (inside === false) {
      issues.push(
        issue('warning', 'point_outside_country', `the point (${point.lat}, ${point.lon}) does not lie in ${iso3}`, {
          path: ['location', 'point'],
        }),
      );
    }
  }

  if (event.sources.length === 0) {
    issues.push(issue('warning', 'no_source', 'the event has no source', { path: ['sources'] }));
  }
  event.evidence.forEach((e, index) => {
    if (!event.sources.some((s) => s.document === e.document)) {
      issues.push(
        issue('warning', 'evidence_without_source', `evidence names document "${e.document}", which is not among the sources`, {
          path: ['evidence', index, 'document'],
        }),
      );
    }
  });
  return issues;
}
