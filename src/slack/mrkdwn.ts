/**
 * Slack mrkdwn escaping. Everything that comes from minutes or from people goes through `esc`, so
 * minutes text can never ping @channel (<!channel>), mention someone (<@U…>) or forge a link.
 */
export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Cuts text to Slack's limits without splitting an escape sequence. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  const amp = cut.lastIndexOf('&');
  if (amp > cut.length - 6 && !cut.slice(amp).includes(';')) cut = cut.slice(0, amp);
  return `${cut}…`;
}

/** Plain text for header and button labels (no mrkdwn there, but limits still apply). */
export function plain(text: string, max: number): { type: 'plain_text'; text: string; emoji: boolean } {
  return { type: 'plain_text', text: clip(text.trim() || ' ', max), emoji: true };
}

export function md(text: string): { type: 'mrkdwn'; text: string } {
  return { type: 'mrkdwn', text: clip(text, 3000) };
}
