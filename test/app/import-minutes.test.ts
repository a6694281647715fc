import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listActions } from '../../src/app/actions.js';
import { AppError } from '../../src/app/errors.js';
import { importMinutes } from '../../src/app/import-minutes.js';
import { nextMeeting } from '../../src/app/meetings.js';
import { IN_PROCESS_CHARS } from '../../src/minutes/files/parse-off-thread.js';
import { MinutesError } from '../../src/minutes/types.js';
import { CLI, importSample, testApp } from '../support/app.js';
import { SAMPLE_MINUTES } from '../support/tmp.js';

const sample = readFileSync(SAMPLE_MINUTES, 'utf8');
const bytes = (text: string) => new TextEncoder().encode(text);

describe('importing minutes', () => {
  it('records the sample: meeting, attendance, items, three actions, the next meeting', async () => {
    const { ctx, store } = await testApp();
    const { summary } = await importSample(ctx);
    expect(summary).toMatchObject({ alreadyImported: false, created: [1, 2, 3], updated: [], withdrawn: [] });
    const actions = await listActions(ctx);
    expect(actions.map((a) => [a.id, a.owners, a.item, a.meeting, a.status])).toEqual([
      ['A1', ['Home Office'], '3', '2012-04-17', 'open'],
      ['A2', ['UKHTC'], '4', '2012-04-17', 'open'],
      ['A3', ['Home Office'], '5', '2012-04-17', 'open'],
    ]);
    const held = await store.meetings.findByDate('idmg', '2012-04-17');
    expect(held?.status).toBe('held');
    const attendance = await store.meetings.attendance(held?.id ?? 0);
    expect(attendance.filter((a) => a.kind === 'present')).toHaveLength(17);
    expect(attendance.filter((a) => a.kind === 'apologies')).toHaveLength(8);
    expect((await store.meetings.items(held?.id ?? 0)).map((i) => i.number)).toEqual(['2', '3', '4', '5']);
    expect(await nextMeeting(ctx)).toMatchObject({
      start: '2012-09-13T10:30:00+01:00',
      end: '2012-09-13T12:00:00+01:00',
      location: 'Home Office',
    });
    // "Home office" in the third action is the attendee list's Home Office, not a new organisation.
    expect((await store.organisations.list()).filter((o) => /home office/i.test(o.name))).toHaveLength(1);
  });

  it('changes nothing when the same minutes come twice', async () => {
    const { ctx, store } = await testApp();
    await importSample(ctx);
    const auditBefore = (await store.audit.list()).length;
    const second = await importSample(ctx);
    expect(second.summary?.alreadyImported).toBe(true);
    expect(await listActions(ctx)).toHaveLength(3);
    expect((await store.audit.list()).length).toBe(auditBefore);
  });

  it('updates actions in place from corrected minutes, keeping ids and history', async () => {
    const { ctx, store } = await testApp();
    await importSample(ctx);
    await store.actions.recordUpdate(
      {
        actionId: 2,
        atUtc: '2012-05-02T09:00:00Z',
        personId: null,
        by: 'U1',
        status: 'in_progress',
        note: 'started',
        source: 'slack',
        sourceRef: null,
      },
      'slack:U1',
    );
    const corrected = sample.replace(
      'provide further information on internal trafficking',
      'provide further data on internal trafficking',
    );
    const { summary } = await importMinutes(ctx, { bytes: bytes(corrected), fileName: 'v2.txt', actor: CLI });
    expect(summary).toMatchObject({ created: [], updated: [2], withdrawn: [], unchanged: [1, 3] });
    const a2 = (await listActions(ctx)).find((a) => a.id === 'A2');
    expect(a2?.text).toBe('UKHTC to provide further data on internal trafficking');
    expect(a2?.status).toBe('in_progress');
    expect(a2?.updates.map((u) => u.note)).toEqual(['started']);
    expect((await store.audit.list('action', 'A2')).map((e) => e.change)).toContain('action.correct');
  });

  it('cancels, with history kept, an action that corrected minutes no longer carry', async () => {
    const { ctx } = await testApp();
    await importSample(ctx);
    const corrected = sample.replace(
      '<p>Home Office to speak with HMRC regarding IDMG membership.</p>',
      '<p>None</p>',
    );
    const { summary } = await importMinutes(ctx, { bytes: bytes(corrected), fileName: 'v2.txt', actor: CLI });
    expect(summary?.withdrawn).toEqual([1]);
    expect((await listActions(ctx)).map((a) => a.id)).toEqual(['A2', 'A3']);
    const all = await listActions(ctx, { status: 'all' });
    expect(all.find((a) => a.id === 'A1')).toMatchObject({
      status: 'cancelled',
      updates: [{ note: 'Not in the corrected minutes' }],
    });
  });

  it('stores nothing on a dry run', async () => {
    const { ctx, store } = await testApp();
    const { parse, summary } = await importMinutes(ctx, {
      bytes: readFileSync(SAMPLE_MINUTES),
      fileName: null,
      actor: CLI,
      dryRun: true,
    });
    expect(summary).toBeNull();
    expect(parse.actions).toHaveLength(3);
    expect(await store.organisations.list()).toEqual([]);
  });

  it('records large minutes (read in the worker, off the event loop) as it records small ones', async () => {
    const { ctx } = await testApp();
    // The sample with a long last paragraph: past what is read in-process.
    const padded = `${sample}\n${'The Group noted the written updates from each department.\n'.repeat(1500)}`;
    expect(padded.length).toBeGreaterThan(IN_PROCESS_CHARS);
    const { summary } = await importMinutes(ctx, { bytes: bytes(padded), fileName: null, actor: CLI });
    expect(summary).toMatchObject({ created: [1, 2, 3] });
    expect((await listActions(ctx)).map((a) => [a.owners, a.item])).toEqual([
      [['Home Office'], '3'],
      [['UKHTC'], '4'],
      [['Home Office'], '5'],
    ]);
  });

  it('refuses what is not minutes, with a message, and changes nothing', async () => {
    const { ctx, store } = await testApp();
    await expect(importMinutes(ctx, { bytes: bytes(''), fileName: null, actor: CLI })).rejects.toThrow(
      MinutesError,
    );
    await expect(
      importMinutes(ctx, { bytes: new Uint8Array([0, 1, 2, 255, 0, 0]), fileName: null, actor: CLI }),
    ).rejects.toThrow(MinutesError);
    await expect(
      importMinutes(ctx, { bytes: bytes('Shopping list\n\neggs\nmilk\n'), fileName: null, actor: CLI }),
    ).rejects.toThrow(AppError);
    expect(await store.organisations.list()).toEqual([]);
    expect(await store.audit.list()).toEqual([]);
  });

  it('lets only the secretariat import from chat', async () => {
    const { ctx, store } = await testApp();
    const org = await store.organisations.create('UKHTC', [], 't', '2012-05-01T09:00:00Z');
    const member = {
      kind: 'chat' as const,
      platform: 'slack' as const,
      chatId: 'U1',
      person: { id: 1, organisationId: org.id, roles: { idmg: 'member' as const } },
    };
    await expect(
      importMinutes(ctx, { bytes: readFileSync(SAMPLE_MINUTES), fileName: null, actor: member }),
    ).rejects.toThrow(/Only the secretariat/);
    const stranger = { ...member, person: null };
    await expect(
      importMinutes(ctx, { bytes: readFileSync(SAMPLE_MINUTES), fileName: null, actor: stranger }),
    ).rejects.toThrow(/not registered/);
  });
});
