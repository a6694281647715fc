/**
 * Ids in number order, read off a typed array sorted in place: no comparator call per pair, and
 * several times faster than the array methods over the 100,000 ids of a large record. `distinct`
 * drops repeats (an action with two owners is in both owners' lists).
 */
export function sortedIds(ids: Float64Array, { distinct = false } = {}): number[] {
  ids.sort();
  const out: number[] = [];
  for (let i = 0; i < ids.length; i += 1)
    if (!distinct || i === 0 || ids[i] !== ids[i - 1]) out.push(ids[i] as number);
  return out;
}
