/**
 * What the minutes say about the next meeting, gathered while the document is read: the lines
 * under a "Date of next meeting:" heading, sentences that name it ("The next meeting will be held
 * on …"), and the whole of a "Date of next meeting" item. The reader then tries them in that order.
 */
import { findDates } from './dates.js';
import { isMeetingField } from './field-rows.js';
import {
  endsSentence,
  isActionsHeading,
  isRecordSection,
  matchSection,
  RUNS_ON_WORD,
  stripNumbering,
  WRAPPED_LINE,
} from './markers.js';
import { isNextMeetingHeading, mentionIndex, PLACE_NAME } from './next-meeting.js';
import { isRule, pipeCells } from './tables.js';

// The end of the minutes: "The meeting closed at 8.05 pm.", "Signed: …", who wrote them ("Notes
// taken by: …", "Minute taker: …"), the secretariat signing them ("IDMG Secretariat", "Secretariat,
// December 2012", in Welsh and English "Ysgrifenyddiaeth / Secretariat"), a sign-off, a phone's or
// a mail app's line under an email ("Sent from my iPad").
const CLOSING =
  /^sent\s+from\s+my\b|^get\s+outlook\s+for\b|^(?:the\s+)?meeting\s+(?:closed|ended|finished|concluded)\b|^signed\b|^(?:notes?|minutes?)\s+(?:taken|recorded|written|prepared)\s+by\b|^(?:note|minute)[\s-]?taker\b|^prepared\s+by\b|^(?:[A-Z][\w&-]*\s+(?:\/\s+)?){0,4}Secretariat\b(?:[,.]|$)|^(?:kind\s+regards|best\s+wishes|regards|many\s+thanks|thanks)\b/i;

/**
 * "| 6 March 2018 | 10:00–12:00 | 2 Marsham Street |": a row of a table of meeting dates is the
 * sentence its cells would make, parted by commas (the place last); the header and the rule under
 * it are none.
 * Any other line is itself, with its numbering taken off as given.
 */
function asSentence(p: string, written: string): { p: string; written: string } | null {
  if (!p.startsWith('|')) return { p, written };
  const cells = pipeCells(p);
  // The header ("| Date | Time | Venue |") names the columns: it is no meeting's details.
  if (cells.every(isMeetingField)) return null;
  const clauses = cells.filter((c) => !isRule(c)).join(', ');
  return clauses === '' ? null : { p: clauses, written: clauses };
}

// "at 2 Marsham Street", "in Committee Room 1": a place, not a time ("at 10.30 am", "at 2 pm").
const PLACE_GIVEN = /\b(?:at|in)\s+(?:the\s+)?(?:[A-Z]|\d+\s+[A-Z][a-z])/;

// "…, Room 1.10, Seacole Building, 2 Marsham Street": the line's last part, after a comma, names a
// place (a capitalised word, or a building's number and its street), not a time.
const LAST_PART_PLACE = /,\s+((?:[A-Z][a-z]|\d{1,4}[a-z]?\s+[A-Z][a-z])[^,]*)$/;

/**
 * The details end with a place after their date and time ("…, 14:00–15:30, 2 Marsham Street"):
 * 'whole', or 'wrapped?' on a line as long as text is wrapped at, whose last part may be the place's
 * first words ("…, Room 2.6, Seacole" over "Building, 2 Marsham Street"). Null when no place ends it.
 */
function placeAtEnd(line: string): 'whole' | 'wrapped?' | null {
  const t = line.trimEnd();
  const part = LAST_PART_PLACE.exec(t)?.[1];
  if (part === undefined || findDates(part).length > 0) return null;
  return t.length >= 55 && t.length <= 80 ? 'wrapped?' : 'whole';
}

