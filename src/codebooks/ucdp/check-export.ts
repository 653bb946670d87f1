import type { ConflictEvent } from '../../schema/event.js';
import { type Issue, issue } from '../../schema/issue.js';
import { groupActors } from '../common/actor-groups.js';
import { gleditschWardFromIso3 } from '../common/countries.js';
import { toUcdpDatePrec, toUcdpWherePrec } from './precision.js';
import { toUcdpViolenceType } from './violence-type.js';

/**
 * Lists what an event loses, or leaves blank, when written with `toUcdpRow`: no type of violence
 * (UCDP needs two organised sides, or an organised side and civilians), no fatalities (UCDP keeps
 * only events with at least one death), more actors than UCDP's two sides, unknown precisions, a
 * country without a Gleditsch–Ward number.
 *
 * @example
 * ```ts
 * checkUcdpExport({ ...event, fatalities: { best: 0 } }).map((i) => i.code); //=> ['ucdp_no_deaths']
 * ```
 */
export function checkUcdpExport(event: ConflictEvent): Issue[] {
  const issues: Issue[] = [];
  const at = (path: (string | number)[]): { path: (string | number)[]; event: string } => ({ path, event: event.id });
  if (toUcdpViolenceType(event) === undefined) {
    issues.push(issue('warning', 'ucdp_no_type_of_violence', 'UCDP needs two organised sides, or an organised side against civilians; type_of_violence is left blank', at(['actors'])));
  }
  const best = event.fatalities?.best ?? event.fatalities?.low;
  if (best === undefined || best < 1) {
    issues.push(issue('warning', 'ucdp_no_deaths', 'UCDP records only events with at least one death; this event has none recorded', at(['fatalities'])));
  }
  const mains = groupActors(event.actors).filter((g) => g.role !== 'claimant' && g.role !== 'other');
  const extra = mains.slice(2).flatMap((g) => (g.main === undefined ? [] : [g.main]));
  const associated = mains.flatMap((g) => g.associated);
  for (const actor of [...extra, ...associated]) {
    issues.push(issue('info', 'ucdp_actor_not_exported', `actor "${actor.name}" is not one of UCDP's two sides and is not written`, at(['actors', event.actors.indexOf(actor)])));
  }
  if (toUcdpDatePrec(event.date.precision) === undefined) {
    issues.push(issue('warning', 'ucdp_unknown_date_prec', 'the date precision is unknown; date_prec is left blank', at(['date', 'precision'])));
  }
  if (toUcdpWherePrec(event.location.precision) === undefined) {
    issues.push(issue('warning', 'ucdp_unknown_where_prec', 'the location precision is unknown; where_prec is left blank', at(['location', 'precision'])));
  }
  const iso3 = event.location.iso3;
  if (iso3 !== undefined && gleditschWardFromIso3(iso3) === undefined) {
    issues.push(issue('warning', 'ucdp_no_country_id', `${iso3} has no Gleditsch–Ward number; country_id is left blank`, at(['location', 'iso3'])));
  }
  return issues;
}
