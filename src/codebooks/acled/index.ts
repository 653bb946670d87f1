/**
 * ACLED crosswalks: event types, inter codes and interactions, precision codes, dates, regions,
 * fatality conventions, and the row ↔ event mapping.
 * @module
 */
export { ACLED_COLUMNS, ACLED_LEGACY_COLUMNS } from './columns.js';
export type { AcledColumn } from './columns.js';
export {
  ACLED_SUB_EVENT_TYPES,
  ACLED_EVENT_TYPES,
  fromAcledSubEventType,
  acledSubEventTypeOf,
  parseAcledDisorderType,
} from './event-types.js';
export type { AcledEventType, AcledSubEventType, AcledDisorderType, AcledSubEventTypeEntry } from './event-types.js';
export { toAcledCategory } from './categorize.js';
export type { AcledCategory, AcledCategoryInput } from './categorize.js';
export {
  ACLED_INTER_CODES,
  ACLED_INTERACTIONS,
  toAcledInterCode,
  fromAcledInterCode,
  parseAcledInter,
  formatAcledInter,
  acledInteraction,
  parseAcledInteraction,
} from './inter-codes.js';
export type { AcledInterCode, AcledInterFormat, AcledInterCodeEntry, ParsedAcledInter, AcledInteraction } from './inter-codes.js';
export { toAcledGeoPrecision, fromAcledGeoPrecision, toAcledTimePrecision, fromAcledTimePrecision } from './precision.js';
export type { AcledGeoPrecision, AcledTimePrecision } from './precision.js';
export { parseAcledDate, formatAcledDate, acledDateRange, acledEventDate } from './dates.js';
export type { AcledDateFormat } from './dates.js';
export { ACLED_REGIONS, acledRegionOf } from './regions.js';
export { ACLED_FATALITY_CONVENTION, splitAcledFatalities } from './fatality-convention.js';
export type { AcledFatalityConvention } from './fatality-convention.js';
export { readAcledActors, writeAcledActors } from './acled-actors.js';
export type { AcledActorCells, AcledActorPlacement } from './acled-actors.js';
export { fromAcledRow, toAcledRow } from './acled-row.js';
export { checkAcledExport } from './check-export.js';
export type { AcledRow, AcledRowContext, ToAcledRowOptions } from './acled-row.js';