// "Building, 2 Marsham Street", "Park, Cardiff.": the rest of a place wrapped onto the next line
// (parts parted by a comma, or a full stop ending it), or its last word (PLACE_WORD); not a
// signature's name, a heading ("Actions", "Attendance"), or a "Name | Post" or "Kerr, Graham (NCA)" line.
const PLACE_GOES_ON = /^(?=.{2,60}$)[^|]*(?:,\s\S[^|]*|\.)$/;
const ENDS_IN_BRACKET = /\)\.?$/;
// "Newcastle Civic Centre" alone on its line.
const PLACE_ALONE = new RegExp(String.raw`^(?=.{2,60}$)${PLACE_NAME}\.?$`);
// "Street", "Centre", "HQ": a place's last word alone on the line (a signature's name has two).
const PLACE_WORD = /^[A-Z0-9][\w'’.-]{0,30}$/;

/** "Actions", "Attendance", "Notes": the heading of the document's next part, no place's words. */
const headsPart = (t: string) => isRecordSection(t) || isActionsHeading(t) || matchSection(t) !== null;

// "1. Welcome", "2) Data": a line that opens with an item's number.
const NUMBERED_ITEM = /^\s*\d{1,2}[.)]\s+[A-Z]/;

export class NextMeetingNotes {
  private readonly texts: string[] = [];
  /** An item also holds other business and its dates: read only when nothing else gave a meeting. */
  private readonly itemTexts: string[] = [];
  private buffer: string[] | null = null;
  private linesLeft = 0;
  /**
   * the heading's line gave a date and a place: only a line finishing its sentence goes on with it
   * ('whole'), or one reading as the rest of a place the line's width may have cut ('wrapped?')
   */
  private placeGiven: 'whole' | 'wrapped?' | null = null;
  /** a heading's details gave a date and no place, then a blank: a place alone may be the next line */
  private placeMayFollow = false;
  private inItem = false;
  /** a sentence naming the next meeting that wraps: its entry in `texts`, and lines left */
  private mention: { index: number; lines: number } | null = null;
  /** the body line before this one, and this one, in the same paragraph ('' after a break) */
  private previousLine = '';
  private currentLine = '';
  /** this line went on with a sentence naming the meeting: it starts no sentence of its own */
  private continuedMention = false;

  /** Inside a "Date of next meeting" item, which reads its own lines. */
  get inNextMeetingItem(): boolean {
    return this.inItem;
  }

  /** Every body line, first: it may continue a sentence or belong to a heading's lines. */
  line(raw: string, written: string): void {
    const line = asSentence(raw, written);
    if (line) this.lineText(line.p, line.written);
  }

  private lineText(p: string, unnumbered: string): void {
    this.previousLine = this.currentLine;
    this.currentLine = unnumbered;
    this.continuedMention = this.mention !== null;
    if (this.mention) this.continueMention(p);
    if (this.placeMayFollow) {
      this.placeAlone(unnumbered);
      return;
    }
    if (this.buffer && this.placeGiven) {
      const given = this.placeGiven;
      this.placeGiven = null;
      const t = unnumbered.trim();
      // "1. Modern Slavery Act – one year on" under the details (single-spaced minutes): an item's
      // heading, numbered, is no place's words going on.
      const goesOn =
        !NUMBERED_ITEM.test(p) &&
        (given === 'whole'
          ? endsSentence(t) && t.length <= 80
          : (PLACE_GOES_ON.test(t) || PLACE_WORD.test(t)) &&
            !ENDS_IN_BRACKET.test(t) &&
            !CLOSING.test(t) &&
            !headsPart(t));
      if (!goesOn) {
        this.close();
        return;
      }
      // The place's own words go on: "… at Cathays" over "Park, Cardiff." is "Cathays Park".
      const last = this.buffer.length - 1;
      this.buffer[last] = `${this.buffer[last] ?? ''} ${unnumbered.trim()}`;
      this.close();
      return;
    }
    // A heading of its own ("Date of next meeting:" in English under the Welsh) starts its own lines.
    if (this.buffer && this.linesLeft > 0 && p.length <= 2000 && !isNextMeetingHeading(p)) {
      // "The meeting closed at 7.20 pm." straight under the details (no blank line between): the
      // minutes going on, not the next meeting's time.
      if (
        CLOSING.test(unnumbered.trim()) ||
        this.partAfterDetails(unnumbered.trim()) ||
        // "1. Modern Slavery Act – one year on" under the details, no blank line between: the next
        // item's heading (a numbered line with a date may be one of a list of meetings).
        (NUMBERED_ITEM.test(p) && findDates(p).length === 0)
      ) {
        this.close();
        return;
      }
      this.buffer.push(unnumbered);
      this.linesLeft -= 1;
    }
  }

