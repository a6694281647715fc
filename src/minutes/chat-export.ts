/**
 * A group chat exported as text ("11/06/2024, 10:02 - Gail Ross: Present: …"), where a secretariat
 * kept the note of a call in the chat's messages when nothing else worked: each message becomes a
 * paragraph of its own without its date, time and sender, the chat's system lines ("Messages and
 * calls are end-to-end encrypted", "<Media omitted>") go, and the group's name and the first
 * message's day head the lines as a title and a date would. WhatsApp's export is read by
 * whatsapp-chat-parser (both its bracketed and its dashed forms, days or months first, 12- or
 * 24-hour times); a thread copied from a chat tool, each message under its sender and time, by
 * its sender lines. Pure: lines in, lines out; lines that are no chat come back as they were.
 */
import { parseString } from 'whatsapp-chat-parser';

// "11/06/2024, 10:02 - ", "[11/06/2024, 10:02:15] ", "6/11/24, 10:02 AM - ": a message's lead.
const MESSAGE_LEAD =
  /^\[?(\d{1,4})[./-](\d{1,2})[./-]\d{1,4},?\s+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s?[ap]\.?m\.?)?\]?\s*(?:[-–]\s)?/i;
/** How many messages' leads must open the text before it is taken for a chat… */
const LEADS_NEEDED = 3;
/** Among how many of its first lines with words. */
const LINES_LOOKED_AT = 12;
// A group's creation, as the export records it: its name is the chat's title.
const CREATED_GROUP = /\bcreated (?:group|the group) ["“](.{1,100})["”]$/;
// What a chat shows in place of a file, a deleted message or an edit: nothing of the note.
const PLACEHOLDER =
  /^<[^>]{1,40}>$|^(?:This message was deleted|You deleted this message)\.?$|<This message was edited>$/;

/**
 * Whether the text opens as a chat export: its first line with words is a message's lead, and so
 * are enough of the lines after it (a long message wraps onto lines of its own).
 */
function opensAsChat(lines: readonly string[]): boolean {
  let leads = 0;
  let seen = 0;
  for (const line of lines) {
    if (line.trim() === '') continue;
    const lead = MESSAGE_LEAD.test(line);
    if (seen === 0 && !lead) return false;
    if (lead) leads += 1;
    seen += 1;
    if (leads >= LEADS_NEEDED) return true;
    if (seen >= LINES_LOOKED_AT) return false;
  }
  return false;
}

/** Days first unless a lead's second number can only be a day ("6/13/24"): the chat's own order. */
function daysFirst(lines: readonly string[]): boolean {
  for (const line of lines) {
    const m = MESSAGE_LEAD.exec(line);
    if (!m) continue;
    if (Number(m[1]) > 12) return true;
    if (Number(m[2]) > 12) return false;
  }
  return true;
}

// "Gail Ross  10:14 AM": a message's sender and time, as a chat tool's thread reads when copied.
const SENDER_LINE = /^[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3}\s{2,}\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?$/;
// The tool's own words between messages: "2 replies", "View thread", "(edited)".
const THREAD_FURNITURE = /^(?:\d{1,4}\s+repl(?:y|ies)|view\s+thread|last\s+reply\b.*|\(edited\))$/i;

/**
 * A chat tool's thread copied as text: each message under a line of its sender and time. The
 * sender lines and the tool's own words go, a blank line in their place, so that each message is a
 * paragraph of its own. Lines that do not open so come back as they were.
 */
function copiedThread(lines: readonly string[]): string[] | null {
  const first = lines.find((l) => l.trim() !== '') ?? '';
  if (!SENDER_LINE.test(first.trim())) return null;
  let senders = 0;
  for (const l of lines) if (l.length <= 60 && SENDER_LINE.test(l.trim())) senders += 1;
  if (senders < 2) return null;
  return lines.map((l) =>
    l.length <= 60 && (SENDER_LINE.test(l.trim()) || THREAD_FURNITURE.test(l.trim())) ? '' : l,
  );
}

export function chatExport(lines: readonly string[]): string[] {
  const thread = copiedThread(lines);
  if (thread) return thread;
  if (!opensAsChat(lines)) return [...lines];
  const messages = parseString(lines.join('\n'), { daysFirst: daysFirst(lines) });
  if (messages.length < LEADS_NEEDED) return [...lines];
  const out: string[] = [];
  let title: string | null = null;
  let day: Date | null = null;
  for (const { author, message, date } of messages) {
    const text = message.trim();
    if (author === null) {
      title ??= CREATED_GROUP.exec(text)?.[1] ?? null;
      continue;
    }
    // A reaction ("👍") or a placeholder says nothing a note records.
    if (PLACEHOLDER.test(text) || !/\p{L}/u.test(text)) continue;
    day ??= date;
    out.push(...text.split('\n'), '');
  }
  // The parser gives the lead's day and time as the local time they were written in.
  const pad = (n: number) => String(n).padStart(2, '0');
  const dated = day ? `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}` : null;
  // The day the notes were posted, as a field the header takes for the meeting's date only when the
  // notes give none of their own ("… - call of 4 March 2024" posted the morning after).
  return [...(title ? [title] : []), ...(dated ? [`Posted: ${dated}`] : []), '', ...out];
}
