/**
 * The marker many secretariats put at the end of a paragraph: "… before the next meeting.
 * (Action: MOJ)", "[Action: Home Office]", "(Action: SOCA – by 31 January 2013)", "(Owner: DH; by
 * 30 June 2016)", "… with the
 * Group. ACTION CPS", "…; Owner: DH; Target date: 30 June 2016". The sentence before it is the action; the marker names its owners and
 * sometimes its due date.
 */

import { SUPPORT_NAMES } from './fields.js';

// The words a marker opens with: "(Action: MOJ)", "(Owner: Salvation Army; by 30 June 2016)",
// "[Lead: DH]", "(Action owner: NCA)", "(Action on: NCA)".
const MARKER_WORDS = String.raw`(?:agreed\s+)?actions?(?:\s+(?:owners?|by|on|points?))?|owners?|leads?`;
// "(Action – MOJ)": a dash for the colon; "(Action on NCA)": the civil service's "on" says it alone.
const SEPARATOR = String.raw`(?::|\s[-–—]|(?<=\son)\s)`;
const MARKER = new RegExp(
  String.raw`[([]\s*(?:${MARKER_WORDS})\s*${SEPARATOR}\s*([^()[\]]{1,160})[)\]]\s*\.?$`,
  'i',
);
const MARKER_CUE = new RegExp(String.raw`(?:${MARKER_WORDS})\s*(?::|\s[-–—]\s|(?<=\son)\s)`, 'i');
const SUPPORT_AFTER_LEAD = new RegExp(String.raw`\s*[;,]\s*(?:${SUPPORT_NAMES})\s*:\s*`, 'i');
const DUE_CUE = /\s*[-–—;,]?\s*\b(?:by|due|before|deadline)\b/i;
// A full stop after these is not the end of a sentence.
const ABBREVIATION = /\b(?:e\.g|i\.e|etc|Mr|Mrs|Ms|Dr|No|St|Rt|Hon|cf|vs|approx)\.$/i;
// Only the end of a paragraph can hold the marker; a pattern anchored at the end but free to start
// anywhere is tried at every position, so the search is kept to the last few hundred characters.
const TAIL = 400;

export interface TrailingMarker {
  /** the paragraph's text before the marker */
  before: string;
  /** what the marker says after "Action:", its due date removed ('' for a bare "(ACTION)") */
  owners: string;
  /** "by 31 January 2013", when the marker gives one */
  due: string | null;
}

