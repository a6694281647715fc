/**
 * Minutes of Welsh bodies may head their sections in Welsh only ("Yn bresennol", "Eitem 2:",
 * "Cam gweithredu:") over English text. The labels are put into the English the rest of the reader
 * knows; titles and text stay as written. Bilingual labels ("Yn bresennol / Present") are read by
 * englishLabels in normalise.ts. Pure: lines in, lines out.
 */

/** The months in Welsh, January first: dates are written "12 Mawrth 2019" or "9 Chwefror / February 2017". */
export const WELSH_MONTHS: readonly string[] = [
  'ionawr',
  'chwefror',
  'mawrth',
  'ebrill',
  'mai',
  'mehefin',
  'gorffennaf',
  'awst',
  'medi',
  'hydref',
  'tachwedd',
  'rhagfyr',
];

/** Welsh label -> the English label it stands for. Longest first where one starts another. */
export const WELSH_LABELS: readonly (readonly [welsh: string, english: string])[] = [
  ['hefyd yn bresennol', 'Also present'],
  ['yn bresennol', 'Present'],
  ['presennol', 'Present'],
  ['ymddiheuriadau', 'Apologies'],
  ['dyddiad y cyfarfod nesaf', 'Date of next meeting'],
  ['cyfarfod nesaf', 'Next meeting'],
  ['camau gweithredu', 'Actions'],
  ['cam gweithredu', 'Action'],
  ['pwyntiau gweithredu', 'Action points'],
  ['eitem', 'Item'],
  ['cadeirydd', 'Chair'],
  ['ysgrifenyddiaeth', 'Secretariat'],
  ['sylwedyddion', 'Observers'],
];

/** Role words in brackets after a name: "(Cadeirydd)". */
export const WELSH_ROLES: readonly (readonly [welsh: string, english: string])[] = [
  ['is-gadeirydd', 'Vice-Chair'],
  ['cadeirydd', 'Chair'],
  ['ysgrifenyddiaeth', 'Secretariat'],
  ['clerc', 'Clerk'],
];

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
// A label starts the line and is followed by a colon, a number ("Eitem 2") or nothing.
const LABEL = new RegExp(
  `^(\\s*)(${WELSH_LABELS.map(([w]) => escapeRegExp(w)).join('|')})(?=\\s*(?::|$|\\d))`,
  'i',
);
const LABEL_START = new RegExp(
  `^\\s*[${[...new Set([...WELSH_LABELS, ...WELSH_ROLES].map(([w]) => w[0]))].join('')}(]`,
  'i',
);
// "(Cadeirydd)", or bilingual "(Cadeirydd / Chair)", "(Chair / Cadeirydd)": the English role alone.
const ROLE = new RegExp(
  `\\(\\s*(?:[A-Za-z-]{2,20}\\s*/\\s*)?(${WELSH_ROLES.map(([w]) => escapeRegExp(w)).join('|')})(?:\\s*/\\s*[A-Za-z-]{2,20})?\\s*\\)`,
  'gi',
);
const english = (table: typeof WELSH_LABELS, word: string) =>
  table.find(([w]) => w === word.toLowerCase())?.[1] ?? word;

/** The lines with Welsh labels and bracketed roles in English. */
export function welshLabels(lines: readonly string[]): string[] {
  return lines.map((line) => {
    // Every label starts with one of these letters (a role stands in brackets), so most lines are
    // ruled out by their first.
    if (line.length > 300 || !(LABEL_START.test(line) || line.includes('('))) return line;
    const out = line.replace(
      LABEL,
      (_m, space: string, word: string) => `${space}${english(WELSH_LABELS, word)}`,
    );
    return englishRoles(out);
  });
}

/**
 * "(Cadeirydd / Chair)", "(Ysgrifenyddiaeth)": a role in brackets in English alone. The line stage
 * above does it line by line; the attendance reader does it again for a role a wrap broke over two.
 */
export function englishRoles(text: string): string {
  return text.includes('(')
    ? text.replace(ROLE, (_m, word: string) => `(${english(WELSH_ROLES, word)})`)
    : text;
}

/**
 * Words of Welsh names of bodies and places ("Llywodraeth Cymru", "Heddlu De Cymru", "Parc Cathays,
 * Caerdydd") and the Welsh months: a half of "Welsh / English" that holds one is the Welsh half.
 */
