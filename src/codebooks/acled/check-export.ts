import type { ConflictEvent } from '../../schema/event.js';
import { type Issue, issue } from '../../schema/issue.js';
import { writeAcledActors } from './acled-actors.js';
import { toAcledCategory } from './categorize.js';
import { acledEventDate } from './dates.js';
import { toAcledGeoPrecision } from './precision.js';

/**
 * Lists what an event loses, or leaves blank, when written with `toAcledRow`: a date vaguer than a
 * month (ACLED records nothing vaguer), no ACLED category, actors that have no ACLED slot
 * (claimants beside a perpetrator, `other` actors) or no kind (no inter code), an unknown
 * location precision, a fatality range of which only the lowest figure is written, sources with
 * no publisher, civilian targeting on a battle. Each issue names the event and the field.
 *
 * @example
 * ```ts
 * checkAcledExport({ ...event, date: { start: '2021-01-01', end: '2021-12-31', precision: 'year' } })[0]?.code; //=> 'acled_date_too_vague'
 * ```
 */
export function checkAcledExport(event: ConflictEvent): Issue[] {
  const issues: Issue[] = [];
  const at = (path: (string | number)[]): { path: (string | number)[]; event: string } => ({ path, event: event.id });
  if (acledEventDate(event.date) === undefined) {
    issues.push(issue('warning', 'acled_date_too_vague', `ACLED records no date vaguer than a month; event_date is left blank (date precision ${event.date.precision})`, at(['date'])));
  }
  const category = toAcledCategory(event);
  if (category === undefined && event.codes?.acled?.event_type === undefined) {
    issues.push(
      issue('warning', 'acled_no_category', `no ACLED event type for ${event.type}${event.subtype === undefined ? '' : ` / ${event.subtype}`}; event_type is left blank`, at(['type'])),
    );
  }
  if (category?.eventType === 'Battles' && event.attributes?.civilianTargeting === true) {
    issues.push(issue('info', 'acled_battle_civilian_targeting', 'civilian_targeting is never filled for Battles (codebook §1.5); left blank', at(['attributes', 'civilianTargeting'])));
  }
  const placement = writeAcledActors(event.actors, 'text');
  for (const actor of placement.dropped) {
    issues.push(issue('info', 'acled_actor_not_exported', `actor "${actor.name}" (${actor.role}) has no ACLED actor column and is not written`, at(['actors', event.actors.indexOf(actor)])));
  }
  for (const actor of placement.withoutKind) {
    issues.push(issue('warning', 'acled_missing_inter', `actor "${actor.name}" has no kind, so its inter code and the interaction are blank`, at(['actors', event.actors.indexOf(actor), 'kind'])));
  }
  if (toAcledGeoPrecision(event.location.precision) === undefined) {
    issues.push(issue('warning', 'acled_unknown_geo_precision', 'the location precision is unknown; geo_precision is left blank', at(['location', 'precision'])));
  }
  const f = event.fatalities;
  if (f !== undefined) {
    const figures = [f.low, f.best, f.high].filter((n) => n !== undefined);
    if (new Set(figures).size > 1) {
      issues.push(issue('info', 'acled_lowest_fatalities', `ACLED records one fatality figure, the lowest reported (${Math.min(...figures)}); the range ${figures.join('/')} is not written`, at(['fatalities'])));
    }
  }
  event.sources.forEach((s, i) => {
    if (s.publisher === undefined || s.publisher.trim().length === 0) {
      issues.push(issue('info', 'acled_source_without_publisher', `source "${s.document}" has no publisher and is not named in the source column`, at(['sources', i, 'publisher'])));
    }
  });
  return issues;
}
