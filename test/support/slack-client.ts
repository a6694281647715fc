import { createHmac } from 'node:crypto';

export const SIGNING_SECRET = 'test-signing-secret';
export const BOT_TOKEN = 'xoxb-test-token';

export interface SignOptions {
  /** seconds since the epoch; default now */
  timestamp?: number;
  secret?: string;
  headers?: Record<string, string>;
}

/** Posts to /slack/events exactly as Slack does: raw body signed with v0 HMAC-SHA256. */
export async function slackPost(baseUrl: string, body: string, contentType: string, opts: SignOptions = {}) {
  const timestamp = opts.timestamp ?? Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', opts.secret ?? SIGNING_SECRET)
    .update(`v0:${timestamp}:${body}`)
    .digest('hex')}`;
  return fetch(`${baseUrl}/slack/events`, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': signature,
      ...(opts.headers ?? {}),
    },
    body,
  });
}

let trigger = 0;

export function slashCommand(
  baseUrl: string,
  text: string,
  user: string,
  responseUrl: string,
  opts: SignOptions & { channel?: string } = {},
) {
  trigger += 1;
  const form = new URLSearchParams({
    token: 'legacy',
    team_id: 'T1',
    channel_id: opts.channel ?? 'C0IDMG',
    channel_name: 'idmg',
    user_id: user,
    user_name: user.toLowerCase(),
    command: '/idmg',
    text,
    response_url: responseUrl,
    trigger_id: `trigger-${trigger}`,
    api_app_id: 'A1',
  });
  return slackPost(baseUrl, form.toString(), 'application/x-www-form-urlencoded', opts);
}

export function eventCallback(
  baseUrl: string,
  eventId: string,
  event: Record<string, unknown>,
  opts: SignOptions = {},
) {
  const body = JSON.stringify({
    token: 'legacy',
    team_id: 'T1',
    api_app_id: 'A1',
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    event,
    authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true }],
  });
  return slackPost(baseUrl, body, 'application/json', opts);
}

/** An interactivity payload (block_actions, view_submission) as Slack sends it: form field `payload`. */
export function interaction(baseUrl: string, payload: Record<string, unknown>, opts: SignOptions = {}) {
  const form = new URLSearchParams({ payload: JSON.stringify(payload) });
  return slackPost(baseUrl, form.toString(), 'application/x-www-form-urlencoded', opts);
}

export function buttonPress(
  user: string,
  actionId: string,
  value: string,
  responseUrl: string,
  messageTs = '1346317201.000100',
) {
  trigger += 1;
  return {
    type: 'block_actions',
    team: { id: 'T1' },
    user: { id: user, team_id: 'T1' },
    api_app_id: 'A1',
    token: 'legacy',
    trigger_id: `trigger-${trigger}`,
    container: { type: 'message', message_ts: messageTs, channel_id: 'C0IDMG', is_ephemeral: true },
    channel: { id: 'C0IDMG', name: 'idmg' },
    response_url: responseUrl,
    actions: [
      {
        type: 'button',
        action_id: actionId,
        block_id: 'buttons:x',
        value,
        action_ts: `${Date.now() / 1000}`,
      },
    ],
  };
}
