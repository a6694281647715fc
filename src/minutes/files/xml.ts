/**
 * OOXML parts as trees in document order (fast-xml-parser's preserveOrder shape), with the few
 * look-ups the Word reader needs. A part with a DOCTYPE is refused: Word never writes one, and it
 * is how entity-expansion attacks begin.
 */
import { XMLParser } from 'fast-xml-parser';
import { MinutesError } from '../types.js';

export type XNode = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: false,
});

export function parseXml(text: string): XNode[] {
  if (/<!DOCTYPE/i.test(text.slice(0, 2000)))
    throw new MinutesError('The Word file holds XML that Word does not write (a DOCTYPE); nothing was read.');
  return parser.parse(text) as XNode[];
}

export function tagOf(n: XNode): string {
  for (const k of Object.keys(n)) if (k !== ':@') return k;
  return '';
}

export function childrenOf(n: XNode): XNode[] {
  const v = n[tagOf(n)];
  return Array.isArray(v) ? (v as XNode[]) : [];
}

export function attr(n: XNode, name: string): string | undefined {
  const a = n[':@'] as Record<string, string> | undefined;
  return a?.[name];
}

/** The first child with this tag. */
export function child(n: XNode | undefined, name: string): XNode | undefined {
  if (!n) return undefined;
  return childrenOf(n).find((c) => tagOf(c) === name);
}

export function childrenNamed(n: XNode, name: string): XNode[] {
  return childrenOf(n).filter((c) => tagOf(c) === name);
}

/** The text of a text node ("#text"), else "". */
export function textOf(n: XNode): string {
  const t = n['#text'];
  return typeof t === 'string' ? t : '';
}

/** The first element with this tag anywhere below `nodes` (depth first). */
export function find(nodes: XNode[], name: string): XNode | undefined {
  for (const n of nodes) {
    if (tagOf(n) === name) return n;
    const below = find(childrenOf(n), name);
    if (below) return below;
  }
  return undefined;
}

/** w:val as Word writes on/off properties: present without a value, or "1"/"true"/"on", is on. */
export function isOn(n: XNode | undefined): boolean {
  if (!n) return false;
  const v = attr(n, 'w:val');
  return v === undefined || v === '1' || v === 'true' || v === 'on';
}
