/**
 * Bullets from symbol fonts as the letters those fonts keep them at, as text copied out of Word
 * into a plain editor (or a mail client) shows them: Wingdings' square is "§", its arrow "Ø", its
 * tick "ü", its diamond "v", Courier New's circle "o". Each is the bullet it was drawn as ("- "),
 * when at least two lines open with it before a capitalised word: one line opening "§ 12" or "o
 * Both" is text. Pure: lines in, lines out.
 */

/** The letters symbol fonts draw bullets at (the private-use forms are normalise.ts's). */
export const SYMBOL_BULLET_LETTERS: readonly string[] = ['§', 'Ø', 'ü', 'v', 'Ÿ', 'q', 'o', 'n', 'l'];

const OPENS = new RegExp(`^(\\s*)([${SYMBOL_BULLET_LETTERS.join('')}])[ \\t]+(?=[A-Z])`);

/** The lines with the symbol fonts' bullet letters as bullets. */
export function symbolBullets(lines: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const letter = OPENS.exec(line)?.[2];
    if (letter) counts.set(letter, (counts.get(letter) ?? 0) + 1);
  }
  const bullets = new Set([...counts].filter(([, n]) => n >= 2).map(([letter]) => letter));
  if (bullets.size === 0) return [...lines];
  return lines.map((line) => {
    const m = OPENS.exec(line);
    return m && bullets.has(m[2] ?? '') ? `${m[1]}- ${line.slice(m[0].length)}` : line;
  });
}