  /**
   * "Actions", "Attendance" straight under details that gave their date and ended their sentence
   * (no blank line between): the next part of the document, not more of the meeting's place.
   */
  private partAfterDetails(t: string): boolean {
    const buffer = this.buffer ?? [];
    return (
      headsPart(t) && endsSentence(buffer[buffer.length - 1] ?? '') && findDates(buffer.join(' ')).length > 0
    );
  }

  /**
   * A paragraph of a file ended: a sentence naming the meeting ends with it, and so do an item's
   * details once a paragraph with its date has ended a sentence ("Tuesday 1 July 2014, Room 2.6.");
   * the next paragraph ("Action log") is the document going on. A date without a full stop may
   * have its place in the paragraph after.
   */
  paragraphEnd(): void {
    this.mention = null;
    this.currentLine = '';
    const buffer = this.buffer;
    if (!this.inItem || !buffer || buffer.length === 0) return;
    const last = buffer[buffer.length - 1] ?? '';
    if (endsSentence(last) && findDates(buffer.join(' ')).length > 0) this.close();
  }

  blank(): void {
    this.mention = null;
    this.currentLine = '';
    // A heading covers the lines up to the next blank; an item's details end at the first blank
    // line after its date.
    const buffer = this.buffer;
    // A heading alone ("## Next meeting", then a blank line): its details are below the blank.
    if (this.headingAwaitsDetails()) return;
    if (this.placeMayFollow) {
      this.close();
      return;
    }
    // Its date and time, then a blank: the place may stand alone in the next paragraph.
    if (this.datedWithoutPlace()) {
      this.placeMayFollow = true;
      return;
    }
    if (buffer && buffer.length > 0 && (!this.inItem || findDates(buffer.join(' ')).length > 0)) this.close();
  }

  /** An agenda item begins; one about the next meeting gathers its lines. */
  item(title: string): void {
    // "Newcastle Civic Centre" alone under the date, read as a heading of its own: the place.
    if (this.placeMayFollow) this.placeAlone(title);
    this.close();
    // "AOB and next meeting" names it anywhere; "Dates for 2017" as a heading of its own would.
    if (
      /next\s+meeting|future\s+meetings|dates\s+of\s+meetings|meeting\s+dates|forward\s+(?:plan|programme)|(?:schedule|programme|calendar)\s+of\s+meetings/i.test(
        title,
      ) ||
      isNextMeetingHeading(title)
    ) {
      // "3. Next meeting Date of next meeting: 9 June 2015, Home Office": a tool that ran the item's
      // text onto its heading leaves the details in the title.
      this.buffer = findDates(title).length > 0 ? [title] : [];
      this.linesLeft = 50;
      this.inItem = true;
    }
  }

  /**
   * A row of minutes kept as a table: its item's title and, whole, what was said under it. A
   * "Date of next meeting" row gives its details as an item does; any row may mention the meeting.
   */
  tableRow(title: string, said: string): void {
    this.item(title);
    this.note(said);
    this.mention = null;
    if (this.inItem) this.buffer?.push(said);
    this.close();
  }

  /**
   * A piece of the header after a bare "Date of next meeting:" (a field row whose value stands in
   * the next cell): the meeting's details. True when it was taken, so the header does not read the
   * next meeting's date as this one's.
   */
  headerDetails(p: string): boolean {
    if (!this.headingAwaitsDetails()) return false;
    this.buffer?.push(p);
    this.linesLeft -= 1;
    return true;
  }

