/**
 * Who an action belongs to. Minutes name owners by department, and rarely spell them the same way
 * twice ("Home office", "DfID", "the Ministry of Justice"); the attendee list is the reference.
 */

import { ARROW_CHARS, DUE_SEGMENT, FIELD_DATE } from './markers.js';
import { ACTION_VERBS, startsWithActionVerb } from './verbs.js';

/** Spellings of the same body. The first of each group is only a fallback; attendee spelling wins. */
const ALIASES: readonly (readonly string[])[] = [
  ['Home Office', 'HO'],
  ['MOJ', 'Ministry of Justice'],
  ['DfE', 'Department for Education'],
  ['DH', 'DoH', 'Department of Health', 'DHSC', 'Department of Health and Social Care'],
  ['DWP', 'Department for Work and Pensions'],
  [
    'FCO',
    'Foreign and Commonwealth Office',
    'Foreign Office',
    'FCDO',
    'Foreign, Commonwealth and Development Office',
  ],
  ['DFID', 'Department for International Development'],
  [
    'DCLG',
    'Department for Communities and Local Government',
    'MHCLG',
    'Ministry of Housing, Communities and Local Government',
    'DLUHC',
    'Department for Levelling Up, Housing and Communities',
  ],
  ['BIS', 'Department for Business, Innovation and Skills'],
  ['DCMS', 'Department for Culture, Media and Sport', 'Department for Digital, Culture, Media and Sport'],
  ['AGO', "Attorney General's Office", 'Attorney Generals Office'],
  ['UKHTC', 'UK Human Trafficking Centre', 'United Kingdom Human Trafficking Centre'],
  ['SOCA', 'Serious Organised Crime Agency'],
  ['NCA', 'National Crime Agency'],
  ['HMRC', 'HM Revenue and Customs', "Her Majesty's Revenue and Customs"],
  ['MPS', 'Metropolitan Police', 'Metropolitan Police Service', 'Met Police'],
  ['CPS', 'Crown Prosecution Service'],
  ['UKBA', 'UK Border Agency'],
  ['ACPO', 'Association of Chief Police Officers'],
  ['Cabinet Office', 'CO'],
  ['NIO', 'Northern Ireland Office'],
  ['Scottish Executive', 'Scottish Government', 'SG'],
  ['Welsh Assembly Government', 'Welsh Government', 'WG'],
  ['Wales Office'],
  ['Scotland Office'],
  ['Northern Ireland Executive', 'NI Executive'],
  ['GLA', 'Gangmasters Licensing Authority', 'GLAA', 'Gangmasters and Labour Abuse Authority'],
  ['UKVI', 'UK Visas and Immigration'],
  ['Defra', 'Department for Environment, Food and Rural Affairs'],
  ['BEIS', 'Department for Business, Energy and Industrial Strategy'],
  ['DSIT', 'Department for Science, Innovation and Technology'],
  ['DBT', 'Department for Business and Trade'],
  ['HMPPS', 'HM Prison and Probation Service'],
  // Other departments, agencies and partners such groups have at the table: known by name, a list
  // run onto one line ("Department for Transport Official PSNI Official") splits at each of them.
  ['DfT', 'Department for Transport'],
  ['HMT', 'HM Treasury', 'Treasury'],
  ['MOD', 'MoD', 'Ministry of Defence'],
  ['DIT', 'Department for International Trade'],
  ['DECC', 'Department of Energy and Climate Change'],
  ['DESNZ', 'Department for Energy Security and Net Zero'],
  ['Border Force'],
  ['Immigration Enforcement'],
  ['HMCTS', 'HM Courts and Tribunals Service'],
  ['Legal Aid Agency', 'LAA'],
  ['Youth Justice Board', 'YJB'],
  ['ONS', 'Office for National Statistics'],
  ['HSE', 'Health and Safety Executive'],
  ['FSA', 'Food Standards Agency'],
  ['SFO', 'Serious Fraud Office'],
  ['NHS England', 'NHSE'],
  ['PHE', 'Public Health England'],
  ['UKHSA', 'UK Health Security Agency'],
  ['CQC', 'Care Quality Commission'],
  ['Ofsted'],
  ['Department of Justice', 'DoJ', 'DOJ'],
  ['PSNI', 'Police Service of Northern Ireland'],
  ['Police Scotland'],
  ['COPFS', 'Crown Office and Procurator Fiscal Service'],
  ['NPCC', "National Police Chiefs' Council", 'National Police Chiefs Council'],
  ['College of Policing'],
  ['BTP', 'British Transport Police'],
  ['LGA', 'Local Government Association'],
  ['IASC', 'Independent Anti-Slavery Commissioner'],
  ['Salvation Army', 'The Salvation Army'],
  ['Migrant Help'],
  ["Barnardo's", 'Barnardos'],
  ['NSPCC'],
  ['ECPAT UK'],
  ['Hope for Justice'],
  ['Anti-Slavery International'],
  ['British Red Cross'],
];

