import type { App, ButtonAction, StaticSelectAction } from '@slack/bolt';
import { getAction, recordUpdate } from '../../app/actions.js';
import { actionListView, chatActor, redrawnListView } from '../../app/chat.js';
import { chooseImportCommittee, decideImport } from '../../app/chat-import.js';
import { AppError } from '../../app/errors.js';
import { pendingPreview } from '../../app/import-corrections.js';
import { importDecisionText } from '../../chat/format.js';
import { parseCommand } from '../../chat/grammar.js';
import { STATUS_LABELS } from '../../domain/action.js';
import { ACTION_IDS, actionListMessages, type ButtonValue } from '../blocks/action-list.blocks.js';
import { IMPORT_IDS, importCorrectionModal, readCommitteeOption } from '../blocks/import.blocks.js';
import { noteModal } from '../blocks/note-modal.js';
import { renderSlack } from '../blocks/render.js';
import type { SlackDeps } from '../deps.js';
import { esc } from '../mrkdwn.js';
import { SORRY } from './commands.js';
import { buttons } from './dispatch.js';

const STATUS_BY_BUTTON: Record<string, string> = {
  [ACTION_IDS.done]: 'done',
  [ACTION_IDS.inProgress]: 'in progress',
  [ACTION_IDS.blocked]: 'blocked',
};

function readValue(value: string | undefined): ButtonValue | null {
  try {
    const v = JSON.parse(value ?? '') as Partial<ButtonValue>;
    return typeof v.a === 'string' && typeof v.f === 'string'
      ? { a: v.a, f: v.f, p: Number(v.p) || 0, l: Number(v.l) || 0 }
      : null;
  } catch {
    return null;
  }
}

/** Redraws the page of the list the button sat on, with what changed on top. */
export async function redrawList(
  deps: SlackDeps,
  filterWords: string,
  page: number,
  userId: string,
  notice: string,
  listPage = 0,
) {
  const actor = await chatActor(deps.app, 'slack', userId);
  const view = await redrawnListView(deps.app, filterWords, actor, listPage);
  if (!view) return null;
  const pages = actionListMessages(view, deps.marking, { notice, share: true });
  return pages[Math.min(page, pages.length - 1)] ?? null;
}

