/**
 * UCDP GED crosswalks: type of violence, where_prec and date_prec, and the row ↔ event mapping.
 * @module
 */
export { UCDP_GED_COLUMNS } from './columns.js';
export type { UcdpGedColumn } from './columns.js';
export { toUcdpWherePrec, fromUcdpWherePrec, toUcdpDatePrec, fromUcdpDatePrec } from './precision.js';
export type { UcdpWherePrec, UcdpDatePrec } from './precision.js';
export { UCDP_VIOLENCE_TYPES, toUcdpViolenceType, fromUcdpViolenceType, ucdpSide } from './violence-type.js';
export type { UcdpViolenceType, UcdpViolenceTypeEntry } from './violence-type.js';
export { fromUcdpRow, toUcdpRow, prioGridId } from './ucdp-row.js';
export { checkUcdpExport } from './check-export.js';
export type { UcdpRow, UcdpRowContext, ToUcdpRowOptions } from './ucdp-row.js';
