/**
 * Places that reports name and GeoNames' cities500 extract misses, and extra spellings for places
 * it has. Every record cites where its coordinates come from; a coordinate is only given when a
 * public source states it. Names are not facts that need a source beyond common use, but the
 * spellings below are those seen in news reports, ACLED's `location` column and Wikipedia.
 */

/** A town or village added by hand. */
export interface CuratedPlace {
  /** Stable id in the `ce:` namespace. */
  id: string;
  name: string;
  en: string[];
  ar: string[];
  iso3: string;
  /** ISO 3166-2 code of the governorate. */
  admin1Code: string;
  admin2?: string;
  /** WGS84 `[lat, lon]` as stated by the source, or absent when no public source gave one. */
  point?: [number, number];
  population?: number;
  /** Where the coordinates (and population) come from, with the licence of that source. */
  source: string;
  note?: string;
}

const WIKIPEDIA = 'coordinates as stated in the infobox (a public fact; article text CC BY-SA 4.0)';

export const CURATED_PLACES: readonly CuratedPlace[] = [
  {
    id: 'ce:place/sy/gharanij',
    name: 'Gharanij',
    en: ['Gharanij', 'Gharaneej', 'Ghranij', 'Gharanej'],
    ar: ['غرانيج'],
    iso3: 'SYR',
    admin1Code: 'SY-DY',
    admin2: 'Abu Kamal',
    point: [34.78389, 40.72833],
    population: 23009,
    source: `Wikipedia (en), "Gharanij", https://en.wikipedia.org/wiki/Gharanij: 34°47′2″N 40°43′42″E, population 23,009 (2004 census, Syria CBS); ${WIKIPEDIA}`,
  },
  {
    id: 'ce:place/sy/al-baghuz-fawqani',
    name: 'al-Baghuz Fawqani',
    en: ['al-Baghuz Fawqani', 'Baghuz Fawqani', 'Baghuz', 'Baghouz', 'al-Baghuz', 'Al Baghuz al Fawqani'],
    ar: ['الباغوز فوقاني', 'الباغوز الفوقاني', 'الباغوز', 'باغوز'],
    iso3: 'SYR',
    admin1Code: 'SY-DY',
    admin2: 'Abu Kamal',
    point: [34.45861, 40.95056],
    population: 10649,
    source: `Wikipedia (en), "Al-Baghuz Fawqani", https://en.wikipedia.org/wiki/Al-Baghuz_Fawqani: 34°27′31″N 40°57′2″E, population 10,649 (2004 census, Syria CBS); ${WIKIPEDIA}`,
  },
  {
    id: 'ce:place/sy/al-shaafah',
    name: 'al-Shaafah',
    en: ['al-Shaafah', 'Shaafah', "al-Sha'fah", 'Shafa', 'al-Shafa', 'Ash Sha`fah'],
    ar: ['الشعفة', 'شعفة'],
    iso3: 'SYR',
    admin1Code: 'SY-DY',
    admin2: 'Abu Kamal',
    point: [34.56778, 40.93417],
    population: 18956,
    source: `Wikipedia (en), "Al-Shaafah", https://en.wikipedia.org/wiki/Al-Shaafah: 34°34′04″N 40°56′03″E, population 18,956 (2004 census, Syria CBS); ${WIKIPEDIA}`,
  },
  {
    id: 'ce:place/sy/al-sayyal',
    name: 'al-Sayyal',
    en: ['al-Sayyal', 'Sayyal', 'As Sayyal'],
    ar: ['السيال'],
    iso3: 'SYR',
    admin1Code: 'SY-DY',
    admin2: 'Abu Kamal',
    point: [34.56639, 40.89583],
    population: 14392,
    source: `Wikipedia (ar), "السيال، دير الزور" (mirrored at marefa.org): 34°33′59″N 40°53′45″E, population 14,392 (2004 census, Syria CBS); ${WIKIPEDIA}`,
  },
  {
    id: 'ce:place/sy/abu-khashab',
    name: 'Abu Khashab',
    en: ['Abu Khashab', 'Abu Khasheb'],
    ar: ['أبو خشب', 'ابو خشب'],
    iso3: 'SYR',
    admin1Code: 'SY-DY',
    admin2: 'Deir ez-Zor',
    point: [35.93583, 40.03667],
    population: 9046,
    source: `Wikipedia (en), "Abu Khashab": 35°56′9″N 40°2′12″E, population 9,046 (2004 census, Syria CBS); ${WIKIPEDIA}`,
  },
  {
    id: 'ce:place/sy/al-shuhayl',
    name: 'al-Shuhayl',
    en: ['al-Shuhayl', 'Shuhayl', 'al-Shuhail', 'Shuhail', 'Shheil', 'al-Shheil', 'Shiheil', 'al-Suheil', 'Shuheil'],
    ar: ['الشحيل', 'شحيل'],
    iso3: 'SYR',
    admin1Code: 'SY-DY',
    source:
      'No public source reachable when this gazetteer was built states its coordinates, so no point is given. Position as described in public sources: on the left (east) bank of the Euphrates near the Khabur confluence, about 45–50 km south-east of Deir ez-Zor city (SNHR, 2014-07-08, https://snhr.org/arabic/2014/07/08/1610; eSyria, 2009). Governorate from the same sources.',
    note: 'Resolves without a point: add the GeoNames record (allCountries / SY.txt) with loadGeoNames to get one.',
  },
];

