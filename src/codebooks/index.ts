/**
 * Codebook crosswalks between conflict-events' event schema and ACLED, UCDP GED, GTD and PLOVER,
 * and the mapping of ACLED and UCDP GED rows to and from events.
 * @module
 */
export * from './common/index.js';
export * from './acled/index.js';
export * from './ucdp/index.js';
export * from './gtd/index.js';
export * from './plover/index.js';
