import { esc, md, plain } from '../mrkdwn.js';

export const NOTE_IDS = {
  modal: 'note_modal',
  statusBlock: 'status',
  status: 'status',
  noteBlock: 'note',
  note: 'note',
} as const;

/** "Add update": a note, and optionally a new status. */
export function noteModal(
  actionId: string,
  actionText: string,
  privateMetadata: string,
  marking: string,
): Record<string, unknown> {
  return {
    type: 'modal',
    callback_id: NOTE_IDS.modal,
    private_metadata: privateMetadata,
    title: plain(`Update ${actionId}`, 24),
    submit: plain('Save', 24),
    close: plain('Cancel', 24),
    blocks: [
      { type: 'context', elements: [md(`*${esc(marking)}*`)] },
      { type: 'section', text: md(esc(actionText).slice(0, 2900)) },
      {
        type: 'input',
        block_id: NOTE_IDS.statusBlock,
        optional: true,
        label: plain('Status', 150),
        element: {
          type: 'static_select',
          action_id: NOTE_IDS.status,
          placeholder: plain('Keep the current status', 150),
          options: [
            ['open', 'Open'],
            ['in_progress', 'In progress'],
            ['blocked', 'Blocked'],
            ['done', 'Done'],
          ].map(([value, label]) => ({ value, text: plain(label ?? '', 75) })),
        },
      },
      {
        type: 'input',
        block_id: NOTE_IDS.noteBlock,
        label: plain('Update', 150),
        element: { type: 'plain_text_input', action_id: NOTE_IDS.note, multiline: true, max_length: 2000 },
      },
    ],
  };
}