/**
 * Extra names for places that GeoNames' cities500 has, keyed by GeoNames id: the spellings used in
 * reports that GeoNames' alternate names lack.
 */
export const GEONAMES_ALIASES: Readonly<Record<number, { en?: string[]; ar?: string[] }>> = {
  170794: { en: ['Deir ez-Zor', 'Deir ez Zor', 'Deir-ez-Zor', 'Deir al-Zour', 'Deir al-Zor', 'Deir Ezzor', 'Dayr az Zawr', 'Dair Ezzor', 'Deir Azzor'], ar: ['دير الزور', 'ديرالزور'] },
  174506: { en: ['Hajin', 'Hajeen', 'Hajine'], ar: ['هجين'] },
  173927: { en: ['al-Busayrah', 'Busayrah', 'al-Busayra', 'Busaira', 'al-Busaira', 'Basira', 'Buseira'], ar: ['البصيرة'] },
  173480: { en: ['al-Mayadin', 'Mayadin', 'Mayadeen', 'al-Mayadeen', 'Al Mayadin'], ar: ['الميادين'] },
  174448: { en: ['Abu Kamal', 'al-Bukamal', 'Albukamal', 'Bukamal', 'Al-Bukamal', 'Boukamal', 'Abu Kemal'], ar: ['البوكمال', 'أبو كمال', 'ابو كمال'] },
  173811: { en: ['Hasakah', 'al-Hasakah', 'Al-Hasakeh', 'Hasaka', 'Hassakeh', 'Hasakeh'], ar: ['الحسكة'] },
  173377: { en: ['Qamishli', 'al-Qamishli', 'Qamishlo', 'Kamishli', 'Quamishli'], ar: ['القامشلي'] },
  167357: { en: ['Manbij', 'Menbij', 'Membij'], ar: ['منبج'] },
  172374: { en: ['Tabqa', 'al-Tabqa', 'al-Thawrah', 'Thawra', 'Ath Thawrah', 'Tabaqah'], ar: ['الطبقة', 'الثورة', 'مدينة الثورة'] },
  172425: { en: ['al-Sukhnah', 'Sukhnah', 'Sukhna', 'Sokhneh', 'al-Sukhna'], ar: ['السخنة'] },
  163808: { en: ['Palmyra', 'Tadmur', 'Tadmor'], ar: ['تدمر'] },
  173797: { en: ['al-Hol', 'al-Hawl', 'Hol', 'Hawl', 'al-Houl'], ar: ['الهول'] },
  172415: { en: ['al-Susah', 'Susah', 'Sousa', 'Susa', 'al-Sousa'], ar: ['السوسة'] },
  170691: { en: ['Diban', 'Dhiban', 'Thiban', 'Theban'], ar: ['ذيبان'] },
  172955: { en: ['Raqqa', 'Ar-Raqqa', 'al-Raqqa', 'Raqqah', 'Rakka'], ar: ['الرقة'] },
  99072: { en: ['Mosul', 'al-Mawsil', 'Mawsil'], ar: ['الموصل'] },
  98717: { en: ['Ramadi', 'ar-Ramadi', 'al-Ramadi'], ar: ['الرمادي'] },
  99454: { en: ['Fallujah', 'Falluja', 'al-Fallujah'], ar: ['الفلوجة'] },
  92138: { en: ["al-Qa'im", 'Qaim', 'al-Qaim', 'Al Qaim'], ar: ['القائم'] },
  90150: { en: ['Tikrit'], ar: ['تكريت'] },
  94787: { en: ['Kirkuk'], ar: ['كركوك'] },
  448149: { en: ['Sinjar', 'Shingal'], ar: ['سنجار'] },
  169577: { en: ['Homs', 'Hims'], ar: ['حمص'] },
  170063: { en: ['Aleppo', 'Halab'], ar: ['حلب'] },
  170654: { en: ['Damascus', 'Dimashq'], ar: ['دمشق'] },
  169389: { en: ['Idlib', 'Idleb'], ar: ['إدلب', 'ادلب'] },
  98182: { en: ['Baghdad'], ar: ['بغداد'] },
};
