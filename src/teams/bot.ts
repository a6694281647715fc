import { type Activity, ActivityTypes, TurnContext } from 'botbuilder';
import { recordUpdate } from '../app/actions.js';
import {
  chatActor,
  helpView,
  LIST_PAGE,
  parseScopedCommand,
  redrawnListView,
  runCommand,
} from '../app/chat.js';
import { chooseImportCommittee, decideImport, previewImport } from '../app/chat-import.js';
import { AppError } from '../app/errors.js';
import { correctImportFromForm, pendingPreview } from '../app/import-corrections.js';
import { handleReply, type ReplyOutcome } from '../app/replies.js';
import { editSubmission, withdrawSubmission } from '../app/rounds.js';
import { CorrectionLineError } from '../chat/corrections.js';
import { askWhichText, HELD_FOR_SECRETARIAT, importDecisionText, statusChangeText } from '../chat/format.js';
import type { ChatView } from '../chat/views.js';
import { utcNow } from '../clock.js';
import { STATUS_LABELS } from '../domain/action.js';
import type { Actor } from '../domain/permissions.js';
import { administersAny } from '../domain/permissions.js';
import { MinutesError } from '../minutes/types.js';
import {
  cardActivity,
  commandText,
  mentionsBot,
  minutesAttachment,
  senderId,
  splitConversationId,
} from './activity.js';
import { type CardSubmit, CardSubmitSchema, type TeamsMessage } from './cards/card.js';
import { importCorrectionCard, renderTeams } from './cards/render.js';
import type { TeamsDeps } from './deps.js';
import { downloadTeamsFile } from './files.js';

/** One turn: save where the bot can write back, then read the input, call src/app and render. */
export function teamsTurn(deps: TeamsDeps) {
  return async (context: TurnContext): Promise<void> => {
    const activity = context.activity;
    await saveReference(deps, activity);
    // An activity delivered again (a connector retry, or to another replica) is handled once.
    if (activity.type === ActivityTypes.Message && activity.id) {
      const key = `${activity.conversation?.id ?? ''}|${activity.id}`;
      const first = await deps.app.store.events.firstSeen('teams', key, utcNow(deps.app.clock));
      if (!first) {
        deps.logger.info({ activity: activity.id }, 'teams activity delivered again; handled once already');
        return;
      }
    }
    if (activity.type === ActivityTypes.Message) await onMessage(deps, context);
    else if (activity.type === ActivityTypes.MessageUpdate || activity.type === ActivityTypes.MessageDelete) {
      await onEditOrDelete(deps, activity);
    } else if (
      activity.type === ActivityTypes.ConversationUpdate ||
      activity.type === ActivityTypes.InstallationUpdate
    ) {
      // Teams sends both on install; welcome once, on the conversation update that adds the bot.
      const botAdded = activity.membersAdded?.some((m) => m.id === activity.recipient.id);
      if (activity.type === ActivityTypes.ConversationUpdate && botAdded) {
        await send(context, deps, await helpView(deps.app, null, false));
      }
    }
  };
}

async function saveReference(deps: TeamsDeps, activity: Activity): Promise<void> {
  if (!activity.conversation?.id || !activity.serviceUrl) return;
  const { conversation } = splitConversationId(activity.conversation.id);
  const reference = TurnContext.getConversationReference(activity);
  reference.conversation = { ...reference.conversation, id: conversation } as never;
  const kind = activity.conversation.conversationType ?? 'personal';
  await deps.app.store.conversations.save({
    conversationId: conversation,
    kind,
    aadObjectId: kind === 'personal' ? senderId(activity) || null : null,
    serviceUrl: activity.serviceUrl,
    reference,
    updatedAtUtc: utcNow(deps.app.clock),
  });
}

async function send(context: TurnContext, deps: TeamsDeps, view: ChatView, notice?: string) {
  for (const message of renderTeams(view, deps.marking, notice))
    await context.sendActivity(cardActivity(message));
}

