/**
 * Notes a video call's note-taker writes itself (Google Meet's "Take notes for me", Gemini's
 * layout), copied out as text: "Notes" over the day ("Sep 17, 2024") over the meeting's name, the
 * people invited run together on one line ("Invited Dana Whitfield Marcus Lee"), the document's
 * links ("Attachments …", "Meeting records Transcript Recording"), "Summary", "Details", then
 * "Suggested next steps", each "[Person] Short title: task", and a closing line asking the reader to
 * check the notes. They become the lines minutes would be: the name over the day, the invited as
 * the attendance, the next steps as a list of actions each with its owner, the tool's own lines
 * gone. Pure: lines in, lines out; text in no such layout comes back as it was.
 */

// The tool's own words, by which its layout is known and its furniture dropped.
const VOCABULARY = {
  heading: /^(?:notes|notes by gemini|meeting notes)$/i,
  invited: /^invited\s+(\S.*)$/i,
  furniture: /^(?:attachments\s|meeting records\s)|^you should review gemini's notes\b/i,
  nextSteps: /^suggested next steps$/i,
  // "[Marcus Lee] Visit outcomes: Share the outcome …": the person, a short title, the task.
  step: /^\s*[-•*]?\s*\[([^\]]{2,80})\]\s*(?:[^:]{1,60}:\s+)?(\S.*)$/,
} as const;

// A name's word: capitalised, as a person's account shows it ("O'Neil", "Smith-Jones").
const NAME_WORD = /^[A-Z][\w'’-]*$/;

/** The invited run together, told apart two words at a time when every word is a name's. */
function invitedNames(run: string): string[] {
  const words = run.trim().split(/\s+/);
  if (run.includes(',') || run.includes(';')) return run.split(/\s*[,;]\s*/).filter((n) => n !== '');
  if (words.length % 2 !== 0 || !words.every((w) => NAME_WORD.test(w))) return [run.trim()];
  const names: string[] = [];
  for (let i = 0; i < words.length; i += 2) names.push(`${words[i]} ${words[i + 1]}`);
  return names;
}

/** Whether the lines are such notes: the heading first, and the invited line or the next steps below it. */
function isAiNotes(lines: readonly string[]): boolean {
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0 || !VOCABULARY.heading.test((lines[first] ?? '').trim())) return false;
  const top = lines.slice(first, first + 12).map((l) => l.trim());
  return (
    top.some((l) => VOCABULARY.invited.test(l)) && lines.some((l) => VOCABULARY.nextSteps.test(l.trim()))
  );
}

/** The notes as minutes' lines (see the file comment). */
export function aiNotes(lines: readonly string[]): string[] {
  if (lines.length > 5000 || !isAiNotes(lines)) return [...lines];
  const body = lines.map((l) => l.trim());
  // Under the heading, the day, then the meeting's name: minutes give the name first.
  const [, dayAt = 0, nameAt = 0] = body.flatMap((l, i) => (l === '' ? [] : [i]));
  const out: string[] = [body[nameAt] ?? '', body[dayAt] ?? '', ''];
  let steps = false;
  for (const line of body.slice(nameAt + 1)) {
    if (VOCABULARY.furniture.test(line)) continue;
    const invited = VOCABULARY.invited.exec(line);
    if (invited) {
      // (A blank line after it: pasted single-spaced, "Summary" would go on with the list.)
      out.push(`Attendees: ${invitedNames(invited[1] ?? '').join('; ')}`, '');
      continue;
    }
    if (VOCABULARY.nextSteps.test(line)) {
      steps = true;
      out.push('Actions');
      continue;
    }
    const step = steps ? VOCABULARY.step.exec(line) : null;
    if (step) {
      out.push(`- ${(step[2] ?? '').trim()} (Owner: ${(step[1] ?? '').trim()})`);
      continue;
    }
    if (line === '') steps = steps && out[out.length - 1] === 'Actions';
    out.push(line);
  }
  return out;
}
