import { describe, expect, it } from 'vitest';
import {
  actionPages,
  addAction,
  cancelAction,
  editAction,
  listActions,
  recordUpdate,
} from '../../src/app/actions.js';
import { addMember } from '../../src/app/members.js';
import { mergeOrganisations, renameOrganisation } from '../../src/app/organisations.js';
import type { Actor } from '../../src/domain/permissions.js';
import { at, CLI, importSample, testApp } from '../support/app.js';

async function withMembers() {
  const t = await testApp('2012-08-30T10:12');
  await importSample(t.ctx);
  const ukhtc = await addMember(t.ctx, { organisation: 'UKHTC', slackUserId: 'U0UKHTC1' }, CLI);
  const dh = await addMember(t.ctx, { organisation: 'DH', teamsAadId: 'aad-dh-1' }, CLI);
  const sec = await addMember(
    t.ctx,
    { organisation: 'Home Office', slackUserId: 'U0SEC1', role: 'secretariat' },
    CLI,
  );
  const chat = (platform: 'slack' | 'teams', chatId: string, p: typeof ukhtc | null): Actor => ({
    kind: 'chat',
    platform,
    chatId,
    person: p && { id: p.id, organisationId: p.organisationId, roles: { idmg: p.role } },
  });
  return {
    ...t,
    ukhtc: chat('slack', 'U0UKHTC1', ukhtc),
    dh: chat('teams', 'aad-dh-1', dh),
    secretariat: chat('slack', 'U0SEC1', sec),
    stranger: chat('slack', 'U0NOBODY', null),
  };
}

describe('status updates', () => {
  it('records a dated update with who, what and where', async () => {
    const { ctx, ukhtc } = await withMembers();
    const result = await recordUpdate(ctx, {
      actionRef: 'a2',
      status: 'completed',
      note: 'sent the figures',
      actor: ukhtc,
      source: 'slack',
      sourceRef: 'Ev1',
    });
    expect(result).toMatchObject({ previousStatus: 'open', statusChanged: true, duplicate: false });
    expect(result.action).toMatchObject({
      id: 'A2',
      status: 'done',
      updates: [
        {
          at: '2012-08-30T10:12:00+01:00',
          by: 'U0UKHTC1',
          status: 'done',
          note: 'sent the figures',
          source: 'slack',
        },
      ],
    });
  });

  it('keeps the status for a note only', async () => {
    const { ctx, ukhtc } = await withMembers();
    const result = await recordUpdate(ctx, {
      actionRef: 'A2',
      status: null,
      note: "we're not done yet",
      actor: ukhtc,
      source: 'slack',
    });
    expect(result.statusChanged).toBe(false);
    expect(result.action.status).toBe('open');
    expect(result.action.updates).toHaveLength(1);
  });

  it('records a redelivered chat message once', async () => {
    const { ctx, ukhtc } = await withMembers();
    const req = {
      actionRef: 'A2',
      status: 'done',
      note: null,
      actor: ukhtc,
      source: 'slack' as const,
      sourceRef: 'Ev9',
    };
    await recordUpdate(ctx, req);
    const again = await recordUpdate(ctx, req);
    expect(again.duplicate).toBe(true);
    expect(again.statusChanged).toBe(false);
    expect(again.action.updates).toHaveLength(1);
  });

  it('lets owners, the secretariat and the chair change an action, and no one else', async () => {
    const { ctx, ukhtc, dh, secretariat, stranger } = await withMembers();
    await expect(
      recordUpdate(ctx, { actionRef: 'A1', status: 'done', note: null, actor: ukhtc, source: 'slack' }),
    ).rejects.toThrow('Only members of Home Office, the secretariat or the chair can update A1.');
    await expect(
      recordUpdate(ctx, { actionRef: 'A2', status: 'done', note: null, actor: dh, source: 'teams' }),
    ).rejects.toThrow(/Only members of UKHTC/);
    await expect(
      recordUpdate(ctx, { actionRef: 'A2', status: 'done', note: null, actor: stranger, source: 'slack' }),
    ).rejects.toThrow(/not registered.*secretariat/);
    await recordUpdate(ctx, {
      actionRef: 'A1',
      status: 'blocked',
      note: 'HMRC on leave',
      actor: secretariat,
      source: 'slack',
    });
    expect((await listActions(ctx, { status: 'all' })).map((a) => a.status)).toEqual([
      'blocked',
      'open',
      'open',
    ]);
  });

  it('refuses unknown actions and words that are not statuses', async () => {
    const { ctx } = await withMembers();
    await expect(
      recordUpdate(ctx, { actionRef: 'A99', status: 'done', note: null, actor: CLI, source: 'cli' }),
    ).rejects.toThrow(/No action A99/);
    await expect(
      recordUpdate(ctx, { actionRef: 'A1', status: 'finished', note: null, actor: CLI, source: 'cli' }),
    ).rejects.toThrow(/"finished" is not a status/);
  });
});