// "… with the Group. ACTION CPS", "… the agencies – ACTION NCA": the label in capitals after the
// sentence or a dash, no brackets or colon.
const BARE_MARKER =
  /(?:(?<=[.!?]["')\]]?)\s+|\s[–—-]\s*)ACTIONS?(?:\s*[:–—-])?\s+([A-Z][A-Za-z&/,' ]{0,80}?)\s*\.?$/;

// The words a due field opens with after an owner's: "Due: 30 June 2016", "Target date: …".
const DUE_FIELD_WORDS = String.raw`(?:due(?:\s+date)?|deadline|target\s+date|by\s+when)\s*:\s*`;

// "… will circulate the forward look — Action: Home Office": the label after a dash, no brackets,
// perhaps a due field after another dash ("– Owner: CPS – Due: 30 June 2016").
const DASHED_MARKER = new RegExp(
  String.raw`\s[–—-]\s*(?:${MARKER_WORDS})\s*:\s*([A-Z][A-Za-z&/,' ]{0,80}?)(?:\s+[–—-]\s*${DUE_FIELD_WORDS}([^–—]{1,40}?))?\s*\.?$`,
  'i',
);

// "Agree the dates; Owner: Westshire Police; Target date: 31 May 2019.": fields after the task,
// parted by semicolons.
const SEMICOLON_MARKER =
  /;\s*(?:action\s+)?(?:owners?|leads?)\s*:\s*([A-Z][A-Za-z&/,' -]{0,80}?)(?:\s*;\s*(?:due(?:\s+date)?|deadline|target\s+date|by\s+when)\s*:\s*([^;]{1,40}?))?\s*\.?$/i;

// "… evaluated before a second phase. Action by: Police Scotland, 30/03/2018": an owner's label
// after the sentence, no brackets or dash, a due date after a comma or a dash (a date, or "by …":
// "Action on: Bradford Council – circulate the plan" is an action of its own, its task after the
// dash). ("… . Action: NCA to write" is another action, its label in mid-line: not this.)
// "… . Owner: CPS. Due: 30 June 2016.": or the due date as a field of its own after a full stop.
const SENTENCE_MARKER = new RegExp(
  String.raw`(?<=[.!?]["')\]]?)\s+(?:action\s+(?:by|on|owners?)|owners?|leads?)\s*(?::|(?<=\son)\s)\s*([A-Z][A-Za-z&/' -]{0,60}?)(?:\s*(?:[,;]|\s[-–—])\s*((?:by|due)\b[^,;]{1,40}?|[^,;]{0,20}\d[^,;]{0,20}?)|\.\s+${DUE_FIELD_WORDS}([^,;]{1,40}?))?\s*\.?$`,
  'i',
);

// "… will write to the Board (ACTION).", "NCA to circulate the note – ACTION": no owners named.
const UNNAMED_MARKER = /\s*[([]\s*(?:agreed\s+)?actions?\s*[)\]]\s*\.?$|\s+[-–—]\s*ACTIONS?\s*\.?$/i;

/** Whether a paragraph's last line may end in a marker, bracketed or bare: worth a closer look. */
export function mayEndInMarker(line: string): boolean {
  const t = line.trimEnd();
  const end = t.endsWith('.') ? t.charAt(t.length - 2) : t.charAt(t.length - 1);
  return end === ')' || end === ']' || /\bACTIONS?\b/.test(t.slice(-100)) || MARKER_CUE.test(t.slice(-100));
}

export function trailingMarker(paragraph: string): TrailingMarker | null {
  const text = paragraph.trimEnd();
  const offset = Math.max(0, text.length - TAIL);
  const tail = text.slice(offset);
  const bare = BARE_MARKER.exec(tail);
  if (bare)
    return { before: text.slice(0, offset + bare.index).trim(), owners: (bare[1] ?? '').trim(), due: null };
  const dashed = DASHED_MARKER.exec(tail);
  if (dashed)
    return {
      before: text.slice(0, offset + dashed.index).trim(),
      owners: (dashed[1] ?? '').trim(),
      due: dashed[2]?.trim() ?? null,
    };
  const labelled = SENTENCE_MARKER.exec(tail);
  if (labelled)
    return {
      before: text.slice(0, offset + labelled.index).trim(),
      owners: (labelled[1] ?? '').trim(),
      due: (labelled[2] ?? labelled[3])?.trim() ?? null,
    };
  const fields = SEMICOLON_MARKER.exec(tail);
  if (fields)
    return {
      before: text.slice(0, offset + fields.index).trim(),
      owners: (fields[1] ?? '').trim(),
      due: fields[2]?.trim() ?? null,
    };
  // "… will write to the Board (ACTION).": the sentence names its owners itself.
  const unnamed = UNNAMED_MARKER.exec(tail);
  if (unnamed) return { before: text.slice(0, offset + unnamed.index).trim(), owners: '', due: null };
  if (!MARKER_CUE.test(tail)) return null;
  const m = MARKER.exec(tail);
  if (!m) return null;
  // "(Lead: Border Force; support: DfE)": the bodies supporting the lead own the action with it.
  const inside = (m[1] ?? '').trim().replace(SUPPORT_AFTER_LEAD, ' and ');
  const cue = DUE_CUE.exec(inside);
  return {
    before: text.slice(0, offset + m.index).trim(),
    owners: (cue && cue.index > 0 ? inside.slice(0, cue.index) : inside).trim(),
    due: cue && cue.index > 0 ? inside.slice(cue.index).replace(/^\s*[-–—;,]\s*/, '') : null,
  };
}

/** The last sentence of a paragraph: what an end-of-paragraph marker refers to. */
export function lastSentence(text: string): string {
  const t = text.trim();
  // Boundaries are looked for before the final character, which may itself end the sentence.
  for (let i = t.length - 2; i > 0; i -= 1) {
    const c = t[i];
    if (c !== '.' && c !== '!' && c !== '?') continue;
    const next = t.slice(i + 1, i + 3);
    if (!/^["')\]]?\s/.test(next)) continue;
    const after = t
      .slice(i + 1)
      .trimStart()
      .replace(/^["')\]]\s*/, '');
    if (!/^[A-Z"'(]/.test(after)) continue;
    if (c === '.' && ABBREVIATION.test(t.slice(Math.max(0, i - 8), i + 1))) continue;
    return t
      .slice(i + 1)
      .replace(/^["')\]]/, '')
      .trim();
  }
  return t;
}
