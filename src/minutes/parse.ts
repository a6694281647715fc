/**
 * Minutes text -> the parse shape of DESIGN.md. The document is read once, line by line, by a small
 * state machine: header, attendance lists, then the body with its items and actions. Actions may
 * sit in the body ("ACTION: …"), in a right-hand box (a second column), or in a table.
 */
import {
  type ActionDraft,
  type ActionListKind,
  draftComplete,
  finishAction,
  newDraft,
  splitOwnedSentences,
  takeBracketedItem,
} from './actions.js';
import { aiNotes } from './ai-notes.js';
import { appointmentAsNextMeeting } from './appointment.js';
import {
  type AttendeeColumns,
  attendanceAfterSentence,
  attendanceSentence,
  attendanceSentenceOpening,
  attendanceSentenceParts,
  attendeeColumns,
  bodyPersonPairs,
  bodyThenPersonInBrackets,
  bracketedPeople,
  bracketedPeopleBrokenOff,
  chairNamedAsSubject,
  chairNamedInPassing,
  groupedAttendance,
  hangingEntries,
  isAttendanceGroup,
  namesBodyOnly,
  parseAttendeeLine,
  peopleOfNoBody,
  peopleUnderPluralTitle,
  personOverBodyRow,
  postOf,
  readsAsAttendee,
  roleOf,
  runTogetherPairs,
  severalPeople,
  splitAttendeeCells,
  splitInlineList,
  UNNAMED,
  withoutAcronym,
  withoutOwnInitials,
} from './attendance.js';
import { attendanceMarks } from './attendance-marks.js';
import { attendanceRegister } from './attendance-register.js';
import { englishColumnBlocks, englishColumnLines } from './bilingual.js';
import { chatExport } from './chat-export.js';
import { findDates, isoDate } from './dates.js';
import { withoutDocComments } from './doc-comments.js';
import { type DocumentUnit, documentLines } from './document/lines.js';
import type { Block, MinutesDocument } from './document/model.js';
import { unquotedMinutes, unwrapEmailBlocks, unwrapEmailText } from './email.js';
import { closedUpLabels, fieldRows } from './field-rows.js';
import { opensStanza, readFieldBlock } from './fields.js';
import { hashtags } from './hashtags.js';
import { COMMITTEE, readHeader } from './header.js';
import { headerOverTwoRows, tabHeaderOverTwoLines } from './header-rows.js';
import { headerlessRows } from './headerless-rows.js';
import { isHtmlDocument, readHtml } from './html/read-html.js';
import { initialsKey } from './initials-key.js';
import { ItemIndex, titleKey } from './item-index.js';
import { latexSource } from './latex.js';
import { type Cell, type Row, toRow } from './layout.js';
import { actionsLeadIn, announcesList, nextEntries } from './lead-ins.js';
import { boxOnTheRight } from './left-box.js';
import { type LineContext, lineContext } from './line-context.js';
import { withoutLineNumbers } from './line-numbers.js';
import {
  CHECKBOX,
  CODE_IN_NAME,
  emphasisedOwners,
  endsSentence,
  type Heading,
  hasNumbering,
  INJECTED_CODE,
  isActionItemsHeading,
  isActionSummaryHeading,
  isActionsHeading,
  isActionTableHeading,
  isAgendaHeading,
  isAgendaTableHeader,
  isBareLabel,
  isBulleted,
  isCapitalsHeading,
  isDecisionEntry,
  isDecisionsHeading,
  isDocumentControlHeader,
  isItemNumberCell,
  isListHeading,
  isMarkdownHeading,
  isNextStepsLabel,
  isNoAction,
  isOwnerBoxLabel,
  isOwnerColumnHeading,
  isRecordSection,
  isReviewHeading,
  isThematicBreak,
  itemListsActions,
  listNumber,
  listsAttendees,
  matchItemHeading,
  matchLabel,
  matchSection,
  midLineLabelAt,
  numbersOnTitles,
  ownersFirstLabel,
  RUNS_ON_WORD,
  SENTENCE_OPENERS,
  type SectionKind,
  stripMarkdown,
  stripNumbering,
  taskFieldLine,
  trailingTagsLabel,
  withoutDecisionLabel,
} from './markers.js';
import { plainMarkup } from './markup.js';
import { withoutMarkupBalloons } from './markup-balloons.js';
import { readNextMeeting } from './next-meeting.js';
import { dateNotFixed, namesAnotherBody } from './next-meeting-body.js';
import { NextMeetingNotes } from './next-meeting-notes.js';
import {
  dedent,
  englishLabels,
  leadersAsTabs,
  normaliseCharacters,
  paragraphGapsAsTabs,
  removePageFurniture,
  splitParagraphs,
  toLines,
  unspaceLetters,
} from './normalise.js';
import { ownersColumnLast } from './owner-column.js';
import { ownerGroups } from './owner-groups.js';
import { isCollective, NAME_JOINERS, OwnerDirectory, orgKey, orgScore } from './owners.js';
import { quotedCells } from './quoted-cells.js';
import { structuredRecord } from './records.js';
import { joinItemTitles, joinWrappedLabels, splitReflowedHeadings, withoutAgendaTimes } from './reflow.js';
import { mergeRepeatedActions } from './repeats.js';
import { clean, singleSpaced, stripMarkup } from './sanitise.js';
import { sideHeads } from './side-heads.js';
import { withoutSiteFurniture } from './site-furniture.js';
import { symbolBullets } from './symbol-bullets.js';
import {
  actionRef,
  columnOf,
  type ItemsTableColumns,
  isDiscussionColumn,
  itemsTableColumns,
  NAMES_ONLY,
  pipeCells,
  readAlignedMinutesTable,
  readCellPerLineTable,
  readCellTable,
  readItemsPipeTable,
  readMinutesTable,
  readPipeTable,
  readTextTable,
  refsNameItems,
  startsOwnPart,
  type TableResult,
  timedAgendaColumns,
} from './tables.js';
import { findTextTables } from './text-tables.js';
import { lastSentence, mayEndInMarker, trailingMarker } from './trailing-marker.js';
import { transcriptTurns } from './transcript.js';
import type {
  ParsedAction,
  ParsedApology,
  ParsedAttendee,
  ParsedItem,
  ParsedMinutes,
  ParseOptions,
} from './types.js';
import { underlinedHeadings } from './underlined-headings.js';
import { unwrapLines } from './unwrap.js';
import { isClause, startsWithActionVerb } from './verbs.js';
import { englishHalf, readsWelsh, welshLabels } from './welsh.js';

type Section = 'header' | 'attendees' | 'apologies' | 'body';

// One entry of an attendance list laid out side by side: "Name (Body)", "Name, Body", "Name – Body".
const SIDE_BY_SIDE_ENTRY =
  /^(?:[^()]{2,60}\([^()]{2,60}\)|[^,()]{2,40},\s*[A-Z][^,]{1,80}|[^–—()]{2,40}\s[–—]\s[A-Z].{1,80})/;

// "Annex A – Attendance", "Appendix 1": matter after the last item, not the item's discussion.
const ANNEX = /^(?:annexe?|appendix)\s+[A-Z0-9]{1,3}\b\s*(?:[:.\-–—]\s*(.{0,80}))?$/i;
// "Apologies: received from …": the sentence form's verb after the list's label.
const RECEIVED_FROM =
  /^(?:(?:were|have\s+been|had\s+been)\s+)?(?:received|sent|given|tendered|submitted|noted)\s+(?:from|by)\b\s*:?\s*/i;
// "Attendance: see Annex A.": the list is elsewhere in the document, not a person called that.
const LIST_ELSEWHERE =
  /^(?:(?:see|as\s+(?:listed|set\s+out)\s+(?:at|in)|listed\s+(?:at|in))\s+)?(?:the\s+)?(?:annexe?|appendix)\s+[A-Z0-9]{1,3}\b\.?$|^see\s+(?:below|overleaf|attached)\.?$/i;
// A list entry's number or letter standing alone in its cell: "a)", "(ii)", "3.", "4.1", "•".
const LIST_MARKER = /^(?:\(?(?:[a-z]|[ivx]{1,4})\)|[a-z]\.|\d{1,2}(?:\.\d{1,2})*[.)]?|[•·▪●–-])$/i;
// "MATTERS ARISING": a title in capitals, two words or more.
const inCapitals = (title: string) => !/\p{Ll}/u.test(title) && /\p{Lu}{2,}\W+\p{Lu}{2,}/u.test(title);
// A sentence ended, then more: "The NCA will send the figures. (Action: NCA)"; not "St. Helens".
// The words a numbered paragraph opens with, and a title seldom does.
const SENTENCE_OPENING = new RegExp(`^(?:${SENTENCE_OPENERS})\\s`);
const SENTENCE_THEN_MORE = /(?<!\b(?:St|Dr|Mr|Mrs|Ms|No|vs|etc|Co|Ltd))[a-z0-9)][.!?]\s+[A-Z(]/;
// Words of a title's second line, the first a word in lower case: "findings and next steps".
const TITLE_WORDS = /^[a-z][a-z'’-]*(?:\s+[\w'’&,:/()–-]+){0,8}$/;
// An entry struck through ("~~Circulate the notes~~"), or ticked and said to be done: no task left.
// (A ticked box alone may mark an entry as a task, as a form's "☒ Action" does.)
const DONE_TASK =
  /^(?:[-*+]\s+)?(?:\[[ xX]\]\s+)?~~[^~]+~~|^(?:[-*+]\s+)?\[[xX]\]\s.*\((?:done|completed?|closed)\)\.?$/i;

// "08/11/2017" in a log's "Date raised" column, before this meeting: the log reviewing an action
// of an earlier meeting, recorded when that meeting's minutes were read.
function raisedBefore(raised: string | undefined, meetingDate: string | null): boolean {
  if (!raised || !meetingDate) return false;
  const found = findDates(raised)[0];
  const iso = found ? isoDate(found, meetingDate) : null;
  return iso !== null && iso < meetingDate;
}

const withoutFinalStop = (t: string) => t.replace(/[\s.]+$/, '');

export function emptyMinutes(): ParsedMinutes {
  return {
    meeting: { title: null, date: null },
    attendees: [],
    apologies: [],
    items: [],
    actions: [],
    nextMeeting: null,
  };
}

// "Department for Work and", "Department of", "Gangmasters &": a body's name broken off on one of
// the words in lower case that bodies' names have.
const BODY_BROKEN_OFF = new RegExp(`\\s(?:${NAME_JOINERS})$`, 'i');

// "Local Government Association: send the guidance …": owners, a colon, the task.
const OWNER_COLON_TASK = /^([A-Z][^:]{0,80}):\s+(?=\S)/;

/**
 * Strips list bullets that introduce an attendance entry ("- ", "* ", "• ", "1. "), and the "o " a
 * mail client writes for a second level's bullet ("o Sarah Whitcombe – Home Office").
 */
function stripBullet(text: string): string {
  // "a)", "(b)", "ii)" too: a council lists an item's entries by letter or numeral.
  return text.replace(/^(?:[-*+•·▪●◦‣☐–—]|o(?=\s+[A-Z])|\d{1,3}[.)]|\(?(?:[a-z]|[ivx]{1,4})\))\s+/, '');
}

/** The row's first paragraph, without markup: what decides whether a list or header has ended. */
function firstPiece(row: Row): string {
  const pieces = splitParagraphs(row.cells[0]?.text ?? '');
  return stripMarkdown(pieces.find((p) => p.trim() !== '') ?? '');
}

/** The left-hand cells of a row as one text. */
function joinCells(cells: readonly Cell[]): string {
  return cells.map((c) => c.text).join(' ');
}

/** Text whose first line is an action label ("Actions:", "ACTION 3:"). */
function isLabelled(text: string): boolean {
  const first = stripMarkdown(text.split('\n').find((l) => l.trim() !== '') ?? '');
  return matchLabel(first) !== null || matchLabel(stripNumbering(first)) !== null;
}

// "Councillor Peter Lowe and Councillor Sue": names, each word capitalised, joined by "and" or "&".
const NAMES_RUN = /^[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|and|&))*$/;

class MinutesReader {
  private section: Section = 'header';
  private sectionRole: string | null = null;
  /** "Present: A, Home Office; B, MOJ;" wrapping onto the lines below: the list so far */
  private inlineList: string | null = null;
  /** The attendance list open now was given on its label's line ("Apologies: A (MOJ)"). */
  private listGivenInline = false;
  /** the document writes attendance entries as "Name, Body" between semicolons */
  private nameCommaBody = false;
  /** an organisation's name heading the actions listed under it ("UKHTC", then its bullets) */
  private groupOwners: string | null = null;
  private groupPaused = false;
  /** the attendee a "Chair:" field named, until the list names the chair again */
  private chairField: number | null = null;
  /** attendees' initials as the minutes write them ("JS"), and their organisations */
  private readonly initials = new Map<string, string>();
  /** posts the attendance gives its people ("Head of Adult Safeguarding"), by the body of each */
  private readonly posts = new Map<string, string>();
  /** the label being read followed a sentence on its line */
  private markerAfterSentence = false;
  /** the unit before the next line said it is a heading; the line being read is one */
  private headingNext = false;
  private lineIsHeading = false;
  /** where the line being read stands among its neighbours */
  private around: LineContext = {
    standsAlone: false,
    amidText: false,
    overList: false,
    above: null,
    below: null,
  };
  /** how far the line being read is indented, and the open list entry's first line was */
  private lineIndent = 0;
  private entryIndent = 0;
  /** the open list entry started with a bullet, or with its number */
  private entryBulleted = false;
  private entryNumbered = false;
  /** the open list entry is "Body: task", a shape the list's next entry shares after a blank line */
  private entryOwnerColon = false;
  /** lists side by side ("Present ⇥ Apologies"): the section of the right-hand column's entries */
  private sideBySide: 'attendees' | 'apologies' | null = null;
  /** how many attendance lists or sentences have been read: the passage being read */
  private passage = 0;
  /** Where the invitees' list stands among the attendees, and where the list after it starts. */
  private invited: { from: number; to: number | null } | null = null;
  /** each named apology ("name|body"), by the passage that gave it */
  private readonly apologyPassages = new Map<string, number>();
  /** the passage whose attendance table's header was read, and where a second header's rows start */
  private tablePassage: number | null = null;
  private secondTableAt: number | null = null;
  /** "Action items" headings after an item, how many, and whether the actions under one are open */
  private readonly actionLists: Record<ActionListKind, { headings: number; itemsAtLast: number }> = {
    items: { headings: 0, itemsAtLast: 0 },
    summary: { headings: 0, itemsAtLast: 0 },
    heading: { headings: 0, itemsAtLast: 0 },
  };
  private actionListOpen: ActionListKind | null = null;
  /** a summary of the actions stood under the title, before the attendance and the items */
  private actionsBeforeItems = false;
  /** a "Chair:" heading waiting for the one person it names */
  private chairPending = false;
  private columns: AttendeeColumns | null = null;
  /** past the last item, in an annex ("Annex A – Attendance") */
  private inAnnex = false;
  /** where the cells of the attendance table's header row start, when spaces align it */
  private columnStarts: number[] | null = null;
  /** a list of this document put the person before the organisation */
  private personFirst = false;
  /** the label that opened the list being read ("Chair", "Attendees"), which may differ from its section */
  private sectionKind: SectionKind | null = null;
  /** an attendance table of this document put the organisation before the person */
  private bodyFirst = false;
  /** entries of the list being read whose order, body or person first, was a guess (see parseAttendeeLine) */
  private guessedOrder: { organisation: string | null; name: string }[] = [];
  private readonly headerPieces: string[] = [];
  // Headings of the minutes that come only after the attendance (see leftPiece).
  private readonly lateHeader: string[] = [];
  readonly attendees: ParsedAttendee[] = [];
  /** orgKey of every attendee's organisation: what attendance lines are compared with. */
  private readonly attendeeOrgKeys = new Set<string>();
  /** Lines read so far as "Body: person, person": the list is grouped by body. */
  private groupedBodyLines = 0;
  readonly apologies: ParsedApology[] = [];
  readonly items: ParsedItem[] = [];
  private readonly itemIndex = new ItemIndex();
  /** the columns the attendance table's header named, and how many cells it had */
  private headedColumns: { cols: AttendeeColumns; width: number } | null = null;
  /** every item so far headed in capitals ("2. ANNUAL REPORT"), kept as items are added */
  private capitalTitles = true;
  readonly drafts: ActionDraft[] = [];
  private currentItem: string | null = null;
  private lastItemNumber = 0;
  private flowMode: 'none' | 'list' | 'inline' = 'none';
  private flowDraft: ActionDraft | null = null;
  private listHasContent = false;
  /** a numbered list of actions: the number its next entry would have, and a blank line seen */
  private listNext: number | null = null;
  /**
   * the last item's heading as written, and whether it broke off where a title goes on ("… and",
   * "…:"); a title that did not can still go on with a few words in lower case
   */
  private openTitle: { written: string; brokenOff: boolean } | null = null;
  /** the item a line in the open list of actions named over its entries */
  private listItem: string | null = null;
  private listPaused = false;
  private boxOpen = false;
  /** the last row of an attendance table, by column, that gave one entry; the list's length after it */
  private rowAbove: { cells: string[]; list: unknown[]; length: number } | null = null;
  /** the last piece of the discussion (the left-hand column) ended a sentence */
  private leftEnded = true;
  /** Where a heading beside the first item ("Action") stands, till its first entry says what it heads. */
  private ownerColumnMaybe: number | null = null;
  /** The box's label named only owners so far ("ACTION: Home Office"); its next line says which. */
  private boxOwners: { owners: string; draft: ActionDraft | null } | null = null;
  private boxCol: number | null = null;
  private boxDraft: ActionDraft | null = null;
  private paragraph: string[] = [];
  /** a file's paragraph just ended: what an "Action: DfE" paragraph after it gives owners to */
  private previousParagraph: string[] = [];
  private readonly nextMeeting = new NextMeetingNotes();
  /**
   * An "Agenda" listed before the minutes: its items are the meeting's, and the body then names
   * them by title ("Labour exploitation in the construction sector") while numbering paragraphs.
   */
  private agenda: 'none' | 'listing' | 'listed' = 'none';
  private readonly agendaTitles = new Map<string, string>();
  /** bold text being read ("**DfE agreed to circulate …**"), which may run over lines */
  // Reading the rows of an agenda laid out as a table in the header (see headerRow).
  private agendaTable = false;
  /** A document-control table's width, while its rows (each a version's) go on. */
  private controlTable: number | null = null;
  private bold: string[] | null = null;
  /** where a right-hand "ACTION" column of owners starts, once its heading has been seen */
  private ownerColumn: number | null = null;
  /** the owners column is drawn with tabs ("\t\tWho" headed it) */
  private ownerColumnTab = false;
  /** owners named in that column beside the paragraph being read */
  private pendingOwners: string | null = null;

  /** "(action 2)" in the body: the item that cites each numbered action of a summary table */
  private readonly actionRefs = new Map<string, string>();
  private ownerDirectory: OwnerDirectory | null = null;
  private directorySize = -1;

