import type { ActionStatus } from '../../domain/action.js';
import { STATUS_LABELS } from '../../domain/action.js';
import { esc, md } from '../mrkdwn.js';
import { type Block, MAX_BLOCKS, type SlackMessage } from './types.js';

export const STATUS_EMOJI: Record<ActionStatus, string> = {
  open: ':white_circle:',
  in_progress: ':large_blue_circle:',
  blocked: ':red_circle:',
  done: ':white_check_mark:',
  cancelled: ':heavy_minus_sign:',
};

export const statusText = (s: ActionStatus) => `${STATUS_EMOJI[s]} ${STATUS_LABELS[s]}`;

/** The protective marking every message carries, top and bottom. */
export function markingBlock(marking: string): Block {
  return { type: 'context', elements: [md(`*${esc(marking)}*`)] };
}

/**
 * Packs groups of blocks (each group stays together) into messages of at most 50 blocks,
 * each framed by the marking, so a long list is split rather than rejected by Slack.
 */
export function packMessages(
  fallback: string,
  head: Block[],
  units: Block[][],
  marking: string,
): SlackMessage[] {
  const room = MAX_BLOCKS - 2; // the marking above and below
  const messages: Block[][] = [];
  let current: Block[] = [...head];
  for (const unit of units) {
    if (current.length + unit.length > room && current.length > 0) {
      messages.push(current);
      current = [];
    }
    current.push(...unit.slice(0, room));
  }
  if (current.length > 0 || messages.length === 0) messages.push(current);
  return messages.map((blocks, i) => ({
    text: `[${esc(marking)}] ${fallback}${messages.length > 1 ? ` (${i + 1}/${messages.length})` : ''}`,
    blocks: [markingBlock(marking), ...blocks, markingBlock(marking)],
  }));
}
