/** A Block Kit block as JSON; the renderers keep within Slack's limits, so a loose type is enough. */
export type Block = Record<string, unknown> & { type: string };

/** One Slack message: fallback text for notifications and screen readers, and its blocks. */
export interface SlackMessage {
  text: string;
  blocks: Block[];
}

/** Slack refuses a message with more than 50 blocks. */
export const MAX_BLOCKS = 50;
