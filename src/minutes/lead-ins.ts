/**
 * Actions announced in a sentence rather than under a label: "The network agreed the following
 * actions: (a) West Yorkshire Police to share …; (b) GLAA to plan …; and (c) …". The sentence is the
 * label; the lettered entries after it, run on in the paragraph, are the list a label heads. Pure.
 */

import { ACTION_CODE_WORD, isActionSummaryHeading, LABEL_WORDS } from './markers.js';

// "The Board agreed the following actions:", "The following actions were agreed:", "The following
// was agreed:" (over a list), "It was agreed that the following actions would be taken:" — at the
// start of the text or of a sentence in it. A letter's "The actions agreed were:" too.
const LEAD_IN =
  /(?:^|(?<=[.!?]["')\]]?\s+))(?:[A-Z][^.!?:;]{0,80}?\b(?:agreed|noted|recorded|set|took)\s+(?:on\s+)?the\s+following\s+actions?|(?:the\s+)?following\s+(?:actions?\s+)?(?:were|was|have\s+been|are|is)\s+(?:agreed|recorded|taken|set)|it\s+was\s+agreed\s+that\s+the\s+following\s+actions?\s+(?:would|will|should)\s+be\s+taken|(?:the\s+)?actions?\s+(?:we\s+)?(?:agreed|arising|taken)(?:\s+(?:at|from)\s+the\s+meeting)?\s+(?:were|are|was|is)(?:\s+as\s+follows)?)\s*:\s*/i;
// The marks of a run-on list's entries: "(a)", "(i)", "(1)", "[1]" or "1)", and those of the second.
const FIRST_MARK = String.raw`(?:\((?:a|i|1)\)|\[1\]|(?:a|i|1)\))\s`;
const SECOND_MARK = /(?:\((?:b|ii|2)\)|\[2\]|(?<![\w(])(?:b|ii|2)\))\s/;
// "Actions: (a) NCA to …; (b) DWP to …", "Actions: [1] NCA to …; [2] …", "Actions: 1) NCA to …; 2)
// CPS to …": a label over lettered (or numbered) entries run on in its line.
const LABEL_OVER_LETTERS = new RegExp(
  String.raw`^(?:agreed\s+)?(?:${LABEL_WORDS})(?:\s+agreed)?\s*:\s*(?=${FIRST_MARK})`,
  'i',
);
const FIRST_ENTRY = new RegExp(`^${FIRST_MARK}`);
// Where the next entry starts, with the "; and" that joins it to the one before.
// ("2)" with no bracket before it only after the semicolon or comma that ends the entry before.)
const NEXT_ENTRY =
  /\s*[;,]?\s*(?:and\s+|or\s+)?(?=(?:\((?:[b-h]|ii|iii|iv|v|vi|vii|viii|[2-9])\)|\[[2-9]\])\s)|\s*[;,]\s*(?:and\s+|or\s+)?(?=(?:[b-h]|ii|iii|iv|v|vi|vii|viii|[2-9])\)\s)/;

// "IDMG/13/01", "SB/14/07", "AP3": an action's code in a log, before its owners and task.
const CODE = ACTION_CODE_WORD;
// "Action log: IDMG/13/01 UKBA to publish …. IDMG/13/02 MOJ to …": a log's coded entries run onto
// the label's line (a PDF-to-text tool reflows the list), each after the full stop of the one before.
const LABEL_OVER_CODES = new RegExp(
  String.raw`^(?:agreed\s+)?(?:${LABEL_WORDS}|action\s+log|summary\s+of\s+actions)\s*:\s*(?=${CODE}\s+[A-Z])`,
  'i',
);
const NEXT_CODED = new RegExp(String.raw`(?<=[.;])\s+(?=${CODE}\s+[A-Z])`);
const LEADING_CODE = new RegExp(String.raw`^${CODE}\s+`);

/** "The following was agreed:" alone: a sentence announcing the list below it, no entry of it. */
export function announcesList(text: string): boolean {
  if (text.length > 200) return false;
  const m = LEAD_IN.exec(text);
  return m !== null && m.index === 0 && m[0].length === text.length;
}

export interface ActionsLeadIn {
  /** The text before the lead-in sentence (the discussion), '' when it starts the text. */
  before: string;
  /** The entries after it: lettered entries one each, else the rest as written ('' when none). */
  entries: string[];
  /** The entries are marked ("(a) …", "[1] …"), so a wrapped line may start the next one. */
  marked: boolean;
  /** The label heads the meeting's actions ("Action log:"), not the item's. */
  summary?: boolean;
}

/**
 * The discussion before an actions lead-in and the entries after it, or null when there is none.
 * `underLeadIn`: the line above was such a sentence with nothing after it, so lettered entries run
 * on in this line ("(a) NCA to …; (b) GLAA to …", the paragraph wrapped after the colon) are its.
 */
export function actionsLeadIn(text: string, underLeadIn = false): ActionsLeadIn | null {
  if (text.length > 4000) return null;
  if (underLeadIn && FIRST_ENTRY.test(text) && NEXT_ENTRY.test(text))
    return { before: '', entries: letteredEntries(text), marked: true };
  const label = LABEL_OVER_LETTERS.exec(text);
  if (label) return { before: '', entries: letteredEntries(text.slice(label[0].length)), marked: true };
  const coded = LABEL_OVER_CODES.exec(text);
  if (coded) {
    const entries = text.slice(coded[0].length).split(NEXT_CODED);
    // One coded entry alone is an ordinary label's text; the reader takes its code off as it does.
    if (entries.length > 1)
      return {
        before: '',
        entries: entries.map((e) => e.trim().replace(LEADING_CODE, '')),
        marked: false,
        summary: isActionSummaryHeading(coded[0].trim()),
      };
  }
  if (!/following\s+actions?|actions?\s+(?:we\s+)?(?:agreed|arising|taken)/i.test(text)) return null;
  const m = LEAD_IN.exec(text);
  if (!m) return null;
  const rest = text.slice(m.index + m[0].length);
  return {
    before: text.slice(0, m.index).trimEnd(),
    entries: letteredEntries(rest),
    marked: FIRST_ENTRY.test(rest.trim()),
  };
}

// "[2] Westshire Police to …", "(2) …": an entry's number goes, which the reader would take for an
// item's heading; a letter's mark stays, as the reader knows it.
const withoutNumberMark = (entry: string): string => entry.trim().replace(/^(?:\[\d\]|\(\d\)|\d\))\s*/, '');

/**
 * "(a) X; (b) Y; and (c) Z." as ["(a) X", "(b) Y", "(c) Z."] ("[1] X; [2] Y" as "X", "Y"); text not
 * lettered so as it is.
 */
function letteredEntries(rest: string): string[] {
  const t = rest.trim();
  if (!FIRST_ENTRY.test(t) || !SECOND_MARK.test(t)) return t === '' ? [] : [t];
  return t
    .split(NEXT_ENTRY)
    .map(withoutNumberMark)
    .filter((e) => e !== '');
}

/**
 * "share the data by 31 March; [2] Westshire" — a line going on with an entry of a run-on list,
 * wrapped at a width: its pieces, split where the next entries start, or null when none starts in it.
 */
export function nextEntries(text: string): string[] | null {
  if (text.length > 4000 || !NEXT_ENTRY.test(text)) return null;
  const pieces = text
    .split(NEXT_ENTRY)
    .map(withoutNumberMark)
    .filter((e) => e !== '');
  return pieces.length > 1 ? pieces : null;
}
