/**
 * Country code tables shared by the crosswalks: ISO 3166-1 numeric ↔ alpha-3 (ACLED's `iso`
 * column) and Gleditsch–Ward state numbers ↔ ISO alpha-3 (UCDP GED's `country_id`, `gwnoa`,
 * `gwnob`).
 *
 * Sources: ISO 3166-1 (all 249 officially assigned codes), checked against
 * `vincentarelbundock/countrycode` `dictionary/data_iso.csv`; Gleditsch & Ward (1999) state list
 * as given in `countrycode` `dictionary/codelist_without_cldr.csv` (columns `gwn`, `iso3c`), with
 * UCDP's own usage where it differs (see {@link iso3FromGleditschWard}).
 */

// ISO 3166-1: alpha-3 and numeric code, in alphabetical order of the English short name.
const ISO_TABLE =
  'AFG4 ALA248 ALB8 DZA12 ASM16 AND20 AGO24 AIA660 ATA10 ATG28 ARG32 ARM51 ABW533 AUS36 AUT40 AZE31 ' +
  'BHS44 BHR48 BGD50 BRB52 BLR112 BEL56 BLZ84 BEN204 BMU60 BTN64 BOL68 BES535 BIH70 BWA72 BVT74 BRA76 ' +
  'IOT86 BRN96 BGR100 BFA854 BDI108 CPV132 KHM116 CMR120 CAN124 CYM136 CAF140 TCD148 CHL152 CHN156 ' +
  'CXR162 CCK166 COL170 COM174 COD180 COG178 COK184 CRI188 HRV191 CUB192 CUW531 CYP196 CZE203 CIV384 ' +
  'DNK208 DJI262 DMA212 DOM214 ECU218 EGY818 SLV222 GNQ226 ERI232 EST233 SWZ748 ETH231 FLK238 FRO234 ' +
  'FJI242 FIN246 FRA250 GUF254 PYF258 ATF260 GAB266 GMB270 GEO268 DEU276 GHA288 GIB292 GRC300 GRL304 ' +
  'GRD308 GLP312 GUM316 GTM320 GGY831 GIN324 GNB624 GUY328 HTI332 HMD334 VAT336 HND340 HKG344 HUN348 ' +
  'ISL352 IND356 IDN360 IRN364 IRQ368 IRL372 IMN833 ISR376 ITA380 JAM388 JPN392 JEY832 JOR400 KAZ398 ' +
  'KEN404 KIR296 PRK408 KOR410 KWT414 KGZ417 LAO418 LVA428 LBN422 LSO426 LBR430 LBY434 LIE438 LTU440 ' +
  'LUX442 MAC446 MDG450 MWI454 MYS458 MDV462 MLI466 MLT470 MHL584 MTQ474 MRT478 MUS480 MYT175 MEX484 ' +
  'FSM583 MDA498 MCO492 MNG496 MNE499 MSR500 MAR504 MOZ508 MMR104 NAM516 NRU520 NPL524 NLD528 NCL540 ' +
  'NZL554 NIC558 NER562 NGA566 NIU570 NFK574 MKD807 MNP580 NOR578 OMN512 PAK586 PLW585 PSE275 PAN591 ' +
  'PNG598 PRY600 PER604 PHL608 PCN612 POL616 PRT620 PRI630 QAT634 ROU642 RUS643 RWA646 REU638 BLM652 ' +
  'SHN654 KNA659 LCA662 MAF663 SPM666 VCT670 WSM882 SMR674 STP678 SAU682 SEN686 SRB688 SYC690 SLE694 ' +
  'SGP702 SXM534 SVK703 SVN705 SLB90 SOM706 ZAF710 SGS239 SSD728 ESP724 LKA144 SDN729 SUR740 SJM744 ' +
  'SWE752 CHE756 SYR760 TWN158 TJK762 TZA834 THA764 TLS626 TGO768 TKL772 TON776 TTO780 TUN788 TUR792 ' +
  'TKM795 TCA796 TUV798 UGA800 UKR804 ARE784 GBR826 UMI581 USA840 URY858 UZB860 VUT548 VEN862 VNM704 ' +
  'VGB92 VIR850 WLF876 ESH732 YEM887 ZMB894 ZWE716';

function parseTable(table: string): [string, number][] {
  return table
    .split(/\s+/)
    .filter((s) => s.length > 0)
    .map((entry) => {
      const m = /^([A-Z]{3})(\d+)$/.exec(entry);
      if (m === null) throw new Error(`bad country table entry ${entry}`);
      return [m[1] as string, Number(m[2])];
    });
}

const ISO_PAIRS = parseTable(ISO_TABLE);
const ISO_BY_NUMERIC = new Map<number, string>(ISO_PAIRS.map(([a, n]) => [n, a]));
const NUMERIC_BY_ISO = new Map<string, number>(ISO_PAIRS);

/**
 * All ISO 3166-1 countries as `[alpha3, numeric]` pairs (249 entries).
 *
 * @example
 * ```ts
 * ISO_COUNTRY_CODES.length; //=> 249
 * ```
 */
export const ISO_COUNTRY_CODES: readonly (readonly [string, number])[] = ISO_PAIRS;

/**
 * The ISO 3166-1 alpha-3 code of an ISO numeric code (ACLED's `iso` column), or `undefined`.
 *
 * @example
 * ```ts
 * iso3FromIsoNumeric(368); //=> 'IRQ'
 * iso3FromIsoNumeric(760); //=> 'SYR'
 * ```
 */
export function iso3FromIsoNumeric(code: number): string | undefined {
  return ISO_BY_NUMERIC.get(code);
}

