/**
 * conflict-events: build conflict-event datasets from annotated news reports.
 *
 * The public API is this hand-picked list. Anything not exported here is internal.
 * @packageDocumentation
 */

// Issues as data
export type { Issue, IssueLevel, Result } from './schema/issue.js';
export { issue, hasErrors, withContext, formatIssue, formatPath } from './schema/issue.js';

// The event schema
export { EventTypeSchema, EVENT_TYPES, EVENT_TYPE_PARENT } from './schema/event-type.js';
export type { EventType } from './schema/event-type.js';
export { DatePrecisionSchema, CalendarDateSchema, EventDateSchema } from './schema/date.js';
export type { DatePrecision, EventDate } from './schema/date.js';
export { LocationPrecisionSchema, LOCATION_PRECISION_RANK, PointSchema, LocationSchema } from './schema/location.js';
export type { LocationPrecision, Point, Location } from './schema/location.js';
export { ActorRoleSchema, ActorKindSchema, ActorSchema } from './schema/actor.js';
export type { ActorRole, ActorKind, Actor } from './schema/actor.js';
export { CountSchema } from './schema/count.js';
export type { Count } from './schema/count.js';
export { SourceSchema, EvidenceSchema } from './schema/source.js';
export type { Source, Evidence } from './schema/source.js';
export { AttributesSchema, DisagreementSchema } from './schema/attributes.js';
export type { Attributes, Disagreement } from './schema/attributes.js';
export { ConflictEventSchema } from './schema/event.js';
export type { ConflictEvent, ConflictEventInput } from './schema/event.js';
export { validateEvent, fromZodIssues } from './schema/validate-event.js';
export { eventJsonSchema, EVENT_SCHEMA_ID } from './schema/json-schema.js';
export type { ValidateEventOptions } from './schema/validate-event.js';
export { stableId, hashString } from './util/stable-id.js';

// Text normalisation and matching keys (Arabic and Latin script)
export { normalizeArabic, arabicKey, arabicPrefixVariants, hasArabic, toAsciiDigits } from './text/normalize-arabic.js';
export { foldLatin, latinSkeleton } from './text/fold-latin.js';
export { nameSkeleton, nameSimilarity } from './text/name-key.js';

// Resolve: places
export { resolvePlace } from './resolve/place/resolve-place.js';
export type { PlaceContext, PlaceResolution, PlaceCandidate } from './resolve/place/resolve-place.js';
export { builtinGazetteer } from './resolve/place/builtin-gazetteer.js';
export { composeGazetteers } from './resolve/place/compose-gazetteers.js';
export { createGazetteer } from './resolve/place/create-gazetteer.js';
export type { CreateGazetteerOptions } from './resolve/place/create-gazetteer.js';
export { loadGeoNames } from './resolve/place/load-geonames.js';
export type { LoadGeoNamesOptions } from './resolve/place/load-geonames.js';
export { loadGazetteerCsv } from './resolve/place/load-gazetteer-csv.js';
export type { LoadGazetteerCsvOptions } from './resolve/place/load-gazetteer-csv.js';
export { loadGazetteerGeoJson } from './resolve/place/load-gazetteer-geojson.js';
export type { LoadGazetteerGeoJsonOptions } from './resolve/place/load-gazetteer-geojson.js';
export { placeKey, placeSkeleton } from './resolve/place/keys.js';
export { PLACE_KINDS } from './resolve/place/types.js';
export type { Gazetteer, GazetteerEntry, GazetteerMatch, GazetteerArea, LookupOptions, MatchType, PlaceKind, PlaceName } from './resolve/place/types.js';

// Resolve: actors and counts
export { resolveActor } from './resolve/actor/resolve-actor.js';
export type { ResolveActorContext, ActorResolution, ResolvedActor } from './resolve/actor/resolve-actor.js';
export { isGenericReference } from './resolve/actor/generic-reference.js';
export { builtinActorRegistry } from './resolve/actor/builtin-actors.js';
export { createActorRegistry, composeActorRegistries } from './resolve/actor/actor-registry.js';
export type { ActorRegistry, ActorMention } from './resolve/actor/actor-registry.js';
export { loadActorRegistry, parseActorRegistry } from './resolve/actor/load-actor-registry.js';
export type { LoadActorRegistryOptions } from './resolve/actor/load-actor-registry.js';
export { checkActorRecord, parseActorKind, acledActorName } from './resolve/actor/actor-record.js';
export type { ActorRecord, RecordLocation } from './resolve/actor/actor-record.js';
export { resolveCount } from './resolve/quantity/resolve-count.js';
export type { ResolveCountContext, CountResolution } from './resolve/quantity/resolve-count.js';
export { ACLED_COUNT_CONVENTION, LITERAL_COUNT_CONVENTION, countConvention } from './resolve/quantity/count-convention.js';
export type { CountConvention, CountConventionName, CountEstimate, CountQualifier, VagueQuantity } from './resolve/quantity/count-convention.js';