export function registerButtons(bolt: App, deps: SlackDeps): void {
  const button = buttons(bolt);
  // Previous / Next under a long list: that page, as a new answer to the person who pressed.
  for (const direction of ['prev', 'next']) {
    button.on<ButtonAction>(`${ACTION_IDS.page}_${direction}`, async ({ ack, body, action, respond }) => {
      await ack();
      let value: { f?: unknown; l?: unknown } = {};
      try {
        value = JSON.parse(action.value ?? '{}') as typeof value;
      } catch {
        return;
      }
      try {
        const actor = await chatActor(deps.app, 'slack', body.user.id);
        const view = await redrawnListView(
          deps.app,
          typeof value.f === 'string' ? value.f : '',
          actor,
          Number(value.l) || 0,
        );
        if (!view) return;
        for (const message of actionListMessages(view, deps.marking, { share: true }))
          await respond({
            response_type: 'ephemeral',
            replace_original: false,
            text: message.text,
            blocks: message.blocks as never,
          });
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        await respond({
          response_type: 'ephemeral',
          replace_original: false,
          text: `:no_entry: ${esc(error.message)}`,
        });
      }
    });
  }
  for (const actionId of Object.keys(STATUS_BY_BUTTON)) {
    button.on<ButtonAction>(actionId, async ({ ack, body, action, respond }) => {
      await ack();
      const value = readValue(action.value);
      if (!value) return;
      const actor = await chatActor(deps.app, 'slack', body.user.id);
      try {
        const result = await recordUpdate(deps.app, {
          actionRef: value.a,
          status: STATUS_BY_BUTTON[actionId] ?? null,
          note: null,
          actor,
          source: 'slack',
          sourceRef: `slack:button:${body.container?.message_ts ?? ''}:${action.action_ts}`,
        });
        const notice = result.statusChanged
          ? `:white_check_mark: *${result.action.id}* marked ${STATUS_LABELS[result.action.status]} by <@${body.user.id}>.`
          : `*${result.action.id}* is already ${STATUS_LABELS[result.action.status]}; update recorded.`;
        const page = await redrawList(deps, value.f, value.p, body.user.id, notice, value.l ?? 0);
        if (page) await respond({ replace_original: true, text: page.text, blocks: page.blocks as never });
      } catch (error) {
        if (!(error instanceof AppError)) {
          deps.logger.error({ err: String(error), action: value.a }, 'button press failed');
          await respond({ response_type: 'ephemeral', replace_original: false, text: `:warning: ${SORRY}` });
          return;
        }
        await respond({
          response_type: 'ephemeral',
          replace_original: false,
          text: `:no_entry: ${esc(error.message)}`,
        });
      }
    });
  }

  button.on<ButtonAction>(ACTION_IDS.note, async ({ ack, body, action, client, respond }) => {
    await ack();
    const value = readValue(action.value);
    if (!value) return;
    try {
      const target = await getAction(deps.app, value.a);
      const metadata = JSON.stringify({ ...value, r: body.response_url ?? null });
      await client.views.open({
        trigger_id: body.trigger_id,
        view: noteModal(target.id, target.text, metadata, deps.marking) as never,
      });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      await respond({
        response_type: 'ephemeral',
        replace_original: false,
        text: `:no_entry: ${esc(error.message)}`,
      });
    }
  });

  button.on<ButtonAction>(ACTION_IDS.share, async ({ ack, body, action, respond }) => {
    await ack();
    const channel = body.channel?.id;
    const command = parseCommand(`actions ${action.value ?? ''}`);
    if (!channel || command.kind !== 'actions') return;
    const actor = await chatActor(deps.app, 'slack', body.user.id);
    const view = await actionListView(deps.app, command.filter, actor);
    if (view.kind !== 'action_list') return;
    const ids = view.groups.flatMap((g) => g.actions.map((a) => Number(a.id.slice(1))));
    const sent = await deps.delivery.post({
      dedupeKey: `list:${channel}:${action.action_ts}`,
      platform: 'slack',
      recipient: channel,
      threadRef: null,
      kind: 'action_list',
      view,
      actionIds: [...new Set(ids)],
    });
    const text =
      sent.status === 'sent'
        ? 'Posted. Owners can reply in its thread: `done`, `in progress`, `blocked …` (or `A3 done …`).'
        : sent.error?.includes('not_in_channel') || sent.error?.includes('channel_not_found')
          ? 'I am not in this channel: invite me with `/invite @IDMG`, then try again.'
          : `Not posted yet (${esc(sent.error ?? 'unknown error')}); I will retry.`;
    await respond({ response_type: 'ephemeral', replace_original: false, text });
  });

  for (const [actionId, decision] of [
    [IMPORT_IDS.confirm, 'confirmed'],
    [IMPORT_IDS.cancel, 'cancelled'],
  ] as const) {
    button.on<ButtonAction>(actionId, async ({ ack, body, action, respond }) => {
      await ack();
      const actor = await chatActor(deps.app, 'slack', body.user.id);
      try {
        const result = await decideImport(deps.app, action.value ?? '', decision, actor);
        const text = importDecisionText(result);
        const [message] = renderSlack({ kind: 'notice', text, tone: 'info' }, deps.marking);
        if (message)
          await respond({ replace_original: true, text: message.text, blocks: message.blocks as never });
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        await respond({
          response_type: 'ephemeral',
          replace_original: false,
          text: `:no_entry: ${esc(error.message)}`,
        });
      }
    });
  }

  // Correct…: the form opens in a modal; its submission redraws this preview (through the response URL).
  button.on<ButtonAction>(IMPORT_IDS.correct, async ({ ack, body, action, respond, client }) => {
    await ack();
    const actor = await chatActor(deps.app, 'slack', body.user.id);
    try {
      const preview = await pendingPreview(deps.app, action.value ?? '', actor);
      const meta = JSON.stringify({ t: preview.token, r: body.response_url ?? null });
      await client.views.open({
        trigger_id: body.trigger_id,
        view: importCorrectionModal(
          { kind: 'import_preview', ...preview },
          deps.app.timezone,
          deps.marking,
          meta,
        ) as never,
      });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      await respond({
        response_type: 'ephemeral',
        replace_original: false,
        text: `:no_entry: ${esc(error.message)}`,
      });
    }
  });

  // The committee chosen in the preview: the same minutes shown again for it, Confirm then puts them there.
  button.on<StaticSelectAction>(IMPORT_IDS.committee, async ({ ack, body, action, respond }) => {
    await ack();
    const chosen = readCommitteeOption(action.selected_option?.value);
    if (!chosen) return;
    const actor = await chatActor(deps.app, 'slack', body.user.id);
    try {
      const preview = await chooseImportCommittee(deps.app, chosen.token, chosen.committee, actor);
      const [message] = renderSlack({ kind: 'import_preview', ...preview }, deps.marking);
      if (message)
        await respond({ replace_original: true, text: message.text, blocks: message.blocks as never });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      await respond({
        response_type: 'ephemeral',
        replace_original: false,
        text: `:no_entry: ${esc(error.message)}`,
      });
    }
  });
  button.listen();
}