/**
 * The ISO 3166-1 numeric code of an alpha-3 code, or `undefined`.
 *
 * @example
 * ```ts
 * isoNumericFromIso3('SYR'); //=> 760
 * ```
 */
export function isoNumericFromIso3(iso3: string): number | undefined {
  return NUMERIC_BY_ISO.get(iso3.toUpperCase());
}

// Gleditsch–Ward state numbers of current states with an ISO code (Kosovo: XKX, the code in
// common use). Microstates outside the GW main list are absent.
const GW_TABLE =
  'USA2 CAN20 BHS31 CUB40 HTI41 DOM42 JAM51 TTO52 BRB53 MEX70 BLZ80 GTM90 HND91 SLV92 NIC93 CRI94 ' +
  'PAN95 COL100 VEN101 GUY110 SUR115 ECU130 PER135 BRA140 BOL145 PRY150 CHL155 ARG160 URY165 ' +
  'GBR200 IRL205 NLD210 BEL211 LUX212 FRA220 CHE225 ESP230 PRT235 DEU260 POL290 AUT305 HUN310 ' +
  'CZE316 SVK317 ITA325 MLT338 ALB339 SRB340 MNE341 MKD343 HRV344 BIH346 XKX347 SVN349 GRC350 ' +
  'CYP352 BGR355 MDA359 ROU360 RUS365 EST366 LVA367 LTU368 UKR369 BLR370 ARM371 GEO372 AZE373 ' +
  'FIN375 SWE380 NOR385 DNK390 ISL395 CPV402 GNB404 GNQ411 GMB420 MLI432 SEN433 BEN434 MRT435 ' +
  'NER436 CIV437 GIN438 BFA439 LBR450 SLE451 GHA452 TGO461 CMR471 NGA475 GAB481 CAF482 TCD483 ' +
  'COG484 COD490 UGA500 KEN501 TZA510 BDI516 RWA517 SOM520 DJI522 ETH530 ERI531 AGO540 MOZ541 ' +
  'ZMB551 ZWE552 MWI553 ZAF560 NAM565 LSO570 BWA571 SWZ572 MDG580 COM581 MUS590 MAR600 DZA615 ' +
  'TUN616 LBY620 SDN625 SSD626 IRN630 TUR640 IRQ645 EGY651 SYR652 LBN660 JOR663 ISR666 SAU670 ' +
  'YEM678 KWT690 BHR692 QAT694 ARE696 OMN698 AFG700 TKM701 TJK702 KGZ703 UZB704 KAZ705 CHN710 ' +
  'MNG712 TWN713 PRK731 KOR732 JPN740 IND750 BTN760 PAK770 BGD771 MMR775 LKA780 MDV781 NPL790 ' +
  'THA800 KHM811 LAO812 VNM816 MYS820 SGP830 BRN835 PHL840 IDN850 TLS860 AUS900 PNG910 NZL920 ' +
  'SLB940 FJI950';

// Numbers of states that no longer exist, or that UCDP uses for a continuing state, and the ISO
// code of the state that occupies that territory now. UCDP writes Serbia as "Serbia
// (Yugoslavia)" with 345, Yemen as "Yemen (North Yemen)" with 678, Russia as "Russia (Soviet
// Union)" with 365, Vietnam as "Vietnam (North Vietnam)" with 816.
const GW_HISTORICAL: readonly [number, string][] = [
  [345, 'SRB'], // Yugoslavia / Serbia (Yugoslavia) in UCDP
  [680, 'YEM'], // South Yemen (Yemen People's Republic), until 1990
  [265, 'DEU'], // German Democratic Republic, until 1990
  [817, 'VNM'], // Republic of Vietnam (South Vietnam), until 1975
  [511, 'TZA'], // Zanzibar, 1963–1964
];

// Where UCDP writes a different number than the GW list for a current state.
const UCDP_PREFERRED: readonly [string, number][] = [['SRB', 345]];

const GW_PAIRS = parseTable(GW_TABLE);
const ISO_BY_GW = new Map<number, string>([...GW_PAIRS.map(([a, n]): [number, string] => [n, a]), ...GW_HISTORICAL]);
const GW_BY_ISO = new Map<string, number>([...GW_PAIRS, ...UCDP_PREFERRED]);

/**
 * The ISO alpha-3 code of a Gleditsch–Ward state number as UCDP GED uses it (`country_id`,
 * `gwnoa`, `gwnob`), or `undefined`. Historical numbers map to the state on that territory now:
 * 345 (Yugoslavia; UCDP's "Serbia (Yugoslavia)") → SRB, 678/680 (North/South Yemen) → YEM,
 * 265 (GDR) → DEU, 817 (South Vietnam) → VNM.
 *
 * @example
 * ```ts
 * iso3FromGleditschWard(652); //=> 'SYR'
 * iso3FromGleditschWard(645); //=> 'IRQ'
 * ```
 */
export function iso3FromGleditschWard(code: number): string | undefined {
  return ISO_BY_GW.get(code);
}

/**
 * The Gleditsch–Ward number UCDP GED uses for a country (ISO alpha-3), or `undefined`. Serbia is
 * 345, as in UCDP ("Serbia (Yugoslavia)"), not 340.
 *
 * @example
 * ```ts
 * gleditschWardFromIso3('IRQ'); //=> 645
 * gleditschWardFromIso3('SRB'); //=> 345
 * ```
 */
export function gleditschWardFromIso3(iso3: string): number | undefined {
  return GW_BY_ISO.get(iso3.toUpperCase());
}