// Write and read datasets
export type { EventSource } from './io/event-source.js';
export type { WriteTarget, WriteTargetOptions, WriteStats } from './io/write-target.js';
export { collectRecords } from './io/read-source.js';
export type { ReadSource, ReadSourceOptions, ReadRecord } from './io/read-source.js';
export { NATIVE_COLUMNS, NATIVE_COLUMN_NAMES, NATIVE_LIST_SEPARATOR } from './io/native-columns.js';
export type { NativeColumn, NativeFieldType } from './io/native-columns.js';
export { flattenEvent, flattenEventRecord } from './io/flatten-event.js';
export type { NativeValue } from './io/flatten-event.js';
export { fromNativeRecord } from './io/native-row.js';
export type { NativeInputValue, NativeRowContext } from './io/native-row.js';
export { joinNativeList, splitNativeList } from './io/native-list.js';
export { escapeSpreadsheetCell, startsLikeFormula } from './io/spreadsheet-safety.js';
export type { EscapeSpreadsheetCellOptions } from './io/spreadsheet-safety.js';
export type { CsvLayout } from './io/csv-layout.js';
export type { CsvLayoutOptions } from './io/csv-layouts.js';
export { toCsv, writeCsv } from './io/to-csv.js';
export type { CsvFormatOptions, WriteCsvOptions } from './io/to-csv.js';
export { toJsonl, writeJsonl } from './io/to-jsonl.js';
export type { JsonlFormatOptions, WriteJsonlOptions } from './io/to-jsonl.js';
export { streamJsonl, readJsonl, parseJsonl } from './io/from-jsonl.js';
export type { ReadJsonlOptions } from './io/from-jsonl.js';
export { eventToFeature, toFeatureCollection, toGeoJson, writeGeoJson, GEOJSON_PROPERTY_NAMES } from './io/to-geojson.js';
export type { EventFeature, EventPropertyValue, GeoJsonFormatOptions, WriteGeoJsonOptions } from './io/to-geojson.js';
export { streamGeoJson, readGeoJson, parseGeoJson } from './io/from-geojson.js';
export type { ReadGeoJsonOptions } from './io/from-geojson.js';
export { writeDataPackage } from './io/to-datapackage.js';
export type { DataPackageDescriptor, TableSchemaField, WriteDataPackageOptions } from './io/to-datapackage.js';
export { writeParquet, toParquet } from './io/to-parquet.js';
export type { WriteParquetOptions } from './io/to-parquet.js';
export type { ReadCsvEventsOptions } from './io/csv-event-reader.js';
export { streamCsv, readCsv, parseCsv } from './io/from-csv.js';
export type { ReadCsvOptions } from './io/from-csv.js';
export { streamAcledCsv, readAcledCsv, parseAcledCsv } from './io/from-acled-csv.js';
export type { ReadAcledCsvOptions } from './io/from-acled-csv.js';
export { streamUcdpCsv, readUcdpCsv, parseUcdpCsv } from './io/from-ucdp-csv.js';
export type { ReadUcdpCsvOptions } from './io/from-ucdp-csv.js';
export { detectCsvLayout } from './io/detect-csv-layout.js';
export type { CsvHeaderLayout } from './io/detect-csv-layout.js';
export { detectDatasetFormat, DETECT_FORMAT_BYTES } from './io/detect-format.js';
export type { DatasetFormat } from './io/detect-format.js';
export { streamDataset, readDataset } from './io/read-dataset.js';
export type { ReadDatasetOptions } from './io/read-dataset.js';

