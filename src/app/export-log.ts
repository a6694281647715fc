import type { Action } from '../domain/action.js';
import { listActions } from './actions.js';
import type { AppContext } from './context.js';

export const EXPORT_COLUMNS = [
  'action',
  'meeting',
  'item',
  'owners',
  'text',
  'status',
  'due',
  'update_at',
  'update_by',
  'update_status',
  'update_note',
  'update_source',
  'committee',
] as const;

/** Every action, cancelled ones too, with its whole history: the record for a records request. */
export async function exportLog(ctx: AppContext, committees?: string[] | null): Promise<Action[]> {
  return listActions(ctx, { status: 'all', committees: committees ?? null });
}

/** One row per update (an action with none still gets one row), oldest first. */
export async function actionLogCsv(actions: Action[]): Promise<string> {
  // Loaded here: only the export writes CSV.
  const { stringify } = await import('csv-stringify/sync');
  const rows: string[][] = [];
  for (const a of actions) {
    const base = [a.id, a.meeting ?? '', a.item ?? '', a.owners.join('; '), a.text, a.status, a.due ?? ''];
    if (a.updates.length === 0) rows.push([...base, '', '', '', '', '', a.committee]);
    for (const u of a.updates)
      rows.push([...base, u.at, u.by, u.status, u.note ?? '', u.source, a.committee]);
  }
  return stringify([EXPORT_COLUMNS as unknown as string[], ...rows.map((r) => r.map(defuseFormula))]);
}

/** Spreadsheets run a cell that starts with = + - @ as a formula; minutes text must never do that. */
function defuseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}
