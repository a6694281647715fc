/**
 * A call's transcript, or a summary kept in its form: each line a speaker's words after the time
 * into the recording ("[00:01:40] Tom Ellis: We will send the figures."), the clerk's own lines
 * ("ACTION: …") among them. The time is no time of day (read as one, "00:09" would be the next
 * meeting's start) and the speaker is no owner of what follows a colon: each turn becomes a
 * paragraph of its words alone. Lines that are no turn are left as they were. Pure: lines in,
 * lines out.
 */

// "[00:01:40] Tom Ellis: words", "00:01:40 Tom Ellis: words", "(01:40) Jo Marsh: words".
const TURN =
  /^\s*[[(]?(?:\d{1,2}:)?\d{1,2}:\d{2}[\])]?\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s*:\s+(\S.*)$/;
/** How many turns make a transcript (one line so written is a note's time and a name). */
const TURNS_NEEDED = 3;

/** The lines with each speaker's turn written as its words, a paragraph of its own. */
export function transcriptTurns(lines: readonly string[]): string[] {
  let turns = 0;
  for (const line of lines)
    if (line.length <= 2000 && /^\s*[[(]?\d/.test(line) && TURN.test(line)) turns += 1;
  if (turns < TURNS_NEEDED) return [...lines];
  const out: string[] = [];
  // The turn last written while it has not ended its sentence: a mail client wrapped it.
  let open = -1;
  for (const line of lines) {
    const turn = line.length <= 2000 ? TURN.exec(line) : null;
    if (!turn) {
      if (open >= 0 && line.trim() !== '') {
        out[open] = `${out[open]} ${line.trim()}`;
        if (/[.!?]["')]?$/.test(line.trim())) open = -1;
        continue;
      }
      open = -1;
      out.push(line);
      continue;
    }
    if (out.length > 0 && out[out.length - 1]?.trim() !== '') out.push('');
    const words = (turn[1] ?? '').trim();
    out.push(words, '');
    open = /[.!?]["')]?$/.test(words) ? -1 : out.length - 2;
  }
  return out;
}