// Codebooks
export {
  ACLED_COLUMNS,
  ACLED_LEGACY_COLUMNS,
  ACLED_EVENT_TYPES,
  ACLED_SUB_EVENT_TYPES,
  fromAcledSubEventType,
  acledSubEventTypeOf,
  parseAcledDisorderType,
  toAcledCategory,
  ACLED_INTER_CODES,
  ACLED_INTERACTIONS,
  toAcledInterCode,
  fromAcledInterCode,
  parseAcledInter,
  formatAcledInter,
  acledInteraction,
  parseAcledInteraction,
  toAcledGeoPrecision,
  fromAcledGeoPrecision,
  toAcledTimePrecision,
  fromAcledTimePrecision,
  parseAcledDate,
  formatAcledDate,
  acledDateRange,
  acledEventDate,
  ACLED_REGIONS,
  acledRegionOf,
  ACLED_FATALITY_CONVENTION,
  splitAcledFatalities,
  fromAcledRow,
  toAcledRow,
  checkAcledExport,
  UCDP_GED_COLUMNS,
  toUcdpWherePrec,
  fromUcdpWherePrec,
  toUcdpDatePrec,
  fromUcdpDatePrec,
  UCDP_VIOLENCE_TYPES,
  toUcdpViolenceType,
  fromUcdpViolenceType,
  fromUcdpRow,
  toUcdpRow,
  checkUcdpExport,
  prioGridId,
  GTD_ATTACK_TYPES,
  GTD_ATTACK_TYPE_HIERARCHY,
  fromGtdAttackType,
  toGtdAttackTypes,
  GTD_TARGET_TYPES,
  fromGtdTargetType,
  toGtdTargetType,
  GTD_WEAPON_TYPES,
  toGtdWeaponType,
  fromGtdWeaponType,
  toGtdSpecificity,
  fromGtdSpecificity,
  toGtdVicinity,
  GTD_UNKNOWN,
  GTD_UNKNOWN_COUNT,
  toGtdFlag,
  fromGtdFlag,
  toGtdSuccess,
  toGtdSuicide,
  toGtdClaimed,
  toGtdCount,
  fromGtdCount,
  fromGtdDate,
  toGtdDate,
  PLOVER_EVENT_TYPES,
  PLOVER_LEGACY_EVENT_TYPES,
  toPloverEvent,
  fromPloverEvent,
  WEAPON_CATEGORIES,
  describeWeapon,
  ISO_COUNTRY_CODES,
  iso3FromIsoNumeric,
  isoNumericFromIso3,
  iso3FromGleditschWard,
  gleditschWardFromIso3,
} from './codebooks/index.js';
export type {
  AcledColumn,
  AcledEventType,
  AcledSubEventType,
  AcledDisorderType,
  AcledSubEventTypeEntry,
  AcledCategory,
  AcledCategoryInput,
  AcledInterCode,
  AcledInterFormat,
  AcledInterCodeEntry,
  ParsedAcledInter,
  AcledInteraction,
  AcledGeoPrecision,
  AcledTimePrecision,
  AcledDateFormat,
  AcledFatalityConvention,
  AcledRow,
  AcledRowContext,
  ToAcledRowOptions,
  UcdpGedColumn,
  UcdpWherePrec,
  UcdpDatePrec,
  UcdpViolenceType,
  UcdpViolenceTypeEntry,
  UcdpRow,
  UcdpRowContext,
  ToUcdpRowOptions,
  GtdAttackTypeCode,
  GtdAttackTypeEntry,
  GtdAttackTypeInput,
  GtdTargetTypeCode,
  GtdTargetTypeEntry,
  GtdWeaponTypeCode,
  GtdWeaponTypeEntry,
  GtdSpecificity,
  GtdDate,
  PloverEventType,
  PloverQuad,
  PloverEventTypeEntry,
  PloverCoding,
  PloverInput,
  PloverEventInput,
  FromPloverValue,
  WeaponCategory,
  WeaponDescription,
} from './codebooks/index.js';

// Resolve: dates
export { resolveDate, findDates, hijriToGregorian, gregorianToHijri } from './resolve/time/index.js';
export type { DateContext, DateResolution, FoundDate } from './resolve/time/index.js';

// Assemble, merge and build datasets
export { assembleEvents } from './build/assemble/assemble-events.js';
export type { AssembleOptions } from './build/assemble/assemble-events.js';
export { buildDataset } from './build/build-dataset.js';
export type { BuildDatasetOptions, DatasetInput, DatasetStats } from './build/build-dataset.js';
export { readInputs } from './build/read-inputs.js';
export type { InputFormat, Inputs, ReadInputsOptions } from './build/read-inputs.js';
export { mergeEvents } from './build/merge/merge-events.js';
export type { MergeOptions, MergeStats } from './build/merge/merge-events.js';
export { compareEvents } from './build/merge/compare-events.js';
export type { CompareOptions, EventComparison } from './build/merge/compare-events.js';
export { combineEvents } from './build/merge/combine-events.js';
export type { CombineOptions } from './build/merge/combine-events.js';
export type { BestRule } from './build/merge/combine-counts.js';
export type { NameScript } from './build/merge/combine-actors.js';
export { comparePlaces, PLACE_TOLERANCE_KM } from './build/merge/place-compatibility.js';
export type { PlaceAgreement, PlaceComparison } from './build/merge/place-compatibility.js';
export { sameActor, actorKey } from './build/merge/actor-identity.js';
export { typesCompatible, moreSpecificType, typeLineage } from './build/merge/type-compatibility.js';

