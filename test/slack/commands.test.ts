import { once } from 'node:events';
import { connect, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { addAction, listActions } from '../../src/app/actions.js';
import { CLI } from '../support/app.js';
import { PEOPLE, slackBot, withCommittee } from '../support/slack-bot.js';
import { slackPost, slashCommand } from '../support/slack-client.js';

type Block = {
  type: string;
  text?: { text: string };
  elements?: { text?: string | { text: string }; action_id?: string; value?: string }[];
};
const texts = (blocks: Block[]) =>
  blocks
    .flatMap((b) => [
      b.text?.text ?? '',
      ...(b.elements ?? []).map((e) => (typeof e.text === 'string' ? e.text : (e.text?.text ?? ''))),
    ])
    .join('\n');

describe('/idmg in Slack', () => {
  it('handles a command once when the same signed request arrives twice (another replica, a resend)', async () => {
    const { slack, base, ctx } = await slackBot();
    await withCommittee(ctx);
    const timestamp = Math.floor(Date.now() / 1000);
    const form = new URLSearchParams({
      team_id: 'T1',
      channel_id: 'C0IDMG',
      user_id: PEOPLE.ukhtc,
      command: '/idmg',
      text: 'update A2 done sent',
      response_url: slack.responseUrl('d1'),
      trigger_id: 'trigger-resent',
      api_app_id: 'A1',
    }).toString();
    const once = () => slackPost(base, form, 'application/x-www-form-urlencoded', { timestamp });
    const [first, second] = [await once(), await once()];
    expect([first.status, second.status]).toEqual([200, 200]);
    await slack.until(() => slack.responses.find((r) => r.id === 'd1'));
    await new Promise((r) => setTimeout(r, 300));
    expect(slack.responses.filter((r) => r.id === 'd1')).toHaveLength(1);
    const a2 = (await listActions(ctx, { status: 'all' })).find((a) => a.id === 'A2');
    expect(a2?.updates).toHaveLength(1);
    // The same words typed again are a new request (a new trigger), and are answered again.
    await slashCommand(base, 'actions', PEOPLE.ukhtc, slack.responseUrl('d2'), { timestamp });
    await slack.until(() => slack.responses.find((r) => r.id === 'd2'));
  });

  it('logs an answer that cannot be delivered (response_url unreachable) and goes on answering the next', async () => {
    const { slack, base, ctx, logs } = await slackBot();
    await withCommittee(ctx);
    const lost = await slashCommand(base, 'actions', PEOPLE.ukhtc, 'http://127.0.0.1:1/response/lost');
    expect(lost.status).toBe(200);
    await slashCommand(base, 'actions', PEOPLE.ukhtc, slack.responseUrl('after'));
    await slack.until(() => slack.responses.find((r) => r.id === 'after'));
    const failures = () => logs.filter((l) => l.includes('slack listener failed'));
    for (let waited = 0; failures().length === 0 && waited < 2000; waited += 20)
      await new Promise((r) => setTimeout(r, 20));
    const failed = failures();
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatch(/"command":"actions"/);
  });

  it('lists the sample’s three open actions grouped by owner, with buttons and the marking', async () => {
    const { slack, base, ctx } = await slackBot();
    await withCommittee(ctx);
    const res = await slashCommand(base, 'actions', PEOPLE.ukhtc, slack.responseUrl('r1'));
    expect(res.status).toBe(200);
    const reply = await slack.until(() => slack.responses.find((r) => r.id === 'r1'));
    expect(reply.body).toMatchObject({ response_type: 'ephemeral' });
    const blocks = reply.body.blocks as Block[];
    const all = texts(blocks);
    expect(all).toMatch(/\*Home Office\* — 2 actions/);
    expect(all).toMatch(/\*UKHTC\* — 1 action/);
    for (const id of ['A1', 'A2', 'A3']) expect(all).toContain(`*${id}*`);
    expect(all).toContain('UKHTC to provide further information on internal trafficking');
    expect(all.indexOf('*Home Office*')).toBeLessThan(all.indexOf('*UKHTC*'));
    expect(blocks[0]).toEqual({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: '*OFFICIAL-SENSITIVE*' }],
    });
    expect(blocks.at(-1)).toEqual(blocks[0]);
    expect(String(reply.body.text)).toMatch(/^\[OFFICIAL-SENSITIVE\] Open actions: 3 actions/);
    const buttons = blocks
      .flatMap((b) => b.elements ?? [])
      .map((e) => e.action_id)
      .filter(Boolean);
    expect(new Set(buttons)).toEqual(
      new Set(['action_done', 'action_in_progress', 'action_blocked', 'action_note', 'list_share']),
    );
  });

  it('lists only one owner’s actions for /idmg actions ORG, by name or alias, and the caller’s for mine', async () => {
    const { slack, base, ctx } = await slackBot();
    await withCommittee(ctx);
    await slashCommand(base, 'actions UKHTC', PEOPLE.home, slack.responseUrl('u'));
    const ukhtc = texts(
      (await slack.until(() => slack.responses.find((r) => r.id === 'u'))).body.blocks as Block[],
    );
    expect(ukhtc).toContain('*A2*');
    expect(ukhtc).not.toContain('*A1*');
    expect(ukhtc).not.toContain('*A3*');
    await slashCommand(base, 'actions mine', PEOPLE.home, slack.responseUrl('m'));
    const mine = texts(
      (await slack.until(() => slack.responses.find((r) => r.id === 'm'))).body.blocks as Block[],
    );
    expect(mine).toMatch(/Open actions for Home Office/);
    expect(mine).toContain('*A1*');
    expect(mine).not.toContain('*A2*');
    await slashCommand(base, 'actions Ministry of Magic', PEOPLE.home, slack.responseUrl('x'));
    const unknown = texts(
      (await slack.until(() => slack.responses.find((r) => r.id === 'x'))).body.blocks as Block[],
    );
    expect(unknown).toMatch(/Unknown organisation "Ministry of Magic"/);
  });

  it('says so, and what to do, when there is nothing to list', async () => {
    const { slack, base } = await slackBot();
    await slashCommand(base, 'actions', PEOPLE.stranger, slack.responseUrl('e'));
    const empty = texts(
      (await slack.until(() => slack.responses.find((r) => r.id === 'e'))).body.blocks as Block[],
    );
    expect(empty).toMatch(/No actions yet\. The secretariat can import the latest minutes/);
  });

  it('answers next, update and help; anything unknown gets help', async () => {
    const { slack, base, ctx } = await slackBot({ now: '2012-08-30T10:12' });
    await withCommittee(ctx);
    await slashCommand(base, 'next', PEOPLE.dh, slack.responseUrl('n'));
    const next = texts(
      (await slack.until(() => slack.responses.find((r) => r.id === 'n'))).body.blocks as Block[],
    );
    expect(next).toContain('Thursday 13 September 2012, 10:30–12:00 (UK time) — *in 14 days*');
    expect(next).toContain('Home Office');
    expect(next).toMatch(/• Home Office: 2 open\n• UKHTC: 1 open/);

    await slashCommand(
      base,
      'update A2 in progress drafting with the NRM team',
      PEOPLE.ukhtc,
      slack.responseUrl('up'),
    );
    const up = texts(
      (await slack.until(() => slack.responses.find((r) => r.id === 'up'))).body.blocks as Block[],
    );
    expect(up).toMatch(/\*A2\* is now :large_blue_circle: In progress \(was Open\)/);
    expect((await listActions(ctx)).find((a) => a.id === 'A2')?.updates).toEqual([
      {
        at: '2012-08-30T10:12:00+01:00',
        by: PEOPLE.ukhtc,
        status: 'in_progress',
        note: 'drafting with the NRM team',
        source: 'slack',
      },
    ]);

    await slashCommand(base, 'help', PEOPLE.dh, slack.responseUrl('h'));
    const help = texts(
      (await slack.until(() => slack.responses.find((r) => r.id === 'h'))).body.blocks as Block[],
    );
    for (const example of [
      '/idmg actions UKHTC',
      '/idmg next',
      '/idmg update A2 done sent the figures',
      '/idmg help',
    ])
      expect(help).toContain(example);
    expect(help).not.toContain('members add'); // secretariat commands only for the secretariat

    await slashCommand(base, 'frobnicate <!channel>', PEOPLE.dh, slack.responseUrl('f'));
    const unknown = texts(
      (await slack.until(() => slack.responses.find((r) => r.id === 'f'))).body.blocks as Block[],
    );
    expect(unknown).toContain("I didn't understand `frobnicate &lt;!channel&gt;`");
    expect(unknown).not.toContain('<!channel>');
  });

  it('refuses an update from someone not in the owner organisation, and from a stranger, changing nothing', async () => {
    const { slack, base, ctx } = await slackBot();
    await withCommittee(ctx);
    await slashCommand(base, 'update A2 done', PEOPLE.dh, slack.responseUrl('d'));
    const refusal = texts(
      (await slack.until(() => slack.responses.find((r) => r.id === 'd'))).body.blocks as Block[],
    );
    expect(refusal).toContain('Only members of UKHTC, the secretariat or the chair can update A2.');
    await slashCommand(base, 'update A2 done', PEOPLE.stranger, slack.responseUrl('s'));
    const stranger = texts(
      (await slack.until(() => slack.responses.find((r) => r.id === 's'))).body.blocks as Block[],
    );
    expect(stranger).toMatch(/not registered .* Ask the secretariat/);
    expect((await listActions(ctx)).find((a) => a.id === 'A2')).toMatchObject({
      status: 'open',
      updates: [],
    });
  });

  it('lets the secretariat map people, and no one else', async () => {
    const { slack, base, ctx } = await slackBot();
    await withCommittee(ctx);
    await slashCommand(
      base,
      'members add <@U0NEW1|newbie> Scottish Executive',
      PEOPLE.dh,
      slack.responseUrl('no'),
    );
    expect(
      texts((await slack.until(() => slack.responses.find((r) => r.id === 'no'))).body.blocks as Block[]),
    ).toContain('Only the secretariat or the chair can add members.');
    expect(await ctx.store.people.findByChatId('slack', 'U0NEW1')).toBeNull();
    await slashCommand(
      base,
      'members add <@U0NEW1|newbie> Scottish Executive chair',
      PEOPLE.secretariat,
      slack.responseUrl('yes'),
    );
    expect(
      texts((await slack.until(() => slack.responses.find((r) => r.id === 'yes'))).body.blocks as Block[]),
    ).toContain('Mapped U0NEW1 to Scottish Executive (chair).');
    expect(await ctx.store.people.findByChatId('slack', 'U0NEW1')).toMatchObject({
      organisation: 'Scottish Executive',
      role: 'chair',
    });
  });

  it('escapes minutes text so it can never ping @channel or forge a link', async () => {
    const { slack, base, ctx } = await slackBot();
    await withCommittee(ctx);
    await addAction(
      ctx,
      { owners: ['DH'], text: 'DH to brief <!channel> & <https://evil.example|click here> <@U0SEC1>' },
      CLI,
    );
    await slashCommand(base, 'actions DH', PEOPLE.dh, slack.responseUrl('esc'));
    const body = JSON.stringify((await slack.until(() => slack.responses.find((r) => r.id === 'esc'))).body);
    expect(body).toContain(
      'DH to brief &lt;!channel&gt; &amp; &lt;https://evil.example|click here&gt; &lt;@U0SEC1&gt;',
    );
    expect(body).not.toMatch(/<!channel>|<https:\/\/evil|<@U0SEC1>/);
  });

  it('splits a long list’s first page into messages within Block Kit’s limits', async () => {
    const { slack, base, ctx } = await slackBot();
    await withCommittee(ctx);
    for (let i = 0; i < 40; i += 1)
      await addAction(ctx, { owners: ['DWP'], text: `DWP to do thing ${i} ${'x'.repeat(3500)}` }, CLI);
    await slashCommand(base, 'actions', PEOPLE.dh, slack.responseUrl('long'));
    const idsIn = (parts: typeof slack.responses) =>
      new Set(
        parts.flatMap((p) =>
          [...texts(p.body.blocks as Block[]).matchAll(/\*(A\d+)\*/g)].map((m) => m[1] ?? ''),
        ),
      );
    // The bot answers after its ack: the first 25 of the 43, in as many messages as that takes.
    await slack.until(() => idsIn(slack.responses.filter((r) => r.id === 'long')).size === 25);
    const parts = slack.responses.filter((r) => r.id === 'long');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      const blocks = part.body.blocks as Block[];
      expect(blocks.length).toBeLessThanOrEqual(50);
      for (const b of blocks) expect((b.text?.text ?? '').length).toBeLessThanOrEqual(3000);
    }
    const ids = idsIn(parts);
    expect(ids.size).toBe(25);
    expect(JSON.stringify(parts.map((p) => p.body))).toContain('Showing 1–25 of 43');
  });

  it('acknowledges first: a command is answered once no other Slack request is in flight, or after a second', async () => {
    const { slack, base, ctx } = await slackBot();
    await withCommittee(ctx);
    const { port } = new URL(base);
    const headers = (length: number) =>
      `POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\nX-Slack-Request-Timestamp: ${Math.floor(Date.now() / 1000)}\r\nX-Slack-Signature: v0=00\r\n\r\n`;
    /** Another Slack request whose body is still arriving: it counts as in flight until it ends. */
    const arriving = async (head: string) => {
      const socket = connect(Number(port), '127.0.0.1');
      await once(socket, 'connect');
      socket.write(head);
      await new Promise((resolve) => setTimeout(resolve, 100)); // the server reads the headers
      return socket;
    };
    const slow = await arriving(`${headers(20)}{"type":`);
    let stuck: Socket | undefined;
    try {
      const sent = Date.now();
      const res = await slashCommand(base, 'actions', PEOPLE.ukhtc, slack.responseUrl('held'));
      expect(res.status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(slack.responses.find((r) => r.id === 'held')).toBeUndefined();
      // The slow request ends (refused: its signature is wrong); the held answer follows at once.
      slow.write('"event_callback"}');
      await slack.until(() => slack.responses.find((r) => r.id === 'held'));
      expect(Date.now() - sent).toBeLessThan(1000);

      // A request that never ends holds the answer back for a second at most.
      stuck = await arriving(`${headers(50)}{`);
      const started = Date.now();
      await slashCommand(base, 'actions', PEOPLE.ukhtc, slack.responseUrl('late'));
      const late = await slack.until(() => slack.responses.find((r) => r.id === 'late'));
      expect(Date.now() - started).toBeGreaterThanOrEqual(900);
      expect(texts(late.body.blocks as Block[])).toContain('*A2*');
    } finally {
      slow.destroy();
      stuck?.destroy();
    }
  });
});