  /** A "Date of next meeting:" heading has been seen, with no date of its own yet. */
  private headingAwaitsDetails(): boolean {
    const b = this.buffer;
    const heading = b?.[0] ?? '';
    return (
      b !== null &&
      b.length === 1 &&
      !this.inItem &&
      isNextMeetingHeading(heading) &&
      findDates(heading).length === 0
    );
  }

  /** A heading or a sentence about the next meeting. `written` is `p` without its numbering. */
  note(raw: string, written = stripNumbering(raw)): void {
    const line = asSentence(raw, written);
    if (line) this.noteText(line.p, line.written);
  }

  private noteText(p: string, written: string): void {
    // (The header's lines, when no item has begun, come here rather than to lineText.)
    if (this.placeMayFollow && this.placeAlone(written)) return;
    // "4.1 Dates for 2016: …": a numbered paragraph may open with the heading too (an item titled
    // so reads its own lines: see item()).
    if (isNextMeetingHeading(p) || (written !== p && !this.inItem && isNextMeetingHeading(written))) {
      this.close();
      // "Future meetings: 23 June 2015 … at 2 Marsham Street.": the details whole on the heading's
      // line, a full stop ending them; the line after (a signature) is no part of them.
      const dated = findDates(p).length > 0;
      if (endsSentence(p) && dated) {
        this.texts.push(p);
        return;
      }
      this.buffer = [p];
      this.linesLeft = 3;
      // With no full stop once the line names the place after its date ("…, at 2 Marsham Street"),
      // only a line that ends the sentence goes on with it ("Quay, Edinburgh." under "… at Victoria"
      // in a mail wrapped at 72 columns); a signature under it does not.
      const place = PLACE_GIVEN.test(p) ? 'whole' : placeAtEnd(p);
      this.placeGiven = dated && !/,$/.test(p.trimEnd()) && !RUNS_ON_WORD.test(p.trimEnd()) ? place : null;
      return;
    }
    // "… the Scottish Parliament's justice" over "committee will next meet on 25 March.": a
    // sentence wrapped onto this line begins on the line above, which says whose meeting it is.
    const above = this.previousLine;
    let text = written;
    // (Not when the line already went on with that sentence: "11.30 in Conference" under "… from 10
    // until", its time read as a paragraph's number, would start a second, shorter copy of it.)
    // A line as long as text is wrapped at goes on in capitals too ("… the Board of the Gangmasters"
    // over "Licensing Authority will next meet on 19 November."), unless it was a heading over the
    // meeting's details, whose lines are gathered as the heading's.
    if (
      (/^[a-z]/.test(written) || (above.length >= WRAPPED_LINE && !isNextMeetingHeading(above))) &&
      // "3.1 The next IDMG meeting …" under a line with no full stop: a numbered paragraph starts
      // its own sentence.
      written === p &&
      !this.continuedMention &&
      above !== '' &&
      above.length <= 2000 &&
      !endsSentence(above)
    ) {
      const start = Math.max(above.lastIndexOf('. '), above.lastIndexOf('? '));
      text = `${above.slice(start < 0 ? 0 : start + 2)} ${written}`;
    }
    // "The IDMG will next meet on 26 March. The next Board meeting will be on 10 June, …": each
    // sentence that mentions a next meeting is a candidate of its own, so another body's meeting
    // named first does not hide this one's after it (a few at most: hostile text repeats them).
    let from = 0;
    for (let n = 0; n < 4; n += 1) {
      const found = mentionIndex(text.slice(from));
      if (found < 0) return;
      const at = from + found;
      // From the start of the sentence that mentions it, so other dates in the paragraph are skipped.
      const before = text.slice(0, at);
      const sentenceStart = Math.max(before.lastIndexOf('. '), before.lastIndexOf('? '));
      const sentence = text.slice(sentenceStart < 0 ? 0 : sentenceStart + 2, at + 2000);
      this.texts.push(sentence);
      // "… at 2pm in Conference Room 1," + "2 Marsham Street.": the place may be on the next line.
      this.mention = endsSentence(sentence) ? null : { index: this.texts.length - 1, lines: 2 };
      const end = text.indexOf('. ', at);
      if (end < 0) return;
      from = end + 2;
    }
  }

