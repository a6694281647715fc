import type { App } from '@slack/bolt';
import { recordUpdate } from '../../app/actions.js';
import { chatActor } from '../../app/chat.js';
import { previewImport } from '../../app/chat-import.js';
import { AppError } from '../../app/errors.js';
import { correctImportFromForm } from '../../app/import-corrections.js';
import { actionField, CorrectionLineError, NEXT_FIELD } from '../../chat/corrections.js';
import { STATUS_LABELS } from '../../domain/action.js';
import { MinutesError } from '../../minutes/types.js';
import type { ButtonValue } from '../blocks/action-list.blocks.js';
import { IMPORT_IDS } from '../blocks/import.blocks.js';
import { NOTE_IDS } from '../blocks/note-modal.js';
import { renderSlack } from '../blocks/render.js';
import type { SlackDeps } from '../deps.js';
import { downloadSlackFile } from '../files.js';
import { redrawList } from './buttons.js';
import { modals } from './dispatch.js';

export function registerModals(bolt: App, deps: SlackDeps): void {
  const modal = modals(bolt);
  modal.on(NOTE_IDS.modal, async ({ ack, body, view }) => {
    const meta = JSON.parse(view.private_metadata || '{}') as ButtonValue & { r?: string | null };
    const values = view.state.values;
    const status = values[NOTE_IDS.statusBlock]?.[NOTE_IDS.status]?.selected_option?.value ?? null;
    const note = values[NOTE_IDS.noteBlock]?.[NOTE_IDS.note]?.value ?? null;
    const actor = await chatActor(deps.app, 'slack', body.user.id);
    try {
      const result = await recordUpdate(deps.app, {
        actionRef: meta.a,
        status,
        note,
        actor,
        source: 'slack',
        sourceRef: `slack:view:${view.id}:${view.hash}`,
      });
      await ack();
      if (meta.r) {
        const notice = `:memo: Update recorded on *${result.action.id}* (${STATUS_LABELS[result.action.status]}).`;
        const page = await redrawList(deps, meta.f, meta.p, body.user.id, notice, meta.l ?? 0);
        if (page)
          await postToResponseUrl(meta.r, { replace_original: true, text: page.text, blocks: page.blocks });
      }
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      // Shown under the note field, so nothing typed is lost.
      await ack({ response_action: 'errors', errors: { [NOTE_IDS.noteBlock]: error.message.slice(0, 150) } });
    }
  });

  modal.on(IMPORT_IDS.correctModal, async ({ ack, body, view }) => {
    const meta = JSON.parse(view.private_metadata || '{}') as { t?: string; r?: string | null };
    const values = view.state.values;
    const actor = await chatActor(deps.app, 'slack', body.user.id);
    try {
      const preview = await correctImportFromForm(
        deps.app,
        meta.t ?? '',
        (id) => {
          const input = values[id]?.[IMPORT_IDS.line];
          // A block the form did not hold (past its limit) is kept as it was; an emptied one is "".
          return input === undefined ? undefined : (input.value ?? '');
        },
        actor,
      );
      await ack();
      const [message] = renderSlack({ kind: 'import_preview', ...preview }, deps.marking);
      if (meta.r && message)
        await postToResponseUrl(meta.r, {
          replace_original: true,
          text: message.text,
          blocks: message.blocks,
        });
    } catch (error) {
      if (error instanceof CorrectionLineError) {
        const block = error.field === 'next' ? NEXT_FIELD : actionField(error.field);
        await ack({ response_action: 'errors', errors: { [block]: error.message.slice(0, 150) } });
        return;
      }
      if (!(error instanceof AppError)) throw error;
      await ack({
        response_action: 'errors',
        errors: { [NEXT_FIELD]: error.message.slice(0, 150) },
      });
    }
  });

  modal.on(IMPORT_IDS.modal, async ({ ack, body, view, client }) => {
    const files = view.state.values[IMPORT_IDS.fileBlock]?.[IMPORT_IDS.fileInput]?.files as
      | { id: string }[]
      | undefined;
    const fileId = files?.[0]?.id;
    if (!fileId) {
      await ack({
        response_action: 'errors',
        errors: { [IMPORT_IDS.fileBlock]: 'Choose the minutes file.' },
      });
      return;
    }
    await ack();
    const actor = await chatActor(deps.app, 'slack', body.user.id);
    await previewToUser(deps, client, body.user.id, fileId, actor);
  });
  modal.listen();
}

/** Reads a shared minutes file and sends its preview (Confirm / Cancel) to the person in a DM. */
export async function previewToUser(
  deps: SlackDeps,
  client: SlackDeps['client'],
  userId: string,
  fileId: string,
  actor: Awaited<ReturnType<typeof chatActor>>,
): Promise<void> {
  let view: Parameters<typeof renderSlack>[0];
  try {
    const file = await downloadSlackFile(client, deps.botToken, fileId, deps.apiUrl);
    view = {
      kind: 'import_preview',
      ...(await previewImport(deps.app, { bytes: file.bytes, fileName: file.name, actor })),
    };
  } catch (error) {
    if (!(error instanceof AppError || error instanceof MinutesError)) throw error;
    view = { kind: 'notice', text: `Could not import that file: ${error.message}`, tone: 'error' };
  }
  await deps.delivery.post({
    dedupeKey: `import-preview:${fileId}:${userId}`,
    platform: 'slack',
    recipient: userId,
    threadRef: null,
    kind: 'import_preview',
    view,
    actionIds: [],
  });
}

async function postToResponseUrl(url: string, body: unknown): Promise<void> {
  await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
}
