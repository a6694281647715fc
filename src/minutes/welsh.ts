/**
 * Minutes of Welsh bodies may head their sections in Welsh only ("Yn bresennol", "Eitem 2:",
 * "Cam gweithredu:") over English text. The labels are put into the English the rest of the reader
 * knows; titles and text stay as written. Bilingual labels ("Yn bresennol / Present") are read by
 * englishLabels in normalise.ts. Pure: lines in, lines out.
 */

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
    let out = line.replace(
      LABEL,
      (_m, space: string, word: string) => `${space}${english(WELSH_LABELS, word)}`,
    );
    if (out.includes('(')) out = out.replace(ROLE, (_m, word: string) => `(${english(WELSH_ROLES, word)})`);
    return out;
  });
}