  private continueMention(p: string): void {
    const open = this.mention;
    if (!open) return;
    const text = this.texts[open.index] ?? '';
    if (text.length > 2000) {
      this.mention = null;
      return;
    }
    this.texts[open.index] = `${text} ${p}`;
    open.lines -= 1;
    if (open.lines <= 0 || endsSentence(p)) this.mention = null;
  }

  /** The line being read heads something else ("Summary of action points"): the details end above it. */
  closeAboveThisLine(): void {
    if (this.buffer && this.buffer[this.buffer.length - 1] === this.currentLine) this.buffer.pop();
    this.close();
  }

  close(): void {
    if (this.buffer) {
      // Lines become the parts of one text; a line that ends in a comma already has its separator.
      let joined = '';
      let last = '';
      for (const line of this.buffer) {
        joined = joined === '' ? line : `${joined}${runsOn(last, line) ? ' ' : ', '}${line}`;
        last = line;
      }
      (this.inItem ? this.itemTexts : this.texts).push(joined);
    }
    this.buffer = null;
    this.linesLeft = 0;
    this.placeGiven = null;
    this.placeMayFollow = false;
    this.inItem = false;
  }

  /**
   * The line after the blank under a date with no place: "Newcastle Civic Centre" alone (a slide's
   * points, a form's lines a paragraph each) is the place. The details end either way; true when
   * the line was the place.
   */
  private placeAlone(line: string): boolean {
    const t = line.trim();
    const place = PLACE_ALONE.test(t) && !headsPart(t) && findDates(t).length === 0;
    if (place) this.buffer?.push(t);
    this.close();
    return place;
  }

  /** A "Next meeting" heading over a line of its date (and time) that names no place. */
  private datedWithoutPlace(): boolean {
    const b = this.buffer;
    if (b?.length !== 2 || this.inItem || !isNextMeetingHeading(b[0] ?? '')) return false;
    const details = b[1] ?? '';
    return (
      details.length <= 80 &&
      findDates(details).length > 0 &&
      !PLACE_GIVEN.test(details) &&
      placeAtEnd(details) === null &&
      !endsSentence(details)
    );
  }

  /** The texts to read a meeting from, best first. */
  candidates(): string[] {
    return [...this.texts, ...this.itemTexts];
  }
}

/**
 * The line goes on over the break: after a comma or colon, or a long line that breaks off mid-phrase
 * ("… Room 2.6, Seacole" over "Building, 2 Marsham Street"), where a text was wrapped to a width.
 */
function runsOn(before: string, after: string): boolean {
  // "…, 14:00-15:30, at" over "2 Marsham Street.": broken off on a word no line ends with.
  if (/[,;:]$/.test(before) || RUNS_ON_WORD.test(before)) return true;
  // "… Room" over "1.04, 2 Marsham Street": a room's number goes with it; so does a building's
  // number with its street ("… Room 3, 2" over "Marsham Street").
  if (/\b(?:room|floor|suite|level|block|no\.?)$/i.test(before)) return true;
  if (
    /(?:^|[\s,])\d{1,4}[a-z½]?$/.test(before) &&
    /^[A-Z][a-z]+\s+(?:street|road|square|place|lane|avenue|way|row|house|building)\b/i.test(after)
  )
    return true;
  return (
    before.length >= 55 &&
    !/[.!?)\]]$/.test(before) &&
    !/^(?:[A-Za-z ]{2,20}:|\d|(?:mon|tue|wed|thu|fri|sat|sun))/i.test(after)
  );
}