async function onMessage(deps: TeamsDeps, context: TurnContext): Promise<void> {
  const activity = context.activity;
  const actor = await chatActor(deps.app, 'teams', senderId(activity));
  if (activity.value && typeof activity.value === 'object') {
    const submit = CardSubmitSchema.safeParse(activity.value);
    if (!submit.success) {
      await send(context, deps, {
        kind: 'notice',
        text: 'That card’s data was not understood; nothing was changed.',
        tone: 'error',
      });
      return;
    }
    await onCardSubmit(deps, context, actor, submit.data);
    return;
  }
  const file = minutesAttachment(activity, deps.localMode);
  if (file) {
    await onMinutesFile(deps, context, actor, file);
    return;
  }
  const text = commandText(activity);
  const { command, committee } = await parseScopedCommand(deps.app, text);
  const kind = activity.conversation.conversationType ?? 'personal';
  const addressed = kind === 'personal' || mentionsBot(activity);
  const { conversation, threadRef } = splitConversationId(activity.conversation.id);
  const reply = {
    platform: 'teams' as const,
    actor,
    text,
    conversation,
    threadRef,
    direct: kind === 'personal',
    sourceRef: `teams:activity:${activity.id}`,
    messageRef: `teams:${conversation}:${activity.id}`,
  };
  // In a thread the bot started, a reply is an update or a submission before it is a command:
  // "Next quarter we will…" in a round's thread is a department's update, not `next`.
  if (threadRef) {
    const outcome = await handleReply(deps.app, reply);
    if (outcome.kind !== 'ignored') {
      await answerReply(deps, context, actor, outcome);
      return;
    }
  }
  if (command.kind !== 'help' || command.unknown === null) {
    if (!addressed && command.kind === 'help') return;
    const view = await runCommand(deps.app, command, actor, {
      platform: 'teams',
      sourceRef: reply.sourceRef,
      rounds: deps.rounds,
      committee,
      channel: conversation,
    });
    await send(context, deps, view);
    return;
  }
  const outcome = threadRef ? null : await handleReply(deps.app, reply);
  if (!outcome || outcome.kind === 'ignored') {
    // Unknown words get help, never silence — unless it was channel talk not addressed to the bot.
    if (addressed) await send(context, deps, await helpView(deps.app, text, administersAny(actor)));
    return;
  }
  await answerReply(deps, context, actor, outcome);
}

async function answerReply(
  deps: TeamsDeps,
  context: TurnContext,
  actor: Actor,
  outcome: Exclude<ReplyOutcome, { kind: 'ignored' }>,
): Promise<void> {
  switch (outcome.kind) {
    case 'submission':
      await context.sendActivity(
        outcome.outcome.organisation
          ? `📥 Received for ${outcome.outcome.organisation}${outcome.outcome.late ? ' (after the deadline: it will be in the next compilation)' : ''}.`
          : HELD_FOR_SECRETARIAT,
      );
      return;
    case 'recorded': {
      if (outcome.result.duplicate) return;
      const a = outcome.result.action;
      await context.sendActivity(
        outcome.result.statusChanged
          ? `✅ ${statusChangeText(a, outcome.result.previousStatus)}`
          : `✅ Noted on ${a.id}.`,
      );
      return;
    }
    case 'ask_which':
      await context.sendActivity(askWhichText(outcome.actionIds));
      return;
    case 'refused':
      await send(context, deps, { kind: 'notice', text: withTeamsId(outcome.message, actor), tone: 'error' });
      return;
  }
}

/** An edited round reply updates its submission; a deleted one withdraws it. */
async function onEditOrDelete(deps: TeamsDeps, activity: Activity): Promise<void> {
  const { conversation } = splitConversationId(activity.conversation.id);
  const ref = `teams:${conversation}:${activity.id}`;
  if (activity.type === ActivityTypes.MessageDelete) await withdrawSubmission(deps.app, ref);
  else
    await editSubmission(
      deps.app,
      ref,
      commandText(activity),
      await chatActor(deps.app, 'teams', senderId(activity)),
    );
}

/** A person not yet mapped needs their object id to give the secretariat. */
function withTeamsId(message: string, actor: Actor): string {
  return actor.kind === 'chat' && !actor.person ? `${message} Your Teams id is ${actor.chatId}.` : message;
}