export const WELSH_NAME_WORDS: readonly string[] = [
  'llywodraeth',
  'cymru',
  'heddlu',
  'gogledd',
  'de',
  'gorllewin',
  'dwyrain',
  'cyngor',
  'sir',
  'dinas',
  'bwrdeistref',
  'bwrdd',
  'iechyd',
  'prifysgol',
  'gwasanaeth',
  'gwasanaethau',
  'tân',
  'achub',
  'erlyn',
  'goron',
  'comisiynydd',
  'swyddfa',
  'yr',
  'byddin',
  'iachawdwriaeth',
  'awdurdod',
  'asiantaeth',
  'cenedlaethol',
  'troseddau',
  'adran',
  'cymdeithas',
  'cymorth',
  'elusen',
  'ymddiriedolaeth',
  'parc',
  'ystafell',
  'canolfan',
  'adeilad',
  'tŷ',
  'caerdydd',
  'abertawe',
  'casnewydd',
  'wrecsam',
  'caerfyrddin',
  'aberystwyth',
  'bangor',
  ...WELSH_MONTHS,
];
const WELSH_WORD = new RegExp(`(?:^|[\\s,(])(?:${WELSH_NAME_WORDS.join('|')})(?=$|[\\s,.)])`, 'iu');
// Letters English names rarely have: "ŵ", "ŷ", and "ll", "dd", "ff" at the start of a word.
const WELSH_LETTERS = /[ŵŷ]|\b(?:ll|dd|ff)[a-zâêîôûŵŷ]/iu;
const welshName = (text: string) => WELSH_WORD.test(text) || WELSH_LETTERS.test(text);

/** Text with Welsh words or letters in it ("Dydd Mawrth 16 Ebrill 2013, Y Swyddfa Gartref"). */
export const readsWelsh = (text: string): boolean => text.length <= 2000 && welshName(text);

/**
 * "Llywodraeth Cymru / Welsh Government" → "Welsh Government" (either way round): a body or place
 * named in both languages is kept by its English name, as the rest of the record names it. Text
 * with no such pair is returned as it is.
 */
export function englishHalf(text: string): string {
  // Several slashes ("Parc Cathays, Caerdydd / Cathays Park, Cardiff"): only one pair is a pair.
  const halves = text.split(/\s+\/\s+/);
  if (halves.length !== 2) return text;
  const [first = '', second = ''] = halves;
  // "Bwrdd Iechyd Hywel Dda / Hywel Dda University Health Board": a place named the same in both
  // halves has Welsh letters in the English one too; the Welsh words of a body's name say which half is which.
  const firstWelsh = WELSH_WORD.test(first);
  if (firstWelsh !== WELSH_WORD.test(second)) return (firstWelsh ? second : first).trim();
  if (welshName(first) && !welshName(second)) return second.trim();
  if (welshName(second) && !welshName(first)) return first.trim();
  return text;
}

/** Welsh names of an action or attendance table's columns -> the English names the readers know. */
export const WELSH_COLUMN_NAMES: readonly (readonly [welsh: string, english: string])[] = [
  ['camau gweithredu', 'actions'],
  ['cam gweithredu', 'action'],
  ['pwyntiau gweithredu', 'action points'],
  ['perchennog', 'owner'],
  ['perchnogion', 'owners'],
  ['arweinydd', 'lead'],
  ['cyfrifoldeb', 'responsibility'],
  ['erbyn', 'by'],
  ['dyddiad targed', 'target date'],
  ['dyddiad', 'date'],
  ['rhif', 'no'],
  ['eitem', 'item'],
  ['statws', 'status'],
  ['cynnydd', 'progress'],
  ['pwy', 'who'],
  ['beth', 'what'],
  ['pryd', 'when'],
  ['sefydliad', 'organisation'],
  ['sefydliadau', 'organisations'],
  ['enw', 'name'],
  ['rôl', 'role'],
  ['swydd', 'post'],
];
const WELSH_COLUMN = new Map(WELSH_COLUMN_NAMES.map(([w, e]) => [w, e]));
const WELSH_COLUMN_FIRST = new RegExp(`^(${WELSH_COLUMN_NAMES.map(([w]) => w).join('|')})\\s+(.+)$`);
const WELSH_COLUMN_LAST = new RegExp(`^(.+?)\\s+(${WELSH_COLUMN_NAMES.map(([w]) => w).join('|')})$`);

/**
 * A header cell (lower case, single-spaced) in English: "erbyn / by" → "by", "perchennog" → "owner",
 * and "rhif no" (the Welsh name over the English on a second line of the header) → "no".
 */
export function englishColumnName(name: string): string {
  const halves = name.split(/\s*\/\s*/);
  if (halves.length === 2) {
    const [first = '', second = ''] = halves;
    if (WELSH_COLUMN.has(first) && !WELSH_COLUMN.has(second)) return second;
    if (WELSH_COLUMN.has(second) && !WELSH_COLUMN.has(first)) return first;
  }
  const whole = WELSH_COLUMN.get(name);
  if (whole !== undefined) return whole;
  return WELSH_COLUMN_FIRST.exec(name)?.[2] ?? WELSH_COLUMN_LAST.exec(name)?.[1] ?? name;
}
