/**
 * Where a line stands among its neighbours. Minutes with blank lines say by them what is a heading
 * or a paragraph; single-spaced minutes (a Word export, a pasted email) leave none, and the line
 * above and below have to say it instead. Pure: the lines and an index in, the facts out.
 */
import { hasNumbering, isBulleted } from './markers.js';

export interface LineContext {
  /** a blank line (or the start) above it and text below: a heading, if it reads as one */
  standsAlone: boolean;
  /** text on the lines above and below, no blank line between */
  amidText: boolean;
  /** the line below is a bullet or a numbered entry */
  overList: boolean;
  /** the line above, or null when it is blank or there is none */
  above: string | null;
  /** the line below, or null when it is blank or there is none */
  below: string | null;
}

const NOT_BLANK = /\S/;

export function lineContext(lines: readonly string[], i: number): LineContext {
  const before = i === 0 || !NOT_BLANK.test(lines[i - 1] ?? '');
  const after = !NOT_BLANK.test(lines[i + 1] ?? '');
  const below = (lines[i + 1] ?? '').trimStart();
  return {
    standsAlone: before && !after,
    amidText: !before && !after,
    overList: !after && (isBulleted(below) || hasNumbering(below.slice(0, 12))),
    above: before ? null : (lines[i - 1] ?? ''),
    below: after ? null : (lines[i + 1] ?? ''),
  };
}
