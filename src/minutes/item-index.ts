/**
 * The items the minutes have headed so far, found by number or by title in constant time: a list of
 * actions asks of every line whether it names an item ("Item 2 – NRM data", or the title alone), and
 * a scan of every item for every line grows with the square of a long document.
 */
import type { ParsedItem } from './types.js';

/** A title as the minutes may write it again: case, punctuation and spacing aside. */
export const titleKey = (title: string): string =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

export class ItemIndex {
  // Each key's items in the order they were headed: the first headed wins, as a scan would find it.
  private readonly byTitle = new Map<string, { at: number; item: ParsedItem }[]>();
  private readonly byNumber = new Map<string, ParsedItem>();
  private readonly keys = new Map<ParsedItem, string>();
  private readonly order = new Map<ParsedItem, number>();

  add(item: ParsedItem): void {
    const at = this.order.size;
    this.order.set(item, at);
    if (!this.byNumber.has(item.number)) this.byNumber.set(item.number, item);
    this.file(item, at);
  }

  /** The item's title has changed (a title wrapped onto a second line): file it under its new key. */
  retitle(item: ParsedItem): void {
    const at = this.order.get(item);
    const old = this.keys.get(item);
    if (at === undefined || old === undefined) return;
    const list = this.byTitle.get(old) ?? [];
    const kept = list.filter((e) => e.item !== item);
    if (kept.length > 0) this.byTitle.set(old, kept);
    else this.byTitle.delete(old);
    this.file(item, at);
  }

  withTitle(title: string): ParsedItem | undefined {
    return this.byTitle.get(titleKey(title))?.[0]?.item;
  }

  withNumber(number: string): ParsedItem | undefined {
    return this.byNumber.get(number);
  }

  private file(item: ParsedItem, at: number): void {
    const key = titleKey(item.title);
    this.keys.set(item, key);
    const list = this.byTitle.get(key);
    if (!list) {
      this.byTitle.set(key, [{ at, item }]);
      return;
    }
    const i = list.findIndex((e) => e.at > at);
    list.splice(i < 0 ? list.length : i, 0, { at, item });
  }
}
