/**
 * Text that went through the wrong encoding once (mojibake): UTF-8 bytes read as Windows-1252 and
 * saved again, as a mail client or an export does, so that "’" arrives as "â€™", "–" as "â€“" and a
 * no-break space as "Â ". Each run that spells a UTF-8 character's bytes in Windows-1252 is read as
 * that character. Pure.
 */

// Windows-1252's characters at 0x80–0x9F (Latin-1's everywhere else), and the byte each stands for.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const BYTE = new Map<string, number>([...CP1252_HIGH].map((ch, k) => [ch, 0x80 + k]));

// A continuation byte (0x80–0xBF) as Windows-1252 shows it.
const CONTINUATION = `[\\u00A0-\\u00BF${CP1252_HIGH}]`;
// A lead byte and as many continuation bytes as it calls for.
const SEQUENCE = new RegExp(
  `[\\u00C2-\\u00DF]${CONTINUATION}|[\\u00E0-\\u00EF]${CONTINUATION}{2}|[\\u00F0-\\u00F4]${CONTINUATION}{3}`,
  'g',
);
// "â€" (the bytes E2 80 that begin every curly quote and dash) or "Â"/"Ã" before a Latin-1 sign:
// the marks of mojibake, looked for before anything is copied.
const MARK = /â€|[ÂÃ][\u00A0-\u00BF]/;

const decoder = new TextDecoder('utf-8', { fatal: true });

function asUtf8(run: string): string {
  const bytes = Uint8Array.from([...run].map((ch) => BYTE.get(ch) ?? ch.charCodeAt(0)));
  try {
    return decoder.decode(bytes);
  } catch {
    return run;
  }
}

/**
 * The text with each mojibake run read as the character it spells. Only text with two runs or more
 * is touched: one "Ã©" alone may be a name written so.
 */
export function repairMojibake(text: string): string {
  if (!MARK.test(text)) return text;
  const runs = text.match(SEQUENCE);
  if (runs === null || runs.length < 2) return text;
  // "6Â November": a no-break space's mojibake whose second half a later tool made a plain space.
  return text.replace(SEQUENCE, asUtf8).replace(STRAY_NBSP_LEAD, '');
}

const STRAY_NBSP_LEAD = /(?<=\S)Â(?= )/g;
