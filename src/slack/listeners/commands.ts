import type { App, RespondFn } from '@slack/bolt';
import { chatActor, parseScopedCommand, runCommand } from '../../app/chat.js';
import type { ChatView } from '../../chat/views.js';
import { administersAny } from '../../domain/permissions.js';
import { importModal } from '../blocks/import.blocks.js';
import { renderSlack } from '../blocks/render.js';
import type { SlackDeps } from '../deps.js';
import { paced } from '../pace.js';

/** `/idmg …`: acknowledged at once, answered through response_url (ephemeral, to the caller). */
export const SORRY =
  'Sorry — something went wrong on our side and nothing was changed. Please try again in a minute.';

export function registerCommands(bolt: App, deps: SlackDeps): void {
  const afterAck = paced({ traffic: deps.traffic });
  bolt.command('/idmg', async ({ command, ack, respond, client }) => {
    await ack();
    const { command: parsed, committee } = await parseScopedCommand(deps.app, command.text ?? '');
    if (parsed.kind === 'import') {
      // trigger_id expires 3 seconds after the command: open the modal before anything slow.
      const actor = await chatActor(deps.app, 'slack', command.user_id);
      if (administersAny(actor)) {
        await client.views.open({ trigger_id: command.trigger_id, view: importModal(deps.marking) as never });
        return;
      }
    }
    // Everything else, even finding who is asking, takes its turn after the acknowledgements; the
    // answers travel outside the queue.
    const asked: Asked = {
      user: command.user_id,
      trigger: command.trigger_id,
      channel: command.channel_id ?? null,
    };
    const answering = answer(deps, afterAck, parsed, committee, asked, respond);
    if (!deps.traffic) {
      await answering;
      return;
    }
    // Ack-first over HTTP: the listener returns now, so Bolt lets go of the request (its body,
    // context and client) while the answer waits for the burst to pass, instead of keeping every
    // queued command's whole request alive until its answer is sent.
    answering.catch((error: unknown) => {
      deps.logger.error({ err: String(error), command: parsed.kind }, 'slack listener failed');
    });
  });
}

/** Who asked, where: all that an answer keeps of the request. */
interface Asked {
  user: string;
  trigger: string;
  channel: string | null;
}

async function answer(
  deps: SlackDeps,
  afterAck: ReturnType<typeof paced>,
  parsed: Awaited<ReturnType<typeof parseScopedCommand>>['command'],
  committee: string | null,
  asked: Asked,
  respond: RespondFn,
): Promise<void> {
  const messages = await afterAck(async () => {
    let view: ChatView;
    try {
      const actor = await chatActor(deps.app, 'slack', asked.user);
      view = await runCommand(deps.app, parsed, actor, {
        platform: 'slack',
        sourceRef: `slack:command:${asked.trigger}`,
        rounds: deps.rounds,
        committee,
        channel: asked.channel,
      });
    } catch (error) {
      // A fault (a locked or full database): the person hears so, the operator gets one line.
      deps.logger.error({ err: String(error), command: parsed.kind }, 'slash command failed');
      view = { kind: 'notice', text: SORRY, tone: 'error' };
    }
    return renderSlack(view, deps.marking);
  });
  for (const message of messages) {
    await respond({
      response_type: 'ephemeral',
      replace_original: false,
      text: message.text,
      blocks: message.blocks as never,
    });
  }
}
