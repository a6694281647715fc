import { describe, expect, it } from 'vitest';
import { reconcileActions } from '../../src/domain/reconcile.js';

const rec = (id: number, text: string, position: number, ownerIds = [1]) => ({
  id,
  text,
  position,
  ownerIds,
  item: '3',
  dueDate: null,
});
const inc = (text: string, ownerIds = [1]) => ({ text, ownerIds, item: '3', dueDate: null });

describe('reconciling a corrected re-import', () => {
  it('keeps identical actions unchanged', () => {
    const r = reconcileActions(
      [rec(1, 'A to do x', 0), rec(2, 'B to do y', 1)],
      [inc('A to do x'), inc('B to do y')],
    );
    expect(r).toEqual({
      matched: [
        { id: 1, index: 0, changed: false },
        { id: 2, index: 1, changed: false },
      ],
      created: [],
      withdrawn: [],
    });
  });

  it('matches a reworded action by its place and marks it changed', () => {
    const r = reconcileActions(
      [rec(1, 'A to do x', 0), rec(2, 'B to do y', 1)],
      [inc('A to do x'), inc('B to do y by June', [2])],
    );
    expect(r.matched).toContainEqual({ id: 2, index: 1, changed: true });
    expect(r.created).toEqual([]);
  });

  it('follows an action that moved, adds new ones and withdraws dropped ones', () => {
    const r = reconcileActions(
      [rec(1, 'A to do x', 0), rec(2, 'B to do y', 1), rec(3, 'C to do z', 2)],
      [inc('C to do z'), inc('D to do w')],
    );
    expect(r.matched).toEqual([
      { id: 3, index: 0, changed: false },
      { id: 2, index: 1, changed: true },
    ]);
    expect(r.created).toEqual([]);
    expect(r.withdrawn).toEqual([1]);
  });

  it('creates actions beyond the recorded ones', () => {
    const r = reconcileActions([rec(1, 'A to do x', 0)], [inc('A to do x'), inc('E to do v')]);
    expect(r.created).toEqual([1]);
  });
});
