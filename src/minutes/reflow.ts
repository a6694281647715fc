/**
 * Text reflowed by a PDF-to-text tool: an item's heading, its Actions box and the start of its
 * discussion run together on one line ("4. Assessment of trends Actions: UKHTC to provide … .
 * Official from the Home Office …"). Such a line is put back as the page had it: the heading, the
 * box, the discussion. Pure: lines in, lines out.
 */
import { isNoAction } from './markers.js';

// "N. Title … Actions: …": a top-level number, a title with no full stop, then an action label.
const REFLOWED = /^(\d{1,2}[.)]\s+)([^.:;!?]{3,150}?)\s+(actions?\s*:)\s*(\S.*)$/i;

export function splitReflowedHeadings(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const m = line.length <= 20_000 && /actions?\s*:/i.test(line) ? REFLOWED.exec(line.trim()) : null;
    if (!m) {
      out.push(line);
      continue;
    }
    const [, number = '', title = '', label = '', rest = ''] = m;
    out.push(`${number}${title}`);
    // The box's text: "None" (then the discussion), or its first sentence.
    const none = /^(none|nil|n\/a)\b\.?\s*/i.exec(rest);
    if (none && isNoAction((none[1] ?? '').trim())) {
      out.push(`${label} ${none[1]}`);
      const after = rest.slice(none[0].length).trim();
      if (after !== '') out.push('', after);
      continue;
    }
    const end = /[.!?](?=\s{2,}|\s+[A-Z]|$)/.exec(rest);
    const cut = end ? end.index + 1 : rest.length;
    out.push(`${label} ${rest.slice(0, cut).trim()}`);
    const after = rest.slice(cut).trim();
    if (after !== '') out.push('', after);
  }
  return out;
}
