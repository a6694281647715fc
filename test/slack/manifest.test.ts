import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { App } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { actionListView, homeView } from '../../src/app/chat.js';
import type { ChatView } from '../../src/chat/views.js';
import { importModal } from '../../src/slack/blocks/import.blocks.js';
import { noteModal } from '../../src/slack/blocks/note-modal.js';
import { renderSlack } from '../../src/slack/blocks/render.js';
import type { SlackDeps } from '../../src/slack/deps.js';
import { registerButtons } from '../../src/slack/listeners/buttons.js';
import { registerCommands } from '../../src/slack/listeners/commands.js';
import { registerMessages } from '../../src/slack/listeners/messages.js';
import { registerModals } from '../../src/slack/listeners/modals.js';
import { CLI, importSample, testApp } from '../support/app.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const manifest = parse(readFileSync(join(ROOT, 'manifests/slack/manifest.yaml'), 'utf8')) as {
  features: {
    slash_commands: { command: string; should_escape: boolean; usage_hint: string }[];
    app_home: { home_tab_enabled: boolean };
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: { event_subscriptions: { bot_events: string[] }; interactivity: { is_enabled: boolean } };
};

/** The scopes each Web API method needs (https://api.slack.com/methods). */
const METHOD_SCOPES: Record<string, string[]> = {
  'auth.test': [],
  'chat.postMessage': ['chat:write'],
  'chat.postEphemeral': ['chat:write'],
  'chat.update': ['chat:write'],
  'reactions.add': ['reactions:write'],
  'views.open': [],
  'views.publish': [],
  'files.info': ['files:read'],
  'files.uploadV2': ['files:write'], // files.getUploadURLExternal + files.completeUploadExternal
  'conversations.open': ['im:write'],
  // Looking for a message a sender that stopped may have delivered: a DM's, a channel's, a thread's.
  'conversations.history': ['im:history', 'channels:history', 'groups:history'],
  'conversations.replies': ['im:history', 'channels:history', 'groups:history'],
};

/** Events the code listens for -> the manifest subscriptions that deliver them. */
const EVENT_SUBSCRIPTIONS: Record<string, string[]> = {
  message: ['message.im', 'message.channels', 'message.groups', 'message.mpim'],
  app_home_opened: ['app_home_opened'],
};
const EVENT_SCOPES: Record<string, string> = {
  'message.im': 'im:history',
  'message.channels': 'channels:history',
  'message.groups': 'groups:history',
  'message.mpim': 'mpim:history',
};

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}
const slackCode = sources(join(ROOT, 'src/slack'))
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');

/** A stand-in for Bolt's App that records what the listeners register. */
/** What a listener was registered for: an id, a pattern, or constraints holding either. */
type Matcher = string | RegExp | { action_id?: string | RegExp; callback_id?: string | RegExp };

function recordingBolt() {
  const seen = {
    commands: [] as string[],
    actions: [] as Matcher[],
    views: [] as Matcher[],
    events: [] as string[],
  };
  const bolt = {
    command: (name: string) => seen.commands.push(name),
    action: (on: Matcher) => seen.actions.push(on),
    view: (on: Matcher) => seen.views.push(on),
    event: (name: string) => seen.events.push(name),
  };
  const deps = {} as SlackDeps;
  for (const register of [registerCommands, registerButtons, registerModals, registerMessages])
    register(bolt as unknown as App, deps);
  return seen;
}

/** Every action_id outside input blocks (those fire only on submit) and every callback_id. */
function interactiveIds(
  json: unknown,
  out = { actions: new Set<string>(), callbacks: new Set<string>() },
  inInput = false,
) {
  if (Array.isArray(json)) for (const x of json) interactiveIds(x, out, inInput);
  else if (json && typeof json === 'object') {
    const o = json as Record<string, unknown>;
    const input = inInput || o.type === 'input';
    if (typeof o.action_id === 'string' && !input) out.actions.add(o.action_id);
    if (typeof o.callback_id === 'string') out.callbacks.add(o.callback_id);
    for (const v of Object.values(o)) interactiveIds(v, out, input);
  }
  return out;
}

describe('the Slack manifest', () => {
  it('grants every Web API method the code calls', () => {
    const called = new Set([...slackCode.matchAll(/client\.(\w+)\.(\w+)\(/g)].map((m) => `${m[1]}.${m[2]}`));
    expect(called.size).toBeGreaterThan(4);
    const granted = new Set(manifest.oauth_config.scopes.bot);
    for (const method of called) {
      expect(METHOD_SCOPES, `scope table lacks ${method}`).toHaveProperty([method]);
      for (const scope of METHOD_SCOPES[method] ?? [])
        expect(granted, `${method} needs ${scope}`).toContain(scope);
    }
    expect(granted).toContain('commands');
  });

  it('subscribes to every event the code listens for, with the history scopes they need', () => {
    const { events, commands } = recordingBolt();
    const subscribed = new Set(manifest.settings.event_subscriptions.bot_events);
    for (const event of events) {
      for (const sub of EVENT_SUBSCRIPTIONS[event] ?? [event]) {
        expect(subscribed, `${event} needs ${sub}`).toContain(sub);
        if (EVENT_SCOPES[sub]) expect(manifest.oauth_config.scopes.bot).toContain(EVENT_SCOPES[sub]);
      }
    }
    expect(commands).toEqual(manifest.features.slash_commands.map((c) => c.command));
    expect(manifest.features.slash_commands[0]?.should_escape).toBe(true);
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
  });

  it('has a listener for every action_id and callback_id the code renders', async () => {
    const { ctx } = await testApp();
    await importSample(ctx);
    const views: ChatView[] = [
      await actionListView(ctx, { kind: 'open' }, CLI),
      await homeView(ctx, CLI),
      {
        kind: 'import_preview',
        token: 't',
        fileName: 'm.txt',
        parse: {
          meeting: { title: null, date: null },
          attendees: [],
          apologies: [],
          items: [],
          actions: [],
          nextMeeting: null,
        },
      },
      { kind: 'help', unknown: null, secretariat: true },
      { kind: 'notice', text: 'x', tone: 'info' },
    ];
    const rendered = [
      ...views.flatMap((v) => renderSlack(v, 'OFFICIAL')),
      importModal('OFFICIAL'),
      noteModal('A1', 'x', '{}', 'OFFICIAL'),
    ];
    const ids = interactiveIds(rendered);
    const { actions, views: viewListeners } = recordingBolt();
    expect(ids.actions.size).toBeGreaterThanOrEqual(7);
    const heard = (listeners: Matcher[], key: 'action_id' | 'callback_id', id: string) =>
      listeners.some((on) => {
        const m = typeof on === 'string' || on instanceof RegExp ? on : on[key];
        return typeof m === 'string' ? m === id : m instanceof RegExp && m.test(id);
      });
    for (const id of ids.actions)
      expect(heard(actions, 'action_id', id), `no listener for action_id ${id}`).toBe(true);
    for (const id of ids.callbacks)
      expect(heard(viewListeners, 'callback_id', id), `no listener for callback_id ${id}`).toBe(true);
    // One listener for the buttons and one for the modals: Bolt runs every listener's matching per request.
    expect(actions).toHaveLength(1);
    expect(viewListeners).toHaveLength(1);
    expect(heard(actions, 'action_id', 'action_done_x')).toBe(false);
  });
});