// Explore
export { filterEvents } from './explore/filter-events.js';
export { eventMatcher } from './explore/event-query.js';
export type { EventQuery, ActorQuery, DateRangeMode, OneOrMany } from './explore/event-query.js';
export { eventsOf } from './explore/events-of.js';
export type { EventRecord } from './explore/events-of.js';
export { typeFamily, isKindOf } from './explore/type-family.js';
export { DATE_PRECISION_RANK, datePrecisionAtLeast, locationPrecisionAtLeast } from './explore/precision.js';
export { periodOf, periodStart, periodsBetween, nextPeriod } from './explore/periods.js';
export type { TimeInterval } from './explore/periods.js';
export { countBy, crossCount, pivotCounts, groupKeys, GroupCounter, UNKNOWN_GROUP, OTHER_GROUP } from './explore/group-events.js';
export type { GroupBy, CountByOptions, CountRow, CrossCountRow } from './explore/group-events.js';
export { sumCounts, addCount, emptyCountTotal } from './explore/count-totals.js';
export type { CountTotal } from './explore/count-totals.js';
export { summarize, DatasetSummary, SummaryAccumulator } from './explore/summary.js';
export type { SummaryOptions, MergeSummary, SummaryRow, DatasetSummaryData } from './explore/summary.js';
export { formatSummary } from './explore/summary-text.js';
export { timelineSpec } from './explore/timeline-spec.js';
export type { TimelineOptions } from './explore/timeline-spec.js';
export { mapSpec } from './explore/map-spec.js';
export type { MapOptions } from './explore/map-spec.js';
export { builtinBoundaries } from './explore/boundaries.js';
export type { BoundaryFeature, BoundaryProperties } from './explore/boundaries.js';
export { renderSvg, renderPng, pngAvailable } from './explore/render-chart.js';
export type { ChartSpec, RenderPngOptions } from './explore/render-chart.js';
export { EVENT_TYPE_COLOURS, GROUP_COLOURS, groupColours } from './explore/chart-colours.js';
export { renderReport } from './explore/report-html.js';
export type { ReportOptions } from './explore/report-html.js';

// Read: annotations
export { DOCUMENT_TARGET, emptyDocument, findAnnotation } from './annotations/document.js';
export type {
  AnnotatedDocument,
  AnnotationFormat,
  OffsetUnit,
  DocumentMetadata,
  MetadataValue,
  Fragment,
  Span,
  Relation,
  EventAnnotation,
  EventArgument,
  Attribute,
  Normalization,
  Note,
  Equivalence,
} from './annotations/document.js';
export { createOffsetIndex, codePointLength, convertRange } from './annotations/offsets.js';
export type { OffsetIndex } from './annotations/offsets.js';
export { buildMetadata, checkMetadata, METADATA_FIELDS } from './annotations/metadata.js';
export type { MetadataField, MetadataFieldNames } from './annotations/metadata.js';
export { readAnnotations } from './annotations/read-annotations.js';
export type { ReadAnnotationsOptions } from './annotations/read-annotations.js';
export { detectFormat } from './annotations/detect-format.js';
export { parseBrat } from './annotations/brat/parse-brat.js';
export type { ParseBratOptions } from './annotations/brat/parse-brat.js';
export { toBrat } from './annotations/brat/to-brat.js';
export { parseBratConfig } from './annotations/brat/brat-config.js';
export type { BratConfig, BratTypeDefinition, BratArgumentDefinition } from './annotations/brat/brat-config.js';
export { parseLabelStudio } from './annotations/label-studio/parse-label-studio.js';
export type { ParseLabelStudioOptions } from './annotations/label-studio/parse-label-studio.js';
export { parseDoccano } from './annotations/doccano/parse-doccano.js';
export type { ParseDoccanoOptions } from './annotations/doccano/parse-doccano.js';
export { parseInline, isTriggerLabel } from './annotations/inline/parse-inline.js';
export type { ParseInlineOptions } from './annotations/inline/parse-inline.js';
export { toInline } from './annotations/inline/to-inline.js';
export type { ToInlineOptions } from './annotations/inline/to-inline.js';
export { DEFAULT_SCHEME, DEFAULT_SCHEME_MAPPING } from './annotations/schemes/default-scheme.js';
export { ACE2005_SCHEME, ACE2005_SCHEME_MAPPING } from './annotations/schemes/ace2005-scheme.js';
export { createScheme, loadScheme, resolveScheme, schemeByName, BUILT_IN_SCHEMES } from './annotations/schemes/load-scheme.js';
export type { SchemeMapping } from './annotations/schemes/create-scheme.js';
export { interpretLabel, interpretAttribute, resolveRole } from './annotations/schemes/interpret.js';
export type { LabelInterpretation, InterpretContext, RoleSources, ResolvedRole } from './annotations/schemes/interpret.js';
export { labelKey, SCHEME_ROLES, ENTITY_KINDS, SCHEME_ATTRIBUTES } from './annotations/schemes/label-scheme.js';
export type {
  LabelScheme,
  SchemeRole,
  EntityKind,
  SchemeAttribute,
  EventLabelMapping,
  RoleMapping,
  EntityMapping,
  AttributeMapping,
} from './annotations/schemes/label-scheme.js';
