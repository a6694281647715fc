/**
 * Matches the actions of a corrected re-import of minutes to the actions already recorded from
 * that meeting, so corrections update actions in place (keeping their ids and history) instead of
 * creating duplicates. Pure: the store applies the result.
 */
export interface RecordedMinuteAction {
  id: number;
  text: string;
  position: number | null;
  ownerIds: number[];
  item: string | null;
  dueDate: string | null;
}

export interface IncomingMinuteAction {
  text: string;
  ownerIds: number[];
  item: string | null;
  dueDate: string | null;
}

export interface Reconciliation {
  /** recorded action id -> incoming index; `changed` when any field differs */
  matched: { id: number; index: number; changed: boolean }[];
  /** incoming indexes with no recorded action */
  created: number[];
  /** recorded actions the corrected minutes no longer carry */
  withdrawn: number[];
}

const textKey = (t: string) => t.toLowerCase().replace(/\s+/g, ' ').trim();

export function reconcileActions(
  recorded: RecordedMinuteAction[],
  incoming: IncomingMinuteAction[],
): Reconciliation {
  const pairs = new Map<number, number>(); // incoming index -> recorded id
  const used = new Set<number>();
  // First the same text (a re-import that only fixed another action, or reordered them)…
  incoming.forEach((action, index) => {
    const same = recorded.find((r) => !used.has(r.id) && textKey(r.text) === textKey(action.text));
    if (same) {
      pairs.set(index, same.id);
      used.add(same.id);
    }
  });
  // …then the same place in the minutes (a corrected wording keeps its position).
  incoming.forEach((_action, index) => {
    if (pairs.has(index)) return;
    const samePlace = recorded.find((r) => !used.has(r.id) && r.position === index);
    if (samePlace) {
      pairs.set(index, samePlace.id);
      used.add(samePlace.id);
    }
  });
  const matched = [...pairs.entries()].map(([index, id]) => {
    const before = recorded.find((r) => r.id === id) as RecordedMinuteAction;
    const after = incoming[index] as IncomingMinuteAction;
    const changed =
      before.text !== after.text ||
      before.item !== after.item ||
      before.dueDate !== after.dueDate ||
      before.ownerIds.join(',') !== after.ownerIds.join(',');
    return { id, index, changed };
  });
  return {
    matched: matched.sort((a, b) => a.index - b.index),
    created: incoming.map((_a, i) => i).filter((i) => !pairs.has(i)),
    withdrawn: recorded.filter((r) => !used.has(r.id)).map((r) => r.id),
  };
}