const ORG_WORDS =
  /\b(?:office|department|dept|ministry|executive|government|agency|service|services|police|centre|center|council|commission|commissioner|authority|directorate|assembly|unit|cabinet|force|constabulary|trust|board|secretariat|partnership|group|association|court|treasury|administration|inspectorate|network|foundation|charity|nhs|council|embassy|federation|alliance|coalition|forum|institute|union|society|consortium|hospital|university|college)\b/i;
// Initials with full stops: "J.S.", "A.K", "P.O'H.".
const DOTTED_INITIALS = /^(?:[A-Z](?:['’][A-Z])?\.\s?){1,3}[A-Z](?:['’][A-Z])?\.?$/;
// A place's name of a word or two ("Devon", "North Yorkshire"), and places then a body's kind
// ("Cornwall Police", "Hove City Council"): see placesJoined.
const PLACE_WORDS = /^[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?$/;
const PLACES_THEN_KIND =
  /^(?:[A-Z][a-z'’-]+\s+){1,3}(?:police|constabulary|council|(?:city|county|borough|district)\s+council|fire\s+service|trust|partnership|safeguarding\s+(?:board|partnership))$/i;
// People are written with a title or a post-nominal, or as "Official(s)".
const PERSON =
  /^(?:officials?|(?:the\s+)?(?:rt\.?\s+)?hon\.?|mr|mrs|ms|miss|dr|sir|dame|lord|lady|baroness|baron|professor|prof|cllr|councillor)\b|\b(?:mp|msp|mla|am|qc|kc|mep|obe|mbe|cbe)\.?$/i;

// The UK's nations and jurisdictions, which qualify a body in brackets ("Department of Justice
// (Northern Ireland)") and read like a person's name by their capitals.
export const JURISDICTION =
  /^(?:Northern\s+Ireland|N\.?\s?I\.?|Scotland|Wales|England(?:\s+and\s+Wales)?|Great\s+Britain|GB|UK|United\s+Kingdom)$/i;

// Words in capitals that an acronym keeps whole: HMCTS, UKVI, NHSE.
const WHOLE_IN_INITIALS = /^(?:HM|UK|NHS)$/;

/** "Local Government Association" -> "LGA": the first letters of its words, "of", "and", "the" aside. */
function initials(name: string): string[] {
  const words = name.split(/\s+/).filter((w) => !/^(?:and|the|&|in|on)$/i.test(w));
  const main = words.filter((w) => !/^(?:of|for)$/i.test(w));
  // A name of one word, or one already in capitals, has no initials to stand for it; "HM" or "UK"
  // before the words stands in them whole ("HM Courts and Tribunals Service": HMCTS).
  const short = (w: string) => WHOLE_IN_INITIALS.test(w);
  if (main.length < 2 || main.some((w) => !/^[A-Z][a-z’']/.test(w) && !short(w)) || main.every(short))
    return [];
  const letters = (ws: string[]) => ws.map((w) => (short(w) ? w : (w[0] ?? '').toUpperCase())).join('');
  // "DJ" or "DOJ" (DoJ, MoJ, DfE: "of" and "for" are often in them).
  return main.length === words.length ? [letters(main)] : [letters(main), letters(words)];
}

/**
 * The form organisation names are compared in: case, a leading "the", apostrophes, full stops
 * and spacing aside. Sets of known names hold these keys, so a lookup does not re-key every name.
 */
export function orgKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/['’.]/g, '')
    .replace(/\s*&\s*/g, ' and ')
    .replace(/\s+/g, ' ')
    .trim();
}

const ALIAS_INDEX = new Map<string, number>();
ALIASES.forEach((group, i) => {
  for (const name of group) ALIAS_INDEX.set(orgKey(name), i);
});

/**
 * Is this an organisation a reader would recognise? 3 known, 2 looks like one, ≤0 a person.
 * `known` holds the orgKey of each organisation the document has named.
 */
export function orgScore(text: string, known: ReadonlySet<string>): number {
  const t = text.trim();
  if (t === '') return -5;
  const k = orgKey(t);
  if (ALIAS_INDEX.has(k) || known.has(k)) return 3;
  if (PERSON.test(t) || titledPerson(t)) return -2;
  // Acronyms, including mixed case ones: DfE, DfID, MoJ, HMRC, SCD9.
  if (/^[A-Z][A-Za-z0-9]{1,7}$/.test(t) && (t.match(/[A-Z]/g) ?? []).length >= 2) return 2;
  if (ORG_WORDS.test(t) && t.split(/\s+/).length <= 8) return 2;
  // "ECPAT UK": a capitalised acronym among a few words is probably a body.
  if (/\b[A-Z]{3,}\b/.test(t) && t.split(/\s+/).length <= 5) return 1;
  return 0;
}

// The words in lower case a body's name may have: "Department for Work and Pensions", "Police de …".
export const NAME_JOINERS = 'of|for|and|the|on|in|at|de|du|y|&';
const NAME_JOINER = new RegExp(`^(?:${NAME_JOINERS})$`);
// A word in lower case that no body's name has ("asked", "noted that"): the words are a clause.
const CLAUSE_WORD = new RegExp(`(?:^|\\s)(?!(?:${NAME_JOINERS})(?:\\s|$))[a-z][a-z'’-]*(?:\\s|$)`);

// Words before the acting subject of an action's sentence: "It was agreed that", "The Chair asked".
const SUBJECT_LEAD_IN =
  /^(?:it\s+was\s+(?:agreed|decided)\s+that|(?:the\s+)?(?:chair|board|group|committee|members|meeting)\s+(?:asked|invited|requested)|(?:agreed|decided)\s*(?:that|:))\s+(?:the\s+)?(?=[A-Z])/i;

// "An official from the Department of Health", "officials of the Home Office": a body's people,
// the body after them (in an attendance sentence and as an action's subject).
export const OFFICIALS_FROM =
  /^(?:an?\s+)?(?:officials?|colleagues)\s+(?:from|of|in|at)\s+(?:the\s+)?(.{2,120})$/i;
// "Both CPS and DWP": the word before two owners that says there are two.
const BOTH = /^both\s+(?=\S.*\s(?:and|&)\s)/i;
// "Home Office officials": the body before them.
const BODY_OFFICIALS = /^(?:the\s+)?(.{2,100}?)\s+(?:officials|colleagues)$/i;

// Words that join a partner to an action's owner: "working with", "supported by", "in consultation with".
const PARTNER =
  /\s*[,(]?\s*\b(?:working\s+(?:closely\s+)?(?:with|alongside)|supported\s+by|with\s+(?:the\s+)?support\s+(?:of|from)|in\s+(?:consultation|conjunction|partnership|liaison)\s+with|together\s+with|jointly\s+with|with)\s+/gi;
const PARTNER_NAMED = new RegExp(PARTNER.source, 'i');

const BRACKETED_DUE = /\s*[([](?:by|due)\s[^()[\]]{1,40}[)\]]\.?$/i;
// "… – NCA, by 28th February 2017": the owner's date after a comma or a space, no dash between.
const OWNER_THEN_BY = new RegExp(String.raw`(?:,\s*|\s+)(?:by|due(?:\s+by)?)\s+(?:${FIELD_DATE})\.?$`);
const TRAILING_OWNER = new RegExp(
  String.raw`\s(?:[–—-]|[${ARROW_CHARS}]|->|=>)\s*([^–—${ARROW_CHARS}()[\]]{1,80})$`,
);

const COLLECTIVE =
  /^(?:all(?:\s+(?:idmg\s+)?(?:members|depts?|departments|organisations|attendees))?|everyone|each\s+department)$/i;
// "Both departments", "both organisations": at a meeting of two bodies, each of them.
const BOTH_KINDS =
  /^both\s+(?:departments|organisations|organizations|bodies|agencies|parties|teams|services|forces|councils|partners)$/i;
/** "All members", "all departments", "everyone": the whole committee, whom no one body stands for. */
export const isCollective = (text: string): boolean => COLLECTIVE.test(text.trim());
const ROLE_IN_BRACKETS = /\s*\(\s*(?:(?:vice[\s-]?)?chair|secretariat|clerk|observers?|lead|support)\s*\)/gi;

// "@Graham Kerr", "@Priya Natarajan and @Joanna Pike": people mentioned at the start of a task.
const MENTION = String.raw`@[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}`;
const MENTIONS = new RegExp(String.raw`^(${MENTION}(?:(?:\s*,\s*|\s+and\s+)${MENTION})*)\s+(?=[a-z])`);
// "Share the plan with members @Ruth Bell": a notes app's task, the people it mentions after it.
const TRAILING_MENTIONS = new RegExp(String.raw`\s(${MENTION}(?:(?:\s*,\s*|\s+and\s+)${MENTION})*)$`);

/**
 * "@Raj Patel Add the age breakdown …": the person a task's mention names, where the task's verb
 * is capitalised too (a word processor's checklist); the name ends before the first word after it
 * that starts an instruction. Null when no such verb follows a mention.
 */
function mentionBeforeVerb(head: string): string | null {
  const m = /^@([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){1,4})/.exec(head);
  if (!m) return null;
  const words = (m[1] ?? '').split(/\s+/);
  for (let k = 1; k < words.length; k += 1)
    if (startsWithActionVerb(`${words.slice(k).join(' ')}${head.slice(m[0].length)}`))
      return words.slice(0, k).join(' ');
  return null;
}

// Titles and ranks written before a name: "Dr Moss", "Sgt Priya Lal", "Cllr Quinn", "Rev. Clare Adams",
// "ACC Paul Benton" (an assistant chief constable).
export const TITLES =
  'mr|mrs|ms|mx|miss|dr|sir|dame|lord|lady|baroness|cllr|councillor|prof|professor|rev|revd|canon|fr|rabbi|imam|sgt|supt|insp|inspector|chief\\s+inspector|superintendent|chief\\s+superintendent|ch\\s+supt|det\\s+(?:supt|insp|sgt|con)|dcs|dsupt|dci|di|ds|dc|pc|acc|dcc|cmdr|commander';
// "ACC Paul Benton", "Det Supt Neil Evans": a title or rank, then a forename and a surname; not "DS
// Smith", a title's letters and one word.
const TITLE_FIRST = new RegExp(`^(?:${TITLES})\\.?\\s+`, 'i');

/** "JS" for "J.S.", "POH" for "P.O'H.": initials as the directory keys them. */
export const plainInitials = (letters: string): string => letters.replace(/[.'’\s]/g, '');

/** A name's initials, an "O'" name's second letter too when `apostrophes` ("Peter O'Hara": "POH"). */
export function nameInitials(name: string, apostrophes = false): string {
  return name
    .replace(TITLE_FIRST, '')
    .split(/\s+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => (apostrophes && /^[A-Z]['’][A-Z]/.test(w) ? `${w[0]}${w[2]}` : (w[0] ?? '')))
    .join('');
}
const NAME_WORDS = /^[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)+$/;
export function titledPerson(text: string): boolean {
  const m = TITLE_FIRST.exec(text);
  return m !== null && NAME_WORDS.test(text.slice(m[0].length));
}
// A peer's title before the name: "Lord Keen of Elie", "Baroness Williams of Trafford".
const PEER = /^(?:the\s+)?(?:lord|baroness|lady|viscount|viscountess|earl|countess|marquess)\s/i;
// "Dr Moss to circulate …": a title and a surname, the attendee known by them.
const TITLED_SURNAME = new RegExp(`^(?:${TITLES})\\.?\\s+([A-Z][A-Za-z'’-]+)$`, 'i');

// A person's email address, its local part their name ("tom.reid", "jas_gill").
const EMAIL_ADDRESS = /^(?:mailto:)?([a-z][a-z'’-]*(?:[._][a-z][a-z'’-]*)+)@[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i;

/** A person's name as attendee lists and action subjects are compared: no title, no post-nominals. */
export function personKey(name: string): string {
  // "tom.reid@nca.gov.uk": a task assigned to a person's address is assigned to the person.
  const address = EMAIL_ADDRESS.exec(name.trim());
  if (address) return (address[1] ?? '').toLowerCase().replace(/[._]+/g, ' ').trim();
  return (
    name
      .toLowerCase()
      // "@Priya Nair": a mention in a notes app or a chat is the person.
      .replace(/^@/, '')
      .replace(new RegExp(`^(?:(?:the\\s+)?(?:rt\\.?\\s+)?hon\\.?\\s+|(?:${TITLES})\\.?\\s+)+`), '')
      .replace(/(?:\s+(?:mp|msp|mla|am|qc|kc|mep|obe|mbe|cbe)\.?)+$/, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** A name as split() compares it: lower case, matched at the start of the rest of the list. */
interface Name {
  lower: string;
}

/** Letters and digits continue a word: "HO" must not match the start of "HOME". */
function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

export class OwnerDirectory {
  private readonly attendeeOrgs: string[];
  private readonly attendeeOrgsLongestFirst: string[];
  private readonly attendeeKeys: string[];
  private readonly knownKeys: Set<string>;
  /**
   * Known names, longest first, so "Home Office" wins over "HO" and "Department for …" stays
   * whole. Built once: a document asks for thousands of owner splits against the same list.
   */
  private readonly names: Name[];
  /** The names again, by first character: a list is only compared with names it could start with. */
  private readonly namesByFirst = new Map<number, Name[]>();
  // Owners are the same few departments throughout a document, so answers are kept per list.
  private readonly splits = new Map<string, readonly string[]>();
  private readonly subjects = new Map<string, readonly string[]>();
  private readonly strictSubjects = new Map<string, readonly string[]>();

  /** the chair's and the secretariat's organisations, from the attendance list's roles */
  private readonly roles = new Map<string, string>();
  /** attendees' names (as personKey gives them) and their organisations */
  private readonly people = new Map<string, string>();
  /** attendees named with no body ("Jo Lee" among a forum's practitioners), as personKey gives them */
  private readonly bodiless = new Set<string>();
  /** attendees' surnames and their organisations; null where two people of different bodies share one */
  private readonly surnames = new Map<string, string | null>();
  /** attendees' first names and their organisations; null where two people of different bodies share one */
  private readonly forenames = new Map<string, string | null>();
  /** attendees' initials ("GK" for Graham Kerr) and their organisations; null where two bodies' people share them */
  private readonly personInitials = new Map<string, string | null>();

  constructor(
    attendeeOrgs: readonly string[],
    private readonly otherOrgs: readonly string[] = [],
    people: readonly { name: string; organisation: string | null; role?: string | null }[] = [],
    /** posts the attendance gives its people ("Head of Adult Safeguarding"), each with its body */
    posts: ReadonlyMap<string, string> = new Map(),
  ) {
    this.attendeeOrgs = [...new Set(attendeeOrgs)];
    this.attendeeOrgsLongestFirst = [...this.attendeeOrgs].sort((a, b) => b.length - a.length);
    this.attendeeKeys = this.attendeeOrgs.map(orgKey);
    this.knownKeys = new Set(this.known.map(orgKey));
    const all = [...this.known];
    for (const group of ALIASES) all.push(...group);
    // "Foreign & Commonwealth Office" in an action is the "Foreign and Commonwealth Office" that
    // attended (and the other way round): each name is looked for in both spellings.
    this.names = all
      .flatMap((n) => {
        const lower = n.toLowerCase();
        const other = lower.includes(' and ')
          ? lower.replace(/ and /g, ' & ')
          : lower.includes(' & ')
            ? lower.replace(/ & /g, ' and ')
            : null;
        return other === null ? [{ lower }] : [{ lower }, { lower: other }];
      })
      .sort((a, b) => b.lower.length - a.lower.length);
    for (const person of people) {
      // "Chair to write …", "Secretariat to circulate …" stay the role as written (the chair's action
      // is the chair's, and the bot reminds whoever holds the role); the role holder's organisation
      // is kept only to tell "Home Office (Chair)" in a summary table for the same owner.
      const role = person.role?.toLowerCase();
      if ((role === 'chair' || role === 'secretariat') && person.organisation && !this.roles.has(role))
        this.roles.set(role, this.canonical(person.organisation));
      const key = personKey(person.name);
      // "Official" names nobody in particular.
      if (person.organisation && key !== '' && !/^officials?$/.test(key) && !this.people.has(key))
        this.people.set(key, this.canonical(person.organisation));
      // "Lord Keen of Elie QC" is "Lord Keen" in the actions: a peer known by the title without
      // the place it is of.
      const peerage = PEER.test(person.name) ? /^(.+?) of [a-z]/.exec(key)?.[1] : undefined;
      if (person.organisation && peerage && !this.people.has(peerage))
        this.people.set(peerage, this.canonical(person.organisation));
      // "Jo Lee: book the training", where the attendance gives Jo Lee no body: she owns it herself.
      if (!person.organisation && key.includes(' ') && !/^officials?$/.test(key)) this.bodiless.add(key);
      const surname = person.organisation && key.includes(' ') ? key.slice(key.lastIndexOf(' ') + 1) : '';
      if (surname !== '' && person.organisation) {
        const org = this.canonical(person.organisation);
        const earlier = this.surnames.get(surname);
        this.surnames.set(surname, earlier === undefined || earlier === org ? org : null);
        // "Graham to share …": an attendee called by their first name, when no one of another body shares it.
        const forename = key.slice(0, key.indexOf(' '));
        const before = this.forenames.get(forename);
        this.forenames.set(forename, before === undefined || before === org ? org : null);
        // "GK to share …": the minutes' shorthand for Graham Kerr.
        const letters = key
          .split(' ')
          .map((w) => w.charAt(0).toUpperCase())
          .join('');
        const had = this.personInitials.get(letters);
        this.personInitials.set(letters, had === undefined || had === org ? org : null);
        // "POH" for Peter O'Hara, as "P.O'H." writes him.
        const apostrophed = nameInitials(person.name, true);
        if (/\b[A-Z]['’][A-Z]/.test(person.name) && apostrophed !== letters) {
          const before = this.personInitials.get(apostrophed);
          this.personInitials.set(apostrophed, before === undefined || before === org ? org : null);
        }
      }
    }
    // "Head of Adult Safeguarding to circulate …": an owner named by an attendee's post is their body.
    for (const [post, organisation] of posts) {
      const key = personKey(post);
      if (key !== '' && !this.people.has(key)) this.people.set(key, this.canonical(organisation));
    }
    for (const n of this.names) {
      const first = n.lower.charCodeAt(0);
      const bucket = this.namesByFirst.get(first);
      if (bucket) bucket.push(n);
      else this.namesByFirst.set(first, [n]);
    }
  }

  get known(): readonly string[] {
    return [...this.attendeeOrgs, ...this.otherOrgs];
  }

  /** The attendee list's spelling of an organisation, or the name as written if it did not attend. */
  canonical(name: string): string {
    const written = name.trim().replace(/^the\s+/i, '');
    const k = orgKey(written);
    const direct = this.attendeeKeys.indexOf(k);
    if (direct >= 0) return this.attendeeOrgs[direct] ?? written;
    const group = ALIAS_INDEX.get(k);
    if (group !== undefined) {
      const viaAlias = this.attendeeKeys.findIndex((ak) => ALIAS_INDEX.get(ak) === group);
      if (viaAlias >= 0) return this.attendeeOrgs[viaAlias] ?? written;
    }
    // "LGA" for the Local Government Association that attended, "DoJ" for the Department of
    // Justice: the initials of its words.
    if (/^[A-Z][A-Za-z]{1,5}$/.test(written) && /^(?:[a-z]*[A-Z]){2}/.test(written)) {
      const upper = written.toUpperCase();
      const spelled = this.attendeeOrgs.find((o) => initials(o).includes(upper));
      if (spelled !== undefined) return spelled;
    }
    return written;
  }

  /** The longest known name the (lower-cased) list starts with, as a whole word. */
  private nameAtStart(lower: string): Name | undefined {
    // Names are never empty (attendance parsing gives an organisation or null), so a match starts
    // with the list's first character.
    const candidates = this.namesByFirst.get(lower.charCodeAt(0)) ?? [];
    return candidates.find((n) => lower.startsWith(n.lower) && !isWordChar(lower.charCodeAt(n.lower.length)));
  }

  /**
   * Splits "Home Office and MOJ", "SOCA / HMRC", "DfE, DWP" into organisations. Known names are
   * matched first so a name with "and" or a comma in it is not cut.
   */
  split(list: string): readonly string[] {
    // Owner lists are short; the cap keeps the lazy matching below cheap on hostile input.
    const capped = list
      .trim()
      .slice(0, 300)
      // "Home Office (Chair)": the role is not another owner.
      .replace(ROLE_IN_BRACKETS, '')
      .replace(/[.;]+$/, '')
      .trim();
    let parts = this.splits.get(capped);
    if (parts === undefined) {
      parts = this.splitList(capped);
      this.splits.set(capped, parts);
    }
    return parts;
  }

  private splitList(list: string): string[] {
    const out: string[] = [];
    let rest = list;
    let guard = 0;
    while (rest !== '' && guard < 50) {
      guard += 1;
      rest = rest.replace(/^(?:,|\/|&|\+|;|\band\b|\s)+/i, '');
      if (rest === '') break;
      const lower = rest.toLowerCase().replace(/^the\s+/, '');
      const offset = rest.length - lower.length;
      const hit = this.nameAtStart(lower);
      if (hit) {
        // As written in the list (its spelling may be the name's other one): canonical() maps it.
        out.push(rest.slice(offset, offset + hit.lower.length));
        rest = rest.slice(offset + hit.lower.length);
        continue;
      }
      const m = /^(.*?)(?=\s*(?:,|\/|&|\+|;|\band\b)|$)/i.exec(rest);
      const joined = m ? this.placesJoined(m[1] ?? '', rest.slice(m[0].length)) : null;
      const part = joined?.name ?? (m?.[1] ?? rest).trim();
      if (part === '') break;
      // "NCA (UKHTC)": a qualifier in brackets is not another owner; "All members" names no body
      // (the action is listed without an owner, for the secretariat to assign).
      // "Both departments" at a meeting of two: the two bodies that attended.
      const both = BOTH_KINDS.test(part) ? this.twoBodies() : null;
      if (both) out.push(...both);
      else if (!part.startsWith('(') && !COLLECTIVE.test(part)) out.push(part);
      rest = rest.slice(joined?.length ?? m?.[0].length ?? rest.length);
    }
    return [...new Set(out.map((o) => this.personOrganisation(this.canonical(o))))];
  }

  /**
   * "Devon and Cornwall Police", "Brighton and Hove City Council": two places joined by "and" before
   * the kind of body are one body's name, not "Devon" and "Cornwall Police". Only when the first part
   * is a place's word or two that names no body and no attendee, and the second is places and a body's
   * kind, itself no known name ("Kent and Home Office" stays two).
   */
  private placesJoined(first: string, after: string): { name: string; length: number } | null {
    const head = first.trim();
    if (!PLACE_WORDS.test(head) || ORG_WORDS.test(head) || orgScore(head, this.knownKeys) !== 0) return null;
    const key = personKey(head);
    if (this.people.has(key) || this.forenames.has(key) || this.bodiless.has(key)) return null;
    // "Jo and Kent Police": an attendee named with no body, called by her first name.
    for (const name of this.bodiless) if (name.startsWith(`${key} `)) return null;
    const next = /^\s*(?:and|&)\s+([^,/&+;]{1,80}?)(?=\s*(?:,|\/|&|\+|;|\band\b)|$)/i.exec(after);
    const body = next?.[1]?.trim() ?? '';
    if (!next || !PLACES_THEN_KIND.test(body) || this.nameAtStart(body.toLowerCase()) !== undefined)
      return null;
    return { name: `${head} and ${body}`, length: first.length + next[0].length };
  }

  /** The two bodies that attended, in the order listed, when two did; null otherwise. */
  private twoBodies(): string[] | null {
    const bodies = [...new Set(this.attendeeOrgs)];
    return bodies.length === 2 ? bodies : null;
  }

  /**
   * The organisation of the person holding the role an owner names ("Chair", "the Secretariat"),
   * or null when the owner names no role or nobody holds it.
   */
  roleOrganisation(owner: string): string | null {
    const role = owner
      .trim()
      .replace(/^the\s+/i, '')
      .toLowerCase();
    return this.roles.get(role) ?? null;
  }

  /** Every part of the list is an organisation (used for "Action: DfE, DWP" owner markers). */
  isOrgList(text: string): boolean {
    const t = text.trim().replace(/[.;]+$/, '');
    // A sentence ("Check referrals. Lead: …") or a field is no list of owners.
    if (t === '' || t.length > 120 || /\bto\b/i.test(t) || /[.:]\s+\S/.test(t)) return false;
    // "NCA - share police referral figures": a dash, then a task in lower case, however like a body's
    // its words are ("police").
    if (/\s[-–—]\s+[a-z]/.test(t)) return false;
    const parts = this.split(t);
    return parts.length > 0 && parts.every((p) => orgScore(p, this.knownKeys) >= 2);
  }

  /**
   * Owners named at the start of an action: "Home Office and MOJ to review …". Only a short,
   * capitalised subject counts, so "It was agreed to …" gives none. `strict` accepts only
   * recognisable bodies (used to tell "4. DfE to circulate …" from a heading like "Response to …").
   */
  fromText(text: string, strict = false): readonly string[] {
    // Room for two bodies with long names ("Department for Business, Energy and Industrial Strategy
    // and Ministry of Housing, Communities and Local Government to agree …").
    // "It was agreed that the Home Office would …", "The Chair asked the Home Office to …": the
    // body after the lead-in is the sentence's acting subject.
    const head = text.slice(0, 240).replace(SUBJECT_LEAD_IN, '');
    const to = /^(.{1,200}?)\s+to\s+\S/i.exec(head);
    // "NCA: to provide …": the owners set off by a colon.
    const owners = to ? this.ownersOf((to[1] ?? '').trim().replace(/\s*:$/, ''), strict) : [];
    if (owners.length > 0 || strict) return owners;
    // "The Department of Justice will write to …": the subject of what someone will do.
    const will =
      /^(.{1,200}?)\s+(?:will|would|should|shall|must|agreed\s+to|undertook\s+to|offered\s+to|is\s+to|are\s+to|(?:is|are|was|were)\s+asked\s+to)\s+\S/i.exec(
        head,
      );
    const willing = will ? this.ownersOf((will[1] ?? '').trim(), false) : [];
    if (willing.length > 0) return willing;
    // A summary's "MOJ – publish …": a dash, then a verb in lower case. The owners stand before the
    // first dash: in "Publish it – Home Office – by 30 June" the words before "by" are no owners.
    // "NCA – Circulate the figures – 30/06/2015": a capital after the dash when an instruction starts there.
    const dash = /^((?:(?!\s[–—-]\s)[^–—]){1,80}?)\s+[–—-]\s+(?=(\S+))/.exec(head);
    const dashed =
      dash && (/^[a-z]/.test(dash[2] ?? '') || startsWithActionVerb(head.slice(dash[0].length)))
        ? this.ownersOf((dash[1] ?? '').trim(), false)
        : [];
    if (dashed.length > 0) return dashed;
    // "Graham Kerr: circulate the figures": the owner set off by a colon, an instruction after it
    // ("@Home Office: confirm …", a notes app's mention of the body, as well).
    const colon = /^([^:]{2,60}):\s+(?=[a-z])/.exec(head);
    if (colon && startsWithActionVerb(head.slice(colon[0].length)))
      return this.ownersOf((colon[1] ?? '').trim().replace(/(?<=^|\s)@(?=[A-Z])/g, ''), true);
    // "@Graham Kerr share the data pack": a notes app's task, the people it mentions, then the task.
    const mentioned = MENTIONS.exec(head);
    if (mentioned && startsWithActionVerb(head.slice(mentioned[0].length)))
      return this.ownersOf((mentioned[1] ?? '').replace(/@/g, ''), true);
    // "@Raj Patel Add the age breakdown": the task's verb in capitals after the mention.
    const named = mentionBeforeVerb(head);
    return named ? this.ownersOf(named, true) : [];
  }

  /**
   * The body of the attendance list a task's words end with, after a space, and the words before
   * it (two or more): "Review the training records Westshire Police". Null when none ends it.
   */
  bodyAtEnd(text: string): { owner: string; rest: string } | null {
    if (text.length > 1000) return null;
    for (const body of this.attendeeOrgsLongestFirst) {
      if (!text.endsWith(` ${body}`)) continue;
      const rest = text.slice(0, -body.length - 1).trim();
      return rest.split(/\s+/).length >= 2 ? { owner: body, rest } : null;
    }
    return null;
  }

  /**
   * Owners written after the action: "Produce a paper – FCO and UKBA", "Circulate it (HO)", "… [DCLG/WG]",
   * "Share the plan @Ruth Bell".
   */
  trailing(text: string): readonly string[] {
    // "… – Amy Lister – due 30/06/2017", "… ➔ Home Office (by 31 May 2019)": a task's due date after
    // its owner, as a notes app lists them. An arrow points at the owner as a dash sets it off.
    const tail = text
      .slice(-160)
      .replace(DUE_SEGMENT, '')
      .replace(BRACKETED_DUE, '')
      .replace(OWNER_THEN_BY, '');
    const mentioned = TRAILING_MENTIONS.exec(tail);
    if (mentioned) return this.ownersOf((mentioned[1] ?? '').replace(/@/g, ''), true);
    const m = TRAILING_OWNER.exec(tail) ?? /\s[([]([^()[\]]{1,60})[)\]]$/.exec(tail);
    const list = m?.[1]?.trim() ?? '';
    return list !== '' && this.isOrgList(list) ? this.split(list) : [];
  }

  private ownersOf(subject: string, strict: boolean): readonly string[] {
    const known = strict ? this.strictSubjects : this.subjects;
    let owners = known.get(subject);
    if (owners === undefined) {
      owners = this.subjectOwners(subject, strict);
      known.set(subject, owners);
    }
    return owners;
  }

  /**
   * An owner written as a person: "Jo Smith (UKHTC)" is UKHTC; "Sarah Brown", an attendee, is her
   * organisation. Anything else is returned as written.
   */
  private personOrganisation(part: string): string {
    const bracketed = /^(.{1,80}?)\s*\(([^()]{1,60})\)$/.exec(part);
    // "Home Office (MSU)" as the attendance list writes a body: the body, its unit in brackets.
    if (bracketed && !this.knownKeys.has(orgKey(part)) && orgScore(bracketed[2] ?? '', this.knownKeys) >= 2)
      return this.canonical(bracketed[2] ?? '');
    // "Secretariat (Ann Bell)", "Chair (Jo Lee)": the owner named, the attendee who is it in brackets.
    if (bracketed && this.people.has(personKey(bracketed[2] ?? '')))
      return this.personOrganisation(bracketed[1] ?? '');
    const titled = TITLED_SURNAME.exec(part.trim());
    const bySurname = titled ? this.surnames.get((titled[1] ?? '').toLowerCase()) : undefined;
    const byForename = /^[A-Z][a-z'’-]+$/.test(part.trim())
      ? this.forenames.get(part.trim().toLowerCase())
      : undefined;
    // Initials that name no body ("DH" is the Department of Health whoever else has them); "J.S."
    // and "P.O'H." are read as "JS" and "POH".
    const written = part.trim();
    const letters = DOTTED_INITIALS.test(written) ? plainInitials(written) : written;
    const byInitials =
      /^[A-Z]{2,3}$/.test(letters) &&
      !ALIAS_INDEX.has(orgKey(letters)) &&
      !this.knownKeys.has(orgKey(letters))
        ? this.personInitials.get(letters)
        : undefined;
    return this.people.get(personKey(part)) ?? bySurname ?? byForename ?? byInitials ?? part;
  }

  private subjectOwners(subject: string, strict: boolean): readonly string[] {
    // "Home Office officials to …", "Officials from the Home Office to …": the body's people act for it.
    const staff = BODY_OFFICIALS.exec(subject) ?? OFFICIALS_FROM.exec(subject);
    // "Both CPS and DWP to …": "both" belongs to neither name.
    const written = (staff ? (staff[1] ?? '') : subject).replace(BOTH, '');
    // A long subject names owners only when each is a body known by name ("Department for Work and
    // Pensions and Department of Health and Social Care to …").
    const words = written.split(/\s+/).length;
    if (words > 20) return [];
    // "SOCA, working with UKHTC, to …", "SOCA (supported by UKHTC) to …": the partner shares the action.
    const partners = PARTNER_NAMED.test(written)
      ? written
          .replace(PARTNER, ', ')
          .replace(/\)/g, '')
          .replace(/[\s,]+$/, '')
      : written;
    // split() has already turned people, the chair and the secretariat into their organisations.
    const parts = this.split(partners);
    if (parts.length === 0) return [];
    if (words > 10 && !parts.every((p) => orgScore(p, this.knownKeys) >= 3)) return [];
    for (const p of parts) {
      if (this.bodiless.has(personKey(p))) continue;
      const score = orgScore(p, this.knownKeys);
      // A body's word in a clause ("… noted that the Home Office") is no body's name.
      if (score >= 3 || (score === 2 && !CLAUSE_WORD.test(p))) continue;
      if (strict || score === 2) return [];
      // An unknown body still counts when written as a name: "Anti-Slavery International to …".
      const words = p.split(/\s+/);
      // "Write to the bidders", "Add Derbyshire to the schedule": an instruction, its verb no body.
      if (ACTION_VERBS.has((words[0] ?? '').toLowerCase())) return [];
      const nameLike = words.every((w) => /^[A-Z0-9]/.test(w) || NAME_JOINER.test(w));
      if (
        !nameLike ||
        words.length > 6 ||
        /^(?:all|both|each|every|everyone|members?|we|it|they|this|group)$/i.test(p)
      )
        return [];
    }
    return parts;
  }
}
