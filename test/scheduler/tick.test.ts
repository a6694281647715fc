import { describe, expect, it } from 'vitest';
import { roundStatus } from '../../src/app/rounds.js';
import { loadConfig } from '../../src/config.js';
import { roundSettings } from '../../src/main.js';
import { at } from '../support/app.js';
import { PEOPLE, slackBot, withCommittee } from '../support/slack-bot.js';

const env = { IDMG_SLACK_CHANNEL: 'C0IDMG', IDMG_BANK_HOLIDAYS_URL: '' };
const settings = roundSettings(loadConfig(env));

describe('the scheduler', () => {
  it('on its own ticks reminds owners, opens, chases and closes the quarter’s round, and sends the update paper, each once', async () => {
    const t = await slackBot({ now: '2012-09-03T08:00', env, scheduler: true });
    const tick = async (iso: string) => {
      t.clock.set(at(iso));
      await t.bot.tick?.();
    };
    expect(t.bot.tick).toBeDefined();
    await tick('2012-09-03T08:00'); // after the tick run at start
    await withCommittee(t.ctx);
    const posts = () => t.slack.callsOf('chat.postMessage');
    const inChannel = () => posts().filter((c) => c.body.channel === 'C0IDMG');
    const uploadsTo = (channel: string) =>
      t.slack.callsOf('files.completeUploadExternal').filter((c) => c.body.channel_id === channel);

    // Monday 3 September, 09:00: the 10-day reminders (caught up) and the 2012-Q3 round opens.
    await tick('2012-09-03T09:00');
    expect(posts().filter((c) => c.body.channel === PEOPLE.ukhtc)).toHaveLength(1);
    expect(inChannel()).toHaveLength(1);
    expect(JSON.stringify(inChannel()[0]?.body.blocks)).toContain('Strategy Board quarterly update');
    expect((await roundStatus(t.ctx, settings, '2012-Q3')).status).toBe('open');
    const after = posts().length;
    await tick('2012-09-03T09:01');
    expect(posts()).toHaveLength(after);

    // Thursday 6 September: five working days before the meeting, the update paper.
    await tick('2012-09-06T09:00');
    expect(uploadsTo('D0SEC1')).toHaveLength(1);
    expect(uploadsTo('D0UKHTC1')).toHaveLength(0);

    // Tuesday 25 September: three working days before the deadline, the chase in the thread.
    await tick('2012-09-25T09:00');
    const chase = inChannel().filter((c) => String(c.body.text).includes('is due'));
    expect(chase).toHaveLength(1);
    expect(chase[0]?.body.thread_ts).toBeDefined();

    // Friday 28 September, 17:00: the round closes and the report goes to the channel, once.
    await tick('2012-09-28T17:00');
    await tick('2012-09-28T17:01');
    expect((await roundStatus(t.ctx, settings, '2012-Q3')).status).toBe('closed');
    expect(uploadsTo('C0IDMG')).toHaveLength(1);
  });

  it('a failing job is logged in one line and the others still run', async () => {
    const t = await slackBot({ now: '2012-09-03T08:00', env, scheduler: true });
    await t.bot.tick?.();
    await withCommittee(t.ctx);
    // The round cannot be opened: another hand has renamed its table. The reminders still go out.
    await t.ctx.store.sql.exec('ALTER TABLE rounds RENAME TO rounds_elsewhere');
    t.clock.set(at('2012-09-03T09:00'));
    await t.bot.tick?.();
    expect(t.slack.callsOf('chat.postMessage').filter((c) => c.body.channel === PEOPLE.ukhtc)).toHaveLength(
      1,
    );
    const failures = t.logs.filter((l) => l.includes('scheduler job failed'));
    expect(failures).toHaveLength(1);
    expect(JSON.parse(failures[0] as string)).toMatchObject({ job: 'rounds', level: 50 });
  });
});
