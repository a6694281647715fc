/**
 * One line of an attendance or apologies list. Layouts vary: "Home Office<TAB>Damian Green MP",
 * "Damian Green MP (Home Office) (Chair)", "- Home Office: Jane Smith – Secretariat",
 * "| DfE | Tim Loughton MP | |", "Official (for Kenny MacAskill MSP - via videolink)".
 */
import { looseCells } from './layout.js';
import {
  ATTENDANCE_GROUPS,
  hasNumbering,
  isActionItemsHeading,
  isActionsHeading,
  isAgendaHeading,
  isRecordSection,
  listsAttendees,
  matchSection,
  ONLINE_SERVICES,
} from './markers.js';
import {
  JURISDICTION,
  nameInitials,
  OFFICIALS_FROM,
  orgScore,
  plainInitials,
  TITLES,
  titledPerson,
} from './owners.js';
import { PEOPLE_COLUMN, pipeCells } from './tables.js';
import type { ParsedAttendee } from './types.js';
import { englishColumnName, englishRoles } from './welsh.js';

// "Chair of the Board", "Clerk to the Panel": the role with the body it serves ("Chair of the Home
// Affairs Committee" is another body's, a post).
const OF_BODY = String.raw`(?:\s+(?:of|to)\s+the\s+(?:board|group|panel|committee|sub-?group|partnership|forum|meeting|network|council))?`;
// "Chair", "Co-Chair", "Joint Chair", "Acting Chair", "Chairman of the Board", "Chair for this meeting",
// "Chairing", and a Scottish body's "Convener".
const CHAIR = String.raw`(?:co-?|joint\s+|acting\s+)?(?:chair(?:man|woman|person)?|conven[eo]r)(?:${OF_BODY}|\s+for\s+(?:this|the|today['’]s)\s+meeting)|in\s+the\s+chair|chairing(?:\s+(?:this|the)\s+meeting)?`;
const VICE_CHAIR = String.raw`(?:vice|deputy)[\s-]?chair(?:man|woman|person)?${OF_BODY}`;
const OWN_BODY = String.raw`(?:joint|board|committee|group|panel|partnership|forum)\s+`;
const ROLES: readonly [RegExp, string][] = [
  [new RegExp(`^${VICE_CHAIR}$`, 'i'), 'VICE-CHAIR'],
  [new RegExp(`^(?:${CHAIR})$`, 'i'), 'CHAIR'],
  // A partnership's "(Secretary)" keeps its record as a secretariat does.
  // "Joint Secretariat", "Board Secretary", "Committee Clerk": the body's own secretary or clerk.
  [new RegExp(`^(?:${OWN_BODY})?(?:secretariat|secretary${OF_BODY})$`, 'i'), 'SECRETARIAT'],
  [new RegExp(`^(?:${OWN_BODY})?clerk${OF_BODY}$`, 'i'), 'CLERK'],
  [/^(?:observers?|observing)$/i, 'OBSERVER'],
];
const ROLE_WORDS = `(?:${VICE_CHAIR}|${CHAIR}|(?:${OWN_BODY})?(?:secretariat|secretary${OF_BODY}|clerk${OF_BODY})|observers?|observing)`;

// "Chair for item 3", "Secretariat (items 1–4)": when someone held the role is no part of it.
const ITEMS_HELD = String.raw`items?\s+\d{1,2}(?:\s*(?:[-–,&]|and|to)\s*\d{1,2})*`;
const FOR_ITEMS = new RegExp(String.raw`\s*(?:,\s*|\s+for\s+|\s*\()${ITEMS_HELD}\)?$`, 'i');

export function roleOf(text: string): string | null {
  const t = text.trim().replace(/[.:]$/, '').replace(FOR_ITEMS, '');
  for (const [re, role] of ROLES) if (re.test(t)) return role;
  return null;
}

// Letters after a name ("Jo Harris MP", "Lord Faulks QC"): the person's, never a body's.
const POST_NOMINALS = 'MP|MSP|AM|MS|MLA|QC|KC|OBE|MBE|CBE';

// Notes about how someone attended ("via videolink", "– organiser"); never part of a name.
const NOTE_WORDS =
  '(?:via\\b|sent\\s+(?:a\\s+)?(?:substitute|deputy|representative)\\b|organi[sz]er\\b|host\\b|presenter\\b|(?:note|minute)[\\s-]?taker\\b|minutes\\b|notes?\\b|minuting\\b|by\\s+(?:video|tele|phone|dial)|on\\s+(?:the\\s+)?(?:phone|telephone)|videolink|video\\s*link|video\\s*conference|teleconference|dial[\\s-]?in|dialled\\s+in|remote(?:ly)?|virtual(?:ly)?|part\\b|for\\s+items?\\b|items?\\s+\\d|left\\b|arrived\\b|joined\\b|from\\s+item|until\\s+item|(?:from|until)\\s+\\d|(?:online|in\\s+person|(?:tele)?phone|video|audio|' +
  ONLINE_SERVICES +
  ')(?=\\s*(?:\\)|$))|presenting\\b)';
const NOTE_CELL = new RegExp(`^${NOTE_WORDS}$`, 'i');
const NOTE_PAREN = new RegExp(`\\(\\s*${NOTE_WORDS}[^()]{0,80}\\)`, 'gi');
const NOTE_DASH = new RegExp(`\\s+[-–—]\\s*${NOTE_WORDS}[^()]{0,80}$`, 'i');
// "Official (for X) via videolink", "… for item 2": words no name has need no dash before them.
const NOTE_BARE = /\s+(?:via|by\s+(?:video|tele|phone|dial)\w*|for\s+items?\s+\d)\b[^()]{0,80}$/i;
// Whom someone stands in for: "deputising for X", "Deputy for X", "Dep. for X", "substituting for
// X". A bare "for" or "representing" only where nothing else could follow (in brackets, in a cell,
// after a comma, a dash or the body's bracket: "Jane Smith (Home Office), representing Tom Bell").
// "attending on behalf of X", "present in place of X": the phrase may say the person came first.
const DEPUTY_PHRASE =
  '(?:(?:attending|present|here)\\s+(?=on\\s+behalf|in\\s+place))?(?:(?:as\\s+)?(?:deputy|substitute|alternate)\\s+for|replacing|deputising\\s+for|deput(?:y|ises)\\s+for|dep\\.?\\s+for|on\\s+behalf\\s+of|(?:standing|sitting|covering)\\s+in\\s+for|covering\\s+for|attending\\s+for|substitut(?:ing|e)\\s+for|sub\\s+for|alternate\\s+for|in\\s+place\\s+of)';
