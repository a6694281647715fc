/**
 * Word's list numbers as Word shows them, computed from numbering.xml and styles.xml: mammoth
 * restarts a list that a paragraph interrupts (mammoth.js issue 413) and drops the numbers, and
 * minutes name their agenda items by them. Counters belong to the abstract list, so two list
 * instances of one abstract list count on together unless one restarts it (lvlOverride/startOverride).
 */
import { attr, child, childrenNamed, childrenOf, tagOf, type XNode } from './xml.js';

interface Level {
  start: number;
  format: string;
  text: string;
  /** the paragraph style linked to this level (Heading 2 numbered through the list) */
  style: string | null;
}

interface NumInstance {
  abstractId: string;
  starts: Map<number, number>;
}

export interface StyleInfo {
  name: string;
  basedOn: string | null;
  numId: string | null;
  ilvl: number | null;
  outline: number | null;
}

function toRoman(n: number): string {
  const table: [number, string][] = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let out = '';
  let left = n;
  for (const [v, s] of table)
    while (left >= v) {
      out += s;
      left -= v;
    }
  return out;
}

function toLetters(n: number): string {
  // Word repeats the letter past z: aa, bb, …
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return toLetters(n);
    case 'upperLetter':
      return toLetters(n).toUpperCase();
    case 'lowerRoman':
      return toRoman(n);
    case 'upperRoman':
      return toRoman(n).toUpperCase();
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'none':
      return '';
    default:
      return String(n);
  }
}

const val = (n: XNode | undefined) => (n ? attr(n, 'w:val') : undefined);

export function readStyles(root: XNode[] | null): Map<string, StyleInfo> {
  const styles = new Map<string, StyleInfo>();
  const top = root?.find((n) => tagOf(n) === 'w:styles');
  if (!top) return styles;
  for (const s of childrenNamed(top, 'w:style')) {
    const id = attr(s, 'w:styleId');
    if (!id) continue;
    const pPr = child(s, 'w:pPr');
    const numPr = child(pPr, 'w:numPr');
    const ilvl = val(child(numPr, 'w:ilvl'));
    const outline = val(child(pPr, 'w:outlineLvl'));
    styles.set(id, {
      name: val(child(s, 'w:name')) ?? id,
      basedOn: val(child(s, 'w:basedOn')) ?? null,
      numId: val(child(numPr, 'w:numId')) ?? null,
      ilvl: ilvl === undefined ? null : Number(ilvl),
      outline: outline === undefined ? null : Number(outline),
    });
  }
  return styles;
}

export class Numbering {
  private readonly abstracts = new Map<string, Map<number, Level>>();
  private readonly nums = new Map<string, NumInstance>();
  private readonly counters = new Map<string, number[]>();
  /** instances already used once: an override restarts the count at first use only */
  private readonly started = new Set<string>();

  constructor(root: XNode[] | null) {
    const top = root?.find((n) => tagOf(n) === 'w:numbering');
    if (!top) return;
    for (const a of childrenOf(top)) {
      const tag = tagOf(a);
      if (tag === 'w:abstractNum') {
        const levels = new Map<number, Level>();
        for (const l of childrenNamed(a, 'w:lvl')) levels.set(Number(attr(l, 'w:ilvl') ?? 0), readLevel(l));
        this.abstracts.set(attr(a, 'w:abstractNumId') ?? '', levels);
      } else if (tag === 'w:num') {
        const starts = new Map<number, number>();
        for (const o of childrenNamed(a, 'w:lvlOverride')) {
          const start = val(child(o, 'w:startOverride'));
          if (start !== undefined) starts.set(Number(attr(o, 'w:ilvl') ?? 0), Number(start));
        }
        this.nums.set(attr(a, 'w:numId') ?? '', {
          abstractId: val(child(a, 'w:abstractNumId')) ?? '',
          starts,
        });
      }
    }
  }

  /** The level a style is linked to in a list (w:pStyle in the level), if any. */
  levelOfStyle(numId: string, styleId: string): number | null {
    const levels = this.abstracts.get(this.nums.get(numId)?.abstractId ?? '');
    for (const [ilvl, level] of levels ?? []) if (level.style === styleId) return ilvl;
    return null;
  }

  /**
   * Counts one paragraph of list `numId` at level `ilvl` and returns the number it shows
   * ("3.", "2.1", "b)"), or null for a bullet or an unknown list.
   */
  next(numId: string, ilvl: number): { text: string | null } | null {
    const num = this.nums.get(numId);
    const levels = num ? this.abstracts.get(num.abstractId) : undefined;
    if (!num || !levels) return null;
    const level = levels.get(ilvl);
    if (!level) return null;
    let counts = this.counters.get(num.abstractId);
    if (!counts) {
      counts = [];
      this.counters.set(num.abstractId, counts);
    }
    if (!this.started.has(numId)) {
      this.started.add(numId);
      for (const [l, start] of num.starts) {
        counts[l] = start - 1;
        counts.length = Math.max(counts.length, l + 1);
      }
    }
    counts[ilvl] = (counts[ilvl] ?? level.start - 1) + 1;
    // A higher level counting on restarts every level below it.
    counts.length = ilvl + 1;
    if (level.format === 'bullet') return { text: null };
    const text = level.text.replace(/%(\d)/g, (_, d: string) => {
      const at = Number(d) - 1;
      const l = levels.get(at);
      return formatNumber(counts[at] ?? l?.start ?? 1, l?.format ?? 'decimal');
    });
    return { text: text.trim() };
  }
}

function readLevel(l: XNode): Level {
  return {
    start: Number(val(child(l, 'w:start')) ?? 1),
    format: val(child(l, 'w:numFmt')) ?? 'decimal',
    text: val(child(l, 'w:lvlText')) ?? '',
    style: val(child(l, 'w:pStyle')) ?? null,
  };
}