  /** the last line of the body read (when short): a table's heading */
  private lastPiece: string | null = null;
  /** a new paragraph of a document began: the next entry of a list of actions is a new one */
  private freshEntry = false;
  /** the last piece was a sentence announcing actions with none after it on its line */
  private leadInAbove = false;
  /** the number of the numbered entry just read by its tags ("1. Share … [GLAA, 31/5]"), or null */
  private taggedNumber: number | null = null;
  /** the open list's entries were run on in a line with marks ("(a) …; (b) …"): a wrapped line may start the next */
  private runOnEntries = false;
  /** pieces of text read since the last item heading (the heading itself not counted) */
  private piecesSinceItem = 0;
  /** item headings read one after another with no text between them: a list of items, not sections */
  private headingsInARow = 0;

  /**
   * `lines` are the document's lines; `units` the structure a file gave beside them (tables,
   * asides, paragraph ends), at the index of an empty line that stands in for each.
   */
  constructor(
    private readonly lines: readonly string[],
    private readonly units: ReadonlyMap<number, DocumentUnit> | null = null,
  ) {}

  /** Owners as the attendance lists know them; rebuilt only when a list has grown. */
  private directory(): OwnerDirectory {
    const size = this.attendees.length + this.apologies.length;
    if (this.ownerDirectory === null || size !== this.directorySize) {
      // Bodies by the names the record gives them ("Welsh Government", not "Llywodraeth Cymru / …").
      const named = (o: string | null): o is string => o !== null;
      this.ownerDirectory = new OwnerDirectory(
        this.attendees
          .map((a) => a.organisation)
          .filter(named)
          .map(englishHalf),
        this.apologies
          .map((a) => a.organisation)
          .filter(named)
          .map(englishHalf),
        [
          ...this.attendees,
          ...this.apologies,
          ...[...this.initials].map(([name, organisation]) => ({ name, organisation })),
        ],
        this.posts,
      );
      this.directorySize = size;
    }
    return this.ownerDirectory;
  }

  read(): void {
    for (let i = 0; i < this.lines.length; ) {
      const unit = this.units?.get(i);
      if (unit) {
        this.unit(unit);
        i += unit.kind === 'table' ? (unit.span ?? 1) : 1;
      } else i += this.readLine(this.lines, i);
    }
    // A list running on to the last line ("Apologies: A (DfE); B (ACPO)" with nothing after it).
    this.flushInlineList();
    this.nextMeeting.close();
  }

  /** Reads the line at `lines[i]` (or the table that starts there); returns the lines it took. */
  private readLine(lines: readonly string[], i: number): number {
    const raw = lines[i] ?? '';
    if (raw.trim() === '') {
      this.blank();
      return 1;
    }
    // A file's heading (the unit before it said so) or a Markdown one ("## Actions").
    this.lineIsHeading = this.headingNext || isMarkdownHeading(raw);
    this.lineIndent = raw.length - raw.trimStart().length;
    this.around = lineContext(lines, i);
    this.headingNext = false;
    if (raw.trimStart().startsWith('|')) {
      const items = readItemsPipeTable(lines, i);
      if (items) {
        this.itemsTable(items.rows, items.columns);
        return items.consumed;
      }
    }
    const item = this.tableItem();
    const table =
      readMinutesTable(lines, i) ??
      readAlignedMinutesTable(lines, i) ??
      readPipeTable(lines, i, item) ??
      readTextTable(lines, i, item) ??
      readCellPerLineTable(lines, i, item);
    if (table) {
      this.table(table);
      return table.consumed;
    }
    // "Who: NCA", "What: Circulate …", "When: 30 May" under an item with no label over them (or on
    // one line): an action by its fields. Under a label the open draft takes the fields itself.
    // A stanza of an action log opens with the action's number or item ("Ref: NW/24/07", "Agenda
    // item: 2"), which no open draft's fields go on with: it starts a block under a list's heading too.
    if (this.section === 'body' && this.items.length > 0 && (this.flowDraft === null || opensStanza(raw))) {
      const block = readFieldBlock(lines, i, (k) => this.units?.get(k)?.kind === 'break');
      if (block) {
        this.finishOwnedParagraph(true);
        const d = this.startDraft(block.fields[0] ?? '');
        d.parts.push(...block.fields.slice(1));
        // Under a list's heading the stanza is the list's entry: the list has begun, and a blank
        // line after it ends the list as it would after a labelled entry.
        if (this.flowMode === 'list') this.entryClosed();
        return block.consumed;
      }
    }
    const row = toRow(raw);
    if (this.section === 'attendees' || this.section === 'apologies') {
      // A heading ends the list ("Discussion items" after the apologies), unless it heads another.
      if (!this.lineIsHeading || this.headsList(raw)) {
        if (this.attendanceRow(row)) return 1;
      }
      // "Apologies: A (DfE); B (FCO)" straight above a heading: the list is read in its own section.
      this.flushInlineList();
      this.section = 'body';
      this.sideBySide = null;
    }
    if (this.section === 'header') {
      // "| Organisation | Name | Role |" under the header fields, with no "Attendees" heading above it
      // (or the same header aligned with spaces, "Name    Organisation    Role").
      const headerCells =
        raw.includes('|') || raw.includes('\t') || row.cells.length >= 2 ? splitAttendeeCells(raw) : [];
      const cols = headerCells.length > 0 ? attendeeColumns(headerCells) : null;
      if (cols && cols.name !== null) {
        this.section = 'attendees';
        this.takeColumns(cols, headerCells.length);
        this.columnStarts = alignedStarts(row);
        return 1;
      }
      // The heading of a table of minutes with an owner column ends the header.
      if (this.ownerColumnHeading(row)) {
        this.section = 'body';
        return 1;
      }
      // "SUMMARY OF ACTIONS" under the title, before the attendance and the items: the meeting's
      // actions come first, each naming its item.
      if (isActionSummaryHeading(stripMarkdown(raw.trim()))) {
        this.section = 'body';
        this.actionList('summary');
        this.actionsBeforeItems = true;
        return 1;
      }
      if (this.headerRow(row)) return 1;
      this.section = 'body';
    }
    this.bodyRow(row);
    return 1;
  }

  private readLines(lines: readonly string[]): void {
    for (let i = 0; i < lines.length; ) i += this.readLine(lines, i);
  }

  /**
   * Under its own heading after the items ("Actions", "Action log"), a table's rows belong to no
   * item unless a row names one. Nor do they after a bare list of the items' headings ("1. Plan",
   * "2. Training", then the table): the last heading of a list is no section holding the table.
   */
  private tableStandsApart(): boolean {
    return this.items.length > 0 && this.headingsInARow >= 2 && this.piecesSinceItem === 0;
  }

  /**
   * "Actions" over a table after an item: a list of actions as the same heading over lines is, the
   * meeting's when it is the one such list after the last item, the item's own otherwise (decided
   * in result()).
   */
  private tableUnderActionsHeading(): boolean {
    return this.items.length > 0 && this.lastPiece !== null && isActionTableHeading(this.lastPiece);
  }

  /** The item a table's rows belong to when a row names none. */
  private tableItem(): string | null {
    return this.tableStandsApart() || this.tableUnderActionsHeading() ? null : this.currentItem;
  }

  private table(table: TableResult): void {
    // "Apologies: A (DfE); B (ACPO)" straight above the table, no blank line between: the list is whole.
    this.flushInlineList();
    let underHeading = this.tableUnderActionsHeading();
    // "Actions", then "The group agreed the following actions. A tick shows who owns each.", then
    // the table: a paragraph introducing the table, no action of its own; the table stands under
    // the heading as if nothing came between.
    if (!underHeading && this.actionListOpen !== null) {
      this.endFlow();
      const intro = this.drafts.at(-1);
      if (intro && introducesTable(intro) && intro.parts.join(' ').includes(this.lastPiece ?? '\u0000')) {
        this.drafts.pop();
        for (const d of table.drafts) if (d.item === this.currentItem) d.item = null;
        underHeading = true;
      }
    }
    // A heading the line reader did not take for one (a table's title row, "Action log") is counted here.
    if (underHeading && this.actionListOpen === null) this.actionList('heading');
    const list = this.actionListOpen ?? 'heading';
    this.endFlow();
    this.section = 'body';
    if (this.tableStandsApart()) this.currentItem = null;
    // "Action log" over rows "2.1", "3.1": the references name the items, not the heading's place.
    const byReference = refsNameItems(table.drafts);
    if (underHeading)
      for (const d of table.drafts) {
        if (d.item !== null) d.namedItem ??= d.item;
        else if (!byReference) d.item = this.currentItem;
        d.underActionList = list;
      }
    // An action log's "2. Prosecutions" names an item the body has already headed: no second one.
    for (const h of table.items ?? []) if (!this.items.some((i) => i.number === h.number)) this.addItem(h);
    this.drafts.push(...table.drafts);
    for (const row of table.said ?? []) this.nextMeeting.tableRow(row.title, row.text);
    this.piecesSinceItem += 1;
    this.headingsInARow = 0;
  }

  // ---- structure a file gave ---------------------------------------------------------------

  private unit(unit: DocumentUnit): void {
    if (unit.kind === 'break') {
      this.paragraphBreak();
      return;
    }
    if (unit.kind === 'heading') {
      this.blank();
      this.headingNext = true;
      return;
    }
    if (unit.kind === 'list-end') {
      // Not a blank line: the paragraph after a list may still name the last entry's owners.
      if (this.agenda === 'listing' && this.items.length > 0) this.agenda = 'listed';
      if (this.flowMode === 'list') this.endFlow();
      return;
    }
    if (unit.kind === 'table') {
      // A title row over the table ("Actions arising from the meeting") heads it as a line above would.
      if (unit.title) this.lastPiece = unit.title;
      const rows = headerOverTwoRows(unit.rows);
      if (rows !== unit.rows) unit = { ...unit, rows };
      const items =
        itemsTableColumns(unit.rows[0] ?? []) ?? timedAgendaColumns(unit.rows[0] ?? [], unit.rows.slice(1));
      if (items) {
        this.itemsTable(unit.rows.slice(1), items);
        return;
      }
      const table = readCellTable(unit.rows, this.tableItem(), unit.lineRows);
      if (table) {
        this.table(table);
        return;
      }
      // "2. Regional data" across the top, the discussion below, then "Action | Owner | Due": a
      // table for each item, its header row part-way down. The rows above it are the item's text.
      const at = headerRowAt(unit.rows);
      if (at > 0) {
        this.layoutTable(unit.rows.slice(0, at));
        const actions = readCellTable(unit.rows.slice(at), this.tableItem());
        if (actions) this.table(actions);
        return;
      }
      this.layoutTable(unit.rows);
      return;
    }
    // An aside is a box of actions when it says so (or one is open, running on from a page
    // before); otherwise it is more of the text where it stands.
    if (!isLabelled(unit.lines.join('\n')) && !this.boxOpen) {
      this.readLines(unit.lines);
      return;
    }
    this.flushInlineList();
    this.section = 'body';
    for (const line of unit.lines) for (const piece of splitParagraphs(line)) this.rightPiece(piece);
  }

