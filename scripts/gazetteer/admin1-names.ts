/**
 * Display names and alternate spellings for the governorates of Syria and Iraq.
 *
 * Natural Earth's admin-1 names for these countries are romanised in several systems ("Dayr Az
 * Zawr", "Hasaka (Al Haksa)", "At-Ta'mim"); reports and datasets use others. The display name is
 * the common English form used by the UN OCHA common operational datasets and Wikipedia; the
 * alternates include the spellings of ACLED's admin1 column (e.g. "Deir ez Zor", "Al Hasakeh",
 * "Ninewa", "Thi Qar"), Natural Earth's own names and `name_alt` lists (added by the build), and
 * the Arabic name without the word محافظة. Where Natural Earth uses an outdated ISO 3166-2 code
 * (Kirkuk: IQ-TS) the current code is given in `iso`.
 */
export interface Admin1Naming {
  /** ISO 3166-2 code to publish (Natural Earth's code unless corrected). */
  iso: string;
  /** English display name. */
  name: string;
  /** Other English / Latin spellings. */
  alternates: string[];
  /** Arabic names (without محافظة, which the build also adds). */
  arabic: string[];
}

/** Keyed by Natural Earth's `iso_3166_2`. */
export const ADMIN1_NAMING: Readonly<Record<string, Admin1Naming>> = {
  'SY-DY': { iso: 'SY-DY', name: 'Deir ez-Zor', alternates: ['Deir ez Zor', 'Deir-ez-Zor', 'Deir al-Zour', 'Deir al-Zor', 'Deir Ezzor', 'Dayr az Zawr', 'Dayr az-Zawr', 'Dair ez-Zor'], arabic: ['دير الزور'] },
  'SY-HA': { iso: 'SY-HA', name: 'Al-Hasakah', alternates: ['Al Hasakeh', 'Al-Hasakeh', 'Hasakah', 'Hasaka', 'Hassakeh', 'Al Hasakah'], arabic: ['الحسكة'] },
  'SY-RA': { iso: 'SY-RA', name: 'Raqqa', alternates: ['Ar Raqqa', 'Ar-Raqqa', 'Ar Raqqah', 'Al-Raqqah', 'Raqqah', 'Rakka'], arabic: ['الرقة'] },
  'SY-HL': { iso: 'SY-HL', name: 'Aleppo', alternates: ['Halab'], arabic: ['حلب'] },
  'SY-ID': { iso: 'SY-ID', name: 'Idlib', alternates: ['Idleb', 'Edlib'], arabic: ['إدلب', 'ادلب'] },
  'SY-HM': { iso: 'SY-HM', name: 'Hama', alternates: ['Hamah', 'Hamath'], arabic: ['حماة', 'حماه'] },
  'SY-HI': { iso: 'SY-HI', name: 'Homs', alternates: ['Hims'], arabic: ['حمص'] },
  'SY-LA': { iso: 'SY-LA', name: 'Latakia', alternates: ['Lattakia', 'Al-Ladhiqiyah', 'Latakiya'], arabic: ['اللاذقية'] },
  'SY-TA': { iso: 'SY-TA', name: 'Tartus', alternates: ['Tartous', 'Tartous'], arabic: ['طرطوس'] },
  'SY-DI': { iso: 'SY-DI', name: 'Damascus', alternates: ['Dimashq'], arabic: ['دمشق'] },
  'SY-RD': { iso: 'SY-RD', name: 'Rif Dimashq', alternates: ['Rural Damascus', 'Reef Damascus', 'Rif Dimashq Governorate', 'Damascus countryside'], arabic: ['ريف دمشق'] },
  'SY-DR': { iso: 'SY-DR', name: 'Daraa', alternates: ['Dara', "Dar'a", 'Deraa', 'Der\'a'], arabic: ['درعا'] },
  'SY-SU': { iso: 'SY-SU', name: 'As-Suwayda', alternates: ['As Sweida', 'Sweida', 'Suwayda', 'Al-Suwayda', 'Sweida'], arabic: ['السويداء'] },
  'SY-QU': { iso: 'SY-QU', name: 'Quneitra', alternates: ['Al-Qunaytirah', 'Kuneitra'], arabic: ['القنيطرة'] },
  'IQ-AN': { iso: 'IQ-AN', name: 'Anbar', alternates: ['Al Anbar', 'Al-Anbar'], arabic: ['الأنبار', 'الانبار'] },
  'IQ-NI': { iso: 'IQ-NI', name: 'Ninawa', alternates: ['Ninewa', 'Nineveh', 'Niniveh', 'Nineva'], arabic: ['نينوى'] },
  'IQ-SD': { iso: 'IQ-SD', name: 'Salah al-Din', alternates: ['Salah Al Din', 'Salahuddin', 'Salah ad-Din', 'Saladin', 'Salaheddin'], arabic: ['صلاح الدين'] },
  'IQ-TS': { iso: 'IQ-KI', name: 'Kirkuk', alternates: ["At-Ta'mim", 'Tamim', "Ta'mim"], arabic: ['كركوك', 'التأميم'] },
  'IQ-DI': { iso: 'IQ-DI', name: 'Diyala', alternates: ['Diala'], arabic: ['ديالى'] },
  'IQ-BG': { iso: 'IQ-BG', name: 'Baghdad', alternates: [], arabic: ['بغداد'] },
  'IQ-BB': { iso: 'IQ-BB', name: 'Babil', alternates: ['Babylon', 'Babel'], arabic: ['بابل'] },
  'IQ-KA': { iso: 'IQ-KA', name: 'Karbala', alternates: ["Karbala'", 'Kerbala'], arabic: ['كربلاء'] },
  'IQ-NA': { iso: 'IQ-NA', name: 'Najaf', alternates: ['Al Najaf', 'An-Najaf', 'An Najaf'], arabic: ['النجف'] },
  'IQ-QA': { iso: 'IQ-QA', name: 'Al-Qadisiyah', alternates: ['Qadisiyah', 'Al-Qadisiyyah', 'Qadisiyyah', 'Diwaniyah'], arabic: ['القادسية', 'الديوانية'] },
  'IQ-MU': { iso: 'IQ-MU', name: 'Muthanna', alternates: ['Al Muthanna', 'Al-Muthanna'], arabic: ['المثنى'] },
  'IQ-DQ': { iso: 'IQ-DQ', name: 'Dhi Qar', alternates: ['Thi Qar', 'Dhi-Qar', 'Zi Qar'], arabic: ['ذي قار'] },
  'IQ-MA': { iso: 'IQ-MA', name: 'Maysan', alternates: ['Missan', 'Maisan'], arabic: ['ميسان'] },
  'IQ-BA': { iso: 'IQ-BA', name: 'Basra', alternates: ['Al Basrah', 'Al-Basrah', 'Basrah'], arabic: ['البصرة'] },
  'IQ-WA': { iso: 'IQ-WA', name: 'Wasit', alternates: ['Wassit', 'Wasit Governorate'], arabic: ['واسط'] },
  'IQ-SU': { iso: 'IQ-SU', name: 'Sulaymaniyah', alternates: ['Al Sulaymaniyah', 'As-Sulaymaniyah', 'Sulaimaniya', 'Slemani'], arabic: ['السليمانية'] },
  'IQ-AR': { iso: 'IQ-AR', name: 'Erbil', alternates: ['Arbil', 'Irbil', 'Hawler'], arabic: ['أربيل', 'اربيل'] },
  'IQ-DA': { iso: 'IQ-DA', name: 'Duhok', alternates: ['Dohuk', 'Dahuk', 'Dihok'], arabic: ['دهوك'] },
};