describe('listing', () => {
  it('reads the same list a slice of ids at a time, however the filters thin the slices', async () => {
    const { ctx } = await withMembers();
    await recordUpdate(ctx, { actionRef: 'A3', status: 'done', note: 'sent', actor: CLI, source: 'cli' });
    for (let i = 0; i < 7; i += 1)
      await addAction(ctx, { owners: [i % 2 ? 'DH' : 'UKHTC'], text: `Follow-up ${i}` }, CLI);
    await cancelAction(ctx, 'A6', 'duplicate', CLI);
    const paged = async (req: Parameters<typeof listActions>[1], ids: number) => {
      const pages: string[][] = [];
      for await (const page of actionPages(ctx, req, ids)) pages.push(page.map((a) => a.id));
      return pages;
    };
    for (const req of [
      {},
      { status: 'all' as const },
      { owner: 'DH', status: 'all' as const },
      { status: 'done' as const },
    ]) {
      const whole = await listActions(ctx, req);
      for (const ids of [1, 2, 3, 100]) {
        const pages = await paged(req, ids);
        // Each slice's actions in id order, no slice empty, together the whole list with its history.
        expect(pages.flat()).toEqual(whole.map((a) => a.id));
        expect(pages.every((p) => p.length > 0 && p.length <= ids)).toBe(true);
      }
      const all = [];
      for await (const page of actionPages(ctx, req, 2)) all.push(...page);
      expect(all).toEqual(whole);
    }
    expect(await paged({ owner: 'Nobody Here' } as never, 2).catch((e: Error) => e.message)).toMatch(
      /Unknown organisation/,
    );
  });

  it('filters by owner (name or alias) and status', async () => {
    const { ctx } = await withMembers();
    await recordUpdate(ctx, { actionRef: 'A3', status: 'done', note: null, actor: CLI, source: 'cli' });
    expect((await listActions(ctx, { owner: 'home office' })).map((a) => a.id)).toEqual(['A1']);
    expect((await listActions(ctx, { owner: 'Home Office', status: 'all' })).map((a) => a.id)).toEqual([
      'A1',
      'A3',
    ]);
    expect((await listActions(ctx, { status: 'done' })).map((a) => a.id)).toEqual(['A3']);
    expect((await listActions(ctx, { meetingDate: '2012-04-17' })).map((a) => a.id)).toEqual(['A1', 'A2']);
    await expect(listActions(ctx, { owner: 'Ministry of Magic' })).rejects.toThrow(
      /Unknown organisation "Ministry of Magic"/,
    );
  });
});

describe('corrections by hand', () => {
  it('adds, edits (reassigns) and cancels, auditing each', async () => {
    const { ctx, store, clock } = await withMembers();
    const a4 = await addAction(
      ctx,
      {
        owners: ['FCO', 'MOJ'],
        text: 'FCO and MOJ to review the source-country list',
        due: '2012-10-31',
        meeting: '2012-04-17',
        item: '5',
      },
      CLI,
    );
    expect(a4).toMatchObject({
      id: 'A4',
      owners: ['FCO', 'MOJ'],
      due: '2012-10-31',
      meeting: '2012-04-17',
      item: '5',
      status: 'open',
    });
    clock.set(at('2012-09-01T09:00'));
    const edited = await editAction(ctx, 'A4', { owners: ['FCO'], due: null }, CLI);
    expect(edited).toMatchObject({ owners: ['FCO'], due: null });
    const cancelled = await cancelAction(ctx, 'A4', 'done elsewhere', CLI);
    expect(cancelled.status).toBe('cancelled');
    expect((await listActions(ctx)).map((a) => a.id)).not.toContain('A4');
    expect((await store.audit.list('action', 'A4')).map((e) => e.change)).toEqual([
      'action.add',
      'action.edit',
      'action.update',
    ]);
    await expect(editAction(ctx, 'A2', {}, CLI)).rejects.toThrow(/Nothing to change/);
    await expect(addAction(ctx, { owners: ['Nowhere'], text: 'x' }, CLI)).rejects.toThrow(
      /Unknown organisation/,
    );
    await expect(addAction(ctx, { owners: ['FCO'], text: 'x', due: '31/10/2012' }, CLI)).rejects.toThrow(
      /not a date like/,
    );
  });

  it('keeps actions with their owner through a rename and a merge', async () => {
    const { ctx } = await withMembers();
    await renameOrganisation(ctx, 'UKHTC', 'NCA UKHTC', CLI);
    expect((await listActions(ctx, { owner: 'UKHTC' })).map((a) => [a.id, a.owners])).toEqual([
      ['A2', ['NCA UKHTC']],
    ]);
    await mergeOrganisations(ctx, 'MPS', 'NCA UKHTC', CLI);
    expect((await listActions(ctx, { owner: 'mps' })).map((a) => a.id)).toEqual(['A2']);
  });
});
