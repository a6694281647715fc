/**
 * A word a typesetter or a scanner broke at a line end: "guid-" + "ance" is "guidance", but
 * "Inter-" + "Departmental" and "cross-" + "government" keep their hyphen. The prefixes English
 * writes with a hyphen are data, here.
 */
const KEPT_PREFIXES = new Set([
  'anti',
  'co',
  'cross',
  'ex',
  'full',
  'high',
  'inter',
  'long',
  'low',
  'multi',
  'non',
  'part',
  'post',
  'pre',
  'pro',
  're',
  'self',
  'short',
  'sub',
  'well',
  'wide',
  'year',
]);

/** `before` ends in a hyphen: joined to `after` with or without it. */
export function joinHyphenated(before: string, after: string): string {
  const word = /([A-Za-z]+)-$/.exec(before)?.[1] ?? '';
  // A capital after the break, or a prefix written with a hyphen: the hyphen is the author's.
  if (
    !/^[a-z]/.test(after) ||
    word.length < 3 ||
    KEPT_PREFIXES.has(word.toLowerCase()) ||
    /[A-Z]/.test(word.slice(1))
  )
    return `${before}${after}`;
  return `${before.slice(0, -1)}${after}`;
}