/**
 * Common English display names for countries whose ISO/UN names are long ("Syrian Arab
 * Republic"). Natural Earth's short names (world-atlas) are used for everything else.
 */
export const COUNTRY_EXTRA_NAMES: Readonly<Record<string, { en?: string[]; ar?: string[] }>> = {
  SYR: { en: ['Syria', 'Syrian Arab Republic'], ar: ['سوريا', 'سورية', 'الجمهورية العربية السورية', 'القطر العربي السوري'] },
  IRQ: { en: ['Iraq', 'Republic of Iraq'], ar: ['العراق', 'جمهورية العراق'] },
  TUR: { en: ['Turkey', 'Türkiye', 'Turkiye'], ar: ['تركيا'] },
  JOR: { en: ['Jordan'], ar: ['الأردن', 'الاردن'] },
  LBN: { en: ['Lebanon'], ar: ['لبنان'] },
  ISR: { en: ['Israel'], ar: ['إسرائيل', 'اسرائيل'] },
  SAU: { en: ['Saudi Arabia', 'KSA'], ar: ['السعودية', 'المملكة العربية السعودية'] },
  IRN: { en: ['Iran', 'Islamic Republic of Iran'], ar: ['إيران', 'ايران'] },
  PSE: { en: ['Palestine', 'State of Palestine'], ar: ['فلسطين'] },
  USA: { en: ['United States', 'USA', 'US', 'America'], ar: ['الولايات المتحدة', 'الولايات المتحدة الأمريكية', 'الولايات المتحدة الأميركية', 'أمريكا', 'أميركا'] },
  RUS: { en: ['Russia'], ar: ['روسيا'] },
};