// "for item 2" is when someone attended, not whom they stood in for.
const NOT_ITEM = '(?!items?\\s+\\d)';
const DEPUTY = new RegExp(
  `\\(\\s*(?:for|representing|${DEPUTY_PHRASE})\\s+${NOT_ITEM}([^()]{1,120})\\)|\\s(?:[-–—,]\\s*)?(?:${DEPUTY_PHRASE}|(?<=[-–—,)]\\s*)(?:for|representing))\\s+${NOT_ITEM}([^()]{1,120})$`,
  'i',
);
const DEPUTY_LEAD = new RegExp(
  `^(?:${DEPUTY_PHRASE}|representing)\\s+${NOT_ITEM}([^:]{2,80}):\\s+(?=\\S)`,
  'i',
);
const DEPUTY_OF = /\s*\(\s*([^()]{2,120}?)['’]s\s+(?:deputy|substitute|alternate)\s*\)/i;
/** A cell or a bracketed part that says only whom someone stands in for: "For Jonathan Reeve MP". */
const DEPUTY_CELL = new RegExp(`^(?:for|representing|${DEPUTY_PHRASE})\\s+${NOT_ITEM}(.{1,120})$`, 'i');
// A cell wholly in brackets: "(Chair)", "[for Jo Harris MP]".
const BRACKETED = /^[([]\s*([^()[\]]{1,120}?)\s*[)\]]$/;
const ROLE_PAREN = new RegExp(`[([]\\s*(${ROLE_WORDS})(?:,?\\s+(?:for\\s+)?${ITEMS_HELD})?\\s*[)\\]]`, 'i');
// Between the person and the body: "Jo Smith – Chair, Westshire Police", "Jo Smith, Chair, Westshire Police".
const ROLE_BETWEEN = new RegExp(`\\s*(?:,|\\s[-–—])\\s*(${ROLE_WORDS})\\s*(?=,\\s*\\S)`, 'i');
// After a separator ("Jane Smith - Secretariat", "Jane Smith, Observer"): plain words could be a surname.
const ROLE_TAIL = new RegExp(`\\s*[-–—,:/]\\s*(${ROLE_WORDS})\\s*$`, 'i');
// "Chair – Sarah Whitcombe (Home Office)", "Secretariat: Priya Natarajan": the role first.
const ROLE_LEAD = new RegExp(`^\\s*(${ROLE_WORDS})\\s*[-–—:]\\s+(?=\\S)`, 'i');
// Written in capitals (often from italics: <i>CHAIR</i>) a role needs no separator.
const ROLE_CAPS = /\s+(VICE-CHAIR|CHAIR|SECRETARIAT|CLERK|OBSERVER)$/;
// After a post-nominal or "Official" no name goes on: "Karen Bradley MP Chair", "Official Secretariat".
const ROLE_AFTER_NAME = new RegExp(
  `(?<=\\b(?:${POST_NOMINALS}|Official))\\s+((?:[Vv]ice-)?[Cc]hair|[Ss]ecretariat|[Cc]lerk|[Oo]bserver)$`,
);

function dropNotes(text: string): string {
  return text
    .replace(NOTE_PAREN, ' ')
    .replace(NOTE_DASH, '')
    .replace(NOTE_BARE, '')
    .replace(/\s+/g, ' ')
    .trim();
}

interface Extracted {
  text: string;
  role: string | null;
  deputisingFor: string | null;
}

// "Member", "Co-opted member", "Guest": the kind of membership a column gives, not a role or a name.
// Nor is "Minutes" or "Note taker" beside the one who took the notes (no meeting role, as "who took
// the notes" gives none).
const MEMBERSHIP =
  /^(?:(?:full|co-?opted|associate|independent|ex[-\s]officio|voting|non-voting)\s+)?members?$|^(?:attendee|guest|invitee)$|^(?:minutes|notes|minuting|(?:minute|note)[-\s]?taker)$/i;
// "Democratic Services", "Community Safety Team", "Adult Social Care Directorate": a team of a body.
const TEAM = /^(?:[A-Z][\w'’-]*\s+){1,4}(?:[Ss]ervices?|[Tt]eam|[Uu]nit|[Dd]irectorate|[Dd]ivision)$/;
const IN_THE_CHAIR = /\s+in\s+the\s+chair\s*$/i;

// "(Cathaoirleach / Chair)", "(Rúnaí / Secretary)": a role in two languages, of which the reader
// knows one (the Welsh it knows both halves of are put in English by englishRoles first).
const TWO_LANGUAGE_ROLE = /\(\s*([^()/]{2,40}?)\s*\/\s*([^()/]{2,40}?)\s*\)/g;

/** The role in brackets in the language the reader knows. */
function oneLanguageRoles(text: string): string {
  if (!text.includes('/')) return text;
  return text.replace(TWO_LANGUAGE_ROLE, (whole, first: string, second: string) =>
    roleOf(second) ? `(${second})` : roleOf(first) ? `(${first})` : whole,
  );
}

/** Takes role, deputy and notes out of one piece of text. */
function extract(text: string): Extracted {
  let t = ` ${oneLanguageRoles(englishRoles(text.trim()))}`;
  let role: string | null = null;
  // "Sarah Linton (Home Office) in the Chair": the chair's words after the entry, no separator.
  const inChair = IN_THE_CHAIR.exec(t);
  if (inChair) {
    role = 'CHAIR';
    t = t.slice(0, inChair.index);
  }
  let deputisingFor: string | null = null;
  // "(DFID, for Justine Greening MP)", "(Home Office, Chair)": bracketed lists are read part by part.
  t = t.replace(/\(([^()]{1,200},[^()]{1,200})\)/g, (_m, inner: string) => {
    const kept: string[] = [];
    // "(for Director, Fraud and Error)": what follows whom someone stands in for, unless it is a
    // role or a note, goes on naming them.
    let deputyOpen = false;
    for (const part of inner.split(/\s*,\s*/)) {
      const dep = DEPUTY_CELL.exec(part);
      if (dep) {
        deputisingFor = dropNotes(dep[1] ?? '') || null;
        deputyOpen = deputisingFor !== null;
      } else if (roleOf(part)) {
        role = roleOf(part);
        deputyOpen = false;
      } else if (dropNotes(`(${part})`) === '') deputyOpen = false;
      else if (deputyOpen) deputisingFor = `${deputisingFor}, ${part}`;
      else if (!isPost(part)) kept.push(part);
    }
    return kept.length > 0 ? `(${kept.join(', ')})` : '';
  });
  const dep = DEPUTY.exec(t);
  if (dep) {
    deputisingFor = dropNotes(dep[1] ?? dep[2] ?? '') || null;
    t = t.slice(0, dep.index) + t.slice(dep.index + dep[0].length);
  }
  // "(Jo Smith MP's deputy)": whom someone stands in for, named as theirs.
  const theirs = deputisingFor === null ? DEPUTY_OF.exec(t) : null;
  if (theirs) {
    deputisingFor = (theirs[1] ?? '').trim() || null;
    t = t.slice(0, theirs.index) + t.slice(theirs.index + theirs[0].length);
  }
  // "Jane Roe (Stockton Council) (Democratic Services)": the team within the body bracketed after
  // it is no part of the name (the record keeps the body).
  t = t.replace(/(\([^()]{2,80}\))\s*\(([^()]{2,60})\)/g, (m, body: string, inner: string) =>
    TEAM.test(inner.trim()) ? body : m,
  );
  // "Theresa May MP (Home Secretary)": a post in brackets is no part of the name, nor a body; nor is
  // the kind of member someone is ("Sam Haddad (Independent Member)").
  t = t.replace(/\s*\(([^()]{2,60})\)/g, (m, inner: string) =>
    isPost(inner) || MEMBERSHIP.test(inner.trim()) ? '' : m,
  );
  t = dropNotes(t);
  const lead = ROLE_LEAD.exec(t);
  if (lead) {
    role = roleOf(lead[1] ?? '');
    t = ` ${t.slice(lead[0].length)}`;
  }
  const paren = lead ? null : ROLE_PAREN.exec(t);
  if (paren) {
    role = roleOf(paren[1] ?? '');
    t = t.slice(0, paren.index) + t.slice(paren.index + paren[0].length);
  } else if (!lead) {
    const tail = ROLE_CAPS.exec(t) ?? ROLE_AFTER_NAME.exec(t) ?? ROLE_TAIL.exec(t);
    const between = tail ? null : ROLE_BETWEEN.exec(t);
    if (tail) {
      role = roleOf(tail[1] ?? '');
      t = t.slice(0, tail.index);
    } else if (between) {
      role = roleOf(between[1] ?? '');
      t = t.slice(0, between.index) + t.slice(between.index + between[0].length);
    }
  }
  return {
    text: t
      .replace(/\s+/g, ' ')
      .replace(/[\s,;:–—-]+$/, '')
      .trim(),
    role,
    deputisingFor,
  };
}

export interface AttendeeColumns {
  organisation: number | null;
  name: number | null;
  role: number | null;
  /** a column saying whether each person was there: "Present", "Apologies" */
  status?: number | null;
  /** a column of job titles ("Detective Inspector"): neither a role at the meeting nor a name */
  title?: number | null;
  /** a register's "Apologies" column beside its "Present" one: a mark in it, the person sent apologies */
  apologies?: number | null;
  /** "Deputy for": whom each person stands in for, when anyone */
  deputy?: number | null;
}

// "P/A": a column marking each member present or absent (sent apologies); "Present?", "Attended
// (Y/N)": the question a register asks of each member.
const STATUS_HEADER =
  /^(?:attendance|attended|attending|present|status|present\s*\/\s*(?:apologies|absent)|p\s*\/\s*a)\s*\??(?:\s*\(\s*y\s*\/\s*n\s*\))?$/i;
const TITLE_HEADER = /^(?:job\s+title|title|post|grade|job)s?$/i;
const APOLOGIES_HEADER = /^(?:apologies(?:\s+(?:sent|received|given))?|sent\s+apologies|absent)$/i;
// No mark in a register's column: a dash, "No".
// An empty cell, a dash, "No", or a box left unticked (Word's checkbox control shows "☐").
const NO_MARK = /^(?:|-|–|—|no|n|☐|□)$/i;
const EMPTY_BOX = /^[☐□]$/;
// The names of an attendance table's columns: who, for which body, in what role.
// ("Company | Representative": an industry group's members are firms.)
const ORGANISATION_HEADER =
  /^(?:(?:organi[sz]ation|department|dept|org|body|agency|company|companies|firm|employer)s?|representing)$/i;
const NAME_HEADER = PEOPLE_COLUMN;
// "Attending as" over "Chair", "Member", "Observer": the role each came in.
const ROLE_HEADER =
  /^(?:(?:meeting\s+)?(?:role|position|capacity)s?|attending\s+as|role\s+at\s+(?:the\s+)?meeting)$/i;
// "Notes" beside the names: "Chair", "via videolink", "for Iain Duncan", read as an unnamed column's.
const NOTES_HEADER = /^(?:notes?|comments?|remarks?)$/i;
// "Deputy for" over "Jasmine Ortiz": whom the person in the row stands in for.
const DEPUTY_HEADER =
  /^(?:deputy\s+for|deputising\s+for|substitut(?:e|ing)\s+for|attending\s+for|on\s+behalf\s+of|in\s+place\s+of)$/i;
// "Initials | Name | Organisation": the letters the minutes call each person by, a column the
// reader sets aside (it knows a person's initials from their name).
const INITIALS_HEADER = /^(?:initials|init\.?)$/i;
const HEADER_CELL = new RegExp(
  [
    INITIALS_HEADER,
    ORGANISATION_HEADER,
    NAME_HEADER,
    ROLE_HEADER,
    STATUS_HEADER,
    TITLE_HEADER,
    NOTES_HEADER,
    APOLOGIES_HEADER,
    DEPUTY_HEADER,
  ]
    .map((r) => r.source)
    .join('|'),
  'i',
);
// A status cell that says the person sent apologies rather than attended.
const ABSENT_WORDS = '(?:apologies|apologised|sent\\s+apologies|absent|not\\s+present|did\\s+not\\s+attend)';
const ABSENT = new RegExp(`^${ABSENT_WORDS}\\b`, 'i');
// A register's "Absent" alone: not there, and no apologies sent.
const AWAY = /^(?:absent(?:\s+without\s+apologies)?|not\s+present|did\s+not\s+attend|no\s+apologies)$/i;
// A Present column's cross ("✗", "x", "No") against a member who did not come.
const CROSS = /^(?:[✗✘×xX]|no|n)$/i;
// A P/A column's "A" (or "Apols"): the member sent apologies.
const ABSENT_MARK = /^(?:a|apols?\.?)$/i;
// "…, represented by Sam Hart", "– Sam Hart attended in her place", "(sent Sam Hart)": the one who
// stood in, after the entry.
const STAND_IN_AFTER =
  /\s*(?:,|\s[-–—])\s*(?:(?:represented|substituted|replaced)\s+by|deputised\s+for\s+by)\s+([^()]{2,60})$|\s+[-–—]\s+([^()–—]{2,60})\s+(?:attended|attending|came)\s+in\s+(?:his|her|their)\s+place\.?$/i;
const STAND_IN_BRACKET =
  /\s*\(\s*(?:(?:represented|substituted|replaced)\s+by|sent(?=\s+[A-Z]))\s+([^()]{2,60})\)/;

/**
 * The entry without the note of who stood in for the person, and the one who did ("Apologies -
 * substituted by Cllr Tom Reed |" in a register's row: "Cllr Tom Reed").
 */
function withoutStandIn(entry: string): { rest: string; standIn: string | null } {
  const bracket = STAND_IN_BRACKET.exec(entry);
  const unbracketed = bracket
    ? `${entry.slice(0, bracket.index)}${entry.slice(bracket.index + bracket[0].length)}`
    : entry;
  // (Both of its forms end the entry.)
  const after = STAND_IN_AFTER.exec(unbracketed);
  const name = bracket?.[1] ?? after?.[1] ?? after?.[2];
  return {
    rest: after ? unbracketed.slice(0, after.index) : unbracketed,
    standIn: name?.replace(/[\s|]+$/, '').trim() || null,
  };
}

// A number of people: "32 members", "(received from) 6 members", "12 partners".
const COUNTED =
  /^\s*(?:(?:were\s+)?received\s+from\s+)?\d{1,4}\s+(?:other\s+)?(?:members?|people|persons|attendees|partners|delegates|guests|others|councillors|officers|representatives|organisations)\b/i;
// "– present", "- attended (Chair)": a member listed and marked as there, a role perhaps after it.
// A register's tick after the entry ("Jo Lee (NCA) ✓") says so too, as does a box ticked the way Word's
// checkbox control shows it ("☒").
const PRESENT_TAIL =
  /(?:\s*[-–—,:]\s*(?:present|attended|attending|in\s+attendance)|\s+[✓✔☑☒])(?:\s*\(([^()]{1,30})\))?\s*$/i;
// "Joanna Pike, CPS - apologies", "Paul Rees (apologies)": a member listed but marked absent, crossed
// off the register ("Amy Ray (FCO) ✗"), or their box left unticked ("☐").
const ABSENT_TAIL = new RegExp(
  `\\s*(?:[-–—,:]\\s*${ABSENT_WORDS}|\\(\\s*${ABSENT_WORDS}\\s*\\))\\s*$|\\s+[✗✘☐□]\\s*$`,
  'i',
);

/**
 * The nouns of groups a list may be qualified by a word or two in front of ("Statutory partners:",
 * "Third sector:", "Elected members:", "Partner agencies:"); only with the colon, as a heading.
 */
export const GROUP_NOUNS: readonly string[] = [
  'partners',
  'sector',
  'agencies',
  'organisations',
  'organizations',
  'bodies',
  'members',
  'representatives',
  'departments',
];
const GROUP_LINE = new RegExp(
  `^(?:(?:${ATTENDANCE_GROUPS.join('|')})\\s*:?|(?:[A-Za-z-]{3,20}\\s+){1,2}(?:${GROUP_NOUNS.join('|')})\\s*:)$`,
  'i',
);

/** "Ministers", "Officials:": a sub-heading inside an attendance list. */
export function isAttendanceGroup(text: string): boolean {
  return text.length <= 40 && GROUP_LINE.test(text.trim());
}

/** A table header row of an attendance list ("| Organisation | Name | Role |"). */
export function attendeeColumns(written: readonly string[]): AttendeeColumns | null {
  // "Sefydliad / Organisation": a column named in Welsh (and English) is read by its English name,
  // as an action table's are.
  const cells = written.map((c) => englishColumnName(c.trim().toLowerCase().replace(/\s+/g, ' ')));
  // "| Organisation | Name | |": a column left unnamed (its cells say "Chair") among named ones.
  const named = cells.filter((c) => c !== '');
  if (named.length < 2 || !named.every((c) => HEADER_CELL.test(c))) return null;
  const find = (re: RegExp): number | null => {
    const i = cells.findIndex((c) => re.test(c));
    return i < 0 ? null : i;
  };
  const columns = {
    organisation: find(ORGANISATION_HEADER),
    name: find(NAME_HEADER),
    role: find(ROLE_HEADER),
    status: find(STATUS_HEADER),
    title: find(TITLE_HEADER),
    apologies: find(APOLOGIES_HEADER),
    deputy: find(DEPUTY_HEADER),
  };
  // "Present ⇥ Apologies" alone: two lists side by side, each column of names its own list.
  if (columns.apologies !== null && columns.name === null && columns.organisation === null) return null;
  return columns;
}

export function splitAttendeeCells(line: string): string[] {
  const t = line.trim();
  // "Rachel Obi   | Kingsmere District Council | Chair": a pipe table without its outer pipes.
  return t.startsWith('|') || INNER_PIPE.test(t) ? pipeCells(t) : looseCells(t);
}

const INNER_PIPE = /\S\s+\|\s+\S|\S\s+\|$/;

function looksLikeEntry(text: string): boolean {
  if (text === '' || text.length > 160) return false;
  if (/[.!?]$/.test(text) && !/\b(?:[A-Z]|Dr|Mr|Mrs|Ms|St|Hon|Rt)\.$/.test(text)) return false;
  return text.split(/\s+/).length <= 14;
}

/** Whether `letters` ("AM") are the initials of `name` ("Anne McCartney", "Cllr Anne McCartney"). */
function initialsOf(name: string, letters: string): boolean {
  return /^[A-Z]{2,4}$/.test(letters) && nameInitials(name) === letters;
}

// ("(J.S.)", "(P.O'H.)": with full stops, and an "O'" name's letter after its apostrophe.)
const INITIALS_AFTER = /^(.{3,60}?)\s*\(((?:[A-Z](?:['’][A-Z])?\.?\s?){2,4})\)$/;

/** "Jo Smith (JS)", "Peter O'Hara (P.O'H.)" are the person: the bracket holds the name's initials. */
export function withoutOwnInitials(cell: string): string {
  const bracketed = INITIALS_AFTER.exec(cell);
  if (!bracketed) return cell;
  const name = bracketed[1] ?? '';
  const letters = plainInitials(bracketed[2] ?? '');
  return initialsOf(name, letters) || (letters !== '' && letters === nameInitials(name, true)) ? name : cell;
}

// "@Ruth Baker": a chat tool's mention of a person.
const MENTION_SIGN = /^@(?=[A-Z])/;

/**
 * Reads one attendance line. Returns null when the line is not an entry (prose, a heading), so
 * the caller can end the list there.
 */
export function parseAttendeeLine(
  line: string,
  known: ReadonlySet<string>,
  columns: AttendeeColumns | null = null,
  /** the document's lists put the person first: an entry that does not say which is which follows them */
  personFirst = false,
): (ParsedAttendee & { absent?: boolean; away?: boolean; standIn?: string; orderGuessed?: boolean }) | null {
  // "Deputising for Tom Reid: Sam Patel, NCA": whom the entry stands in for, said before it.
  const lead = columns === null && line.length <= 300 ? DEPUTY_LEAD.exec(line.trim()) : null;
  if (lead) {
    const entry = parseAttendeeLine(line.trim().slice(lead[0].length), known, null, personFirst);
    return entry && { ...entry, deputisingFor: entry.deputisingFor ?? (lead[1] ?? '').trim() };
  }
  // "32 members (the attendance list is held by the Secretary)", "received from 6 members": people
  // counted, none named.
  if (COUNTED.test(line)) return null;
  // Under a header with a column for the marks ("Present", "Apologies"), a mark is read by its
  // column, not as the line's last character: "☒ ⇥ ☐" is there, not "left unticked".
  const markColumns = columns !== null && (columns.status != null || columns.apologies != null);
  const marked = line.length <= 300 && !markColumns ? ABSENT_TAIL.exec(line) : null;
  // "Jo Lee (NCA) – present (Chair)": a register's mark that the member came, the role kept.
  const there = marked || line.length > 300 || markColumns ? null : PRESENT_TAIL.exec(line);
  // "Jo Lee (NCA), represented by Sam Hart": who came in the person's place, a note on the entry
  // (the one who came is listed among those present).
  const kept = marked
    ? line.slice(0, marked.index)
    : there
      ? `${line.slice(0, there.index)}${there[1] ? ` (${there[1]})` : ''}`
      : line;
  const stood =
    kept.length <= 300 && /represent|substitut|replaced|place|sent\s/i.test(kept)
      ? withoutStandIn(kept)
      : { rest: kept, standIn: null };
  const own = stood.rest;
  // A register names who came in the member's place, whom no line of their own lists.
  const standIn = markColumns ? (stood.standIn ?? undefined) : undefined;
  // "@Ruth Baker (Salvation Army)": a chat tool's mention names the person without its sign.
  let cells = splitAttendeeCells(own).map((c) => c.replace(MENTION_SIGN, ''));
  if (cells.length === 0) return null;
  // "SK   Siobhan Kelly   PSNI": a column of each person's initials before the name (the actions
  // then name owners by them, which the owner directory reads from the names).
  if (columns === null && cells.length >= 3 && initialsOf(cells[1] ?? '', cells[0] ?? ''))
    cells = cells.slice(1);
  // "Jo Smith (JS) ⇥ Home Office (Chair)": the person's initials in brackets after the name, as the
  // actions will name them, are no body and no role.
  cells = cells.map(withoutOwnInitials);
  if (cells.every((c) => /^:?-{2,}:?$/.test(c) || c === '')) return null;
  // "Jade Cox (Hampshire Constabulary) ⇥ Minutes": a note on how they attended, or that they took
  // the notes, in a column of its own where a role would stand; no person or body.
  if (cells.length >= 2 && NOTE_CELL.test(cells[cells.length - 1] ?? '')) cells = cells.slice(0, -1);

  let organisation: string | null = null;
  let nameText: string | null = null;
  let role: string | null = null;
  let deputy: string | null = null;
  let absent = marked !== null;
  let away = false;
  // Two cells, neither marked as a body nor the second as a person: body first is a guess the rows
  // after may correct (see orderGuessed in the caller).
  let orderGuessed = false;

  if (columns && cells.length >= 2) {
    // "Ruth Adeyemi ⇥⇥ Westshire Police" under "Name ⇥ Role ⇥ Organisation": tabs run together
    // where the Role cell is empty, so the row is one cell short and the role's place holds none.
    const headedAt = [
      columns.organisation,
      columns.name,
      columns.role,
      columns.status,
      columns.title,
      columns.apologies,
      columns.deputy,
    ];
    const width = Math.max(...headedAt.map((c) => c ?? -1)) + 1;
    const roleAt = columns.role;
    if (roleAt !== null && cells.length === width - 1 && roleAt < cells.length) {
      const inRole = cells[roleAt] ?? '';
      if (!roleOf(inRole) && !DEPUTY_CELL.test(inRole) && !ABSENT.test(inRole.trim()))
        cells = [...cells.slice(0, roleAt), '', ...cells.slice(roleAt)];
    }
    organisation = columns.organisation !== null ? (cells[columns.organisation] ?? '') || null : null;
    nameText = columns.name !== null ? (cells[columns.name] ?? '') : '';
    const roleCell = columns.role !== null ? (cells[columns.role] ?? '') : '';
    role = roleOf(roleCell);
    // "Present (Chair)", "Apologies": whether the person was there, and any role beside it.
    const statusCell = columns.status != null ? (cells[columns.status] ?? '') : '';
    // A Role column may say so instead: "| Department for Education | Official | Apologies |".
    absent =
      absent ||
      ABSENT.test(statusCell.trim()) ||
      CROSS.test(statusCell.trim()) ||
      ABSENT_MARK.test(statusCell.trim()) ||
      ABSENT.test(roleCell.trim()) ||
      // "✓" under "Apologies" beside an empty "Present": the person sent apologies.
      (columns.apologies != null && !NO_MARK.test((cells[columns.apologies] ?? '').trim())) ||
      // A "Present" box left unticked where no column is kept for apologies: not there.
      (columns.apologies == null && EMPTY_BOX.test(statusCell.trim()));
    // "Absent" alone: not there and no apologies sent, in neither list.
    away = AWAY.test(statusCell.trim());
    // "Present (Chair)", or "Chair" where the others say "Present": there in that role.
    role = role ?? roleOf(/\(([^()]{1,40})\)/.exec(statusCell)?.[1] ?? statusCell.trim());
    // A job title is no role, but "Secretariat" or "Director, Modern Slavery Unit (Chair)" in the
    // Title column says the meeting role too.
    const titleCell = columns.title != null ? (cells[columns.title] ?? '').trim() : '';
    role = role ?? roleOf(titleCell) ?? roleOf(/\(([^()]{1,40})\)$/.exec(titleCell)?.[1] ?? '');
    // A role column may say whom an official stands in for: "For Jonathan Reeve MP".
    // So may a register's "Attendance" column, where others say "Present": "Deputy for Sue Hart".
    const roleDeputy = DEPUTY_CELL.exec(roleCell) ?? DEPUTY_CELL.exec(statusCell.trim());
    if (roleDeputy) deputy = dropNotes(roleDeputy[1] ?? '') || null;
    // "Deputy for" over "Jasmine Ortiz": the name alone, the column saying what it is.
    const deputyCell = columns.deputy != null ? (cells[columns.deputy] ?? '').trim() : '';
    if (deputyCell !== '' && !NO_MARK.test(deputyCell)) deputy = dropNotes(deputyCell) || deputy;
    // A column without a heading holds a role ("Chair") or a deputy ("for Mark Hoban MP").
    const headed = new Set(headedAt);
    cells.forEach((cell, i) => {
      if (headed.has(i)) return;
      const deputyFor = DEPUTY_CELL.exec(cell);
      if (deputyFor) deputy = dropNotes(deputyFor[1] ?? '') || null;
      else role = role ?? roleOf(cell);
    });
  } else {
    // "Cllr Margaret Holloway (Chair) Kingsmere District Council": a tab expanded to one space.
    if (cells.length === 1) cells = bodyAfterBracket(cells[0] ?? '', known) ?? cells;
    // Cells that are only a role, a note or (among three or more) whom the person stands in for are
    // set aside first, bracketed or not: "Name ⇥ (Chair) ⇥ Body", "Official ⇥ (for X) ⇥ Body".
    const rest: string[] = [];
    for (const c of cells) {
      const inner = BRACKETED.exec(c)?.[1] ?? c;
      const r = roleOf(inner);
      const standsIn = cells.length >= 3 ? DEPUTY_CELL.exec(inner) : null;
      if (r) role = r;
      else if (standsIn) deputy = dropNotes(standsIn[1] ?? '') || null;
      else if (dropNotes(c) === '') continue;
      // "Member ⇥ Official ⇥ National Crime Agency": a column of roles says "Member" where there is none.
      else if (cells.length >= 3 && MEMBERSHIP.test(inner.trim())) continue;
      else rest.push(c);
    }
    cells = rest;
    if (cells.length >= 2) {
      const [a = '', b = ''] = cells;
      // Organisation first unless the first cell reads as a person and the second as a body, or the
      // list puts the person first ("Name ⇥ Role ⇥ Organisation") and the first cell reads no more
      // as a body than the second ("Beth Rowe ⇥ Westshire Victim Support": neither says which).
      const bodyFirst = orgScore(a, known);
      const bodySecond = orgScore(b, known);
      if (
        (bodySecond > bodyFirst && bodySecond >= 2) ||
        (personFirst && bodyFirst < 2 && bodySecond >= Math.min(bodyFirst, 1)) ||
        // "Dr Hannah Moss ⇥ Westshire CCG": a titled person, then what is no person.
        (bodyFirst <= -2 && bodySecond >= 0) ||
        // "Neil Foster ⇥ KDC Environmental Health": a person's name, then what reads more as a body.
        (bodyFirst <= 0 && bodySecond >= 1 && PERSONISH.test(a))
      ) {
        organisation = b;
        nameText = a;
      } else {
        organisation = a;
        nameText = b;
        orderGuessed = bodyFirst <= 0 && bodySecond >= 0;
      }
      // A third cell is a role or a note; a post or a kind of membership ("Member", "Policy
      // Adviser") says nothing the record keeps; anything else is kept with the name.
      for (const extra of cells.slice(2))
        if (!MEMBERSHIP.test(extra.trim()) && !isPost(extra)) nameText = `${nameText} ${extra}`;
    } else if (cells.length === 1) {
      // Role, deputy and notes come out first so their brackets and dashes do not look like an organisation.
      const whole = extract(cells[0] ?? '');
      const split = splitSingle(whole.text, known, personFirst);
      organisation = split.organisation;
      nameText = split.name;
      role = role ?? whole.role;
      deputy = whole.deputisingFor;
    } else {
      return null;
    }
  }

  if (!looksLikeEntry(nameText ?? '')) return null;
  // "NCA ⇥ Liam Byrne (Director, UKHTC)": with the body in a cell of its own, a bracket opening
  // with a post gives the post and its unit, no part of the name (alone, "Jo Smith (Head of
  // Policy, NCA)" names the body there).
  if (organisation !== null && nameText)
    nameText = nameText.replace(/\s*\(([^()]{2,120})\)/g, (m, inner: string) =>
      postThenBody(inner) !== null ? '' : m,
    );
  const ex = extract(nameText ?? '');
  let org = organisation;
  let orgRole: string | null = null;
  // "Official | Scottish Government (for Kenny MacAskill MSP)": the deputy can sit with the body.
  let orgDeputy: string | null = null;
  if (org) {
    const eo = extract(org);
    org = eo.text || null;
    orgRole = eo.role;
    orgDeputy = eo.deputisingFor;
  }
  // A name has letters in it: "[]" or "—" is debris, not a person.
  if (!ex.text || !/\p{L}{2}/u.test(ex.text) || (org && !looksLikeEntry(org))) return null;
  // "Jane Simms (J.S.) - Lancashire Constabulary": the initials the actions will use, no part of the name.
  let name = withoutOwnInitials(ex.text);
  let deputisingFor = ex.deputisingFor ?? deputy ?? orgDeputy;
  // "Tom Price (on behalf of MOJ)", "Jane Smith representing Home Office": with no body of their
  // own, the body someone stands for is the one they attend for; a person stood for stays a deputy.
  if (org === null) {
    const represents = REPRESENTING.exec(name);
    if (represents && orgScore(represents[2] ?? '', known) >= 2) {
      name = represents[1] ?? name;
      org = represents[2] ?? null;
    } else if (deputisingFor !== null && orgScore(deputisingFor, known) >= 2) {
      org = deputisingFor.replace(/^the\s+/i, '');
      deputisingFor = null;
    }
  }
  // "Head of Adult Safeguarding, Derbyshire County Council (Chair) - Sarah Pitt": the post before the
  // body is the person's (postOf keeps it for owners named by it), the body theirs.
  if (org?.includes(',')) org = postThenBody(org) ?? org;
  return {
    organisation: org,
    name,
    // "Secretariat, Home Office": a name that is a meeting role is someone in that role.
    role: role ?? ex.role ?? orgRole ?? roleOf(name),
    deputisingFor,
    ...(absent ? { absent } : {}),
    ...(away ? { away } : {}),
    ...(standIn ? { standIn } : {}),
    ...(orderGuessed ? { orderGuessed } : {}),
  };
}

const NO_KNOWN: ReadonlySet<string> = new Set();
// "Jane Smith representing Home Office": a bare "representing" (no comma or bracket before it).
const REPRESENTING = /^(.{2,80}?)\s+representing\s+(?:the\s+)?(.{2,80})$/i;

const AFTER_BRACKET = /^(.{2,160}?\S\s*\([^()]{1,120}\))\s+([A-Z][^()]{1,100})$/;

/**
 * "Name (Chair) Body", "Name (substituting for X) Body": a person, the role, deputy or note in
 * brackets that ends their cell, and a body after a single space where a tab or a gap stood (a tab
 * expanded to spaces can leave one). Null when the bracket is no role, deputy or note, or what
 * follows reads as no body.
 */
function bodyAfterBracket(cell: string, known: ReadonlySet<string>): string[] | null {
  const m = AFTER_BRACKET.exec(cell);
  if (!m) return null;
  const person = m[1] ?? '';
  const body = (m[2] ?? '').trim();
  if (extract(person).text === person.trim()) return null;
  return orgScore(body, known) >= 1 || bodyLike(body) ? [person, body] : null;
}

/** "Owen Lewis", "Cllr Anil Desai", "Jo Harris MP": a person's name as lists write it. */
const PERSONISH = new RegExp(
  String.raw`^(?:(?:the\s+)?rt\.?\s+hon\.?\s+)?(?:(?:${TITLES})\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,3}(?:\s+(?:${POST_NOMINALS}))*$`,
  'i',
);

const JOB_TITLE =
  /^(?:(?:deputy|assistant|senior|principal|chief|head|director|minister|policy|team|programme|executive)\b)/i;
// Words of a post anywhere in it: "Policy Adviser", "Head of Safeguarding", "Clinical Lead".
// "Named Nurse for Safeguarding Adults", "Consultant Paediatrician": a clinical post is one too.
const POST =
  /\b(?:adviser|advisor|officer|manager|lead|director|head|coordinator|co-ordinator|analyst|inspector|secretary|minister|chief|commissioner|superintendent|clerk|treasurer|trustee|solicitor|administrator|nurse|matron|midwife|consultant|practitioner|lawyer|prosecutor|caseworker|investigator|specialist|researcher)\b/i;

/** "Community Safety Manager, Kingsmere District Council": the body after a post, or null. */
function postThenBody(text: string): string | null {
  // "…, Kingsmere District Council", or "Legal Adviser – CPS" after a dash.
  const sep = /(?:,|\s[-–—])\s+(?=[^,–—]*$)/.exec(text);
  if (!sep) return null;
  const body = text.slice(sep.index + sep[0].length);
  return isPost(text.slice(0, sep.index)) && !isPost(body) && !roleOf(body) && /^[A-Z]/.test(body)
    ? body
    : null;
}

/** "Jo Lee, NCA, Head of Policy", "Sam Hart – CPS – Senior Lawyer": the person and the body, or null. */
function personBodyPost(text: string): { organisation: string; name: string } | null {
  if (text.length > 160) return null;
  const parts = text.includes(',') ? text.split(/\s*,\s+/) : text.split(/\s+[–—-]\s+/);
  if (parts.length !== 3) return null;
  const [name = '', body = '', post = ''] = parts.map((p) => p.trim());
  return PERSONISH.test(name) && isPost(post) && !isPost(body) && !roleOf(body) && /^[A-Z]/.test(body)
    ? { organisation: body, name }
    : null;
}

/** "Home Secretary", "Head of Policy", "Minister of State": a post, not a body or a meeting role. */
function isPost(text: string): boolean {
  const t = text.trim();
  return (
    t.length <= 60 &&
    (POST.test(t) || JOB_TITLE.test(t) || POST_INITIALS.test(t)) &&
    // "Chief Executive" is a post though "Executive" names bodies ("Northern Ireland Executive"), and
    // so is "Head of Modern Slavery Unit" though "Unit" does.
    (CHIEF_EXECUTIVE.test(t) ||
      POST_OF.test(t) ||
      POST_INITIALS.test(t) ||
      (!roleOf(t) &&
        !DEPUTY_CELL.test(t) &&
        // "Democratic Services Officer": a body's words before it, but a post's word ends it.
        (orgScore(t, NO_KNOWN) < 2 || POST_END.test(t))))
  );
}

const POST_OF = /^(?:(?:deputy|assistant|interim|acting)\s+)?(?:head|director|minister)\s+(?:of|for)\s/i;
// "SRO" (a programme's Senior Responsible Owner), "CEO": a post known by its initials, which would
// otherwise read as a body's.
const POST_INITIALS = /^(?:SRO|CEO|COO|CFO|CIO|DPO)$/;
const CHIEF_EXECUTIVE = /^(?:deputy\s+|interim\s+|acting\s+)?chief\s+executive(?:\s+officer)?$/i;
const POST_END = /\b(?:adviser|advisor|officer|manager|coordinator|co-ordinator|analyst)$/i;

/**
 * "Gemma Hart, Head of Adult Safeguarding, Westshire County Council": the post an entry gives its
 * person (minutes may name an owner by it: "Head of Adult Safeguarding to circulate …"), or null.
 */
export function postOf(line: string, entry: { name: string; organisation: string | null }): string | null {
  if (entry.organisation === null || line.length > 200) return null;
  const parts = line
    .split(/\s*[,;\t]\s*|\s+[-–—]\s+/)
    .map((s) => s.replace(/\s*\([^()]*\)$/, '').trim())
    .filter((s) => s !== '' && s !== entry.name && s !== entry.organisation);
  return parts.find(isPost) ?? null;
}

// "Official (Department of Justice (Northern Ireland))": a trailing bracket with brackets inside it.
const NESTED_PAREN = /^(.*?)\s*\(((?:[^()]|\([^()]{1,40}\)){1,100})\)()\s*$/;

// What parts a person from their body in an entry, in the order tried.
const SEPARATORS = [/\s*:\s+/g, /\s+[–—]\s+/g, /\s+-\s+/g, /\s*,\s+/g, /\s+\|\s+/g, /\s+\/\s+/g];

/**
 * The first match of a separator outside brackets: "[Redacted – s.40(2)], NCA" (a name withheld
 * under the Freedom of Information Act) parts at its comma, not at the dash the brackets hold.
 */
function unbracketed(text: string, sep: RegExp): RegExpExecArray | null {
  sep.lastIndex = 0;
  if (!/[[(]/.test(text)) return sep.exec(text);
  let depth = 0;
  let at = 0;
  for (let m = sep.exec(text); m !== null; m = sep.exec(text)) {
    for (; at < m.index; at += 1) {
      const c = text[at];
      if (c === '[' || c === '(') depth += 1;
      else if ((c === ']' || c === ')') && depth > 0) depth -= 1;
    }
    if (depth === 0) return m;
  }
  return null;
}

// A name withheld from published minutes, in square brackets: "[Redacted – s.40(2)]", "[name withheld]".
const REDACTED_TAIL =
  /\[(?:redacted|withheld|name\s+(?:redacted|withheld|removed)|personal\s+data)\b[^[\]]{0,60}\]$/i;

/** One cell holding both: "Damian Green MP (Home Office)", "Home Office: Jane Smith", "Jane Smith, DfE". */
function splitSingle(
  written: string,
  known: ReadonlySet<string>,
  personFirst = false,
): { organisation: string | null; name: string } {
  // "Sarah Whitcombe [Home Office]": a body in square brackets is one in round ones; "Home Office –
  // [Redacted – s.40(2)]" is a name withheld, not a body.
  const text =
    written.endsWith(']') && !REDACTED_TAIL.test(written)
      ? written.replace(/\s*\[([^[\]]{1,80})\]$/, ' ($1)')
      : written;
  // A trailing parenthesis that names a body (not a role, a deputy or a note), which may hold
  // brackets of its own: "Official (Department of Justice (Northern Ireland))".
  const paren =
    /^(.*?)\s*\(([^()]{1,80})\)((?:\s*\([^()]{0,120}\))*)\s*$/.exec(text) ??
    (text.length <= 300 && text.endsWith('))') ? NESTED_PAREN.exec(text) : null);
  if (paren) {
    const inner = paren[2] ?? '';
    const parts = inner.split(/\s*,\s*/);
    const isBody = (p: string) =>
      !roleOf(p) && dropNotes(`(${p})`) !== '' && !/^(?:for|on behalf|deputising|representing)\b/i.test(p);
    // "(Department of Justice, Northern Ireland)": every part that is not a role, a deputy or a
    // note names the one body.
    const bodyParts = parts.filter(isBody);
    const orgPart = bodyParts.join(', ');
    // A body the reader does not know ("Owen Lewis (Salvation Army)", "Official (London Councils)") is
    // still one after a person's name.
    const person = (paren[1] ?? '').trim();
    // "Roy Dee, Department of Justice (NI)", "… (Northern Ireland)", "Mark Tennant – NCA (UKHTC)":
    // the bracket qualifies the body after the person's comma or dash.
    const separator = /^(.*)(?:,|\s[-–—])\s+/.exec(person);
    const before = separator?.[1] ?? '';
    const body = separator ? person.slice(separator[0].length) : person;
    if (
      (paren[3] ?? '') === '' &&
      before !== '' &&
      (PERSONISH.test(before) || UNNAMED.test(before)) &&
      orgScore(body, known) >= 2 &&
      isBody(inner) &&
      (!PERSONISH.test(inner) || JURISDICTION.test(inner.trim()))
    )
      return { organisation: `${body} (${inner.trim()})`, name: before };
    // "DWP (Alison Grey)": a body, then its person in brackets.
    if (
      (paren[3] ?? '') === '' &&
      parts.length === 1 &&
      orgScore(person, known) >= 2 &&
      (PERSONISH.test(inner) || UNNAMED.test(inner)) &&
      orgScore(inner, known) < 1 &&
      !bodyLike(inner)
    )
      return { organisation: person, name: inner.trim() };
    const afterPerson = (PERSONISH.test(person) || UNNAMED.test(person)) && /^[A-Z]/.test(bodyParts[0] ?? '');
    if (
      orgPart &&
      (orgScore(bodyParts[0] ?? '', known) >= 2 || (afterPerson && orgScore(bodyParts[0] ?? '', known) >= 0))
    ) {
      const leftovers = parts
        .filter((p) => !isBody(p))
        .map((p) => ` (${p})`)
        .join('');
      return { organisation: orgPart.trim(), name: `${paren[1] ?? ''}${leftovers}${paren[3] ?? ''}` };
    }
  }
  // "Jo Lee, NCA, Head of Policy", "Sam Hart – CPS – Senior Lawyer": name, body, then the post.
  const postLast = personBodyPost(text);
  if (postLast) return postLast;
  // "Mark Harper MP, Minister for Immigration, Home Office", "Jo Fenton, Deputy Director, Modern
  // Slavery Unit, Home Office": name, job title (and unit), body.
  const commaParts = text.split(/\s*,\s+/);
  // "Sam Ray, Ministry of Housing, Communities and Local Government": a body whose own name has a
  // comma in it, known as a whole, after the person.
  for (let k = 1; k < commaParts.length - 1 && commaParts.length <= 6; k += 1) {
    const body = commaParts.slice(k).join(', ');
    if (orgScore(body, known) >= 3) return { organisation: body, name: commaParts.slice(0, k).join(', ') };
  }
  if (commaParts.length >= 3 && commaParts.length <= 6) {
    const first = commaParts[0] ?? '';
    const body = commaParts[commaParts.length - 1] ?? '';
    const middle = commaParts.slice(1, -1);
    // "Director, Organised Crime, Home Office": a post without a name is the name as written.
    const post = JOB_TITLE.test(first);
    const named = PERSONISH.test(first) || UNNAMED.test(first);
    const bodyKnown = orgScore(body, known) >= 2;
    // A body the reader does not know ("Salvation Army") is still one after a person and a post.
    const afterPost = named && middle.some((m) => POST.test(m)) && /^[A-Z]/.test(body);
    if ((bodyKnown || afterPost) && orgScore(first, known) < 2)
      return { organisation: body, name: post ? commaParts.slice(0, -1).join(', ') : first };
  }
  // "Jo Smith from Westshire Police", "an official from the GLA": a person, then the body they come from.
  const from = personFromBody(text);
  if (from) return from;
  for (const sep of SEPARATORS) {
    const m = unbracketed(text, sep);
    if (!m) continue;
    const a = text.slice(0, m.index).trim();
    const b = text.slice(m.index + m[0].length).trim();
    if (a === '' || b === '') continue;
    // "Jane Smith - Secretariat" and "Official - via videolink" are a role and a note, not an organisation.
    if (roleOf(b) || dropNotes(` - ${b}`) === '' || /^\(/.test(b)) continue;
    const sa = orgScore(a, known);
    const sb = orgScore(extract(b).text, known);
    if (sa >= 2 && sa >= sb) return { organisation: a, name: b };
    // "Denise Harper – Community Safety Manager, Kingsmere District Council": the post is no body.
    const comma = m[0].includes(',');
    const body = comma ? null : postThenBody(b);
    if (body !== null) return { organisation: body, name: a };
    if (sb >= 2) return { organisation: b, name: a };
    // Neither is recognisable: follow the convention of the separator. Lists written
    // "Organisation – Name" use a dash or colon; "Name, Organisation" uses a comma.
    // "Anna McCready – DOJ Northern Ireland": a person's name, then what reads more as a body.
    if (!comma && sb > sa && sb >= 1 && PERSONISH.test(a)) return { organisation: b, name: a };
    // "Anna McCready – DOJ Northern Ireland" in a list whose other entries put the person first.
    if (!comma && personFirst && sb >= 0 && orgScore(a, known) < 2) return { organisation: b, name: a };
    if (!comma && sa >= 0 && sa >= sb) return { organisation: a, name: b };
    // "Dr Amal Haddad, Chief Nurse (Chair)": a person and their post in a body's own committee,
    // which names no body.
    if (comma && PERSONISH.test(a) && isPost(extract(b).text)) return { organisation: null, name: a };
    if (comma && sb >= 0 && sb >= sa) return { organisation: b, name: a };
  }
  return bodyBeforePerson(text, known) ?? { organisation: null, name: text };
}

/**
 * "Home Office Karen Bradley MP", "Scottish Government Official": a body and its person with one
 * space between them, where a text extractor closed up the column gap. Of the ways to cut the
 * words so that a body stands in front and a person after, the one whose person is "Official", or
 * else has a name of two words (then three, then one after a title), as people's names mostly do.
 */
function bodyBeforePerson(
  text: string,
  known: ReadonlySet<string>,
): { organisation: string; name: string } | null {
  if (text.length > 120) return null;
  const words = text.split(' ');
  let best: { organisation: string; name: string; rank: number } | null = null;
  for (let k = 1; k < words.length && k <= 8; k += 1) {
    const body = words.slice(0, k).join(' ');
    const name = words.slice(k).join(' ');
    // "DCI Mark Tennant": a rank, not a body; "Department of …": the body's name goes on.
    if (TITLED.test(`${body} `) || /\s(?:and|of|for|the|on)$/i.test(` ${body}`) || !/^[A-Z]/.test(name))
      continue;
    if (orgScore(body, known) < 2) continue;
    const rank = personRank(name, known);
    if (rank !== null && (best === null || rank < best.rank)) best = { organisation: body, name, rank };
  }
  return best && { organisation: best.organisation, name: best.name };
}

const POST_NOMINAL = new RegExp(`\\s+(?:${POST_NOMINALS})\\b`, 'g');

/** How surely these words are one person's name (0 surest), or null when they are none. */
function personRank(name: string, known: ReadonlySet<string>): number | null {
  if (UNNAMED.test(name)) return 0;
  if (!PERSONISH.test(name) || orgScore(name, known) >= 1) return null;
  const untitled = name.replace(TITLED, '');
  if (bodyLike(untitled)) return null;
  const core = untitled.replace(POST_NOMINAL, '').trim().split(/\s+/).length;
  if (core === 2) return 1;
  if (core === 3) return 2;
  return untitled !== name && core === 1 ? 3 : 4;
}

const FROM_BODY = /^(.+?)\s+from\s+(?:the\s+)?([A-Z].*)$/;

/** "Jo Smith from Westshire Police": a person's name (or "Official"), "from", and a body. */
function personFromBody(text: string): { organisation: string; name: string } | null {
  const m = FROM_BODY.exec(text);
  if (!m) return null;
  const name = (m[1] ?? '').trim();
  return PERSONISH.test(name) || UNNAMED.test(name) ? { organisation: (m[2] ?? '').trim(), name } : null;
}

/** "Present: A (Home Office, Chair); B (DfE)" — entries on one line, split outside brackets. */
// Post-nominals are capitals in a person's name; any other run of capitals is an acronym of a body.
const ACRONYM = new RegExp(`\\b(?!(?:${POST_NOMINALS})\\b)[A-Z]{2,}\\b`);
// People's names do not join words with "and", "of" or "for": "UK Visas and Immigration" does.
const JOINING_WORD = /\s(?:and|of|for|the|on)\s/;

/** Written as a body's name rather than a person's: an acronym in it, or words joined by "and", "of". */
function bodyLike(text: string): boolean {
  return ACRONYM.test(text) || JOINING_WORD.test(text);
}

/**
 * "Laing O'Rourke (Tom Reid)": a body and, in brackets, the person who represents it, in a document
 * that writes the body first (its attendance table's body column before its people's). By shape a
 * person's name in brackets; the bracket names no body. Null when the line is not so.
 */
export function bodyThenPersonInBrackets(
  line: string,
  known: ReadonlySet<string>,
): { organisation: string; name: string } | null {
  const m = /^([^()]{2,80}?)\s*\(([^()]{2,60})\)$/.exec(line.trim());
  if (!m) return null;
  const [, body = '', person = ''] = m;
  if (!PERSONISH.test(person) || namesBody(person) || orgScore(person, known) >= 1) return null;
  return roleOf(person) === null && !isPost(person)
    ? { organisation: body.trim(), name: person.trim() }
    : null;
}

/**
 * "NCA", "Home Office" alone where a person would be named: a body's name, no one's ("Attendance:
 * Home Office (chair and secretariat), NCA, CPS", a readout naming the bodies that came).
 */
export function namesBodyOnly(name: string): boolean {
  const t = name.trim();
  // A body's letters alone ("NCA", "DfE"), or words only bodies' names have ("Home Office",
  // "Scottish Government"), as orgScore scores them; not "Councillors P. Lane and S. Mistry", whose
  // "and" joins people.
  return !UNNAMED.test(t) && !TITLED.test(t) && !isPost(t) && orgScore(t, NO_KNOWN) >= 2;
}

/**
 * "DI Mark Sutton" over "West Midlands Police" in one cell of an attendance table (a line break
 * between the person and their body): the entry as a line of a list writes it, "DI Mark Sutton (West
 * Midlands Police)". Null when the cell is not a person over a body.
 */
function personOverBody(cell: string): { person: string; body: string } | null {
  if (cell.length > 400) return null;
  const lines = cell
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (lines.length !== 2) return null;
  const [person = '', body = ''] = lines;
  // The body's line by what it is not: no person (two people in a cell stay two), no meeting role,
  // no post ("Head of Policy"). A name as long as "Black Country Women's Aid" is a body's.
  const anotherPerson = personAlone(body) && body.split(/\s+/).length < 4 && !namesBody(body);
  if (!personAlone(person) || anotherPerson || roleOf(body) !== null || isPost(body)) return null;
  return /^[A-Z]/.test(body) && body.length <= 100 ? { person, body } : null;
}

/** A row of an attendance table as one line when its first cell is a person over their body. */
export function personOverBodyRow(row: readonly string[]): string[] {
  const entry = personOverBody(row[0] ?? '');
  if (!entry) return [...row];
  const said = row
    .slice(1)
    .map((c) => c.trim())
    .filter((c) => c !== '' && !c.includes('\n'));
  return [`${entry.person} (${[entry.body, ...said].join(', ')})`];
}

/** A recognisable body, or a capitalised name that reads as one (see bodyLike). */
function namesBody(text: string): boolean {
  return orgScore(text, NO_KNOWN) >= 2 || (bodyLike(text) && /^[A-Z]/.test(text));
}

/** "Official", "an official": a person whose name the minutes do not give. */
export const UNNAMED = /^(?:an?\s+)?officials?$/i;

const MID_LINE_BULLET = /\s+[•·]\s+/g;
// "Dave Oakes (DO)": a name with a bracket of capitals after it, perhaps its initials.
const OWN_INITIALS = /^(.+?)\s*\(([A-Z]{2,4})\)$/;

/** "Owen Lewis", "ACC Paul Benton": a person's name as lists write it, no body's words in it. */
/** "Tom Aldred", "Dr Asha Patel MP": a person's name (titles and letters after it allowed), no body's. */
export const namedPerson = (e: string): boolean =>
  PERSONISH.test(e) && orgScore(e, NO_KNOWN) < 1 && !bodyLike(e);

/** "Ann Bell and Tom Fry": two people's names joined by "and", not a body's name. */
function twoPeople(text: string): boolean {
  const m = /^(.+?)\s+(?:and|&)\s+(.+)$/.exec(text);
  return m !== null && namedPerson(m[1] ?? '') && namedPerson(m[2] ?? '');
}

/**
 * An inline list's entries. `nameCommaBody`: the document already wrote entries as "Name, Body"
 * between semicolons, so a list with no semicolon pairs its commas the same way.
 */
// "@Ann Bell @Raj Patel @Chloe Dunn": people mentioned one after another, nothing else between.
const MENTION_RUN =
  /^@[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?:\s+@[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})+$/;

export function splitInlineList(written: string, nameCommaBody = false): string[] {
  // "A (NCA) • B (CPS)": a bullet or a middle dot between entries parts them as a semicolon does;
  // so does the "@" of each person mentioned in a run of mentions ("@Ann Bell @Raj Patel").
  const bulleted =
    written.includes('•') || written.includes('·') ? written.replace(MID_LINE_BULLET, '; ') : written;
  const raw = MENTION_RUN.test(bulleted) ? bulleted.replace(/\s+(?=@[A-Z])/g, '; ') : bulleted;
  // "Alison Grey (DWP), David Moore (CPS) and Ruth Kenyon (DH)": the "and" (or "&") after a
  // bracket separates two people as the commas do.
  const sep = raw.includes(';') ? ';' : ',';
  const text = withEachTitle(raw, sep).replace(/\)\s+(?:and|&)\s+(?:from\s+)?(?=[A-Z])/g, `)${sep} `);
  const out = splitOutsideBrackets(text, sep === ';' ? /;/y : /,/y);
  // "ACC Paul Benton": a rank's capitals before a name are no body's acronym.
  const person = (e: string) => UNNAMED.test(e) || titledPerson(e) || namedPerson(e);
  // "A from Westshire Police and B from Kingsmere Council": two people, each with a body.
  const entry = (e: string) => person(e) || personFromBody(e) !== null;
  const entries = out
    .map((s) =>
      s
        .trim()
        .replace(/^(?:and|&)\s+(?:from\s+)?/i, '')
        // "the Attorney General (AGO)": the article is no part of the name.
        .replace(/^the\s+(?=[A-Z])/, '')
        .replace(/\.$/, '')
        // "Dave Oakes (DO)": the person's initials, as the minutes' actions will call them.
        .replace(OWN_INITIALS, (all, name: string, letters: string) =>
          initialsOf(name, letters) ? name : all,
        ),
    )
    // "…, who was represented by Tom Hale": a clause about the entry before, not an entry.
    .filter((s) => s !== '' && !/^(?:who|which|whom|whose)\b/i.test(s));
  const paired = sep === ',' ? personThenBody(entries, person, nameCommaBody) : null;
  if (paired) return paired;
  const grouped = withGroupBodies(entries, sep);
  if (grouped) return grouped;
  // "Apologies: Official, Migrant Help": "Official" names no one alone; the body after it is theirs.
  if (sep === ',' && entries.some((e) => UNNAMED.test(e))) {
    const joined: string[] = [];
    for (let i = 0; i < entries.length; i += 1) {
      const e = entries[i] ?? '';
      const next = entries[i + 1];
      if (
        UNNAMED.test(e) &&
        next !== undefined &&
        !UNNAMED.test(next) &&
        !titledPerson(next) &&
        !next.includes('(')
      ) {
        joined.push(`${e}, ${next}`);
        i += 1;
      } else joined.push(e);
    }
    if (joined.length < entries.length) return joined;
  }
  // "Cllr Peter Marsh and Chief Inspector Ruth Adeyemi (Westshire Police)": two people. So are "the
  // Department of Health and Tony Smith (Border Force)", a body alone (which names no one) and a person
  // with their body in brackets ("Department of Health and Social Care (Official)" is one body's).
  const bare = (e: string) => e.replace(/\s*\([^()]*\)/g, '').trim();
  const withBody = (e: string) => {
    const body = /\(([^()]+)\)$/.exec(e)?.[1]?.trim() ?? '';
    return body !== '' && !UNNAMED.test(body) && !person(body);
  };
  return entries.flatMap((s) => {
    const and = /^([^()]+?)\s+(?:and|&)\s+(?:from\s+)?(?:the\s+)?([A-Z].*)$/.exec(s);
    const first = bare(and?.[1] ?? '');
    const second = and?.[2] ?? '';
    return and && (entry(first) || (namesBodyOnly(first) && withBody(second))) && entry(bare(second))
      ? [and[1] ?? '', second]
      : [s];
  });
}

/**
 * "Councillor Ann Fox (Stockton Council) (Chair), Supt Dave Lane (Cleveland Police) and Ola Bakare
 * (Justice and Care)" on a line of a list under its heading: several people, each with their body in
 * brackets, as an inline list after "Present:" writes them. Null unless every entry is a person
 * before a bracket.
 */
export function bracketedPeople(line: string): string[] | null {
  if (line.length > 900 || !line.includes('(') || !/,|\)\s+(?:and|&)\s/.test(line)) return null;
  const entries = splitInlineList(line);
  if (entries.length < 2) return null;
  const person = (e: string) => {
    const name = /^([^()]+?)\s*\([^()]+\)/.exec(e)?.[1]?.trim();
    return name !== undefined && (UNNAMED.test(name) || titledPerson(name) || namedPerson(name));
  };
  return entries.every(person) ? entries : null;
}

/**
 * "A (Leeds City Council) (Chair), B (West Yorkshire Police), Dr Asha" over "Patel (Leeds Teaching
 * Hospitals NHS Trust) and …": such a line, a page's width wrapping its last name before the bracket.
 */
export function bracketedPeopleBrokenOff(line: string): boolean {
  const cut = line.lastIndexOf(',');
  if (cut < 0 || line.length > 900) return false;
  const tail = line.slice(cut + 1).trim();
  return (
    /^(?:and\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}$/.test(tail) &&
    bracketedPeople(line.slice(0, cut)) !== null
  );
}

/**
 * "Paul Finch, Gangmasters and Labour Abuse Authority": with commas only, a person followed by a
 * body is one entry, "Name, Organisation"; so is a person, their post and the body ("Amanda Lowe,
 * Director of Safeguarding, Westshire County Council"). Null unless every entry is one of them.
 */
function personThenBody(
  entries: readonly string[],
  person: (e: string) => boolean,
  nameCommaBody: boolean,
): string[] | null {
  const body = (e: string | undefined): e is string =>
    e !== undefined && (namesBody(e) || (nameCommaBody && !UNNAMED.test(e))) && !twoPeople(e);
  const out: string[] = [];
  for (let i = 0; i < entries.length; ) {
    const [name, second, third] = [entries[i] ?? '', entries[i + 1], entries[i + 2]];
    if (!person(name)) return null;
    if (second !== undefined && isPost(second) && body(third) && !isPost(third)) {
      out.push(`${name}, ${second}, ${third}`);
      i += 3;
    } else if (body(second)) {
      out.push(`${name}, ${second}`);
      i += 2;
    } else return null;
  }
  return out;
}

// "Councillors P. Evans, S. Hughes and R. Price": a title in the plural over a run of names.
// Each name may carry its role in brackets: "Councillors Irene Walsh (Chair), Tom Beckett (Vice-Chair) and Derek Hay".
const TITLED_NAME = String.raw`[A-Z][\w.'’ -]{0,40}?(?:\s*\([^(),]{1,30}\))?`;
const PLURAL_TITLE = new RegExp(
  String.raw`\b(Councillors|Cllrs)\.?\s+(${TITLED_NAME}(?:\s*,\s*${TITLED_NAME})*\s+(?:and|&)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:\s*\([^(),]{1,30}\))?)(?=\s*(?:[,;.]|$))`,
  'g',
);

const PLURAL_TITLE_WORD = /\b(?:Councillors|Cllrs)\b/;

/** A plural title given to each person it stands over: "Councillor P. Evans, Councillor S. Hughes, …". */
function withEachTitle(list: string, sep: string): string {
  if (!PLURAL_TITLE_WORD.test(list) || list.length > 3000) return list;
  return list.replace(PLURAL_TITLE, (_all, title: string, names: string) => {
    const one = title === 'Cllrs' ? 'Cllr' : 'Councillor';
    return names
      .split(/\s*,\s*|\s+(?:and|&)\s+/)
      .map((n) => `${one} ${n.trim()}`)
      .join(`${sep} `);
  });
}

/**
 * "Councillors P. Lane and S. Mistry" on a line of a list: a plural title over two people or more,
 * each their own entry ("Councillor P. Lane", …), as in an inline list; null for any other line.
 */
export function peopleUnderPluralTitle(line: string): string[] | null {
  if (line.length > 300 || PLURAL_TITLE_WORD.exec(line)?.index !== 0) return null;
  const people = splitInlineList(line);
  return people.length > 1 ? people : null;
}

// "… (all Kingsmere District Council)", "… (both Westshire Police)", "…, both Kingsmere District
// Council": one body said once for the people before it.
const GROUP_BODY =
  /^(.*?)\s*(?:\((all|both)\s+(?:of\s+)?(?:the\s+)?([^()]{2,80})\)|,?\s*\b(all|both)\s+(?:of\s+)?(?:the\s+)?([^,()]{2,80}))\s*$/i;

/** Splits "A (Chair), B and C" into its people at the commas and "and"s outside brackets. */
function groupMembers(text: string): string[] {
  return splitOutsideBrackets(text, /,|\s+(?:and|&)\s+/iy)
    .map((m) => m.trim())
    .filter((m) => m !== '');
}

/**
 * The parts of the text between separators that stand outside brackets: "A (Chair, NCA), B" at ","
 * is "A (Chair, NCA)" and " B". `separator` is sticky (flag y), tried where each character stands.
 */
function splitOutsideBrackets(text: string, separator: RegExp): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === '(') depth += 1;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      separator.lastIndex = i;
      const m = separator.exec(text);
      if (m && m[0].length > 0) {
        out.push(text.slice(from, i));
        from = i + m[0].length;
        i = from - 1;
      }
    }
  }
  out.push(text.slice(from));
  return out;
}

/**
 * An inline list where a body is said once for several people ("Cllr A (Chair), Cllr B and Cllr C
 * (all Kingsmere District Council); Sgt D and PC E (both Westshire Police)") as one entry per person,
 * "Name (Body, what the person's brackets said)"; null when no entry names a body so.
 */
function withGroupBodies(entries: readonly string[], sep: string): string[] | null {
  if (!entries.some((e) => GROUP_BODY.test(e))) return null;
  const out: string[] = [];
  // Entries of a comma list are the group's when they name no body of their own (a role at most).
  const bodiless = (e: string) => {
    const bracket = /\(([^()]*)\)\s*$/.exec(e);
    return bracket === null || roleOf(bracket[1] ?? '') !== null;
  };
  for (const entry of entries) {
    const g = GROUP_BODY.exec(entry);
    const body = (g?.[3] ?? g?.[5] ?? '').trim();
    if (!g || !namesBody(body)) {
      out.push(entry);
      continue;
    }
    const members = groupMembers(g[1] ?? '');
    const both = (g[2] ?? g[4] ?? '').toLowerCase() === 'both';
    // "…, Lucy Barnes (Clerk), Rachel Obi (Community Safety), both Kingsmere District Council": in a
    // comma list the people it names come before it as entries of their own.
    if (sep === ',') {
      const wanted = both ? 2 : Number.POSITIVE_INFINITY;
      while (members.length < wanted && out.length > 0) {
        const last = out[out.length - 1] as string;
        if (!both && !bodiless(last)) break;
        members.unshift(...groupMembers(last));
        out.pop();
      }
    }
    for (const m of members) {
      const bracket = /^(.*?)\s*\(([^()]*)\)$/.exec(m);
      // A role goes with the body ("(Kingsmere District Council, Chair)"); whom the person stands in
      // for stays in brackets of its own; a team or post ("(Community Safety)") is no body's name.
      const said = bracket?.[2] ?? '';
      const name = bracket ? (bracket[1] ?? '') : m;
      if (roleOf(said) !== null) out.push(`${name} (${body}, ${said})`);
      else if (DEPUTY_CELL.test(said)) out.push(`${name} (${body}) (${said})`);
      else out.push(`${name} (${body})`);
    }
  }
  return out;
}

// "Those present were …", "Also present: …", "Apologies were received from …": the words that open
// such a sentence.
const PRESENT_OPENER =
  '(?:on\\s+the\\s+(?:call|line)(?:\\s+were|\\s*:)|(?:those\\s+)?joining\\s+(?:the\\s+call\\s+)?were|those\\s+present\\s+were|present\\s+were|members\\s+present\\s+were|attending\\s+were|also\\s+(?:present|attending|in\\s+attendance)(?:\\s+were|\\s*:)|in\\s+attendance\\s+were|(?:the\\s+)?meeting\\s+was\\s+(?:also\\s+)?attended\\s+by)';
const APOLOGY_OPENER =
  '(?:apologies\\s+(?:for\\s+absence\\s+)?(?:were|had\\s+been)\\s+(?:also\\s+)?(?:received|given|sent|offered|noted|submitted|tendered|recorded)\\s+(?:from|by|for)|(?:with\\s+)?apologies\\s+(?:for\\s+absence\\s+)?(?:(?:having\\s+been\\s+)?received\\s+)?from)';
// ("Present were: A (…), B (…)": a colon may stand after the opener.)
const PRESENT_SENTENCE = new RegExp(`^${PRESENT_OPENER}\\s*:?\\s+(.{3,3000}?)\\.?$`, 'i');
// "The meeting was chaired by Ruth Baker (Nottinghamshire Police).": the chair, an attendee.
const CHAIR_SENTENCE = /^(?:the\s+)?(?:meeting|group|board)\s+was\s+chaired\s+by\s+(.{3,300}?)\.?$/i;
// "The Chair, Cllr Margaret Holloway (Kingsmere District Council), welcomed members.": the chair named
// in the welcome (or "called the meeting to order at 10:02 a.m."), with their body, before those
// present are listed (where they may be named again).
const CHAIR_WELCOME =
  /^the\s+chair,\s+([^,()]{3,80}\([^()]{2,80}\)),\s+(?:welcomed|opened|introduced|thanked|called)\b(?:[^.]|\.(?=\S)){0,200}\.?$/i;
// A sentence's end inside the text after an opener: a full stop after a bracket or a word (not a
// title's "Mrs." nor an initial's "J."), a capital after it.
const LIST_SENTENCE_END =
  /(?:(?<=\))|(?<!\b(?:Mrs|Mr|Ms|Dr|Prof|Rev|Revd|Cllr|Insp|Supt|Sgt|Det|St|Capt|Col|Lt|Hon|Rt))(?<=[a-z]{2}))\.\s+(?=[A-Z])/;
const APOLOGY_SENTENCE = new RegExp(`^${APOLOGY_OPENER}\\s*:?\\s+(.{3,3000}?)\\.?$`, 'i');
// "Tom Bell (MOJ) and Jo Lee (DfE) sent their apologies.": the list first, the apologies after it
// (one sentence: no word of two letters or more ends a sentence in it; "J. Smith" may).
const SENT_APOLOGIES =
  '\\s+(?:sent|send|gave|tendered|offered|(?:had|have|has)\\s+sent)\\s+(?:(?:their|his|her)\\s+)?apologies(?:\\s+for\\s+absence)?\\.?$';
const APOLOGIES_SENT = new RegExp(`^((?:(?![a-z]{2}[.!?]\\s+[A-Z]).){3,3000}?)${SENT_APOLOGIES}`, 'i');
const ENDS_SENT_APOLOGIES = new RegExp(SENT_APOLOGIES, 'i');
const SENTENCE_OPENING = new RegExp(
  `^(?:(${PRESENT_OPENER})|${APOLOGY_OPENER})(?:\\s+the\\s+following)?\\s*:?(?:\\s+(.*))?$`,
  'i',
);

// "each body", "all the departments", "every member organisation": bodies in general, none by name.
const EVERY_BODY =
  /^(?:each|every|all(?:\s+the)?|both|the\s+other|other|member|these|those)\s+(?:\w+\s+)?(?:bod(?:y|ies)|departments?|organisations?|agenc(?:y|ies)|members?|partners?)\.?$/i;

/**
 * An attendance sentence that goes on below its line: "Apologies were received from A (DFID), B
 * (DWP)" wrapped before "and C (MOJ).", or "… received from:" over a list. The kind of list it
 * opens and the entries begun on the line; null for a sentence that ends on it (see below).
 */
export function attendanceSentenceOpening(
  text: string,
): { kind: 'attendees' | 'apologies'; rest: string } | null {
  const t = text.trim();
  if (t.length > 3000 || /\.$/.test(t)) return null;
  const m = SENTENCE_OPENING.exec(t);
  if (!m) return null;
  return { kind: m[1] === undefined ? 'apologies' : 'attendees', rest: (m[2] ?? '').trim() };
}

/**
 * "…, who chaired": a sentence's clause that gives a person's role in the meeting, and the role.
 * ("…, who took the notes" describes a task, not one of the roles minutes record.)
 */
const ROLE_CLAUSES: readonly (readonly [clause: RegExp, role: string])[] = [
  [/,?\s+who\s+(?:chaired(?:\s+the\s+meeting)?|was\s+in\s+the\s+chair|took\s+the\s+chair)\b/gi, 'Chair'],
];

/** "Gemma Ford (Avon and Somerset Police), who chaired," as "Gemma Ford (Avon and Somerset Police) (Chair),". */
function withRolesInBrackets(list: string): string {
  if (!/\bwho\s/i.test(list)) return list;
  return ROLE_CLAUSES.reduce((text, [clause, role]) => text.replace(clause, ` (${role})`), list);
}

// Where one attendance sentence ends and the next begins ("…. Apologies were received from …"), and
// where the apologies stand in a clause of the sentence naming those present ("Present were A (…)
// and B (…), with apologies from C (…).", "…; apologies were received from C.").
const SENTENCE_BREAK =
  /(?<=\.)\s+(?=(?:Apologies|Those present|Present were|Also (?:present|attending|in attendance)|In attendance were|The meeting was|On the (?:call|line)|(?:Those )?joining)\b)|[,;]\s+(?:and\s+)?(?=(?:with\s+)?apologies\s+(?:for\s+absence\s+)?(?:(?:were|having\s+been)\s+received\s+|received\s+)?from\b)/i;

// "Quick note of this morning's call (chaired by Gail Ross, Home Office).": a covering note's
// sentence naming the chair in passing, in brackets after the meeting it speaks of.
const CHAIRED_IN_PASSING = /\b(?:call|meeting|discussion)\)?\s*\(chaired\s+by\s+([^()]{3,120})\)/i;

/**
 * The chair a sentence about the meeting names in passing ("… this morning's call (chaired by Gail
 * Ross, Home Office)."), as an entry of the attendance list ("Gail Ross (Home Office) (Chair)"), or null.
 */
export function chairNamedInPassing(sentence: string): string | null {
  if (sentence.length > 3000 || !/chaired/i.test(sentence)) return null;
  const named = CHAIRED_IN_PASSING.exec(sentence)?.[1]?.trim();
  if (!named) return null;
  // "Gail Ross, Home Office": the person and their body, as a bracket gives them in a list.
  const parts = /^([^,]{3,60}),\s*([^,]{2,80})$/.exec(named);
  return parts ? `${parts[1]} (${parts[2]}) (Chair)` : `${named} (Chair)`;
}

// "Dana Whitfield chaired the meeting. The network reviewed …": a summary's opening sentence naming
// the chair of those the attendance lists, by name alone.
const CHAIR_ACTIVE =
  /^([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s+(?:chaired(?:\s+the\s+(?:meeting|call|session|discussion))?|was\s+in\s+the\s+chair|took\s+the\s+chair)\s*[.,;]/;

/** The person a sentence opening a paragraph says chaired the meeting ("Dana Whitfield chaired the meeting."), or null. */
export function chairNamedAsSubject(text: string): string | null {
  return text.length <= 3000 && text.includes('chair') ? (CHAIR_ACTIVE.exec(text)?.[1] ?? null) : null;
}

/** The attendance sentences of a paragraph, each read by attendanceSentence. */
export function attendanceSentenceParts(text: string): string[] {
  return text.split(SENTENCE_BREAK);
}

/**
 * Attendance written as a sentence: "Those present were A (Home Office, Chair), B (Home Office)
 * and an official from the Department of Health." and "Apologies were received from C (FCO)."
 * The entries in the form a list line has ("Official (Department of Health)"). A chair named by a
 * sentence ("The meeting was chaired by …") is marked, as a "Chair:" field is: a list that names
 * them again names one person.
 */
export function attendanceSentence(
  text: string,
): { kind: 'attendees' | 'apologies'; entries: string[]; chair?: true } | null {
  if (
    text.length > 3000 ||
    !/\b(?:present|attend|apologies|chair|on\s+the\s+(?:call|line)|joining)/i.test(text)
  )
    return null;
  const t = text.trim();
  const chair = CHAIR_SENTENCE.exec(t) ?? CHAIR_WELCOME.exec(t);
  if (chair) return { kind: 'attendees', entries: [`${(chair[1] ?? '').trim()} (Chair)`], chair: true };
  const present = PRESENT_SENTENCE.exec(t);
  const apology = present ? null : (APOLOGY_SENTENCE.exec(t) ?? APOLOGIES_SENT.exec(t));
  // "… received from the following: A (DH), B (FCO).": the list after the colon.
  const said = (present?.[1] ?? apology?.[1])?.replace(/^the\s+following\s*:?\s*/i, '');
  if (!said) return null;
  // "… and Ann Fox (Eastshire County Council). There were no substitutions.": the list ends with its
  // sentence; what the next one says is no entry.
  const end = LIST_SENTENCE_END.exec(said);
  const list = end ? said.slice(0, end.index) : said;
  const entries = splitInlineList(
    withRolesInBrackets(list).replace(/\s+and\s+(?=(?:an?\s+)?officials?\b)/gi, ', '),
  )
    // "officials of each body", "officials from all the departments": no one body, no one named.
    .filter((e) => !EVERY_BODY.test(OFFICIALS_FROM.exec(e)?.[1] ?? ''))
    .map((e) => e.replace(OFFICIALS_FROM, (_, org: string) => `Official (${org.trim()})`))
    .filter((e) => e !== '');
  return { kind: present ? 'attendees' : 'apologies', entries };
}

/**
 * "Present:", "Apologies received", "Those attending:": a line that only heads a list of attendees,
 * apologies or observers, in the words the reader knows such headings by (markers' matchSection).
 */
function headsList(line: string): boolean {
  // "## Attendees": a heading underlined in the text is one in Markdown by now (underlinedHeadings).
  const t = line.trim().replace(/^#{1,6}\s+/, '');
  if (t.length > 80) return false;
  const section = matchSection(t);
  return (
    section !== null &&
    section.rest === '' &&
    (listsAttendees(section.kind) || section.kind === 'apologies' || section.kind === 'observers')
  );
}
const INDENTED = /^(?:\t| {2,})\S/;

const isDocumentHeading = (t: string): boolean =>
  isAgendaHeading(t) || isRecordSection(t) || isActionItemsHeading(t) || isActionsHeading(t);

// "Present:    Jo Lee, Home Office (Chair)": a list's label with its first entry beside it.
const LABELLED_ENTRY = /^(\s*[A-Za-z][A-Za-z ]{0,40}:\s+)(\S.*)$/;
// A line of a list that goes on to the next: a separator or a joint at its end, or a bracket open.
const LIST_GOES_ON = /(?:[,;&]|\band|\([^()]*)$/i;

/**
 * "Present:    Jo Lee, Home Office (Chair)" over "            Sam Hart, NCA": entries hung under the
 * label's first, each line lined up with it, one to a line, as a list under "Present:" is. Lines
 * that run a list on (one ending in a comma, one starting in lower case or a bracket) are left to be
 * read as the wrapped list they are. Pure: lines in, lines out.
 */
export function hangingEntries(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const m = line.length <= 300 && /:\s/.test(line) ? LABELLED_ENTRY.exec(line) : null;
    const section = m ? matchSection((m[1] ?? '').trim()) : null;
    if (
      !m ||
      !section ||
      section.rest !== '' ||
      (section.kind !== 'apologies' && !listsAttendees(section.kind))
    ) {
      out.push(line);
      continue;
    }
    const at = (m[1] ?? '').length;
    const entries = [(m[2] ?? '').trim()];
    let end = i + 1;
    while (end < lines.length) {
      const next = lines[end] ?? '';
      const indent = next.length - next.trimStart().length;
      if (next.trim() === '' || Math.abs(indent - at) > 1) break;
      entries.push(next.trim());
      end += 1;
    }
    const hung = entries.length >= 2 && entries.every((e) => !LIST_GOES_ON.test(e) && !/^[\p{Ll}(]/u.test(e));
    if (!hung) {
      out.push(line);
      continue;
    }
    out.push(line.slice(0, at).trimEnd(), ...entries);
    i = end - 1;
  }
  return out;
}

// Markup may hold it: "**1. Minutes of the last meeting**", "## 2. Data".
const NUMBERED_HEADING = /^(?:[*_#]+\s*)?(?:\d{1,3}[.)]|(?:agenda\s+)?item\s+\d{1,3}\b)/i;

/**
 * An attendance list that names each body once, its people indented beneath it ("Police Scotland",
 * then "    DCS Lesley Boal"): each person written with their body, "Police Scotland – DCS Lesley
 * Boal", as a one-line list would. Pure: lines in, lines out.
 */
export function groupedAttendance(lines: readonly string[]): string[] {
  const out: string[] = [];
  let inList = false;
  let body: string | null = null;
  // The body in the first column of the row above ("Home Office ⇥ Martin Hale MP").
  let rowBody: string | null = null;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (headsList(line)) {
      inList = true;
      body = null;
      rowBody = null;
      out.push(line);
      continue;
    }
    if (!inList || line.trim() === '') {
      // A blank line ends a body's rows: far to the right below it is another column's heading.
      if (line.trim() === '') rowBody = null;
      out.push(line);
      continue;
    }
    if (INDENTED.test(line)) {
      if (body) out.push(`${body} – ${line.trim()}`);
      else if (rowBody && personAlone(line.trim())) out.push(underBody(rowBody, line));
      else out.push(line);
      continue;
    }
    let n = i + 1;
    while (n < lines.length && (lines[n] ?? '').trim() === '') n += 1;
    const next = lines[n] ?? '';
    // A body's name alone (no separator or column gap a person's entry would have) with people
    // indented below it.
    if (
      INDENTED.test(next) &&
      line.trim().length <= 80 &&
      !/[,(:;\t]|\s[–—-]\s|\S\s{2,}\S/.test(line.trim()) &&
      // "1. Minutes of the last meeting" over its indented text: an item's heading, no body's name.
      !NUMBERED_HEADING.test(line.trim()) &&
      // "Agenda", "Notes", "Action items" over an indented list (a notes app indents every list):
      // the document's own headings, no body's name.
      !isDocumentHeading(line.trim())
    ) {
      body = line.trim();
      continue;
    }
    rowBody = firstColumnBody(line);
    if (rowBody) {
      out.push(line);
      continue;
    }
    const table = cellPerLineRows(lines, i);
    if (table) {
      out.push(...table.rows);
      i = table.end - 1;
      continue;
    }
    const stacked = stackedEntries(lines, i);
    if (stacked) {
      out.push(...stacked.entries);
      i = stacked.end - 1;
      continue;
    }
    body = null;
    inList = false;
    out.push(line);
  }
  return out;
}

/**
 * The body in the first column of a two-column row ("Home Office ⇥ Martin Hale MP", "NCA   Graham
 * Kerr"), which the rows below with the person alone ("⇥ Official") belong to as well; or null.
 */
function firstColumnBody(line: string): string | null {
  const m = /^(\S.{0,79}?)(?:\t+|\s{2,})\S/.exec(line);
  const first = m?.[1]?.trim() ?? '';
  return first !== '' && !hasNumbering(first) && orgScore(first, NO_KNOWN) >= 1 && namesBody(first)
    ? first
    : null;
}

/** "⇥ Official" under "Home Office ⇥ …": the row with its body put back in the first column. */
function underBody(body: string, line: string): string {
  if (line.startsWith('\t')) return `${body}${line}`;
  const indent = line.length - line.trimStart().length;
  return indent >= body.length + 2 ? `${body}${line.slice(body.length)}` : `${body}  ${line.trim()}`;
}

/**
 * "Home Office ⇥ Karen Bradshaw MP (Chair) ⇥ MOJ ⇥ Lord Ashby": an attendance table printed two (or
 * more) people to a row, each a body and its person. The entries, left to right, or null.
 */
export function bodyPersonPairs(written: readonly string[], known: ReadonlySet<string>): string[] | null {
  // "Scottish Government Fiona Grant ⇥ LGA ⇥ Cllr Simon Hale": a body as long as its column leaves
  // one space before its person, so a cell of an odd row may hold both.
  const cells = written.length % 2 === 0 ? written : written.flatMap((c) => bodyThenPerson(c) ?? [c]);
  if (cells.length < 4 || cells.length % 2 !== 0 || cells.length > 8) return null;
  const out: string[] = [];
  for (let k = 0; k < cells.length; k += 2) {
    const body = cells[k] ?? '';
    const person = cells[k + 1] ?? '';
    if (!(orgScore(body, known) >= 2 || namesBody(body)) || !personAlone(person)) return null;
    out.push(`${body}\t${person}`);
  }
  return out;
}

// The most words a body's name takes ("Department of Justice (Northern Ireland)" aside).
const LONGEST_BODY = 6;
// "CHAIR", "SECRETARIAT" after a name in capitals: the meeting role, no part of the person.
const ROLE_IN_CAPITALS = /\s+(?:VICE[\s-]?CHAIR|CHAIR|SECRETARIAT|CLERK|OBSERVER)$/;

/**
 * "Home Office Helen Reid (Chair) Home Office Official UKHTC Official": a list of body and person
 * pairs run onto one line with nothing between them, as a PDF-to-text tool reflows a table. It is
 * split where each body a reader knows by name begins (outside brackets). Null unless the line
 * starts with such a body, holds two or more, and what follows each reads as one person.
 */
export function runTogetherPairs(text: string): string[] | null {
  const t = text.trim();
  if (t.length > 2000 || /[,;\t]/.test(t)) return null;
  const words = t.split(/\s+/);
  const starts: { at: number; length: number }[] = [];
  let depth = 0;
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i] ?? '';
    const n = depth === 0 ? knownBodyAt(words, i) : 0;
    if (n > 0) {
      starts.push({ at: i, length: n });
      i += n - 1;
    }
    depth += (word.match(/\(/g) ?? []).length - (word.match(/\)/g) ?? []).length;
    if (depth < 0) depth = 0;
  }
  if (starts.length < 2 || starts[0]?.at !== 0) return null;
  const pairs: string[] = [];
  for (let k = 0; k < starts.length; k += 1) {
    const { at, length } = starts[k] as { at: number; length: number };
    const person = words.slice(at + length, starts[k + 1]?.at ?? words.length).join(' ');
    if (!personAlone(person.replace(ROLE_IN_CAPITALS, ''))) return null;
    pairs.push(`${words.slice(at, at + length).join(' ')}\t${person}`);
  }
  return pairs;
}

/** How many words from words[at] name a body the reader knows by name (the most it can), or 0. */
function knownBodyAt(words: readonly string[], at: number): number {
  for (let n = Math.min(LONGEST_BODY, words.length - at); n >= 1; n -= 1)
    if (orgScore(words.slice(at, at + n).join(' '), NO_KNOWN) === 3) return n;
  return 0;
}

/** "Scottish Government Fiona Grant": a known body, then one person's entry; null otherwise. */
function bodyThenPerson(cell: string): [string, string] | null {
  const words = cell.trim().split(/\s+/);
  const n = knownBodyAt(words, 0);
  const person = words.slice(n).join(' ');
  return n > 0 && personAlone(person) ? [words.slice(0, n).join(' '), person] : null;
}

/** A body's name alone on its line: recognisable as one, with nothing a person's entry would add. */
function bodyAlone(line: string): boolean {
  const t = line.trim();
  // No column gap, separator or bracket: "Border Force   Martin Elwood" and "Paul Rees (Welsh
  // Government)" are entries already.
  // "Jane Smith representing Home Office" is a person's entry too.
  return (
    t.length <= 80 &&
    !/[\t,:;()]|\s[–—-]\s|\s{2}/.test(t) &&
    !REPRESENTING.test(t) &&
    orgScore(t, NO_KNOWN) >= 2
  );
}

/** A person's entry with nothing of a body's: "Official (for Alison Grey)", "Sarah Linton (Chair)". */
function personAlone(line: string): boolean {
  const t = line.trim();
  if (t === '' || t.length > 160 || INDENTED.test(line)) return false;
  // The person without their role, deputy or note: "Official (for Alison Grey)" is "Official".
  const person = t
    .replace(/\s*<(\w{1,10})>[^<>]{0,40}<\/\1>/g, '')
    .replace(/\s*\([^()]{0,120}\)/g, '')
    .replace(/\s+[–—-]\s+.*$/, '')
    .trim();
  return (PERSONISH.test(person) || UNNAMED.test(person)) && orgScore(person, NO_KNOWN) < 2;
}

/**
 * "Home Office" over "Sarah Linton (Chair)": a table's row as a PDF extractor writes it, one block
 * per cell; or a body's name in capitals over its people, "HOME OFFICE" then "Official" and
 * "Official (Secretariat)". Each person under the body is one entry, "Home Office – Sarah Linton
 * (Chair)", when the group stands alone (a blank line, the next body or the next list after it).
 */
function stackedEntries(lines: readonly string[], i: number): { entries: string[]; end: number } | null {
  const first = lines[i] ?? '';
  if (!bodyAlone(first)) return null;
  let end = i + 1;
  while (end < lines.length && end - i <= 40 && personAlone(lines[end] ?? '')) end += 1;
  const after = lines[end] ?? '';
  // The group stands alone: under it a blank line, the next list or body, or (with no blank lines
  // at all) the first item's numbered heading.
  if (
    end === i + 1 ||
    (after.trim() !== '' && !headsList(after) && !bodyAlone(after) && !NUMBERED_HEADING.test(after.trim()))
  )
    return null;
  const body = first.trim();
  return { entries: lines.slice(i + 1, end).map((l) => `${body} – ${l.trim()}`), end };
}

// A line that starts a part of its own, never a cell: a numbered heading, or a label with its colon.
const OWN_PART = /^(?:\d{1,3}[.)]\s|[A-Za-z][A-Za-z ]{0,30}:)/;

/** A person's name, a body, a role, or an empty cell: what an entry reads as, no part of its own. */
function mayBeCell(cell: string): boolean {
  return cell === '' || (looksLikeEntry(cell) && !OWN_PART.test(cell));
}

/**
 * An attendance table exported one cell to a line: "Name", "Organisation", "Role", then each
 * person's cells in that order, an empty cell a blank line. The rows put back as tab-separated
 * lines, the header first, up to the line that is no row's first cell (a blank one, a list's
 * heading); null when the lines are not such a table.
 */
function cellPerLineRows(lines: readonly string[], i: number): { rows: string[]; end: number } | null {
  const header: string[] = [];
  let k = i;
  while (k < lines.length && header.length < 6 && HEADER_CELL.test((lines[k] ?? '').trim()))
    header.push((lines[k++] ?? '').trim());
  if (header.length < 2 || !header.some((h) => /^(?:name|attendee|representative|member)s?$/i.test(h)))
    return null;
  const rows = [header.join('\t')];
  while (k < lines.length) {
    const cells: string[] = [];
    let next = k;
    for (const name of header) {
      const cell = (lines[next] ?? '').trim();
      // A PDF leaves an empty Role cell out altogether: the line where the role would be is the
      // next person's name (no role, post or stand-in), and this row's role is empty.
      if (
        cells.length > 0 &&
        ROLE_HEADER.test(name) &&
        PERSONISH.test(cell) &&
        roleOf(cell) === null &&
        !isPost(cell) &&
        !DEPUTY_CELL.test(cell)
      ) {
        cells.push('');
        continue;
      }
      cells.push(cell);
      next += 1;
    }
    if (cells[0] === '' || headsList(cells[0] ?? '') || HEADER_CELL.test(cells[0] ?? '')) break;
    // An empty cell is a blank line ("Imran Malik", "Leeds City Council", "" where he had no role);
    // a line that is no cell (a heading, a label, a sentence) ends the table.
    if (!cells.every(mayBeCell)) break;
    rows.push(cells.join('\t'));
    k = next;
  }
  return rows.length > 1 ? { rows, end: k } : null;
}

/**
 * A table cell naming several people, comma-separated ("Karen Bradley MP (Chair), Official
 * (Secretariat)"), as its people; null when it is one entry.
 */
export function severalPeople(cell: string): string[] | null {
  if (!cell.includes(',')) return null;
  const parts = cell.split(/\s*,\s*/).filter((p) => p !== '');
  const person = (p: string) => {
    const bare = p.replace(/\s*\([^()]{1,40}\)/g, '').trim();
    // "DCI Mark Tennant": a rank's letters are no body's.
    return UNNAMED.test(bare) || (PERSONISH.test(bare) && !bodyLike(bare.replace(TITLED, '')));
  };
  return parts.length > 1 && parts.every(person) ? parts : null;
}

// A person's title or rank before the name (see owners.ts TITLES).
const TITLED = new RegExp(`^(?:${TITLES})\\.?\\s`, 'i');

/**
 * "Councillor Sandra Quinn (Chairman), Councillor Peter Oduya (Vice-Chairman), Councillor Mary Lowe":
 * people with no body named, one after another with commas. "Anne Lowe, Salvation Army" is a person
 * and a body no word marks as one, so it takes three names, or a title before each, to be sure.
 */
export function peopleOfNoBody(line: string, known: ReadonlySet<string>): string[] | null {
  const people = severalPeople(line);
  if (!people) return null;
  const bare = people.map((p) => p.replace(/\s*\([^()]{1,40}\)/g, '').trim());
  if (bare.some((b) => UNNAMED.test(b) || POST.test(b) || orgScore(b, known) >= 1)) return null;
  return people.length >= 3 || bare.every((b) => TITLED.test(b)) ? people : null;
}

/**
 * "Official - Home Office (HO) (Secretariat)", "Jo Smith (JS), UKHTC": the letters in brackets that
 * stand for the words just before them, taken out so the brackets are not read as the body, with
 * the words they stand for ("Home Office") and the letters ("HO"), which the minutes may use for it.
 */
export function withoutAcronym(text: string): { text: string; acronym: string; words: string } | null {
  if (text.length > 300) return null;
  // "(HO)", or letters in mixed case whose small ones stand for the small words ("(DfE)", "(MoJ)").
  for (const m of text.matchAll(/\s*\(([A-Z][A-Za-z]{1,5})\)/g)) {
    const acronym = m[1] ?? '';
    if ((acronym.match(/[A-Z]/g) ?? []).length < 2) continue;
    const before = text.slice(0, m.index).split(/\s+/);
    // "Independent Anti-Slavery Commissioner's Office (IASC)": the letters may leave out a last
    // word that only says what kind of body it is.
    const last = before[before.length - 1] ?? '';
    const taken =
      acronymWords(before, acronym) ??
      (UNLETTERED.test(last) ? acronymWords(before.slice(0, -1), acronym)?.concat(last) : null);
    if (!taken) continue;
    return {
      text: `${text.slice(0, m.index)}${text.slice((m.index ?? 0) + m[0].length)}`,
      acronym,
      words: taken.join(' '),
    };
  }
  return null;
}

const UNLETTERED = /^(?:Office|Unit|Team|Directorate|Secretariat)$/;

/**
 * The capitalised words at the end of `before` whose letters the acronym is ("for", "and", "of"
 * between them): their capitals (each part of a hyphenated word: "Anti-Slavery" is "AS"), or every
 * word's first letter when the letters count the small words too. Null when they are not.
 */
function acronymWords(before: readonly string[], acronym: string): string[] | null {
  const taken: string[] = [];
  let capitals = '';
  let initials = '';
  const wanted = acronym.toLowerCase();
  for (let k = before.length - 1; k >= 0 && taken.length <= acronym.length + 3; k -= 1) {
    const w = before[k] ?? '';
    if (/^[A-Z]/.test(w))
      capitals = `${w
        .split('-')
        .map((part) => (/^[A-Z]/.test(part) ? part[0] : ''))
        .join('')}${capitals}`;
    else if (!/^(?:and|&|of|for|the|on)$/.test(w)) break;
    initials = `${w[0]}${initials}`;
    taken.unshift(w);
    if (/^[A-Z]/.test(w) && (capitals === acronym || initials.toLowerCase() === wanted)) break;
  }
  if (!/^[A-Z]/.test(taken[0] ?? '') || (capitals !== acronym && initials.toLowerCase() !== wanted))
    return null;
  return taken;
}

// Where the last sentence starts: after a word of two letters or more and its full stop.
const LAST_SENTENCE_START = /(?<=[a-z]{2})[.!?]\s+(?=[A-Z](?:(?![a-z]{2}[.!?]\s+[A-Z]).)*$)/;
// "The Chair welcomed members. Apologies were received from A (DWP) and B (DH).": the sentence form.
const SENTENCE_AFTER_SENTENCE = new RegExp(`[.!?]\\s+(?=(?:${PRESENT_OPENER}|${APOLOGY_OPENER})\\s)`, 'i');

/**
 * Where "Apologies: …" or "Present: …" starts after a sentence on the same line ("The Chair welcomed
 * members. Apologies: Official (DH)."), or null.
 */
export function attendanceAfterSentence(text: string): number | null {
  // Every form has one of these words: most sentences are ruled out by one quick search.
  if (!/apolog|present|attend/i.test(text)) return null;
  const m =
    /[.!?]\s+(?=(?:apologies(?:\s+for\s+absence)?|present|in\s+attendance)\s*:\s*\S)/i.exec(text) ??
    (text.length <= 3000 ? SENTENCE_AFTER_SENTENCE.exec(text) : null) ??
    // "… welcomed members. Tom Bell (MOJ) and Jo Lee (DfE) sent apologies.": the last sentence.
    (text.length <= 3000 && ENDS_SENT_APOLOGIES.test(text) ? LAST_SENTENCE_START.exec(text) : null);
  return m ? m.index + 1 : null;
}

/**
 * "Jane Roe – Home Office (Chair)", "Official, Department of Health": an entry of an attendance list,
 * a person and then their body (used where a numbered list of people could pass for agenda items).
 */
export function readsAsAttendee(text: string): boolean {
  // What follows the person is their body or role, capitalised: "Modern Slavery Act – one year on" is a title.
  const m = /^(.{2,60}?)(?:\s+[–—-]\s+[A-Z0-9]|,\s+[A-Z0-9]|\s+\(\S)/.exec(text);
  if (!m) return false;
  const person = (m[1] ?? '').replace(/\s*\([^()]*\)$/, '').trim();
  return (
    UNNAMED.test(person) || (PERSONISH.test(person) && orgScore(person, NO_KNOWN) < 1 && !bodyLike(person))
  );
}
