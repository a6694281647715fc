/**
 * Which part of a Word file holds the header printed on its first page. Some secretariats put the
 * committee's name and the meeting's date only there ("Anti-Slavery Partnership – Minutes of 9 July
 * 2014" over a body that starts at "Present:"); a PDF of the same file would show it on page one.
 */
import { attr, child, childrenOf, find, isOn, tagOf, type XNode } from './xml.js';

/**
 * The first section's properties: in the paragraph that ends the first section, or the body's own
 * when the document has one section.
 */
function firstSection(body: XNode): XNode | undefined {
  for (const n of childrenOf(body)) {
    if (tagOf(n) !== 'w:p') continue;
    const sect = child(child(n, 'w:pPr'), 'w:sectPr');
    if (sect) return sect;
  }
  return child(body, 'w:sectPr');
}

/**
 * The zip entry of the first page's header ("word/header1.xml"), or null. A section marked
 * "different first page" (w:titlePg) prints its "first" header there (none if it has none);
 * otherwise the "default" one. `rels` is word/_rels/document.xml.rels, parsed.
 */
export function firstPageHeaderPart(body: XNode, rels: XNode[] | null): string | null {
  const sect = firstSection(body);
  if (!sect || !rels) return null;
  const kind = isOn(child(sect, 'w:titlePg')) ? 'first' : 'default';
  const ref = childrenOf(sect).find((n) => tagOf(n) === 'w:headerReference' && attr(n, 'w:type') === kind);
  const id = ref ? attr(ref, 'r:id') : undefined;
  if (!id) return null;
  const relationships = find(rels, 'Relationships');
  const target = childrenOf(relationships ?? {}).find((n) => attr(n, 'Id') === id);
  const path = target ? attr(target, 'Target') : undefined;
  if (!path || attr(target ?? {}, 'TargetMode') === 'External') return null;
  // Targets are relative to word/ ("header1.xml"), or absolute within the package ("/word/header1.xml").
  return path.startsWith('/') ? path.slice(1) : `word/${path}`;
}