  /**
   * Minutes kept as a table of items ("Item | Topic | Notes"): each row read as the item's heading,
   * "2. Car wash sector", then its other cells as the item's text, where labelled actions may stand.
   */
  private itemsTable(rows: readonly string[][], columns: ItemsTableColumns): void {
    for (const row of rows) {
      const number = (row[columns.item] ?? '').trim().replace(/[.)]$/, '');
      const title = singleSpaced(row[columns.title] ?? '').trim();
      this.blank();
      if (columns.item !== columns.title && /^\d{1,3}$/.test(number) && title !== '')
        this.readLines([`${number}. ${title}`]);
      else if (title !== '') this.readLines([title]);
      row.forEach((cell, c) => {
        if (c === columns.item || c === columns.title || columns.skip?.includes(c) || cell.trim() === '')
          return;
        this.blank();
        this.readLines(cell.split('\n'));
      });
    }
    this.blank();
  }

  /**
   * A table that is no action table: an attendance list kept in a table (a row a person), or the
   * page laid out as a table (the discussion in one cell, its actions in the cell beside it).
   */
  private layoutTable(written: readonly string[][]): void {
    if (this.listsSideBySide(written)) return;
    // Under an attendance heading, a row whose first cell holds a person over their body ("DI Mark
    // Sutton" over "West Midlands Police", then "Chair") is one entry, as a list's line writes it.
    const section = this.section;
    const listing =
      section === 'apologies' || (section !== 'header' && section !== 'body' && listsAttendees(section));
    const rows = listing ? written.map((r) => personOverBodyRow(r)) : written;
    // A table with a cell left empty between filled ones is read as pipe rows, which keep each
    // cell's place ("Raj Patel | Kingsmere Police |  | ✓": the tick under "Apologies", not
    // "Attended"), where tabs run together.
    const piped = rows.some(
      (r) =>
        r.length >= 3 &&
        r.some((c, k) => k > 0 && c.trim() === '' && r.slice(k).some((d) => d.trim() !== '')),
    );
    for (const row of rows) {
      if (!row.some((c) => c.includes('\n'))) {
        // One line a cell: a row of cells, as a tab-separated line reads ("Venue ⇥ Kingsmere Civic
        // Centre" the field of the meeting's details the text stage makes of it).
        this.readLines(fieldRows([piped ? `| ${row.map((c) => c.trim()).join(' | ')} |` : row.join('\t')]));
        continue;
      }
      const last = row.length >= 2 ? (row[row.length - 1] ?? '') : '';
      const boxed = last !== '' && isLabelled(last);
      // "Southshire Fire and Rescue Service" alone in the last cell, beside the discussion: the owners
      // of the action that is the discussion's last sentence, as an owners column in text is read.
      const owners = !boxed && !last.includes('\n') && this.namesOwnersOnly(last.trim()) ? last.trim() : null;
      const cells = boxed || owners !== null ? row.slice(0, -1) : row;
      // "12." beside "Minutes of the previous meeting" over its text (a committee system's page): the
      // item's number and heading, then what was said.
      const [numberCell = '', beside = ''] = cells;
      const heading = beside.split('\n')[0] ?? '';
      const numbered =
        cells.length >= 2 &&
        /^\d{1,3}[.)]?$/.test(numberCell.trim()) &&
        beside.includes('\n') &&
        heading.length <= 120 &&
        !/[.;:]$/.test(heading.trim());
      if (numbered) {
        this.readLines([`${numberCell.trim().replace(/[.)]$/, '')}. ${heading.trim()}`]);
        this.paragraphBreak();
      }
      const read = numbered ? [beside.slice(heading.length + 1), ...cells.slice(2)] : cells;
      read.forEach((cell, c) => {
        const paras = cell.split('\n');
        paras.forEach((para, k) => {
          this.readLines([para]);
          if (owners !== null && c === read.length - 1 && k === paras.length - 1) this.pendingOwners = owners;
          this.paragraphBreak();
        });
      });
      if (boxed) this.unit({ kind: 'aside', lines: last.split('\n') });
    }
  }

  /**
   * "Present | Apologies" over cells of people, a paragraph each ("Kate Moore, Devon and Cornwall
   * Police (Chair)" over "Paul Green, …"): each column its own list, read down under its heading.
   * False when the first row is not such headings.
   */
  private listsSideBySide(rows: readonly string[][]): boolean {
    const [head, ...body] = rows;
    if (!head || head.length < 2 || body.length === 0) return false;
    const lists = head.map((c) => matchSection(stripMarkdown(c).trim()));
    if (
      !lists.every((l) => l !== null && l.rest === '' && (l.kind === 'apologies' || listsAttendees(l.kind)))
    )
      return false;
    // One person a cell, row by row, is read by the side-by-side rows of text (see attendanceRow).
    if (!body.some((r) => r.some((c) => c.includes('\n')))) return false;
    head.forEach((label, c) => {
      this.blank();
      this.readLines([`${stripMarkdown(label).trim().replace(/:$/, '')}:`]);
      for (const row of body)
        for (const para of (row[c] ?? '').split('\n')) if (para.trim() !== '') this.readLines([para.trim()]);
    });
    this.blank();
    return true;
  }

  /**
   * The end of a paragraph of a Word or PDF file, which text marks with nothing (a line end) or
   * with a blank line: the sentence, the owned paragraph and an inline action end with it, but a
   * list of actions goes on, each paragraph a new entry.
   */
  private paragraphBreak(): void {
    // A file's paragraph after a heading is no wrapped part of the heading's title.
    this.openTitle = null;
    this.flushInlineList();
    this.finishOwnedParagraph(true);
    if (this.flowMode === 'inline') this.endFlow();
    if (this.flowMode === 'list') this.freshEntry = true;
    this.bold = null;
    if (this.paragraph.length > 0) this.previousParagraph = this.paragraph;
    this.paragraph = [];
    this.nextMeeting.paragraphEnd();
  }

  // ---- header and attendance ---------------------------------------------------------------

  /** True when the row belongs to the header; false hands it to the body. */
  private headerRow(row: Row): boolean {
    // "Item ⇥ Subject ⇥ Lead" over "1 ⇥ Apologies ⇥ Chair": the agenda as a table; its rows are
    // the items to come ("Apologies" one of them, not a list; its leads introduce, not act).
    const texts = row.cells.map((c) => c.text.trim());
    if (isAgendaTableHeader(texts)) {
      this.agendaTable = true;
      return true;
    }
    // "Version ⇥ Date ⇥ Author ⇥ Status" over "0.2 ⇥ 20/02/2024 ⇥ …": the record's history, passed over.
    // (A pipe table's row comes as one cell: its pipes part it.)
    const parted = texts.length === 1 && texts[0]?.includes('|') ? pipeCells(texts[0]) : texts;
    if (isDocumentControlHeader(parted)) {
      this.controlTable = parted.filter((t) => t !== '').length;
      return true;
    }
    if (this.controlTable !== null) {
      const cells = parted.map((t) => t.trim()).filter((t) => t !== '');
      // Its rule ("|---|---|") and its rows, each opening with a version's number.
      if (cells.length > 0 && cells.every((t) => /^:?-{2,}:?$/.test(t))) return true;
      if (cells.length <= this.controlTable && /^v?\d{1,2}(?:\.\d{1,2}){0,2}$/i.test(cells[0] ?? ''))
        return true;
      this.controlTable = null;
    }
    if (this.agendaTable) {
      if (texts.length >= 2 && /^\d{1,2}[.)]?$/.test(texts[0] ?? '')) return true;
      this.agendaTable = false;
    }
    const first = firstPiece(row);
    if (this.heading(first) || matchLabel(stripNumbering(first)) !== null) return false;
    // "The actions agreed were:" (a letter's, under the attendance in sentences): the list of actions
    // begins, and the header ends.
    if (this.attendees.length > 0 && actionsLeadIn(first) !== null) return false;
    if (this.sideBySideHeading(row)) return true;
    for (const cell of row.cells)
      for (const piece of splitParagraphs(cell.text)) this.headerPiece(stripMarkdown(piece));
    return true;
  }

  private headerPiece(p: string): void {
    if (p === '') {
      // A blank line parts the header's lines: two bodies' names on adjacent lines are one heading.
      if (this.headerPieces.length > 0 && this.headerPieces[this.headerPieces.length - 1] !== '')
        this.headerPieces.push('');
      return;
    }
    if (this.attendanceSentences(p) || this.coveringAttendance(p)) return;
    const section = matchSection(stripBullet(p));
    if (section) {
      this.openSection(section.kind, section.rest);
      return;
    }
    if (this.section !== 'header') {
      // A list started mid-row; the rest of the row is its first entry.
      this.attendancePiece(p);
      return;
    }
    if (this.nextMeeting.headerDetails(p)) return;
    this.nextMeeting.note(p);
    this.headerPieces.push(p);
  }

  /**
   * "Present ⇥⇥ Apologies": two lists side by side, a heading over each column. The left list is
   * read as the section; the right column's entries, row by row, as the other (see attendanceRow).
   */
  private sideBySideHeading(row: Row): boolean {
    const cells = row.cells.filter((c) => c.text.trim() !== '');
    if (cells.length !== 2) return false;
    const [left, right] = cells.map((c) => matchSection(stripMarkdown(c.text.trim())));
    if (!left || !right || left.rest !== '' || right.rest !== '') return false;
    if ((left.kind === 'apologies') === (right.kind === 'apologies')) return false;
    this.openSection(left.kind, '');
    this.sideBySide = right.kind === 'apologies' ? 'apologies' : 'attendees';
    return true;
  }

  /** A row under side-by-side lists: the left cell goes on the open list, the right on the other. */
  private sideBySideRow(row: Row): boolean {
    const right = this.sideBySide;
    const cells = row.cells.filter((c) => c.text.trim() !== '');
    if (right === null || cells.length === 0 || cells.length > 2) return false;
    // "In attendance:": another list's heading, read as one (it ends the pair).
    if (cells.some((c) => matchSection(stripBullet(stripMarkdown(c.text.trim()))) !== null)) return false;
    // One cell: the left list's, unless the line starts in the right column (tabs or spaces first).
    const leftCell = cells.length === 2 || (cells[0]?.col ?? 0) === 0 ? cells[0] : undefined;
    const rightCell = cells.length === 2 ? cells[1] : leftCell ? undefined : cells[0];
    if (leftCell && !this.attendancePiece(leftCell.text.trim())) return false;
    if (rightCell) {
      const section = this.section;
      this.section = right;
      this.attendancePiece(rightCell.text.trim());
      this.section = section;
    }
    return true;
  }

  /** `sameTable`: a row of the attendance table opens it ("| Apologies | | |"), so its columns hold. */
  private openSection(kind: SectionKind, written: string, sameTable = false): void {
    // "Apologies: received from A (BTP) and B (Police Scotland)": the words that open the sentence
    // form after the label are no part of the first entry.
    const rest = kind === 'apologies' ? written.replace(RECEIVED_FROM, '') : written;
    const inHeader = this.section === 'header';
    // Another list's heading ends the side-by-side pair (sideBySideHeading sets it again after).
    this.sideBySide = null;
    if (!sameTable) {
      this.columns = null;
      this.columnStarts = null;
      this.guessedOrder = [];
    }
    this.chairPending = kind === 'chair';
    this.sectionKind = kind;
    // A group ("Councillors: …") goes on with the list it stands in; before any, it opens those present.
    this.section =
      kind === 'apologies' || (kind === 'group' && this.section === 'apologies') ? 'apologies' : 'attendees';
    this.passage += 1;
    const roles: Partial<Record<SectionKind, string>> = {
      secretariat: 'SECRETARIAT',
      observers: 'OBSERVER',
      chair: 'CHAIR',
    };
    this.sectionRole = roles[kind] ?? null;
    this.flushInlineList();
    // "Invited" over the invitees, then "Attended" over those who came (a Teams recap): the second
    // list is the attendance. "Invited" alone (Google Meet's notes) is all there is of it.
    if (kind === 'invited') {
      this.invited = { from: this.attendees.length, to: null };
    } else if (kind === 'attendees' && this.invited && this.invited.to === null) {
      this.invited.to = this.attendees.length;
    }
    this.listGivenInline = rest !== '' && kind !== 'chair';
    if (LIST_ELSEWHERE.test(rest)) return;
    // "Those present: A (NCA) and B (DFID). Apologies were received from C (FCO).": the list ends
    // with its sentence, and the next sentence is the next list.
    const cut = rest !== '' && kind !== 'chair' ? attendanceAfterSentence(rest) : null;
    if (cut !== null) {
      this.openSection(kind, rest.slice(0, cut).trim());
      this.flushInlineList();
      const after = rest.slice(cut).trim();
      if (!this.attendanceSentences(after)) {
        const next = matchSection(after);
        if (next) this.openSection(next.kind, next.rest);
      }
      return;
    }
    // ("… Official (British Transport Police) and" over "Official (Police Scotland)": broken after "and".)
    if (rest !== '' && kind !== 'chair' && /[,;]|\([^()]*$|\s(?:and|&)$/.test(rest) && !endsList(rest)) {
      // A list that has not ended goes on over the next lines (up to a full stop or a blank line);
      // it is split once it ends, so an entry cut in two stays one ("Official (Kent Fire and
      // Rescue" over "Service); …": a bracket left open goes on too).
      this.inlineList = rest;
      return;
    }
    if (rest !== '') {
      // "Chair: Karen Holt, Salvation Army": the chair and their body, not two people.
      const entries = kind === 'chair' ? splitInlineList(rest, true) : this.inlineEntries(rest);
      for (const entry of entries) this.attendancePiece(entry);
      // "Chair: X" names one person; the lines after it are ordinary attendees, or, among the
      // header's fields ("| Chair | X |" over "| Minutes | Y |"), more of the header.
      if (kind === 'chair') {
        this.sectionRole = null;
        if (inHeader) this.section = 'header';
      }
    }
  }

  /**
   * "Those present were …. Apologies were received from …": attendance written as sentences, in the
   * header or in an item. True when the text was such a sentence (or two).
   */
  private attendanceSentences(text: string): boolean {
    // ("The Chair, X (Body), welcomed …" names the chair; "CHAIR" after a name in a list does not.)
    if (
      !/\b(?:present|attend|apologies|chaired|the\s+chair,|on\s+the\s+(?:call|line)|joining)/i.test(text) ||
      text.length > 6000
    )
      return false;
    const read = sentencesRead(text);
    if (!read) return false;
    this.readAttendance(read);
    return true;
  }

  /** Attendance read from sentences, each its own list: those present, the apologies, a chair. */
  private readAttendance(read: readonly SentenceRead[]): void {
    this.keepingSection(() => {
      for (const r of read) {
        this.section = r.kind;
        this.passage += 1;
        this.columns = null;
        // "The Chair, Priya Shah (…), called the meeting to order." over a list naming her again.
        this.chairPending = r.chair === true;
        for (const e of r.entries) this.attendancePiece(e);
        this.chairPending = false;
      }
    });
  }

  /**
   * "Quick note of this morning's call (chaired by A, Home Office). On the call: A (…), B (…).
   * Apologies from C (…).": a covering note's paragraph before the minutes, a sentence of its own and
   * then the attendance in sentences. The sentence is read as any other; a chair it names in passing
   * is an attendee before the list names them again. True when the paragraph was such.
   */
  private coveringAttendance(text: string): boolean {
    if (text.length > 6000) return false;
    const at = attendanceAfterSentence(text);
    if (at === null) return false;
    const lead = text.slice(0, at).trim();
    const read = sentencesRead(text.slice(at).trim());
    if (!read) return false;
    this.headerPiece(lead);
    const chair = chairNamedInPassing(lead);
    this.readAttendance(
      chair === null ? read : [{ kind: 'attendees', entries: [chair], chair: true }, ...read],
    );
    return true;
  }

  /**
   * "Dana Whitfield chaired the meeting." opening a paragraph, with Dana Whitfield among those listed
   * and no chair named yet: her role.
   */
  private chairAsSubject(p: string): void {
    // The sentence first: most paragraphs name no chair, and the list may be long.
    const name = this.attendees.length > 0 ? chairNamedAsSubject(p) : null;
    if (name === null || this.attendees.some((a) => a.role === 'CHAIR')) return;
    const listed = this.attendees.filter((a) => a.name === name && a.role === null);
    if (listed.length === 1 && listed[0]) listed[0].role = 'CHAIR';
  }

  /** Runs `read` (entries of another list than the one being read), then goes back to that list. */
  private keepingSection(read: () => void): void {
    const { section, sectionRole } = this;
    read();
    this.section = section;
    this.sectionRole = sectionRole;
  }

  /**
   * "Apologies were received from:" over a list, or "… from A (DFID), B (DWP)" wrapped onto the next
   * line: the list it opens, its entries read as a list's are.
   */
  private openAttendanceSentence(text: string): boolean {
    const open = attendanceSentenceOpening(text);
    // The words begun on the line must start a list ("A (DFID), …", "Councillors B Grant and L"),
    // not a clause ("… from members who could not attend").
    if (!open || (open.rest !== '' && !/[(,;]/.test(open.rest) && !NAMES_RUN.test(open.rest))) return false;
    this.openSection(open.kind, '');
    if (open.rest !== '') this.inlineList = open.rest;
    return true;
  }

  private flushInlineList(): void {
    const list = this.inlineList;
    if (list === null) return;
    this.inlineList = null;
    // An "entry" of hundreds of characters is no person (brackets left open swallowed the list's
    // separators); read again, it would start the list over and grow it with every line.
    for (const entry of this.inlineEntries(list)) if (entry.length <= 300) this.attendancePiece(entry);
  }

  /** An inline list's entries, read the way this document writes them (see splitInlineList). */
  private inlineEntries(list: string): string[] {
    const entries = splitInlineList(list, this.nameCommaBody);
    // "A, Home Office; B, MOJ": entries are "Name, Body" here, so "Apologies: C, Migrant Help" is one.
    if (list.includes(';') && entries.some((e) => e.includes(','))) this.nameCommaBody = true;
    return entries;
  }

  /** True when the row was an attendance entry or heading; false ends the list. */
  private attendanceRow(row: Row): boolean {
    const text = row.raw.trim();
    if (this.inlineList !== null) {
      const first = firstPiece(row);
      const ends =
        matchSection(stripBullet(first)) !== null ||
        // "Apologies for absence were received from …" on the next line, no blank line between.
        attendanceSentenceOpening(stripBullet(first)) !== null ||
        attendanceSentence(stripBullet(first)) !== null ||
        this.heading(first) !== null ||
        matchLabel(stripNumbering(first)) !== null ||
        // "Notes" over bullets, or a bullet: the minutes going on with no blank line after the list.
        isBulleted(first) ||
        // (Not after "… Kwame Mensah (DFID) and", nor with "(Kingsmere Citizens Advice)." under "… and
        // Joe Kaminski": the list goes on whatever is under it.)
        (this.around.overList &&
          !text.includes(',') &&
          !UNFINISHED_OWNERS.test(this.inlineList.trim()) &&
          !/^[(a-z]/.test(text)) ||
        // "… Robert Lyle (MOJ)" over "Summary": the last entry had its body, and no joint goes on.
        (/\)$/.test(this.inlineList) && !/[,;]/.test(text) && !/^(?:and|&)\s/i.test(text)) ||
        text.length > 1000;
      if (!ends) {
        this.inlineList = `${this.inlineList} ${text}`;
        if (endsList(text) || this.inlineList.length > 5000) this.flushInlineList();
        return true;
      }
      this.flushInlineList();
    }
    if (text.length > 300) return false;
    // "Apologies ⎵⎵ Helen Brandt (NCA)": the next list's label in a column of side headings, its
    // first entry beside it.
    const sides = row.cells.filter((c) => c.text.trim() !== '');
    const side = sides.length === 2 ? matchSection((sides[0]?.text ?? '').trim()) : null;
    if (side && side.rest === '' && (side.kind !== this.section || side.kind !== this.sectionKind)) {
      this.openSection(side.kind, (sides[1]?.text ?? '').trim());
      return true;
    }
    // "***", "___", "- - -": a Markdown rule between lists, nobody's name; "Ministers", "Officials":
    // a sub-heading of the list.
    if (isThematicBreak(text) || isAttendanceGroup(stripMarkdown(text))) return true;
    // "Apologies: Robert Lyle (MOJ)" over "Welcome" with no blank line between: a list given on its
    // label's line goes on only with entries that name a body (brackets, a comma, a dash or a tab).
    if (this.listGivenInline && row.cells.length === 1 && !NAMES_BODY.test(text)) return false;
    // "Meeting summary for the Data Group (16/04/2024)" straight under the list: the minutes' own
    // heading, no one's entry.
    if (row.cells.length === 1 && datedHeading(text)) return false;
    // "Goals" over a paragraph, after a blank line under a list whose every entry named its body: a
    // heading of the notes (a template's "Goals", "Discussion items"), not a person with no body
    // (nor a table's row, "| Organisation | Name |", which the list's own table reading takes).
    const entries = this.section === 'apologies' ? this.apologies : this.attendees;
    if (
      this.around.standsAlone &&
      row.cells.length === 1 &&
      text.length <= 40 &&
      !NAMES_BODY.test(text) &&
      !text.includes('|') &&
      matchSection(stripBullet(stripMarkdown(text))) === null &&
      entries.length > 0 &&
      entries.every((e) => e.organisation !== null)
    )
      return false;
    const first = firstPiece(row);
    // The heading of a right-hand owners column ("Action by") ends the list above it.
    const lone = row.cells.filter((c) => c.text !== '');
    if (
      lone.length === 1 &&
      ((lone[0]?.col ?? 0) >= 40 || (row.cells.length > 1 && row.cells[row.cells.length - 1] === lone[0])) &&
      isOwnerColumnHeading(lone[0]?.text ?? '')
    )
      return false;
    // So does "Item ⎵⎵⎵ Action": the names of the minutes' own columns.
    if (lone.length >= 2 && namesOwnedColumns(lone)) return false;
    // "1. Jane Roe – Home Office (Chair)": people numbered like items are still the list.
    // "Item 1:<tab>Apologies for absence": an item heading whose title is in the next cell ends it.
    // So does "1.0<tab>WELCOME AND APOLOGIES": the item's number alone in its cell.
    const h = this.heading(first) ?? (isItemNumberCell(first) ? this.heading(joinCells(row.cells)) : null);
    if (
      (h && !readsAsAttendee(h.title)) ||
      matchLabel(stripNumbering(first)) !== null ||
      isAgendaHeading(first)
    )
      return false;
    // "Papers:", "Distribution:": another list begins, not more people ("Home Office:⇥Sarah
    // Linton" names a body before its people in the next column).
    if (/^[A-Z][A-Za-z ]{2,30}:$/.test(first) && lone.length === 1 && matchSection(first) === null)
      return false;
    if (this.sideBySide !== null && this.sideBySideRow(row)) return true;
    // "Department for Work and" over "Pensions" at the margin, no header above the list: a lone
    // cell under an entry whose body broke off on a word no name ends with goes on with that body.
    const entryAbove = (this.section === 'apologies' ? this.apologies : this.attendees).at(-1);
    if (
      !this.columns &&
      lone.length === 1 &&
      (lone[0]?.col ?? 0) === 0 &&
      first.length <= 60 &&
      /^[A-Z]/.test(first) &&
      entryAbove?.organisation &&
      BODY_BROKEN_OFF.test(entryAbove.organisation)
    ) {
      this.attendeeOrgKeys.delete(orgKey(entryAbove.organisation));
      entryAbove.organisation = `${entryAbove.organisation} ${first}`;
      this.attendeeOrgKeys.add(orgKey(entryAbove.organisation));
      return true;
    }
    // "|  |  | Prosecutions |" under "| CPS | Official | For Director of Public |" (or the same with
    // tabs or aligned spaces): a table's cells wrapped onto a row with no person in it go on with
    // the row above, which is read again whole.
    const byColumn = this.cellsByColumn(row);
    const above = this.rowAbove;
    this.rowAbove = null;
    const list: unknown[] = this.section === 'apologies' ? this.apologies : this.attendees;
    const nameAt = this.columns?.name ?? null;
    if (
      byColumn &&
      nameAt !== null &&
      (byColumn[nameAt] ?? '') === '' &&
      matchSection(stripBullet(first)) === null
    ) {
      if (above && above.list === list && above.length === list.length && byColumn.some((c) => c !== '')) {
        list.pop();
        const joined = above.cells.map((c, i) => `${c} ${byColumn[i] ?? ''}`.trim());
        return this.attendancePiece(`| ${joined.join(' | ')} |`);
      }
    }
    const before = list.length;
    const read = this.attendanceCells(row, text);
    if (read && byColumn && nameAt !== null && list.length === before + 1 && (byColumn[nameAt] ?? '') !== '')
      this.rowAbove = { cells: byColumn, list, length: list.length };
    return read;
  }

  /** The cells of an attendance table's row by column: pipes, tabs or the header's aligned starts. */
  private cellsByColumn(row: Row): string[] | null {
    const cols = this.columns;
    if (!cols || row.raw.length > 300) return null;
    const raw = row.raw.trimEnd();
    if (raw.trimStart().startsWith('|')) return splitAttendeeCells(stripMarkdown(raw));
    if (raw.includes('\t')) return raw.split('\t').map((c) => c.trim());
    const starts = this.columnStarts;
    // Under a header of tabs, a line with none is a first cell alone ("Association" under "Local Government").
    if (!starts) return row.cells.length === 1 ? [raw.trim()] : null;
    if (starts.length < 2) return null;
    // Cells that stand under none of the header's columns (tabs turned into spaces), or as many as
    // the header has: read in order, a cell left out at the end empty.
    const filled = row.cells.filter((c) => c.text !== '').map((c) => ({ text: c.text.trim(), col: c.col }));
    const aligned = filled.every((c) => starts.some((at) => Math.abs(at - c.col) <= 2));
    if (filled.length === starts.length || (!aligned && filled.length <= starts.length)) {
      // Indented, where the tab before it was: the first cell left empty ("        Official" under
      // "Home Office     Mark Harper MP", the body's next person).
      const skip = filled.length < starts.length && (filled[0]?.col ?? 0) > (starts[0] ?? 0) + 2 ? 1 : 0;
      return starts.map((_, k) => filled[k - skip]?.text ?? '');
    }
    const out = starts.map(() => '');
    for (const c of row.cells) {
      if (c.text === '') continue;
      let at = 0;
      for (let k = 0; k < starts.length; k += 1) if ((starts[k] ?? 0) <= c.col + 2) at = k;
      out[at] = `${out[at]} ${c.text.trim()}`.trim();
    }
    return out;
  }

  private attendanceCells(row: Row, text: string): boolean {
    if (attendeeColumns(splitAttendeeCells(text))) this.columnStarts = alignedStarts(row);
    const pieces = splitParagraphs(text)
      .map((p) => stripMarkdown(p))
      .filter((p) => p.trim() !== '');
    if (pieces.length === 0) return true;
    let consumed = false;
    for (const p of pieces) {
      const section = matchSection(stripBullet(p));
      if (section) {
        this.openSection(section.kind, section.rest);
        consumed = true;
        continue;
      }
      if (!this.attendancePiece(p)) {
        if (!consumed) return false;
      } else consumed = true;
    }
    return true;
  }

  /** Whether an entry ("Kay Mills (Home Office)") names someone the attendance has already listed. */
  private namesAttendee(entry: string): boolean {
    const read = parseAttendeeLine(entry, this.attendeeOrgKeys, null, this.personFirst);
    if (!read) return true;
    // "Official" is no one in particular: the same body says it is the same official.
    return this.attendees.some(
      (a) => a.name === read.name && (!UNNAMED.test(read.name) || a.organisation === read.organisation),
    );
  }

  /** Several entries found in one line, each read as a line of its own; true when any was one. */
  private attendanceEntries(entries: readonly string[]): boolean {
    let any = false;
    for (const entry of entries) any = this.attendancePiece(entry) || any;
    return any;
  }

  /** A heading that opens an attendance list or a group of one ("## Apologies", "### Ministers"). */
  private headsList(raw: string): boolean {
    const t = stripMarkdown(raw.trim());
    return matchSection(stripBullet(t)) !== null || isAttendanceGroup(t);
  }

  /** A row of the list in capitals: its columns' header, or two cells or more under that header. */
  private capitalsRow(p: string): boolean {
    const cells = splitAttendeeCells(p);
    if (attendeeColumns(cells)) return true;
    return this.columns !== null && cells.filter((c) => c.trim() !== '').length >= 2;
  }

  private attendancePiece(piece: string): boolean {
    const p = stripBullet(piece.trim());
    // "1.1 Apologies for absence were received from:" under an item that is the list.
    const sentence = stripNumbering(p);
    if (this.openAttendanceSentence(sentence)) return true;
    if (sentence !== p && this.section !== 'header' && this.attendanceSentences(sentence)) return true;
    // "WELCOME AND INTRODUCTIONS": a heading in capitals after the list ends it (a body in capitals,
    // "ISLE OF WIGHT COUNCIL", is still an entry). A report printed in capitals is a list all the
    // same: its columns' header ("NAME   ORGANISATION   ROLE") and, under it, a row of cells.
    if (isCapitalsHeading(p) && orgScore(p, this.attendeeOrgKeys) < 2 && !this.capitalsRow(p)) return false;
    // "Apologies: none.", "None received": an empty list, not a person called None.
    if (/^(?:none|nil|no\s+apologies)(?:\s+(?:received|given))?\.?$/i.test(p)) return true;
    // "Note taker: Official (Nottingham City Council)" among the header's fields names who wrote the
    // record, not another person at the table: the attendance list names them as it names everyone.
    // Under a list that has not named them ("Present: …" over "Minute taker: Kay Mills (Home
    // Office)"), they are one more person there, with no role at the meeting.
    // A form's field ("Minutes ⇥ Amy Hunt (Northtown Council)" under "Apologies ⇥ …") names the
    // note taker wherever it stands.
    const field = /^\S+\t/.test(p);
    const taker = NOTE_TAKER.exec(p) ?? (this.section === 'attendees' || field ? NOTES_BY.exec(p) : null);
    if (taker) {
      const who = p.slice(taker[0].length).trim();
      if (this.attendees.length === 0 || this.namesAttendee(who)) return true;
      if (this.section === 'attendees') return this.attendancePiece(who);
      if (field)
        this.keepingSection(() => {
          this.section = 'attendees';
          this.sectionRole = null;
          this.attendancePiece(who);
        });
      return true;
    }
    if (isRecordSection(p)) return false;
    // "Owen Pritchard, Welsh Government" over "(Chair)": the entry's role wrapped onto a line alone.
    const wrappedRole = /^\(([^()]{2,30})\)$/.exec(p);
    const role = wrappedRole ? roleOf(wrappedRole[1] ?? '') : null;
    const last = this.section === 'attendees' ? this.attendees[this.attendees.length - 1] : undefined;
    if (role !== null && last && last.role === null) {
      last.role = role;
      return true;
    }
    // "Councillors P. Lane and S. Mistry": two people under one title.
    const titled = peopleUnderPluralTitle(p);
    if (titled) {
      for (const person of titled) this.attendancePiece(person);
      return true;
    }
    // "{{user.name}}  ${process.env.SECRET}", "'; DROP TABLE actions; --": code, not a person or body.
    if (CODE_IN_NAME.test(p)) return true;
    // "Home Office Karen Bradley MP CHAIR FCO Official …": the list's rows run onto one line.
    const runOn = runTogetherPairs(p);
    if (runOn) {
      for (const pair of runOn) this.attendancePiece(pair);
      return true;
    }
    const cells = splitAttendeeCells(p);
    const cols = attendeeColumns(cells);
    if (cols) {
      this.takeColumns(cols, cells.length);
      return true;
    }
    if (cells.length > 0 && cells.every((c) => /^:?-+:?$/.test(c) || c === '')) return true;
    // "| **Apologies** |  |  |": a row of the attendance table heading the rows under it.
    const filled = cells.filter((c) => c.trim() !== '');
    const heads =
      this.columns && filled.length === 1 ? matchSection(stripMarkdown(filled[0] ?? '').trim()) : null;
    if (heads && heads.rest === '') {
      this.openSection(heads.kind, '', true);
      return true;
    }
    // "Home Office: Mark Harper MP (Chair); Official; Official (Secretariat)": one body, several people.
    // "Home Office: Sarah Whitcombe (Chair), Daniel Osei": with commas when each part is a person.
    const grouped = p.length <= 900 ? /^([^:;()]{2,60}):\s+(.{3,800})$/.exec(p) : null;
    const members = grouped?.[2] ?? '';
    const entries = members.includes(';') ? this.inlineEntries(members) : severalPeople(members);
    // Once the list is grouped by body, a body no word marks as one heads its people too
    // ("Salvation Army: Anne Read, Bob Wilkes" under "Home Office: …").
    const headScore = grouped ? orgScore(grouped[1] ?? '', this.attendeeOrgKeys) : -5;
    if (grouped && entries && (headScore >= 2 || (headScore >= 0 && this.groupedBodyLines > 0))) {
      this.groupedBodyLines += 1;
      return this.attendanceEntries(entries.map((entry) => `${grouped[1]} – ${entry}`));
    }
    // "Edward Timpson MP (DfE); Official (ACPO)": several people on a line, perhaps going on over
    // the next lines; split once the list ends. So with middle dots: "A (Home Office) · B (NCA)",
    // and with commas when the line breaks off in a name ("B (NCA), Dr Asha" over "Patel (NHS) …").
    if (
      !this.columns &&
      this.inlineList === null &&
      (p.includes(';') || /\s[•·]\s+\S/.test(p) || bracketedPeopleBrokenOff(p))
    ) {
      this.inlineList = p;
      if (/\.$/.test(p)) this.flushInlineList();
      return true;
    }
    // "Councillor Sandra Quinn (Chairman), Councillor Peter Oduya (Vice-Chairman), Councillor Mary
    // Lowe": people of no named body, one after another with commas.
    const unattached = !this.columns && cells.length === 1 ? peopleOfNoBody(p, this.attendeeOrgKeys) : null;
    if (unattached) return this.attendanceEntries(unattached);
    // "A (Stockton Council) (Chair), B (Cleveland Police) and C (Justice and Care)" under "Present:".
    const bracketed = !this.columns && cells.length === 1 ? bracketedPeople(p) : null;
    if (bracketed) return this.attendanceEntries(bracketed);
    // "Home Office ⇥ Karen Bradshaw MP (Chair) ⇥ MOJ ⇥ Lord Ashby": two people to a row.
    const pairs = this.columns ? null : bodyPersonPairs(cells, this.attendeeOrgKeys);
    if (pairs) return this.attendanceEntries(pairs);
    // A list laid out in two columns side by side: "Mark Harper MP (Home Office)    Helen Grant MP (MOJ)".
    // Or "Sara Thornton, West Midlands Police (Chair)     Raj Gill, Birmingham City Council".
    // ("Jo Smith (JS) ⇥ Home Office (Chair)": a person's initials in brackets make no entry of a name.)
    if (
      !this.columns &&
      cells.length >= 2 &&
      cells.every((c) => SIDE_BY_SIDE_ENTRY.test(c) && withoutOwnInitials(c) === c)
    )
      return this.attendanceEntries(cells);
    // "| Home Office | Karen Bradley MP (Chair), Official (Secretariat) |": several people of one body.
    const nameAt = this.columns?.name ?? null;
    const people = nameAt === null ? null : severalPeople(cells[nameAt] ?? '');
    if (people)
      return this.attendanceEntries(
        people.map((person) => `| ${cells.map((c, i) => (i === nameAt ? person : c)).join(' | ')} |`),
      );
    // The apologies laid out as the attendance above was: the table's header, row for row as wide
    // ("Neil Haines ⇥ Assistant Director ⇥ HMRC" under "Name ⇥ Job title ⇥ Organisation"), or
    // person first.
    if (!this.columns && this.headedColumns && cells.length === this.headedColumns.width && cells.length >= 3)
      this.columns = this.headedColumns.cols;
    if (!this.columns && this.personFirst && cells.length === 2 && !cells.some((c) => roleOf(c) !== null)) {
      this.columns = PERSON_THEN_BODY;
    }
    // "Official - Home Office (HO)", "Jo Smith (JS), UKHTC": the letters the minutes use for the body
    // or the person are taken out, and kept to read "HO" or "JS" as an owner later.
    const acronym = withoutAcronym(p);
    // Columns learned from two-cell rows say nothing of a row with a role between ("Lucy Barnes ⇥
    // Clerk ⇥ Kingsmere District Council"), nor of one whose second cell is a role in the body's
    // place ("Mr David Cole ⇥ Clerk"): each is read cell by cell, person first.
    const roleForBody =
      this.columns === PERSON_THEN_BODY && cells.length === 2 && cells.some((c) => roleOf(c) !== null);
    const columns =
      this.columns === PERSON_THEN_BODY && (cells.length !== 2 || roleForBody) ? null : this.columns;
    const entry = parseAttendeeLine(
      acronym ? acronym.text : p,
      this.attendeeOrgKeys,
      columns,
      this.personFirst,
    );
    if (!entry) return false;
    if (acronym && entry.organisation !== null) this.initials.set(acronym.acronym, entry.organisation);
    // "Apologies: Laing O'Rourke (Tom Reid)" under a "Company | Representative" table: this document
    // writes the body first, and the bracket holds its representative.
    if (this.bodyFirst && !this.personFirst && !this.columns && entry.organisation !== null) {
      const flipped = bodyThenPersonInBrackets(p, this.attendeeOrgKeys);
      if (flipped && orgKey(flipped.organisation) === orgKey(entry.name)) {
        entry.organisation = flipped.organisation;
        entry.name = flipped.name;
      }
    }
    const post = postOf(p, entry);
    if (post !== null && entry.organisation !== null) this.posts.set(post, entry.organisation);
    // "Sarah Whitcombe – Home Office (Chair)": this document writes the person first.
    if (
      !this.columns &&
      cells.length === 1 &&
      entry.organisation !== null &&
      /\s[-–—]\s/.test(p) &&
      p.startsWith(entry.name.split(' (')[0] ?? entry.name)
    )
      this.personFirst = true;
    // "Kevin Hollinrake MP, Department for Business and Trade (Chair)" a line: this document writes
    // "Name, Body", so "Apologies: Laura Hill, Sainsbury's" is one person and her body.
    if (
      !this.columns &&
      cells.length === 1 &&
      entry.organisation !== null &&
      p.startsWith(`${entry.name.split(' (')[0] ?? entry.name},`)
    )
      this.nameCommaBody = true;
    // "Cllr Margaret Holloway (Chair)   Kingsmere District Council": once a row of a two-column list
    // shows the person first, every row of the list is read that way ("Neil Foster   KDC
    // Environmental Health" would otherwise read as a body called Neil Foster).
    // So does "Cllr Margaret Holloway ⇥ Chair ⇥ Kingsmere District Council", its body last, and
    // "Cllr Margaret Holloway ⇥ Kingsmere District Council ⇥ Chair", its role last.
    if (
      !this.columns &&
      (cells.length === 2 || cells.length === 3) &&
      entry.organisation !== null &&
      (orgKey(entry.organisation) === orgKey(cells[cells.length - 1] ?? '') ||
        (cells.length === 3 &&
          orgKey(entry.organisation) === orgKey(cells[1] ?? '') &&
          entry.role !== null)) &&
      (cells[0] ?? '').startsWith(entry.name.split(' (')[0] ?? entry.name)
    ) {
      if (cells.length === 2) {
        this.columns = PERSON_THEN_BODY;
      }
      this.personFirst = true;
      this.readGuessesPersonFirst();
    }
    // In a table, a row with its organisation cell left blank is another person of the row above's.
    if (this.columns && !roleForBody && entry.organisation === null && this.section !== 'apologies')
      entry.organisation = this.attendees[this.attendees.length - 1]?.organisation ?? null;
    // "Official" with no body, role or stand-in names no one: no record lists anyone so, and hostile
    // text ("Attendees:" over thousands of tabs and "Official") would. The line is read, no one added.
    const absent = this.section === 'apologies' || entry.absent;
    // "Absent" in a register's column: neither there nor an apology; the line is read, no one added.
    if (entry.away && this.section !== 'apologies') return true;
    // "Home Office (chair and secretariat), NCA, CPS": bodies with no one named, which the parse has
    // no place for (a body the chair's field names is the chair's, read above).
    if (
      !this.chairPending &&
      this.sectionRole !== 'CHAIR' &&
      namesBodyOnly(entry.name) &&
      // (A bracket after it in small letters holds what it did there, "(chair and secretariat)".)
      (entry.organisation === null || /^\p{Ll}/u.test(entry.organisation))
    )
      return true;
    // "<@U024BE7LH> ⇥ Official (for <!channel>)": a body (or a name) that was all markup, taken off,
    // leaves no word; the entry is hostile text's, no one's.
    if (!/\p{L}/u.test(entry.name) || (entry.organisation !== null && !/\p{L}/u.test(entry.organisation)))
      return true;
    if (
      entry.organisation === null &&
      UNNAMED.test(entry.name) &&
      (absent || ((entry.role ?? this.sectionRole) === null && entry.deputisingFor === null))
    )
      return true;
    if (absent) {
      const apology = { organisation: entry.organisation, name: entry.name };
      // "Apologies were received from Jo Haines (…)" under item 1 and "Apologies: Jo Haines, …" in
      // the attendance at the page's foot: one apology, given twice.
      const key = UNNAMED.test(entry.name) ? null : `${entry.name}|${entry.organisation}`.toLowerCase();
      const givenIn = key === null ? undefined : this.apologyPassages.get(key);
      if (givenIn !== undefined && givenIn !== this.passage) return true;
      if (key !== null) this.apologyPassages.set(key, this.passage);
      this.apologies.push(apology);
      if (entry.orderGuessed) this.guessedOrder.push(apology);
      // "Apologies - substituted by Cllr Tom Reed": the one who came stood in for the member, for the
      // member's body (unless the list names them on a line of their own).
      const standIn = entry.standIn;
      if (standIn && !this.attendees.some((a) => a.name === standIn))
        this.attendees.push({
          organisation: entry.organisation,
          name: standIn,
          role: null,
          deputisingFor: entry.name,
        });
    } else {
      const { absent: _, orderGuessed, ...present } = entry;
      const attendee = { ...present, role: entry.role ?? this.sectionRole };
      if (orderGuessed) this.guessedOrder.push(attendee);
      // "Chair: Official, Home Office" above the list that names the chair again: one person.
      const fieldChair = this.chairField === null ? undefined : this.attendees[this.chairField];
      // So is "Chair: Ruth Baker (Nottinghamshire Police)" over a list that names her with no role
      // (an "Official" named twice may be two officials).
      // And "Chair: Home Office" over "Official, Home Office (Chair)": the chair named by their body.
      const chairsBody =
        fieldChair?.organisation === null &&
        attendee.role === 'CHAIR' &&
        attendee.organisation !== null &&
        orgKey(fieldChair.name) === orgKey(attendee.organisation);
      if (
        fieldChair &&
        !this.chairPending &&
        (chairsBody ||
          ((attendee.role === 'CHAIR' || (attendee.role === null && !UNNAMED.test(attendee.name))) &&
            fieldChair.name === attendee.name &&
            fieldChair.organisation === attendee.organisation))
      ) {
        this.attendees.splice(this.chairField as number, 1);
        this.chairField = null;
        attendee.role = 'CHAIR';
      }
      // "Chair: Ruth Collins" under the list that named her: her role, not another person.
      const listed =
        this.chairPending && !UNNAMED.test(attendee.name)
          ? this.attendees.find(
              (a) =>
                a.name === attendee.name &&
                a.role === null &&
                (attendee.organisation === null || a.organisation === attendee.organisation),
            )
          : undefined;
      if (listed) {
        listed.role = 'CHAIR';
        this.chairPending = false;
        this.sectionRole = null;
        return true;
      }
      if (this.chairPending) this.chairField = this.attendees.length;
      this.attendees.push(attendee);
      if (entry.organisation !== null) this.attendeeOrgKeys.add(orgKey(entry.organisation));
      // "Chair:" names one person, whether on its line or the next; those after are attendees.
      if (this.chairPending) {
        this.chairPending = false;
        this.sectionRole = null;
      }
    }
    return true;
  }

  // ---- body --------------------------------------------------------------------------------

  private bodyRow(whole: Row): void {
    const row = this.besideBox(whole);
    if (this.ownerColumnRow(row) || this.ownerBesideListEntry(row) || this.ownerCellEntry(row)) return;
    const { left, right } = this.splitColumns(row);
    // "… share them with" in the box, then "members by 12 December." beside the next item's heading:
    // the box runs on past its item, and its line goes with the action above it, read first.
    const runsOn = left !== null && right !== null && this.boxRunsOn(right);
    if (runsOn && right !== null) for (const piece of splitParagraphs(right)) this.rightPiece(piece);
    if (left !== null && (this.bold !== null || left.includes('**'))) this.emphasis(left);
    if (left !== null) for (const piece of numbersOnTitles(splitParagraphs(left))) this.leftPiece(piece);
    if (right !== null && !runsOn) for (const piece of splitParagraphs(right)) this.rightPiece(piece);
  }

  /**
   * A line whose discussion runs up to an open box's column, two spaces short of it ("… on 8 April,
   * ⎵⎵response to the Joint Committee"): the box's column parts it as a wider gap would. A sentence
   * ending there with a capital after it is prose spaced after its full stop, and stays whole.
   */
  private besideBox(row: Row): Row {
    const last = row.cells[row.cells.length - 1];
    if (!this.boxOpen || this.boxCol === null || !last || last.tab || last.col >= this.boxCol - 2) return row;
    for (let shift = -2; shift <= 2; shift += 1) {
      const at = this.boxCol + shift - last.col;
      if (at < 3 || at >= last.text.length || last.text[at] === ' ' || last.text[at - 1] !== ' ') continue;
      const left = last.text.slice(0, at).trimEnd();
      const right = last.text.slice(at);
      // One space is a word's: only a word at the box's very column that goes on with its
      // unfinished action in lower case is the box's.
      const gap = last.text.slice(at - 2, at) === '  ';
      if (gap ? /[.!?]$/.test(left) && /^[A-Z]/.test(right) : shift !== 0 || !this.boxRunsOn(right)) continue;
      const cells = [
        ...row.cells.slice(0, -1),
        { text: left, col: last.col, tab: false },
        { text: right, col: last.col + at, tab: false },
      ];
      return { ...row, cells };
    }
    return row;
  }

  /** The box's column on the line below (by tab, or at its column) begins in lower case. */
  private boxGoesOnBelow(): boolean {
    const below = this.around.below;
    if (below === null || below.length > 1000) return false;
    const cells = toRow(below).cells.filter((c) => c.text !== '');
    const last = cells[cells.length - 1];
    if (!last || !/^[a-z]/.test(stripMarkdown(last.text).trim())) return false;
    return last.tab ? cells.length >= 2 : this.boxCol !== null && Math.abs(last.col - this.boxCol) <= 2;
  }

  /** The box's action broke off unfinished, and the text beside goes on with it in lower case. */
  private boxRunsOn(right: string): boolean {
    const d = this.boxDraft;
    if (!d || !this.boxOpen || draftComplete(d)) return false;
    const first = splitParagraphs(right).find((t) => t.trim() !== '') ?? '';
    return /^[a-z]/.test(stripMarkdown(first).trim());
  }

  /**
   * A list of actions whose owners stand in a column of their own, after a tab, a gap or dot
   * leaders: "1. Share the lessons with the Task Force (item 3) ⇥ PSNI". The owner is the entry's
   * owner field; the box reading would take "PSNI" for more of the action.
   */
  private ownerBesideListEntry(row: Row): boolean {
    const cells = row.cells;
    if (this.flowMode !== 'list' || cells.length !== 2 || this.boxOpen) return false;
    const [left, right] = cells as [Cell, Cell];
    if (!hasNumbering(left.text) || !this.namesOwnersOnly(right.text)) return false;
    this.leftPiece(`${left.text} (Owner: ${right.text})`);
    return true;
  }

  /** A cell that names owners and nothing else: "PSNI", "HMRC and NCA" (no sentence, no label). */
  private namesOwnersOnly(text: string): boolean {
    return (
      text !== '' &&
      text.length <= 60 &&
      !endsSentence(text) &&
      matchLabel(text) === null &&
      this.directory().isOrgList(text)
    );
  }

  /**
   * A list of actions pasted from a table as tab cells with no header row: "1.⇥NCA⇥Circulate the
   * strategy.⇥(Item 2)". The cell that names only bodies is the owners, the cell after it that gives
   * an instruction is the task, and the cells after that (a reference, a date) go with the task.
   * Two columns aligned with spaces ("Home Office       Share the design …") are read so too.
   */
  private ownerCellEntry(row: Row): boolean {
    const cells = row.cells.filter((c) => c.text !== '').map((c) => c.text);
    const first = cells[0] ?? '';
    // Spaces for tabs: two cells from the line's start, or a numbered entry's cells ("2.    HMRC and
    // NCA    Agree …", the tabs of a pasted list turned into spaces).
    const aligned =
      (cells.length === 2 || LIST_MARKER.test(first) || stripNumbering(first) !== first) &&
      (row.cells[0]?.col ?? 1) === 0;
    if (
      this.flowMode !== 'list' ||
      this.boxOpen ||
      cells.length < 2 ||
      (row.cells.every((c) => !c.tab) && !aligned)
    )
      return false;
    // The entry's number in a cell of its own ("1.⇥NCA⇥…"), or before the owners ("1. NCA⇥…").
    const alone = LIST_MARKER.test(first);
    const owners = alone ? (cells[1] ?? '') : stripNumbering(first);
    const marker = alone ? `${first} ` : first.slice(0, first.length - owners.length);
    const at = alone ? 2 : 1;
    const task = cells[at] ?? '';
    if (!startsWithActionVerb(task) || !this.namesOwnersOnly(owners)) return false;
    const rest = cells.slice(at + 1).join(' ');
    // Each row is an entry of its own, whether or not the one above ended its sentence.
    this.freshEntry = true;
    this.leftPiece(`${marker}${task}${rest === '' ? '' : ` ${rest}`} (Owner: ${owners})`);
    return true;
  }

  /**
   * Which part of the row is the right-hand actions box. With tabs the last cell is; with spaces
   * only a cell that starts an actions box, or sits in the column a box already occupies.
   */
  private splitColumns(row: Row): { left: string | null; right: string | null } {
    const cells = row.cells;
    const last = cells[cells.length - 1];
    if (!last) return { left: null, right: null };
    // "⇥b)⇥Action: Clerk to write …": a Word list's letter, its tab, then the entry: one column.
    // Nothing before the tab at all, under an open box: the box goes on beneath its label.
    if (
      last.tab &&
      cells.length >= 2 &&
      cells.slice(0, -1).every((c) => c.text === '' || LIST_MARKER.test(c.text))
    ) {
      if (this.boxOpen && cells.slice(0, -1).every((c) => c.text === ''))
        return { left: null, right: last.text };
      return { left: joinCells(cells.filter((c) => c.text !== '')), right: null };
    }
    // "Actions ⇥ NCA to publish …": a row of an item's table whose first cell names what the row
    // holds; the label and its text, as "Actions: NCA to publish …" would be.
    if (cells.length === 2 && last.tab && isBareLabel(cells[0]?.text ?? '') && last.text !== '')
      return { left: `${(cells[0]?.text ?? '').trim()}: ${last.text}`, right: null };
    if (cells.length >= 2) {
      const firstPiece = splitParagraphs(last.text).find((t) => t.trim() !== '') ?? '';
      const first = stripNumbering(stripMarkdown(firstPiece));
      // "Action by:" heads a box as "Actions:" does, one that names only who acts (see rightPiece).
      const isLabel = matchLabel(first) !== null || isOwnerBoxLabel(first);
      if (last.tab) {
        // "Agreed that the visits continue.⇥Action: Westshire Police": a marker set at the line's end
        // by a tab stop names the owners of the sentence before it, as "(Action: …)" would.
        const marker = isLabel && !this.boxOpen ? this.tabbedMarker(cells, firstPiece) : null;
        if (marker !== null) return { left: marker, right: null };
        if (isLabel || this.boxOpen || last.text === '')
          return { left: joinCells(cells.slice(0, -1)), right: last.text };
        return { left: joinCells(cells), right: null };
      }
      if (isLabel) {
        this.boxCol = last.col;
        return { left: joinCells(cells.slice(0, -1)), right: last.text };
      }
      if (this.boxOpen && this.boxCol !== null && last.col >= this.boxCol - 8) {
        return { left: joinCells(cells.slice(0, -1)), right: last.text };
      }
      return { left: joinCells(cells), right: null };
    }
    if (this.boxOpen && this.boxCol !== null && last.col >= Math.max(20, this.boxCol - 8)) {
      return { left: null, right: last.text };
    }
    // "1. Transparency in supply chains" over "Actions:" alone far to the right: the box's heading set
    // a line below the item's title, the box's column beneath it.
    if (
      !last.tab &&
      last.col >= 40 &&
      this.items.length > 0 &&
      this.piecesSinceItem === 0 &&
      matchLabel(stripMarkdown(last.text))?.trim() === ''
    ) {
      this.boxCol = last.col;
      return { left: null, right: last.text };
    }
    if (this.boxOwnersGoOn(last.text) || this.boxTextGoesOn(last.text))
      return { left: null, right: last.text };
    return { left: last.text, right: null };
  }

  /**
   * The line's text with its tabbed marker as a bracketed one ("… quarterly. (Action: Westshire
   * Police)"), when the last cell is a label naming only bodies of the meeting and text stands
   * before it on the line. Null otherwise (the label opens a box of actions down the column).
   */
  private tabbedMarker(cells: readonly Cell[], label: string): string | null {
    const before = joinCells(cells.slice(0, -1)).trim();
    if (before === '' || splitParagraphs(before).length > 1 || cells.length > 3) return null;
    const owners = matchLabel(stripMarkdown(label))?.trim() ?? '';
    if (owners === '' || !this.directory().isOrgList(owners)) return null;
    return `${before} (Action: ${owners})`;
  }

  /**
   * "DfE and Home" ending the box, then "Office to agree …" alone on the next line (a page break
   * between them, the new page's left column empty): the owners cut in two, and the box's action
   * goes on.
   */
  private boxOwnersGoOn(text: string): boolean {
    const d = this.boxDraft;
    if (!d || !this.boxOpen || d.parts.length !== 1 || draftComplete(d)) return false;
    const owners = d.parts[0] ?? '';
    if (owners.length > 80 || / to \S/.test(owners)) return false;
    const first = splitParagraphs(text).find((t) => t.trim() !== '') ?? '';
    const rest = /^(.{1,60}?)\s+to\s+(\S+)/.exec(stripMarkdown(first));
    return (
      rest !== null &&
      startsWithActionVerb(rest[2] ?? '') &&
      this.directory().isOrgList(`${owners} ${rest[1] ?? ''}`)
    );
  }

  /**
   * "FCO and DFID to" ending the box, then "agree a single list …" alone on the next line (a page
   * break between them, the new page's left column empty): the box's action broke off on a word
   * no action ends with, and a line in lower case goes on with it.
   */
  private boxTextGoesOn(text: string): boolean {
    const d = this.boxDraft;
    // Laid out with spaces, the box has a column: a line starting left of it is the discussion's.
    // The discussion beside it broken off too ("… the draft statutory" over "supply chains …"):
    // which of the two the line goes on with is not for the reader to guess; the discussion keeps it.
    if (!d || !this.boxOpen || this.boxCol !== null || !this.leftEnded || draftComplete(d)) return false;
    const last = (d.parts[d.parts.length - 1] ?? '').trim();
    if (last.length > 2000 || !RUNS_ON_WORD.test(last.replace(/,$/, ''))) return false;
    const first = splitParagraphs(text).find((t) => t.trim() !== '') ?? '';
    return /^[a-z]/.test(stripMarkdown(first).trim());
  }

  /**
   * Minutes laid out with a narrow right-hand "ACTION" column that holds only owners, level with
   * the paragraph they own: "3.2 DH to provide an evaluation …      DH". Returns true when the row
   * was the column's heading or a paragraph line with an owner beside it.
   */
  private ownerColumnRow(row: Row): boolean {
    const cells = row.cells;
    const last = cells[cells.length - 1];
    if (!last) return false;
    if (last.tab) return this.tabbedOwnerColumnRow(cells, last);
    const maybe = this.ownerColumnMaybe;
    if (maybe !== null && cells.length >= 2 && last.text !== '' && Math.abs(last.col - maybe) <= 16) {
      this.ownerColumnMaybe = null;
      // Owners alone ("NCA", "CPS, Home Office"): a column of owners, not the box it looked like.
      const entry = this.entryGoingOn(last);
      if (matchLabel(entry) === null && this.directory().isOrgList(entry)) {
        this.ownerColumn = maybe;
        this.boxOpen = false;
      }
    }
    if (this.ownerColumnHeading(row)) return true;
    if (this.ownerColumn === null || cells.length < 2) return false;
    if (last.col < this.ownerColumn - 16 || last.text.length > 60 || endsSentence(last.text)) return false;
    this.ownedLine(joinCells(cells.slice(0, -1)), last.text);
    return true;
  }

  /**
   * The first entry under a column's heading, with what stands beneath it in the same column when
   * it breaks off on a list's joining word: "Ministry of Justice and" over "Northern Ireland Office
   * to" is the start of an action, "National Crime Agency," over "HMRC" a list of owners.
   */
  private entryGoingOn(cell: Cell): string {
    const below = this.around.below;
    if (below === null || !/(?:[,/&]|\band)$/i.test(cell.text)) return cell.text;
    const under = toRow(below).cells.find((c) => !c.tab && Math.abs(c.col - cell.col) <= 4);
    return under ? `${cell.text} ${under.text}` : cell.text;
  }

  /**
   * "Action" alone far to the right, or the last of a header row whose other columns hold the
   * discussion ("No.  Minute  Lead"): the column beside the paragraphs names their owners.
   */
  private ownerColumnHeading(row: Row): boolean {
    const cells = row.cells;
    const last = cells[cells.length - 1];
    if (!last || last.tab || last.col < 40 || !isOwnerColumnHeading(last.text)) return false;
    const before = cells.slice(0, -1);
    // "1. Minutes of the last meeting      Action" may head a column of owners or a box of actions
    // ("ACTIONS" over "CPS to provide …"): the first entry beneath says which (see ownerColumnRow).
    if (before.length === 1 && this.section === 'body' && this.heading(before[0]?.text ?? '')) {
      this.ownerColumnMaybe = last.col;
      return false;
    }
    if (!namesOwnedColumns(cells)) return false;
    // "Item ⎵⎵⎵ Action" over the columns: "Action" may head owners ("Home Office") or the actions
    // themselves ("Home Office to circulate the" wrapping down the column). A box until the first
    // entry beneath shows owners alone (see ownerColumnRow).
    if (/^actions?$/i.test(last.text)) {
      this.ownerColumnMaybe = last.col;
      this.boxOpen = true;
      this.boxCol = last.col;
      this.boxDraft = null;
      return true;
    }
    this.ownerColumn = last.col;
    return true;
  }

  /**
   * A line of the discussion with owners beside it. Owners ending in "," or "and" go on beside the
   * next line ("National Crime Agency," over "HM Revenue and Customs"): one list for one paragraph.
   */
  private ownedLine(left: string, owners: string): void {
    const pending = this.pendingOwners;
    const continues = pending !== null && /(?:[,/&]|\band)$/i.test(pending.trim());
    if (continues) this.pendingOwners = `${pending} ${owners}`;
    for (const piece of splitParagraphs(left)) this.leftPiece(piece);
    if (!continues) {
      this.finishOwnedParagraph(true);
      this.pendingOwners = owners;
    }
    this.finishOwnedParagraph(false);
  }

  /**
   * The same owners column drawn with tabs (a PDF-to-text tool, a Word export): "\t\tWho" heads
   * it, and each paragraph line may end with a tab and the owner beside it.
   */
  private tabbedOwnerColumnRow(cells: readonly Cell[], last: Cell): boolean {
    const filled = cells.filter((c) => c.text !== '');
    if (filled.length === 1 && filled[0] === last && isOwnerColumnHeading(last.text)) {
      this.ownerColumnTab = true;
      return true;
    }
    if (!this.ownerColumnTab || cells.length < 2) return false;
    const left = joinCells(cells.slice(0, -1));
    if (last.text === '') {
      for (const piece of splitParagraphs(left)) this.leftPiece(piece);
      return true;
    }
    if (last.text.length > 60 || endsSentence(last.text) || matchLabel(last.text) !== null) return false;
    this.ownedLine(left, last.text);
    return true;
  }

  /**
   * Minutes that mark each action in bold inside the discussion: "… and **DfE agreed to circulate
   * the final guidance by 14 December 2012**." A bold sentence whose subject is a department that
   * agreed to, will, would or is to do something is an action.
   */
  private emphasis(text: string): void {
    const segments = text.split('**');
    for (let k = 0; k < segments.length; k += 1) {
      if (k > 0) {
        if (this.bold === null) this.bold = [];
        else this.closeBold();
      }
      if (this.bold !== null) {
        this.bold.push(segments[k] ?? '');
        // Bold left open by mistake must not swallow the document.
        if (this.bold.length > 12) this.bold = null;
      }
    }
  }

  private closeBold(): void {
    const span = withoutFinalStop(clean((this.bold ?? []).join(' ')));
    this.bold = null;
    if (span.length < 20 || span.length > 600 || matchLabel(span) !== null || matchItemHeading(span)) return;
    const m = /^(.{1,80}?)\s+(?:agreed\s+to|will|would|to)\s+\S/i.exec(span);
    const subject = m?.[1]?.trim() ?? '';
    if (subject === '' || !this.directory().isOrgList(subject)) return;
    this.startDraft(span).owners = subject;
  }

  /** The paragraph beside an owner cell becomes its action once its sentence ends (or `force`). */
  private finishOwnedParagraph(force: boolean): void {
    const owners = this.pendingOwners;
    if (owners === null) return;
    const lastLine = this.paragraph[this.paragraph.length - 1];
    if (!force && !(lastLine !== undefined && endsSentence(lastLine))) return;
    this.pendingOwners = null;
    const text = lastSentence(this.paragraph.join(' '));
    this.paragraph = [];
    if (text === '') return;
    this.startDraft(text).owners = owners;
  }

  private blank(): void {
    this.openTitle = null;
    // "Apologies: Robert Lyle (MOJ)" given on its label's line, then a blank line: the list has
    // ended ("Welcome", an unnumbered heading, is no one who sent apologies).
    if (this.listGivenInline && (this.section === 'attendees' || this.section === 'apologies')) {
      this.flushInlineList();
      this.section = 'body';
      this.sideBySide = null;
    }
    this.listGivenInline = false;
    if (this.agenda === 'listing' && this.items.length > 0) this.agenda = 'listed';
    this.boxOwners = null;
    this.flushInlineList();
    this.finishOwnedParagraph(true);
    if (this.flowMode === 'list' && (this.groupOwners !== null || this.listItem !== null)) {
      this.groupPaused = true;
      this.flowDraft = null;
      this.paragraph = [];
      this.previousParagraph = [];
      this.nextMeeting.blank();
      return;
    }
    // "1. …", blank, "2. …": a numbered list of actions may leave a blank line between entries, and
    // so may a bulleted one ("• CPS to …", blank, "• NCA to …").
    if (
      this.flowMode === 'list' &&
      this.flowDraft &&
      (this.listNext !== null || this.entryBulleted || this.entryOwnerColon)
    )
      this.listPaused = true;
    else if (
      this.flowMode === 'inline' ||
      (this.flowMode === 'list' && (this.flowDraft || this.listHasContent))
    )
      this.endFlow();
    this.paragraph = [];
    this.previousParagraph = [];
    this.nextMeeting.blank();
  }

  /**
   * "Item 2 – NRM data for 2013" (or "2. NRM data for 2013", or the title alone) in a list of
   * actions: an item the minutes have headed, named by its number and title or its title (not
   * "Item 2: NCA to share …", an action with its reference first).
   */
  private namesListedItem(p: string): string | null {
    if (p.length > 200) return null;
    // "NRM data for 2013" (its number taken off, or none written): an item's title as headed.
    if (!/^(?:agenda\s+)?item\b/i.test(p)) {
      return this.itemIndex.withTitle(p)?.number ?? null;
    }
    const m = /^(?:agenda\s+)?item\s+(\d{1,3}[a-z]?)\s*[:.\-–—]?\s*(.*)$/i.exec(p);
    const item = m ? this.itemIndex.withNumber(m[1] ?? '') : undefined;
    if (!m || !item) return null;
    const title = (m[2] ?? '').trim();
    return title === '' || titleKey(title) === titleKey(item.title) ? item.number : null;
  }

  /** The item whose paragraph "2.1" numbers, when the minutes headed an item 2. */
  private paragraphItem(ref: string): string | null {
    const m = /^(\d{1,3})\.\d{1,2}$/.exec(ref);
    return m ? (this.itemIndex.withNumber(m[1] ?? '')?.number ?? null) : null;
  }

  /**
   * "UKHTC" over its bulleted actions (under "Actions by organisation"): a line naming only bodies,
   * not a wrapped part of the entry above ("and UKBA", "ASAP" after an unfinished sentence).
   */
  private groupHeading(p: string, numbered: boolean): boolean {
    if (this.flowMode !== 'list' || numbered || p.length > 80 || endsSentence(p) || /^(?:and|&)\b/i.test(p))
      return false;
    // "- set out the options … (item 3)" over "Home Office" at the bullet's margin: after a bulleted
    // entry a line naming a body of the meeting heads the next group, though the entry has no full
    // stop (not when the entry runs on: "- share the figures with" over "Home Office"; nor a
    // wrapped field's last word, "Council").
    const draft = this.flowDraft;
    if (draft && !draftComplete(draft)) {
      const afterBullet =
        this.entryBulleted &&
        !isBulleted(p) &&
        this.lineIndent <= this.entryIndent &&
        !RUNS_ON_WORD.test(draft.parts[draft.parts.length - 1] ?? '');
      if (!afterBullet || !this.attendeeOrgKeys.has(orgKey(p.replace(/:$/, '')))) return false;
    }
    // "Share the referral form with members": a task in the words of an instruction, no body's name.
    if (startsWithActionVerb(p)) return false;
    return this.directory().isOrgList(p);
  }

  /** The group heading above as the subject of `p`, when `p` goes on with it in lower case ("to publish …"). */
  private groupSubjectOf(p: string): string | null {
    const to = /^to\s+(\S+)/.exec(p);
    return this.groupOwners !== null && to && startsWithActionVerb(to[1] ?? '') ? this.groupOwners : null;
  }

  /** The list has begun and goes on, with no entry open that a line below could carry on. */
  private entryClosed(): void {
    this.flowDraft = null;
    this.listHasContent = true;
  }

  private endFlow(): void {
    this.flowMode = 'none';
    this.groupOwners = null;
    this.listItem = null;
    this.groupPaused = false;
    this.flowDraft = null;
    this.listNext = null;
    this.listPaused = false;
    this.listHasContent = false;
    this.runOnEntries = false;
  }

  private heading(text: string): Heading | null {
    // After an agenda, numbers in the body are paragraph numbers.
    if (this.agenda === 'listed') return null;
    const found = matchItemHeading(text);
    // "1. ${jndi:…}", "3. '; DROP TABLE minutes; --": code where a title would stand heads nothing.
    if (!found || INJECTED_CODE.test(found.title)) return null;
    const run = this.minuteRun(found);
    const h = run ? { ...found, sequence: run.place } : found;
    // Items go up: "3." after item 5 is a numbered paragraph. A lettered sub-item ("2a." under "2.")
    // is part of its item, as "2.1" is: only top-level items are items, and its actions are item 2's.
    const n = h.ordinal ?? h.sequence ?? Number.parseInt(h.number, 10);
    const last = run ? run.before : this.lastItemNumber;
    if (n <= last || ((h.bare || h.ordinal) && n !== last + 1)) return null;
    // Lettered items run A, B, C from the first item: "C." after items 1 and 2 is a sub-paragraph.
    if (h.ordinal && this.items.length > 0 && !/^[A-Z]$/.test(this.items.at(-1)?.number ?? '')) return null;
    // "3. The NCA will provide the figures. (Action: NCA)": a sentence with more after it is a
    // numbered paragraph, as is a line in lower case where every item so far was headed in capitals
    // ("1. MATTERS ARISING", "2. ANNUAL REPORT") and the paragraphs are numbered straight through.
    if (SENTENCE_THEN_MORE.test(h.title) || (this.itemsInCapitals() && /\p{Ll}/u.test(h.title))) return null;
    // "6. The next meeting will be held on 13 September at Durham Police" over "Headquarters.": a
    // sentence wrapped before its full stop, its opening and its verb saying it is no title.
    if (SENTENCE_OPENING.test(h.title) && isClause(h.title.split(/\s+/))) return null;
    // "4. DfE to circulate the note" is a numbered action, not an agenda item. In a heading written
    // in capitals ("2. DUTY TO NOTIFY") capitals mark no acronym: only a body the minutes know counts.
    const title = /\p{Ll}/u.test(h.title) ? h.title : h.title.toLowerCase();
    // "The Government's response to the Commissioner": "to" with no instruction after it is a title.
    const after = /^.{1,100}?\s+to\s+(\S+)/i.exec(title)?.[1] ?? '';
    if (startsWithActionVerb(after) && this.directory().fromText(title, true).length > 0) return null;
    // "2. **MOJ** – check the data …", "2. NCA: share the figures": owners, then an instruction and
    // its object (not "3. Home Office – review of the NRM" nor "5. NCA – update": titles).
    const owned =
      /^(.{1,80}?)(?:\s+[–—-]|\s*:)\s+([a-z]\S*)\s+(?!(?:of|on|from|by|for|into|and|to)\b)\S/.exec(
        stripMarkdown(h.title),
      );
    if (owned && startsWithActionVerb(owned[2] ?? '') && this.directory().isOrgList(owned[1] ?? ''))
      return null;
    // "2. (CPS) Review the cases": owners in brackets before an instruction, an action list's entry.
    const bracketed = /^\(([^()]{1,80})\)\s+(\S+)/.exec(h.title);
    if (
      bracketed &&
      startsWithActionVerb((bracketed[2] ?? '').toLowerCase()) &&
      this.directory().isOrgList(bracketed[1] ?? '')
    )
      return null;
    return h;
  }

  /**
   * "24/02" after "24/01": minutes numbered year first, the part that changes is the minute's place;
   * its place and the last item's, or null ("23/17" after "22/17", a council's year last, counts by
   * its first part as matchItemHeading has it).
   */
  private minuteRun(h: Heading): { place: number; before: number } | null {
    if (h.sequence === undefined) return null;
    const [year, place = ''] = h.number.split('/');
    const last = this.items.at(-1)?.number.split('/');
    if (last?.length !== 2 || last[0] !== year || last[1] === place) return null;
    return { place: Number(place), before: Number(last[1]) };
  }

  /**
   * "Jane Smith ⇥ Kingsmere Citizens Advice" read body first for want of a sign, then "Tom Jones ⇥
   * Westshire Police" under it: the list puts the person first, and the rows that guessed are read so.
   */
  private readGuessesPersonFirst(): void {
    for (const entry of this.guessedOrder) {
      if (entry.organisation === null) continue;
      const body = entry.name;
      this.attendeeOrgKeys.delete(orgKey(entry.organisation));
      entry.name = entry.organisation;
      entry.organisation = body;
      this.attendeeOrgKeys.add(orgKey(body));
    }
    this.guessedOrder = [];
  }

  /**
   * The columns an attendance table's header names. "Name | Organisation" says the document writes
   * the person first: the apologies under it, with no header of their own, are read so too.
   */
  private takeColumns(cols: AttendeeColumns, width: number): void {
    // A second table's header in the same passage, no heading between: see headlessApologies().
    if (this.section === 'attendees' && this.tablePassage === this.passage && this.secondTableAt === null)
      this.secondTableAt = this.attendees.length;
    this.tablePassage = this.passage;
    this.columns = cols;
    this.headedColumns = { cols, width };
    if (cols.name !== null && cols.organisation !== null && cols.name < cols.organisation)
      this.personFirst = true;
    if (cols.name !== null && cols.organisation !== null && cols.organisation < cols.name)
      this.bodyFirst = true;
  }

  /** Two items or more so far, every one headed in capitals of two words or more. */
  private itemsInCapitals(): boolean {
    return this.items.length >= 2 && this.capitalTitles;
  }

  /** "NCA and CPS to share …": one sentence, bodies the minutes know before "to", an instruction after. */
  private ownedInstruction(text: string): boolean {
    // " to " within the first words, one sentence, a full stop at its end: cheapest test first.
    const to = text.indexOf(' to ');
    if (to < 0 || to > 100 || text.length > 400 || /[.!?]\s+\S/.test(text) || !endsSentence(text))
      return false;
    const m = /^(.{1,100}?)\s+to\s+(.*)$/.exec(text);
    // "Next meeting: TBC – secretariat to …": a field or a clause before the subject; not this.
    if (!m || /[:;–—]|\s-\s/.test(m[1] ?? '') || !NAMES_ONLY.test(m[1] ?? '')) return false;
    return startsWithActionVerb(m[2] ?? '') && this.directory().fromText(text, true).length > 0;
  }

  private addItem(h: Heading): void {
    this.headingsInARow = this.items.length > 0 && this.piecesSinceItem === 0 ? this.headingsInARow + 1 : 1;
    this.piecesSinceItem = 0;
    this.finishOwnedParagraph(true);
    this.actionListOpen = null;
    const item = { number: h.number, title: clean(h.title) };
    this.items.push(item);
    this.itemIndex.add(item);
    this.capitalTitles &&= inCapitals(item.title);
    if (this.agenda === 'listing') this.agendaTitles.set(titleKey(h.title), h.number);
    this.currentItem = h.number;
    this.lastItemNumber = h.ordinal ?? h.sequence ?? Number.parseInt(h.number, 10);
    this.paragraph = [];
    this.previousParagraph = [];
    this.boxDraft = null;
    this.boxOwners = null;
    this.nextMeeting.item(h.title);
  }

  /** A heading over a list of actions after an item ("Action items", "Summary of action points"). */
  private actionList(kind: ActionListKind): void {
    // "Summary of action points" straight under the next meeting's details: they have ended.
    this.nextMeeting.closeAboveThisLine();
    this.finishOwnedParagraph(true);
    this.endFlow();
    this.flowMode = 'list';
    this.paragraph = [];
    this.actionLists[kind].headings += 1;
    // How far the body has gone: after an agenda every item is listed before the body names the first.
    const at = this.currentItem === null ? -1 : this.items.findIndex((i) => i.number === this.currentItem);
    this.actionLists[kind].itemsAtLast = at < 0 ? this.items.length : at + 1;
    this.actionListOpen = kind;
  }

  private startDraft(text: string): ActionDraft {
    const d = newDraft(text, this.currentItem);
    if (this.groupOwners !== null && this.flowMode === 'list') d.owners = this.groupOwners;
    if (this.listItem !== null && this.flowMode === 'list') {
      d.item = this.listItem;
      d.namedItem = this.listItem;
    }
    if (this.actionListOpen) d.underActionList = this.actionListOpen;
    this.drafts.push(d);
    return d;
  }

  /** "Action: DfE, DWP" after a paragraph: the paragraph is the action, the label names its owners. */
  private ownerMarker(owners: string): ActionDraft | null {
    const lines = this.paragraph.length > 0 ? this.paragraph : this.previousParagraph;
    const paragraph = lines.join(' ').trim();
    // On its own line the label names the paragraph's owners; after a sentence, that sentence's.
    const text = this.markerAfterSentence ? lastSentence(paragraph) : paragraph;
    if (text === '') return null;
    const d = this.startDraft(text);
    d.owners = owners;
    this.paragraph = [];
    this.previousParagraph = [];
    return d;
  }

  /**
   * "Action: Derbyshire County Council" over "Adult Care to circulate …" (a page break between them
   * once): the line below finishes the name of a body the minutes know, so the label is the start
   * of an action, not owners named for the paragraph above.
   */
  private ownerRunsOn(owners: string): boolean {
    // "<p>Association and Home Office to …</p>": a PDF-to-HTML line's paragraph tags are no text.
    const below = this.around.below && stripMarkup(this.around.below.slice(0, 400)).trim();
    if (!below || !/^\p{Lu}/u.test(below) || below.length > 400) return false;
    // The last body of the label's list, as written ("NCA and Derbyshire County Council").
    const last = (owners.split(/\s+and\s+|,\s*|\s*&\s*/).pop() ?? '').trim().toLowerCase();
    // Strictly: only a body the minutes know, not words that look like one.
    const joined = this.directory().fromText(`${owners} ${below}`, true);
    return last !== '' && joined.some((o) => o.length > last.length && o.toLowerCase().startsWith(last));
  }

  /** A label line in the body. Returns true when it was handled. */
  private label(rest: string): void {
    const r = rest.trim();
    if (r === '') {
      this.flowMode = 'list';
      this.flowDraft = null;
      this.listHasContent = false;
      return;
    }
    if (isNoAction(r)) {
      this.endFlow();
      return;
    }
    // "… contract. Actions: None The Group noted the timetable.": the box said none, and the
    // paragraph goes on after it (a two-column paste runs the box into the text).
    const none = r.length <= 5000 ? /^(?:none|nil)\.?\s+(?=[A-Z])/i.exec(r) : null;
    if (none) {
      this.endFlow();
      this.leftPiece(r.slice(none[0].length));
      return;
    }
    // "ACTIONS CARRIED FORWARD FROM PREVIOUS MEETINGS", "Action log": a heading over actions already
    // recorded with earlier minutes, not an action.
    if (isReviewHeading(r)) {
      this.endFlow();
      return;
    }
    // "Actions arising", "Actions agreed": a heading over this meeting's actions.
    if (isListHeading(r)) {
      this.flowMode = 'list';
      this.flowDraft = null;
      this.listHasContent = false;
      return;
    }
    // "Action: Circulate the figures (NCA)" is a task with its owner in brackets, though "Name (NCA)"
    // reads as a body with its acronym: an instruction is never a list of owners. Nor is "ACTION:
    // Westshire Police and" over "Westshire Fire Service to …": owners left unfinished go on below.
    if (
      !startsWithActionVerb(r) &&
      !UNFINISHED_OWNERS.test(r) &&
      this.directory().isOrgList(r) &&
      !this.ownerRunsOn(r)
    ) {
      this.endFlow();
      // "ACTION – NCA" over "To share the figures by …" with no blank line between: the label heads
      // the task written under it, as a box's label does, not the paragraph above.
      if (taskStarts(this.around.below)) {
        const d = this.startDraft('');
        d.owners = r;
        this.flowDraft = d;
        this.flowMode = 'inline';
        this.listNext = null;
        this.listHasContent = true;
        this.paragraph = [];
        return;
      }
      this.ownerMarker(r);
      return;
    }
    this.flowDraft = this.startDraft(r);
    this.flowMode = hasNumbering(r) ? 'list' : 'inline';
    this.listNext = listNumber(r);
    this.listHasContent = true;
    this.paragraph = [];
  }

  /** "- **DWP**: share the data …": a task under owners in emphasis who are bodies of the meeting (see emphasisedOwners). */
  private ownerTagged(raw: string, p: string): string | null {
    const owners = emphasisedOwners(raw);
    return owners !== null && this.directory().isOrgList(owners) ? p : null;
  }

  /** "NCA: publish the 2017 figures …": an entry naming its owners before a colon, then a task. */
  private ownerColonEntry(p: string): boolean {
    const m = p.length <= 2000 ? OWNER_COLON_TASK.exec(p) : null;
    return m !== null && startsWithActionVerb(p.slice(m[0].length)) && this.namesOwnersOnly(m[1] ?? '');
  }

  private leftPiece(raw: string): void {
    const p = stripMarkdown(singleSpaced(raw));
    if (p === '') {
      // "______" under a list of actions with no blank line between (a mail's signature rule): the
      // list has ended.
      if (isThematicBreak(raw.trim())) this.endFlow();
      return;
    }
    // "2. Modern Slavery Act: commencement and" over "statutory guidance": the title wrapped.
    const open = this.openTitle;
    this.openTitle = null;
    const item = this.items[this.items.length - 1];
    // "2. Review of the NRM: interim" over "findings and next steps": the title wrapped though it did not
    // break off, as no paragraph starts with a word in lower case ("a)" starts a list, not this).
    // Broken off on "the", "of", "and", it goes on whatever its first letter: "… progress through the"
    // over "House of Commons and amendments at Report stage".
    const goesOn =
      (/^[a-z]/.test(p) || (open !== null && RUNS_ON_WORD.test(open.written) && /^[A-Z]/.test(p))) &&
      !endsSentence(p) &&
      (open?.brokenOff ? p.length <= 80 : p.length <= 60 && TITLE_WORDS.test(p));
    if (open && item && goesOn) {
      item.title = clean(`${open.written} ${p}`);
      this.itemIndex.retitle(item);
      this.capitalTitles &&= inCapitals(item.title);
      return;
    }
    this.chairAsSubject(p);
    // "Meeting summary for the Data Group (16/04/2024)" under the attendance, before any item: the
    // minutes' own heading, kept for a header that gave no date or title.
    if (this.items.length === 0 && this.drafts.length === 0 && datedHeading(p)) this.lateHeader.push(p);
    this.piecesSinceItem += 1;
    this.lastPiece = p.length <= 80 ? p : null;
    this.leftEnded = endsSentence(p);
    const fresh = this.freshEntry;
    this.freshEntry = false;
    // "… about the GLA's remit. ACTION 2: Chair to write …": a label after a sentence starts a line.
    const cut = midLineLabelAt(p);
    if (cut > 0) {
      this.leftPiece(p.slice(0, cut));
      // "… with members. ACTION: NCA": a marker after the sentence names that sentence's owners.
      this.markerAfterSentence = true;
      this.leftPiece(p.slice(cut));
      this.markerAfterSentence = false;
      return;
    }
    // "… by 31 March 2017; [2] Westshire" wrapped under "Actions: [1] NCA to": the next entry starts
    // in the line going on with this one.
    const going = this.runOnEntries && this.flowDraft !== null ? nextEntries(p) : null;
    if (going) {
      this.leftPiece(going[0] ?? '');
      for (const entry of going.slice(1)) {
        this.freshEntry = true;
        this.leftPiece(entry);
      }
      return;
    }
    // "… The network agreed the following actions: (a) NCA to …; (b) DWP to …": the sentence is a
    // label, its lettered entries the list under it.
    const underLeadIn = this.leadInAbove;
    this.leadInAbove = false;
    // (In minutes with no items, a letter's, once the attendance is read.)
    const lead = this.items.length > 0 || this.attendees.length > 0 ? actionsLeadIn(p, underLeadIn) : null;
    if (lead) {
      if (lead.before !== '') this.leftPiece(lead.before);
      // A label within the item ("Actions:" in its text); "Action log:" heads the meeting's actions.
      this.endFlow();
      if (lead.summary) this.actionList('summary');
      else this.label('');
      for (const entry of lead.entries) {
        this.freshEntry = true;
        this.leftPiece(entry);
      }
      this.runOnEntries = lead.marked;
      this.leadInAbove = lead.entries.length === 0;
      return;
    }
    // "1.1 Present: Insp. Raj Mehta, Westshire Police (Chair); Helen Carr, …": attendance given in an
    // item ("Welcome and apologies"), or at the foot of a web page's minutes, its label opening the
    // line, before any such list was read (apologies given in a sentence of item 1 are not the list
    // of those present). Apologies may follow a list of those present in the header.
    if (this.items.length > 0) {
      const section = matchSection(stripNumbering(p));
      if (
        section &&
        ((listsAttendees(section.kind) && this.attendees.length === 0) ||
          (section.kind === 'apologies' && this.apologies.length === 0)) &&
        /[,;(]/.test(section.rest)
      ) {
        this.openSection(section.kind, section.rest);
        return;
      }
    }
    // "The Chair welcomed members. Apologies: Official (DH); Official (FCO).": attendance in an item.
    const listAt = this.items.length > 0 ? attendanceAfterSentence(p) : null;
    if (listAt !== null) {
      // "The meeting was chaired by A (NCA). Also present: …. Apologies were received from …": every
      // sentence is attendance, read together.
      if (this.attendanceSentences(stripNumbering(p))) return;
      this.leftPiece(p.slice(0, listAt));
      const rest = p.slice(listAt).trimStart();
      const section = matchSection(rest);
      if (section && section.rest !== '') this.openSection(section.kind, section.rest);
      else if (!section) this.leftPiece(rest);
      return;
    }
    if (this.items.length > 0 && p.length <= 100) {
      const annex = ANNEX.exec(p);
      if (annex) {
        this.enterAnnex(annex[1] ?? '');
        return;
      }
    }
    const unnumbered = stripNumbering(p);
    // Numbering always removes something, so this is hasNumbering(p) without a second match.
    const numbered = unnumbered !== p;
    if (this.attendanceSentences(unnumbered) || this.openAttendanceSentence(unnumbered)) return;
    this.nextMeeting.line(p, unnumbered);
    // "Actions" as a heading of its own (not a label in an item): the meeting's actions after the
    // last item, each item's own when every item has one ("### Actions" under each; see result()).
    // A bare "Actions" (no colon) standing alone under a blank line heads a list as a heading does;
    // so does "ACTIONS" in capitals on its line, or "Key actions" over bullets, where single-spaced
    // minutes leave no blank line.
    // (Straight under an item's title, such a line is that item's, as "Actions:" would be.)
    const headsList = () =>
      this.around.standsAlone || (this.around.amidText && this.around.overList && this.piecesSinceItem > 1);
    const bareHeading = () =>
      (headsList() || (this.around.amidText && !/\p{Ll}/u.test(p))) &&
      !p.includes(':') &&
      raw.trim() === p.trim();
    if (this.items.length > 0 && isActionsHeading(p) && (this.lineIsHeading || bareHeading())) {
      this.actionList('heading');
      return;
    }
    // "Next steps:" standing alone under a blank line after the items heads a list as "Actions" does:
    // the meeting's, when it is the one such list after the last item.
    // Minutes with no numbered items (a call's notes under plain headings) head their actions so too,
    // once the attendance is behind them.
    const pastHeader = this.items.length > 0 || (this.section === 'body' && this.attendees.length > 0);
    if (!numbered && pastHeader && isNextStepsLabel(p) && headsList()) {
      this.actionList('heading');
      return;
    }
    // "Action items" after an item: that item's actions, or the meeting's (decided in result()).
    if (pastHeader && isActionItemsHeading(p)) {
      this.actionList('items');
      return;
    }
    // "Summary of action points", "Actions arising" after an item: as "Action items" are, the
    // meeting's actions when one such list follows the last item, each item's own when every item
    // has one (decided in result()).
    if (pastHeader && isActionSummaryHeading(p)) {
      this.actionList('summary');
      return;
    }
    if (this.agenda === 'none' && this.items.length === 0 && isAgendaHeading(p)) {
      this.agenda = 'listing';
      return;
    }
    // "1. Olympics", "Item 1 – Olympics": an item's heading as the agenda listed it.
    const again = this.agenda !== 'none' && p.length <= 160 ? matchItemHeading(p) : null;
    // "1. Olympics" again straight under the agenda's "4. AOB" (no blank line between): the agenda
    // has ended, and the body names its first item.
    if (this.agenda === 'listing' && this.items.length > 0 && p.length <= 160) {
      // Or the title again without its number, straight under the agenda in single-spaced minutes.
      if (
        (again && this.agendaTitles.has(titleKey(again.title))) ||
        (!numbered && this.agendaTitles.has(titleKey(p)))
      )
        this.agenda = 'listed';
    }
    if (this.agenda === 'listed' && p.length <= 160) {
      // The body names an item by its title, with or without its number.
      const item =
        this.agendaTitles.get(titleKey(p)) ??
        this.agendaTitles.get(titleKey(unnumbered)) ??
        (again ? this.agendaTitles.get(titleKey(again.title)) : undefined);
      if (item !== undefined) {
        this.finishOwnedParagraph(true);
        this.endFlow();
        this.currentItem = item;
        this.paragraph = [];
        // "Date of next meeting" named again under the agenda: its lines give the meeting's details.
        this.nextMeeting.item(this.itemIndex.withNumber(item)?.title ?? p);
        return;
      }
    }
    // "- [x] ~~Circulate the notes~~", "- [x] Circulate the notes (done)": nothing to chase.
    if (DONE_TASK.test(p)) {
      this.endFlow();
      return;
    }
    // "AP3:" is both numbering and a label; look for the label before numbering is removed.
    // A checkbox ("☐ UKHTC to …", "- [ ] DfE – …") marks a task: an action as a label does.
    const box = CHECKBOX.exec(p);
    // "[NCA] Collate …", "Share the findings [LGA] [30/06/2019]": a task whose tags say all of it.
    // In a list of actions, its entry's tags give its owner and date ("1. Share … [GLAA, 31/5]").
    const lastTagged = this.taggedNumber;
    this.taggedNumber = null;
    const tagged =
      this.flowMode === 'list'
        ? trailingTagsLabel(unnumbered)
        : (ownersFirstLabel(p) ??
          trailingTagsLabel(p) ??
          // "2. Circulate … [CPS]" after "1. Share … [GLAA, 31/5]": the list's next tagged entry.
          (numbered && lastTagged !== null && listNumber(p) === lastTagged + 1
            ? trailingTagsLabel(unnumbered)
            : null) ??
          this.ownerTagged(raw, p));
    // "3. Actions" after item 2: the next item, whose entries are its actions (as "3. Actions for the
    // next period" is), where under an item's paragraphs it would be the item's label.
    const actionsItem =
      numbered &&
      isActionsHeading(unnumbered) &&
      !unnumbered.includes(':') &&
      this.items.length > 0 &&
      matchItemHeading(p)?.number === String(Number(this.items[this.items.length - 1]?.number) + 1);
    if (tagged !== null && numbered) this.taggedNumber = listNumber(p);
    const labelRest =
      (!numbered && isNextStepsLabel(p) ? '' : null) ??
      matchLabel(p) ??
      // "3. ACTIONS FOR THE NEXT PERIOD": an item that lists actions, no label in capitals ("- Actions:"
      // is one).
      (numbered && ((isActionsHeading(unnumbered) && !actionsItem) || !itemListsActions(unnumbered))
        ? matchLabel(unnumbered)
        : null) ??
      (box ? (matchLabel(box[1] ?? '') ?? box[1] ?? null) : null) ??
      tagged;
    // Every path without a label asks whether this is an item heading; ask once. Under "Actions
    // arising", "3. Provide figures …" after entries 1 and 2 is the list's third entry, not item 3.
    // So is "1. Share the risk profile …" straight under "Actions": the list's first entry.
    const listEntry =
      this.actionListOpen !== null &&
      this.flowMode === 'list' &&
      (this.listNext !== null
        ? listNumber(p) === this.listNext + 1
        : listNumber(p) === 1 && !this.listHasContent && this.flowDraft === null) &&
      startsWithActionVerb(unnumbered);
    const h = labelRest === null && !listEntry ? this.heading(p) : null;

    // "Next meeting: …" or "Apologies:" straight under a list of actions (no blank line between, as
    // single-spaced exports write it) ends the list: it is no action's continuation.
    if (this.flowDraft && labelRest === null && !h && startsOwnPart(unnumbered)) this.endFlow();
    // "## Parking lot" straight under a list's last entry: a heading is never an entry's wrapped
    // line (Markdown's own rule), so it ends the list unless it names the next group's owners.
    else if (this.flowDraft && labelRest === null && this.lineIsHeading && !this.groupHeading(p, numbered))
      this.endFlow();
    if (this.listPaused) {
      this.listPaused = false;
      // Only the list's next number, another bullet or another "Body: task" carries it on (a page
      // break between two entries leaves a blank line): "3.2 The Group noted …" ends it.
      const carriesOn =
        this.listNext !== null
          ? listNumber(p) === this.listNext + 1
          : (this.entryBulleted && isBulleted(p)) || (this.entryOwnerColon && this.ownerColonEntry(p));
      if (!carriesOn) this.endFlow();
    }
    if (this.groupPaused) {
      this.groupPaused = false;
      // After a blank line, a grouped list goes on with another body's or item's name, or another bullet.
      if (
        this.flowMode === 'list' &&
        !numbered &&
        !this.groupHeading(p, numbered) &&
        this.namesListedItem(unnumbered) === null
      )
        this.endFlow();
    }
    if (this.flowMode === 'list') {
      if (labelRest !== null) {
        this.label(labelRest);
        // An entry read by its tags is one of the list, which goes on under it.
        if (labelRest === tagged && this.flowDraft !== null) this.flowMode = 'list';
        return;
      }
      let listEnds = false;
      // "Item 2 – NRM data for 2013" over the entries that follow: the item they belong to.
      const named = this.namesListedItem(unnumbered);
      if (named !== null) {
        this.listItem = named;
        this.entryClosed();
        return;
      }
      if (!h) {
        // "Summary of decisions and actions", then "Decisions" over what was decided: no actions
        // until the list's "Actions".
        if (isDecisionsHeading(stripMarkdown(unnumbered))) {
          this.endFlow();
          return;
        }
        if (this.groupHeading(p, numbered)) {
          this.groupOwners = p;
          this.entryClosed();
          return;
        }
        // "Next steps" over "4. The following was agreed:" over the entries: the sentence is no entry.
        if (announcesList(unnumbered)) {
          this.entryClosed();
          return;
        }
        // "Actions:" over "None": the list says at once it has none, and what follows is no entry
        // of it (the minutes going on with no blank line between).
        const field = this.flowDraft ? taskFieldLine(p, this.flowDraft.parts) : null;
        if (isNoAction(unnumbered) && !this.listHasContent && this.flowDraft === null) this.endFlow();
        else if (isNoAction(unnumbered)) this.listHasContent = true;
        // "• Decision: the Forum endorsed the report" among the actions under "Key decisions and
        // actions": an entry of the list that records no task.
        else if (isDecisionEntry(stripBullet(unnumbered))) this.entryClosed();
        else if (this.flowDraft && field !== null) this.flowDraft.parts.push(field);
        // "- DWP to provide a paper." then "The officials' group will next meet …" with no bullet and
        // no blank line between: the minutes go on after the list. After a numbered entry, so does
        // a line that names no owner (a disclaimer) or is a signature's "Name | Post | Body".
        else if (
          this.flowDraft &&
          (this.entryBulleted || this.entryNumbered) &&
          !isBulleted(p) &&
          !numbered &&
          this.lineIndent <= this.entryIndent &&
          draftComplete(this.flowDraft) &&
          (this.entryBulleted || p.includes(' | ') || !this.opensOwnAction(p, this.flowDraft))
        )
          listEnds = true;
        else if (
          !this.flowDraft ||
          numbered ||
          fresh ||
          draftComplete(this.flowDraft) ||
          this.opensOwnAction(p, this.flowDraft)
        ) {
          // "ACTION:" ending a line, "Secretariat" alone on the next and "to publish …" under it: a
          // wrapped sentence's subject, not a body heading its group of actions.
          const subject = !this.flowDraft && !numbered ? this.groupSubjectOf(p) : null;
          if (subject !== null) this.groupOwners = null;
          this.flowDraft = this.startDraft(subject === null ? p : `${subject} ${p}`);
          this.listNext = listNumber(p);
          this.entryIndent = this.lineIndent;
          this.entryBulleted = isBulleted(p);
          this.entryNumbered = numbered;
          this.entryOwnerColon = !numbered && this.ownerColonEntry(p);
        } else if (this.entryGoesOn(p, this.flowDraft)) this.flowDraft.parts.push(p);
        else listEnds = true;
        if (!listEnds) return;
      }
      this.endFlow();
    } else if (this.flowMode === 'inline' && this.flowDraft) {
      // ("D2 - The Board agreed …" under "A2 - …": a decision is an entry of its own, no more of the action.)
      const continues =
        labelRest === null &&
        !numbered &&
        !h &&
        !fresh &&
        !draftComplete(this.flowDraft) &&
        !isDecisionEntry(stripBullet(p));
      const field = taskFieldLine(p, this.flowDraft.parts);
      if (continues || field !== null) {
        this.flowDraft.parts.push(field ?? p);
        return;
      }
      this.endFlow();
    }

    if (labelRest !== null) {
      this.label(labelRest);
      // Complete as written: the line below is no more of it.
      if (labelRest === tagged) this.endFlow();
      return;
    }
    if (h) {
      this.piecesSinceItem -= 1; // the heading itself is no text between two headings
      this.addItem(h);
      // "3. Transparency in supply chains:" beside a box: the title may go on on the next line.
      const written = unnumbered.trim();
      this.openTitle =
        h.rest === undefined
          ? { written, brokenOff: /[:,–—]$/.test(written) || RUNS_ON_WORD.test(written) }
          : null;
      // "1. Apologies for absence" over "Cllr Sandra Quinn<TAB>Kingsmere District Council": an item
      // that is the list heads it (a sentence under it ends the list and is read as one).
      const list = matchSection(h.title);
      if (list && list.rest === '' && (list.kind === 'apologies' || listsAttendees(list.kind)))
        this.openSection(list.kind, '');
      // "3. Actions for the next period": the item's entries are its actions, as under "Actions:".
      else if (itemListsActions(h.title)) this.label('');
      // A "Date of next meeting" item reads its own lines; its title is no sentence about it.
      if (!this.nextMeeting.inNextMeetingItem)
        this.nextMeeting.note(p, h.rest === undefined ? unnumbered : h.title);
      if (h.rest !== undefined) this.leftPiece(h.rest);
      return;
    }
    if ((this.items.length === 0 && (this.drafts.length === 0 || this.actionsBeforeItems)) || this.inAnnex) {
      const section = matchSection(stripBullet(p));
      if (section) {
        this.openSection(section.kind, section.rest);
        return;
      }
    }
    // "- Share the case studies with the policy team — Kalayaan": an instruction in a list, its owner
    // after a dash, is an action though no label says so.
    if (
      isBulleted(p) &&
      startsWithActionVerb(unnumbered) &&
      unnumbered.length <= 400 &&
      this.directory().trailing(unnumbered).length > 0
    ) {
      this.startDraft(unnumbered);
      return;
    }
    // "NCA to circulate the figures to members.": a paragraph of one sentence whose subject is a body
    // of the meeting and whose verb an instruction is an action, though no label says so. Single-spaced
    // minutes (one paragraph to a line, no blank lines) write it on a line after a finished sentence
    // or straight under the item's heading.
    const above = this.around.above;
    const ownLine = () => above === null || endsSentence(above.slice(-300)) || this.piecesSinceItem === 1;
    if (
      this.items.length > 0 &&
      unnumbered.includes(' to ') &&
      ownLine() &&
      this.ownedInstruction(unnumbered)
    ) {
      this.finishOwnedParagraph(true);
      this.paragraph = [];
      this.startDraft(unnumbered);
      return;
    }
    this.nextMeeting.note(p, unnumbered);
    this.noteActionRefs(p);
    if (numbered) {
      this.finishOwnedParagraph(true);
      this.paragraph = [unnumbered];
    } else this.paragraph.push(p);
    this.endOfParagraphMarker();
    this.finishOwnedParagraph(false);
  }

  /**
   * An annex after the items: its lines belong to no item, and its lists are read as the lists they
   * are ("Annex A – Attendance", then "Present" and "Apologies").
   */
  private enterAnnex(title: string): void {
    this.finishOwnedParagraph(true);
    this.endFlow();
    this.paragraph = [];
    this.currentItem = null;
    this.inAnnex = true;
    if (/^(?:attendance|attendees|members\s+present|those\s+present|present)\b/i.test(title.trim()))
      this.openSection('attendees', '');
  }

  /**
   * A line under a list entry that does not end a sentence goes on with it when it reads as the
   * entry wrapped: indented under it, in lower case (or a number, a bracket), or after a line broken
   * off mid-phrase or long enough to have met the width. Otherwise it is the minutes going on with
   * no blank line between ("Secretariat" signing them, "The next meeting will be held …").
   */
  private entryGoesOn(p: string, draft: ActionDraft): boolean {
    // "PRESENT", "Apologies" alone: a part of the minutes of its own.
    if (p.length <= 40 && matchSection(p)?.rest === '') return false;
    if (this.lineIndent > this.entryIndent || !STARTS_AS_NAME.test(p)) return true;
    const last = (draft.parts[draft.parts.length - 1] ?? '').trim();
    return (
      RUNS_ON_WORD.test(last) ||
      /[,;:(&/\u2013-]$/.test(last) ||
      // (A heading in capitals straight under a long entry, "ITEMS DISCUSSED", starts a part of its own.)
      (last.length >= 60 && !isCapitalsHeading(p)) ||
      this.brokeAfterOneWord(draft)
    );
  }

  /**
   * "(b) Westshire" over "Police to brief …": an entry of one word, marked or run on after a label
   * with its fellows, is a name the line broke ("Summary" alone, unmarked, heads what follows a list).
   */
  private brokeAfterOneWord(draft: ActionDraft): boolean {
    const first = (draft.parts[0] ?? '').trim();
    return (
      draft.parts.length === 1 &&
      (this.runOnEntries || hasNumbering(first)) &&
      !/\s/.test(stripNumbering(first))
    );
  }

  /**
   * "HOME OFFICE: to circulate …" under "NCA: to provide … (by 12/04/2019)": in a list of actions
   * written without full stops, a line that names its own owners before "to" is the next action,
   * unless the line above broke off mid-phrase ("… with the" over "Home Office to …").
   */
  private opensOwnAction(p: string, draft: ActionDraft): boolean {
    const last = draft.parts[draft.parts.length - 1] ?? '';
    if (RUNS_ON_WORD.test(last) || this.brokeAfterOneWord(draft)) return false;
    // "[BEIS] Write to …" under "[NCA] Collate …": owners in brackets, then a task of their own.
    if (ownersFirstLabel(p) !== null) return true;
    if (!STARTS_AS_NAME.test(p)) return false;
    if (this.directory().fromText(p, true).length > 0) return true;
    // "DfE and Home Office: share the evaluation …": owners, a colon, the task.
    const colon = p.indexOf(':');
    return colon > 0 && colon <= 100 && this.directory().isOrgList(p.slice(0, colon));
  }

  private noteActionRefs(p: string): void {
    if (this.currentItem === null || !/\(\s*actions?\s+[A-Z0-9]/i.test(p)) return;
    for (const m of p.matchAll(/\(\s*actions?\s+([A-Z0-9][A-Z0-9/.-]{0,19})\s*\)/gi)) {
      const ref = actionRef(m[1] ?? '');
      if (ref !== undefined && !this.actionRefs.has(ref)) this.actionRefs.set(ref, this.currentItem);
    }
  }

  /** "… before the next meeting. (Action: MOJ)": the sentence before the marker is the action. */
  private endOfParagraphMarker(): void {
    // The marker may wrap onto the paragraph's last line ("… with the Group. ACTION" over "CPS"); two
    // lines hold it. Only text ending in ")" or "]" (a full stop after it allowed), or near a bare
    // "ACTION", can end with one.
    const last = this.paragraph[this.paragraph.length - 1] ?? '';
    const above = this.paragraph.length > 1 ? (this.paragraph[this.paragraph.length - 2] ?? '') : '';
    // (Their ends say whether to look closer: a long paragraph is not copied for every line.)
    if (!mayEndInMarker(`${above.slice(-100)} ${last.slice(-100)}`)) return;
    const recent = above === '' ? last : `${above} ${last}`;
    const marker = trailingMarker(recent);
    if (!marker) return;
    // "(Action: all departments)" names owners too: the whole committee.
    const owned =
      marker.owners === '' || isCollective(marker.owners) || this.directory().isOrgList(marker.owners);
    // "(Action on BTP and Calderdale Council: arrange a joint day …)": the owners and their task in
    // the marker, labelled as "Action on NCA: share …" is on a line of its own.
    const task =
      owned || !/\bactions?\s+on\s/i.test(recent) ? null : matchLabel(`Action on ${marker.owners}`);
    // A bare "ACTION" must name owners: "… reviewed. ACTION Plan agreed" is no marker.
    if (!owned && task === null && !/actions?\s*:/i.test(recent)) return;
    const before =
      this.paragraph.length > 2 ? `${this.paragraph.slice(0, -2).join(' ')} ${marker.before}` : marker.before;
    this.paragraph = [];
    if (!owned) {
      // "(Action: Secretariat to circulate the paper)": the marker is the action itself.
      this.startDraft(task ?? (marker.due ? `${marker.owners} ${marker.due}` : marker.owners));
      return;
    }
    const sentence = withoutDecisionLabel(lastSentence(before));
    if (sentence === '') return;
    const d = this.startDraft(sentence);
    // "(ACTION)" alone: the sentence's own subject owns it ("The Home Office will write …").
    d.owners = marker.owners === '' ? null : marker.owners;
    d.due = marker.due;
  }

  private rightPiece(raw: string): void {
    const p = stripMarkdown(singleSpaced(raw));
    if (p === '') return;
    this.piecesSinceItem += 1;
    const labelRest = matchLabel(p) ?? matchLabel(stripNumbering(p));
    if (labelRest !== null) {
      this.boxOpen = true;
      this.boxDraft = null;
      const r = labelRest.trim();
      if (r === '' || isNoAction(r)) return;
      if (!startsWithActionVerb(r) && this.directory().isOrgList(r)) {
        this.boxOwners = { owners: r, draft: this.ownerMarker(r) };
        return;
      }
      this.boxDraft = this.startDraft(r);
      return;
    }
    // "Action by:" heading a box that names only who acts: the owners under it are those of the
    // discussion's sentence beside it, as a box's owners alone are.
    if (isOwnerBoxLabel(p)) {
      this.boxOpen = true;
      this.boxDraft = null;
      return;
    }
    if (!this.boxOpen) {
      this.leftPiece(p);
      return;
    }
    // "ACTION: Home Office" over "to circulate the report …" (or "ACTION: DFID and" over "FCO to
    // report …"): the label's words began the action, not a marker naming the discussion's owners.
    const owners = this.boxOwners;
    this.boxOwners = null;
    if (owners && continuesOwners(owners.owners, p)) {
      const d = owners.draft ?? this.startDraft('');
      d.parts = [`${owners.owners} ${p}`];
      d.owners = null;
      this.boxDraft = d;
      return;
    }
    if (isNoAction(p)) return;
    // "DfE" alone in the box beside "DfE will write to … by 28 February 2014.": the box names the
    // owners of the discussion's sentence beside it, which ends a line or more below.
    // ("UKHTC and" goes on below: the owners of an action the box goes on to write.)
    // Unless the box's next line goes on in lower case ("Crown Prosecution Service" over "to report
    // the first"): the owners then begin the box's action, as "DFID and" over "FCO to …" does.
    if (
      this.boxDraft === null &&
      this.paragraph.length > 0 &&
      !/(?:[,/&]|\band)$/i.test(p) &&
      this.directory().isOrgList(p) &&
      !this.boxGoesOnBelow() &&
      !this.ownerRunsOn(p)
    ) {
      this.finishOwnedParagraph(true);
      this.pendingOwners = p;
      return;
    }
    const field = this.boxDraft ? taskFieldLine(p, this.boxDraft.parts) : null;
    if (this.boxDraft && field !== null) this.boxDraft.parts.push(field);
    else if (!this.boxDraft || hasNumbering(p) || draftComplete(this.boxDraft))
      this.boxDraft = this.startDraft(p);
    else this.boxDraft.parts.push(p);
  }

  // ---- result ------------------------------------------------------------------------------

  /**
   * "| Organisation | Name |" straight under the attendance table, no heading between: the people
   * it lists sent apologies when one of them is someone an attendee stood in for ("For Nadia Rowe
   * MP"), and none has a role or a stand-in of their own.
   */
  private headlessApologies(): void {
    const at = this.secondTableAt;
    if (at === null) return;
    const rows = this.attendees.slice(at);
    const stoodInFor = new Set(
      this.attendees.slice(0, at).flatMap((a) => (a.deputisingFor ? [a.deputisingFor.toLowerCase()] : [])),
    );
    if (
      rows.length === 0 ||
      rows.some((r) => r.role !== null || r.deputisingFor !== null) ||
      !rows.some((r) => stoodInFor.has(r.name.toLowerCase()))
    )
      return;
    this.attendees.splice(at);
    this.apologies.unshift(...rows.map((r) => ({ organisation: r.organisation, name: r.name })));
  }

  /**
   * The first sentence about the next meeting that is the minutes' own and gives a fixed date; of
   * a Welsh line and its English one for the same meeting, the English (the record's language).
   */
  private firstNextMeeting(title: string | null, date: string | null, zone: string, bareIsOwn: boolean) {
    let welsh: ReturnType<typeof readNextMeeting> = null;
    // "… Unseen UK, which will next meet on 12 December" says when someone meets; "The next meeting
    // will be on …" names the meeting: a text naming it is read before one that only says "meet".
    const all = this.nextMeeting.candidates();
    const meetsOnly = (t: string) => !/\bmeeting\b/i.test(t) && /\b(?:meets?|reconvenes?)\b/i.test(t);
    for (const text of [...all.filter((t) => !meetsOnly(t)), ...all.filter(meetsOnly)]) {
      if (namesAnotherBody(text, title, bareIsOwn) || dateNotFixed(text)) continue;
      const meeting = readNextMeeting(text, date, zone);
      if (!meeting) continue;
      if (welsh === null && readsWelsh(text)) {
        welsh = meeting;
        continue;
      }
      return welsh === null || meeting.start === welsh.start ? meeting : welsh;
    }
    return welsh;
  }

  /** Those at the meeting: the invitees only when no list of those who came follows theirs. */
  private attendance(): readonly ParsedAttendee[] {
    const invited = this.invited;
    if (!invited || invited.to === null || this.attendees.length === invited.to) return this.attendees;
    return [...this.attendees.slice(0, invited.from), ...this.attendees.slice(invited.to)];
  }

  result(zone: string): ParsedMinutes {
    this.headlessApologies();
    const early = readHeader(this.headerPieces);
    const late = early.date === null && this.lateHeader.length > 0 ? readHeader(this.lateHeader) : null;
    const header = { title: early.title ?? late?.title ?? null, date: late?.date ?? early.date };
    const date = header.date;
    const owners = this.directory();
    const found: ParsedAction[] = [];
    // One "Action items" list after the last of several items, or one summary ("Actions arising")
    // after the last item, gathers the meeting's actions; one under every item (a note-taking
    // template) holds each item's own.
    // (After the last item the body reached: an agenda may list items the notes never come to, AOB.)
    const reached = this.items.findIndex((i) => i.number === this.currentItem) + 1;
    const once = (list: { headings: number; itemsAtLast: number }) =>
      list.headings === 1 && (list.itemsAtLast === this.items.length || list.itemsAtLast === reached);
    const gathers: Record<ActionListKind, boolean> = {
      items: once(this.actionLists.items) && this.items.length >= 2,
      summary: once(this.actionLists.summary),
      heading: once(this.actionLists.heading),
    };
    for (const d of this.drafts) {
      if (raisedBefore(d.raised, date)) continue;
      if (d.underActionList && gathers[d.underActionList]) d.item = d.namedItem ?? null;
      const cited = d.ref === undefined ? undefined : this.actionRefs.get(d.ref);
      if (cited !== undefined) d.item = cited;
      // "2.1" in a closing table's No. column, cited nowhere in the body: paragraph 1 of item 2.
      else if (d.item === null && d.ref !== undefined) d.item = this.paragraphItem(d.ref);
      if (d.item === null) d.item = takeBracketedItem(d, (n) => this.items.some((i) => i.number === n));
      // "NRM statistics" in a closing table's Item column: the item of that title, by its number.
      else if (this.itemIndex.withNumber(d.item) === undefined)
        d.item = this.itemIndex.withTitle(d.item)?.number ?? d.item;
      for (const piece of splitOwnedSentences(d, (s) => owners.fromText(s, true).length > 0)) {
        const a = finishAction(piece, owners, date);
        if (a) found.push(a);
      }
    }
    const actions = mergeRepeatedActions(found, (o) => owners.roleOrganisation(o));
    // Secretariats call their own body "the Group" in a Board's minutes too: a body named by its
    // noun alone is another's only while some sentence gives the minutes' own meeting.
    const nextMeeting =
      this.firstNextMeeting(header.title, date, zone, false) ??
      this.firstNextMeeting(header.title, date, zone, true);
    // A meeting is dated, or has items or actions: people or a next meeting in text with none of
    // them ("Attendees:" over "Home Office ⇥ Official" among scripts and injection strings) are no
    // record of one.
    const recordsAMeeting = date !== null || this.items.length > 0 || actions.length > 0;
    const looksLikeMinutes =
      (recordsAMeeting && (this.attendees.length > 0 || this.apologies.length > 0 || nextMeeting !== null)) ||
      actions.length > 0 ||
      // Items under a header that dates the meeting or calls itself minutes: a short record ("Date: 8
      // March 2016" over "1. Welcome"), not text that merely has numbered lines.
      (this.items.length > 0 &&
        (date !== null || this.headerPieces.some((p) => /\b(?:minutes|meeting)\b/i.test(p))));
    if (!looksLikeMinutes) return emptyMinutes();
    return {
      meeting: { title: header.title === null ? null : clean(header.title) || null, date },
      // A body named in Welsh and English ("Llywodraeth Cymru / Welsh Government") by its English name.
      attendees: this.attendance().map((a) => ({
        organisation: a.organisation === null ? null : englishHalf(clean(a.organisation)) || null,
        name: clean(a.name),
        role: a.role,
        deputisingFor: a.deputisingFor === null ? null : clean(a.deputisingFor) || null,
      })),
      apologies: this.apologies.map((a) => ({
        organisation: a.organisation === null ? null : englishHalf(clean(a.organisation)) || null,
        name: clean(a.name),
      })),
      items: this.items,
      actions,
      nextMeeting:
        nextMeeting === null
          ? null
          : {
              ...nextMeeting,
              location:
                nextMeeting.location === null ? null : englishHalf(clean(nextMeeting.location)) || null,
            },
    };
  }
}

/**
 * Reads a document a file reader made (Word, PDF) into the parse shape: the same reader as text,
 * given the file's own tables, boxes and paragraph ends instead of guessing them from lines.
 */
export function parseDocument(doc: MinutesDocument, options: ParseOptions = {}): ParsedMinutes {
  const zone = options.timezone ?? 'Europe/London';
  const body = readBlocks(doc, doc.blocks, zone);
  const header = doc.pageHeader ?? [];
  const { title, date } = body.meeting;
  if ((title !== null && date !== null) || !header.some((b) => b.kind !== 'blank')) return body;
  // The committee and the date printed only in the first page's header, above a body that starts at
  // "Present:": read as a PDF of the file shows them, above the body. Only what the body lacks is taken.
  const printed = readBlocks(doc, [...header, { kind: 'blank' }, ...doc.blocks], zone).meeting;
  return { ...body, meeting: { title: title ?? printed.title, date: date ?? printed.date } };
}

function readBlocks(doc: MinutesDocument, blocks: readonly Block[], zone: string): ParsedMinutes {
  try {
    // Minutes in an email saved as HTML: the reply, the headers and the signature are no minutes.
    const { lines, units } = documentLines({
      ...doc,
      blocks: [...englishColumnBlocks(unwrapEmailBlocks(blocks))],
    });
    if (lines.every((l) => l.trim() === '') && units.size === 0) return emptyMinutes();
    const reader = new MinutesReader(lines, units);
    reader.read();
    return reader.result(zone);
  } catch {
    return emptyMinutes();
  }
}

/**
 * Where an action table's header row stands part-way down a table (within its first rows, under
 * rows of text spanning it), or -1.
 */
function headerRowAt(rows: readonly string[][]): number {
  for (let k = 1; k < Math.min(rows.length - 1, 8); k += 1) {
    if ((rows[k] ?? []).length < 2) continue;
    if (readCellTable(rows.slice(k, k + 2), null)) return k;
  }
  return -1;
}

// "Note taker: …", "Minuted by – …": who took the notes, a label before a person.
const NOTE_TAKER =
  /^(?:(?:notes?|minutes?)[\s-]?takers?|minuted\s+by|notes\s+(?:taken\s+)?by)\s*(?::|\s[–—-]|\t)\s*/i;
// "Minutes: Kay Mills (Home Office)" in a list of those present: the note taker, in one word (or a
// form's field, "Minutes ⇥ Kay Mills (Home Office)").
const NOTES_BY = /^(?:minutes|notes)\s*(?::|\s[–—-]|\t)\s*(?=\S)/i;
/**
 * The columns of a two-column list learned from its rows (person, then body) rather than from a
 * header row naming them: they say nothing of a row of another shape.
 */
const PERSON_THEN_BODY: AttendeeColumns = { name: 0, organisation: 1, role: null };

// A heading that dates the meeting: it names a meeting or its record, or a body, with a date in it.
const datedHeading = (p: string): boolean =>
  p.length <= 160 &&
  !endsSentence(p) &&
  (/\b(?:minutes|meeting|notes|summary|record)\b/i.test(p) || COMMITTEE.test(p)) &&
  !INJECTED_CODE.test(p) &&
  findDates(p).some((d) => d.year !== null);

/**
 * An inline list's line that ends it: a full stop, but not an initial's or a title's ("…, S." over
 * "Hughes and R. Price.": the list wrapped after a councillor's initial).
 */
// An attendance entry's mark of the body beside the name: a bracket, a comma, a dash, a tab or the run of
// spaces a tab became in reflowed text ("Home Office  Official").
const NAMES_BODY = /[(,–—\t]|\s-\s|\S {2,}\S/;

// A line that starts as a name does: a capital, after an @-mention's "@" ("@Mary Doyle to share …").
const STARTS_AS_NAME = /^@?[A-Z]/;

const endsList = (text: string): boolean =>
  /\.$/.test(text) && !/(?:^|[\s,(])(?:[A-Z]|Dr|Mr|Mrs|Ms|St|Prof|Cllr|Rev|Revd|Insp|Sgt|Supt)\.$/.test(text);

// The columns beside an owner column in a table of minutes: the item's number and what was said.
const besideOwners = (name: string): boolean =>
  isDiscussionColumn(name) ||
  /^para(?:graph)?\.?$/i.test(name) ||
  ['item', 'number'].includes(columnOf(name));

/**
 * "Item ⎵⎵ Discussion ⎵⎵ Action": a row naming the columns of minutes kept with an owner or action
 * column at the right (from column 40), the columns before it the item's and what was said.
 */
const namesOwnedColumns = (cells: readonly Cell[]): boolean => {
  const last = cells[cells.length - 1];
  return (
    last !== undefined &&
    !last.tab &&
    last.col >= 40 &&
    isOwnerColumnHeading(last.text) &&
    cells.slice(0, -1).every((c) => c.text.split(/\s{2,}/).every(besideOwners))
  );
};

/**
 * The line under a box's "ACTION: Home Office" goes on with it: in lower case ("to circulate …"),
 * or after owners left unfinished ("DFID and" over "FCO to report …").
 */
function continuesOwners(owners: string, next: string): boolean {
  return /^[a-z]/.test(next) || UNFINISHED_OWNERS.test(owners.trim());
}

/** Owners that end on a joint ("DFID and", "NCA,"): the list goes on after it. */
const UNFINISHED_OWNERS = /(?:\band|&|,)$/i;

/** Where each cell of a row aligned with spaces starts; null when tabs or pipes draw its columns. */
function alignedStarts(row: Row): number[] | null {
  if (row.raw.includes('|') || row.cells.some((c) => c.tab)) return null;
  return row.cells.filter((c) => c.text !== '').map((c) => c.col);
}

/**
 * What text goes through, in order, before the reader sees its lines: each stage pure, lines in and
 * lines out (see each one's file).
 */
export const LINE_STAGES: readonly ((lines: readonly string[]) => string[])[] = [
  latexSource,
  structuredRecord,
  withoutDocComments,
  withoutMarkupBalloons,
  symbolBullets,
  chatExport,
  aiNotes,
  transcriptTurns,
  unquotedMinutes,
  appointmentAsNextMeeting,
  dedent,
  closedUpLabels,
  withoutLineNumbers,
  englishColumnLines,
  boxOnTheRight,
  underlinedHeadings,
  sideHeads,
  hashtags,
  plainMarkup,
  ownerGroups,
  headerlessRows,
  leadersAsTabs,
  ownersColumnLast,
  paragraphGapsAsTabs,
  quotedCells,
  tabHeaderOverTwoLines,
  fieldRows,
  unspaceLetters,
  unwrapEmailText,
  withoutSiteFurniture,
  removePageFurniture,
  englishLabels,
  welshLabels,
  hangingEntries,
  unwrapLines,
  initialsKey,
  attendanceMarks,
  attendanceRegister,
  groupedAttendance,
  joinItemTitles,
  joinWrappedLabels,
  splitReflowedHeadings,
  withoutAgendaTimes,
];

// "the following actions", "below", "a tick shows who owns each": words that point to a table.
const POINTS_TO_TABLE =
  /\b(?:following|below|(?:this|the)\s+table|ticks?|ticked|columns?|listed|as\s+follows)\b/i;

/** A draft read from a paragraph under an Actions heading that only introduces the table after it. */
function introducesTable(d: ActionDraft): boolean {
  const text = d.parts.join(' ');
  return (
    d.owners === null &&
    d.underActionList !== undefined &&
    text.length <= 300 &&
    POINTS_TO_TABLE.test(text) &&
    !startsWithActionVerb(text)
  );
}

/** Reads minutes text into the parse shape. Never throws: text that is not minutes gives the empty shape. */
export function parseMinutes(text: string, options: ParseOptions = {}): ParsedMinutes {
  const zone = options.timezone ?? 'Europe/London';
  try {
    if (typeof text !== 'string' || text.trim() === '') return emptyMinutes();
    // An HTML export is read by its markup: its tables as tables, its headings as headings.
    if (isHtmlDocument(text)) return parseDocument(readHtml(text), options);
    let lines = toLines(normaliseCharacters(text));
    for (const stage of LINE_STAGES) lines = stage(lines);
    // Tables drawn with rules are read as tables, cell by cell, before the line reader sees them.
    const units = new Map<number, DocumentUnit>();
    for (const t of findTextTables(lines))
      units.set(t.start, {
        kind: 'table',
        rows: t.rows,
        span: t.span,
        ...(t.title ? { title: t.title } : {}),
        ...(t.lineRows ? { lineRows: true } : {}),
      });
    const reader = new MinutesReader(lines, units.size > 0 ? units : null);
    reader.read();
    return reader.result(zone);
  } catch {
    // A parser bug must not take the bot down with it; the caller reports "nothing found".
    return emptyMinutes();
  }
}

/** Each attendance sentence of the text read (see attendanceSentence); null unless every one is such. */
type SentenceRead = NonNullable<ReturnType<typeof attendanceSentence>>;
function sentencesRead(text: string): SentenceRead[] | null {
  const read = attendanceSentenceParts(text).map((s) => attendanceSentence(s));
  return read.every((r): r is SentenceRead => r !== null) ? read : null;
}

/** "To share the figures …", "Share the figures …": a line that opens with a task, as an action's text does. */
function taskStarts(line: string | null | undefined): boolean {
  const t = line?.trim() ?? '';
  if (t === '' || t.length > 2000 || !/^\p{Lu}/u.test(t)) return false;
  const to = /^To\s+(?=[a-z])/.exec(t);
  return startsWithActionVerb(to ? t.slice(to[0].length) : t);
}
