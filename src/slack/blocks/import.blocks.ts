import {
  actionField,
  actionLine,
  LINE_HINT,
  MAX_CORRECTED,
  NEXT_FIELD,
  NEXT_HINT,
  nextMeetingLine,
} from '../../chat/corrections.js';
import { previewCommittee, shortInstant } from '../../chat/format.js';
import type { ChatView } from '../../chat/views.js';
import { clip, esc, md, plain } from '../mrkdwn.js';
import { packMessages } from './common.js';
import type { Block, SlackMessage } from './types.js';

export const IMPORT_IDS = {
  confirm: 'import_confirm',
  correct: 'import_correct',
  correctModal: 'import_correct_modal',
  line: 'line',
  committee: 'import_committee',
  cancel: 'import_cancel',
  modal: 'import_modal',
  fileBlock: 'minutes_file',
  fileInput: 'file',
} as const;

/** What the bot found in minutes sent in chat, with Confirm and Cancel. */
export function importPreviewMessage(
  view: Extract<ChatView, { kind: 'import_preview' }>,
  marking: string,
): SlackMessage[] {
  const p = view.parse;
  const lines = p.actions.map(
    (a, i) =>
      `${i + 1}. ${clip(esc(a.text), 300)} — *${esc(a.owners.join(', ') || 'no owner found')}*${a.item ? ` (item ${esc(a.item)})` : ''}${a.due ? ` due ${esc(a.due)}` : ''}`,
  );
  // A section holds 3,000 characters: the actions go eight to a section (40 actions, five blocks).
  const actionSections: Block[] = [];
  for (let i = 0; i < lines.length; i += 8)
    actionSections.push({ type: 'section', text: md(lines.slice(i, i + 8).join('\n')) });
  const next = p.nextMeeting
    ? `${shortInstant(p.nextMeeting.start)}${p.nextMeeting.location ? `, ${esc(p.nextMeeting.location)}` : ''}`
    : 'none named';
  const head: Block[] = [
    { type: 'header', text: plain('Import minutes?', 150) },
    {
      type: 'section',
      text: md(
        `*${esc(p.meeting.title ?? 'Untitled meeting')}* — ${esc(p.meeting.date ?? 'no date found')}${view.fileName ? ` (${esc(view.fileName)})` : ''}\n${p.attendees.length} attendees, ${p.apologies.length} apologies, ${p.items.length} agenda items\n*Next meeting:* ${next}`,
      ),
    },
    ...committeeBlocks(view),
    {
      type: 'section',
      text: md(`*Actions (${p.actions.length})*${p.actions.length ? '' : '\nNo actions found.'}`),
    },
    ...actionSections,
  ];
  const buttons: Block = {
    type: 'actions',
    block_id: 'import_decision',
    elements: [
      {
        type: 'button',
        action_id: IMPORT_IDS.confirm,
        text: plain('Confirm import', 75),
        style: 'primary',
        value: view.token,
      },
      { type: 'button', action_id: IMPORT_IDS.correct, text: plain('Correct…', 75), value: view.token },
      { type: 'button', action_id: IMPORT_IDS.cancel, text: plain('Cancel', 75), value: view.token },
    ],
  };
  return packMessages(
    `Import minutes of ${esc(p.meeting.date ?? 'unknown date')}?`,
    head,
    [[buttons]],
    marking,
  );
}

/** The option value carries the preview's token: a select sends only the option chosen. */
export const committeeOptionValue = (token: string, committee: string) => `${token}:${committee}`;
export function readCommitteeOption(value: string | undefined): { token: string; committee: string } | null {
  const at = value?.lastIndexOf(':') ?? -1;
  if (!value || at <= 0 || at === value.length - 1) return null;
  return { token: value.slice(0, at), committee: value.slice(at + 1) };
}

/** "Committee: IDMG", with a menu to choose another of those the secretariat serves. */
function committeeBlocks(view: Extract<ChatView, { kind: 'import_preview' }>): Block[] {
  const line = previewCommittee(view);
  if (!line) return [];
  const section: Block = { type: 'section', text: md(`*Committee:* ${esc(line.text)}`) };
  if (!line.choose) return [section];
  const options = (view.choices ?? []).slice(0, 100).map((c) => ({
    text: plain(c.label, 75),
    value: committeeOptionValue(view.token, c.id),
  }));
  const initial = options.find((o) => o.value === committeeOptionValue(view.token, view.committee ?? ''));
  return [
    {
      ...section,
      accessory: {
        type: 'static_select',
        action_id: IMPORT_IDS.committee,
        placeholder: plain('Choose the committee', 75),
        options,
        ...(initial ? { initial_option: initial } : {}),
      },
    },
  ];
}

/** The modal `/idmg import` opens: a file upload, because text inputs hold only 3,000 characters. */
export function importModal(marking: string): Record<string, unknown> {
  return {
    type: 'modal',
    callback_id: IMPORT_IDS.modal,
    title: plain('Import minutes', 24),
    submit: plain('Preview', 24),
    close: plain('Cancel', 24),
    blocks: [
      { type: 'context', elements: [md(`*${esc(marking)}*`)] },
      {
        type: 'input',
        block_id: IMPORT_IDS.fileBlock,
        label: plain('Minutes (Word, PDF, text, Markdown or email, up to 5 MB)', 150),
        element: {
          type: 'file_input',
          action_id: IMPORT_IDS.fileInput,
          filetypes: ['docx', 'pdf', 'txt', 'text', 'md', 'markdown', 'eml', 'msg', 'html'],
          max_files: 1,
        },
      },
    ],
  };
}

/**
 * The correction form: one line an action ("owners | action | due date") and one for the next
 * meeting. 40 actions make 42 blocks, inside a modal's 100.
 */
export function importCorrectionModal(
  view: Extract<ChatView, { kind: 'import_preview' }>,
  zone: string,
  marking: string,
  privateMetadata: string,
): Record<string, unknown> {
  const shown = view.parse.actions.slice(0, MAX_CORRECTED);
  return {
    type: 'modal',
    callback_id: IMPORT_IDS.correctModal,
    private_metadata: privateMetadata,
    title: plain('Correct the minutes', 24),
    submit: plain('Save', 24),
    close: plain('Back', 24),
    blocks: [
      {
        type: 'context',
        elements: [
          md(
            `*${esc(marking)}* — each action is one line: ${esc(LINE_HINT)}${view.parse.actions.length > shown.length ? ` Only the first ${shown.length} actions can be corrected here.` : ''}`,
          ),
        ],
      },
      ...shown.map((a, i) => ({
        type: 'input',
        block_id: actionField(i),
        optional: true,
        label: plain(`Action ${i + 1}${a.item ? ` (item ${a.item})` : ''}`, 150),
        element: {
          type: 'plain_text_input',
          action_id: IMPORT_IDS.line,
          initial_value: actionLine(a).slice(0, 3000),
          max_length: 3000,
        },
      })),
      {
        type: 'input',
        block_id: NEXT_FIELD,
        optional: true,
        label: plain('Next meeting', 150),
        hint: plain(NEXT_HINT, 150),
        element: {
          type: 'plain_text_input',
          action_id: IMPORT_IDS.line,
          ...(view.parse.nextMeeting ? { initial_value: nextMeetingLine(view.parse.nextMeeting, zone) } : {}),
        },
      },
    ],
  };
}