async function onCardSubmit(
  deps: TeamsDeps,
  context: TurnContext,
  actor: Actor,
  value: CardSubmit,
): Promise<void> {
  const activity = context.activity;
  try {
    if (value.verb === 'status' || value.verb === 'note') {
      const result = await recordUpdate(deps.app, {
        actionRef: value.a,
        status: value.verb === 'status' ? value.s : null,
        note: value.verb === 'note' ? (value.note ?? null) : null,
        actor,
        source: 'teams',
        sourceRef: `teams:activity:${activity.id}`,
      });
      const notice = result.statusChanged
        ? `${result.action.id} marked ${STATUS_LABELS[result.action.status]}.`
        : `Update recorded on ${result.action.id} (${STATUS_LABELS[result.action.status]}).`;
      const view = await redrawnListView(deps.app, value.f, actor, 0, LIST_PAGE.teams);
      const [page] = view ? renderTeams(view, deps.marking, notice) : [];
      if (page && activity.replyToId) {
        // Replace the card that was pressed, so the list never shows a stale status.
        await context.updateActivity({ ...cardActivity(page), id: activity.replyToId });
      } else {
        await context.sendActivity(notice);
      }
      return;
    }
    if (value.verb === 'page') {
      const view = await redrawnListView(deps.app, value.f, actor, value.l, LIST_PAGE.teams);
      const [page] = view ? renderTeams(view, deps.marking) : [];
      if (page && activity.replyToId)
        await context.updateActivity({ ...cardActivity(page), id: activity.replyToId });
      else if (page) await context.sendActivity(cardActivity(page));
      return;
    }
    if (value.verb === 'import') {
      if (value.decision === 'correct' || value.decision === 'show' || value.decision === 'save') {
        await onCorrection(deps, context, actor, value);
        return;
      }
      if (value.decision === 'choose') {
        if (!value.committee) return;
        const preview = await chooseImportCommittee(deps.app, value.token, value.committee, actor);
        const [page] = renderTeams({ kind: 'import_preview', ...preview }, deps.marking);
        if (page && activity.replyToId)
          await context.updateActivity({ ...cardActivity(page), id: activity.replyToId });
        else await send(context, deps, { kind: 'import_preview', ...preview });
        return;
      }
      const result = await decideImport(
        deps.app,
        value.token,
        value.decision,
        actor,
        value.committee ?? null,
      );
      const text = importDecisionText(result);
      const [page] = renderTeams({ kind: 'notice', text, tone: 'info' }, deps.marking);
      if (page && activity.replyToId)
        await context.updateActivity({ ...cardActivity(page), id: activity.replyToId });
      else await context.sendActivity(text);
    }
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    await send(context, deps, { kind: 'notice', text: withTeamsId(error.message, actor), tone: 'error' });
  }
}

/** Correct… opens the form in place of the preview; Save applies it; Back shows the preview again. */
async function onCorrection(
  deps: TeamsDeps,
  context: TurnContext,
  actor: Actor,
  value: Extract<CardSubmit, { verb: 'import' }>,
): Promise<void> {
  const zone = deps.app.timezone;
  let page: TeamsMessage;
  try {
    const before = await pendingPreview(deps.app, value.token, actor);
    if (value.decision === 'correct')
      page = importCorrectionCard({ kind: 'import_preview', ...before }, zone, deps.marking);
    else if (value.decision === 'show') {
      const [preview] = renderTeams({ kind: 'import_preview', ...before }, deps.marking);
      if (!preview) return;
      page = preview;
    } else {
      // Teams sends the form's inputs beside the button's data.
      const after = await correctImportFromForm(
        deps.app,
        value.token,
        (id) => {
          const v = (value as Record<string, unknown>)[id];
          return typeof v === 'string' ? v : undefined;
        },
        actor,
      );
      const [preview] = renderTeams({ kind: 'import_preview', ...after }, deps.marking);
      if (!preview) return;
      page = preview;
    }
  } catch (error) {
    if (!(error instanceof AppError || error instanceof CorrectionLineError)) throw error;
    await send(context, deps, { kind: 'notice', text: withTeamsId(error.message, actor), tone: 'error' });
    return;
  }
  const replyTo = context.activity.replyToId;
  if (replyTo) await context.updateActivity({ ...cardActivity(page), id: replyTo });
  else await context.sendActivity(cardActivity(page));
}

async function onMinutesFile(
  deps: TeamsDeps,
  context: TurnContext,
  actor: Actor,
  file: { url: string; name: string | null },
) {
  if (!administersAny(actor)) {
    // Not the secretariat: nothing is downloaded, and the file is not read as a reply either.
    await send(context, deps, {
      kind: 'notice',
      text: withTeamsId('Only the secretariat or the chair can import minutes.', actor),
      tone: 'error',
    });
    return;
  }
  try {
    const bytes = await downloadTeamsFile(file.url, deps.localMode);
    const preview = await previewImport(deps.app, { bytes, fileName: file.name, actor });
    await send(context, deps, { kind: 'import_preview', ...preview });
  } catch (error) {
    if (!(error instanceof AppError || error instanceof MinutesError)) throw error;
    await send(context, deps, {
      kind: 'notice',
      text: withTeamsId(`Could not import that file: ${error.message}`, actor),
      tone: 'error',
    });
  }
}
