import type { WebClient } from '@slack/web-api';
import { AppError } from '../app/errors.js';
import { fetchMinutesFile } from '../chat/download.js';
import { MAX_MINUTES_BYTES } from '../minutes/types.js';

/**
 * Downloads a file shared with the bot. The URL comes from files.info (not from the payload), and
 * the bot token is only ever sent to Slack's own hosts or to the configured API's host.
 */
export async function downloadSlackFile(
  client: WebClient,
  token: string,
  fileId: string,
  apiUrl: string | undefined,
): Promise<{ bytes: Uint8Array; name: string | null }> {
  const info = await client.files.info({ file: fileId });
  const file = info.file;
  if (!file) throw new AppError('Slack did not return the file.', 'not_found');
  if ((file.size ?? 0) > MAX_MINUTES_BYTES) {
    throw new AppError(
      `That file is ${((file.size ?? 0) / 1048576).toFixed(1)} MB; minutes over 5 MB are refused.`,
      'invalid',
    );
  }
  const url = file.url_private_download ?? file.url_private;
  if (!url) throw new AppError('Slack gave no download address for that file.', 'not_found');
  const host = new URL(url).hostname;
  const apiHost = apiUrl ? new URL(apiUrl).hostname : null;
  if (!(host === 'slack.com' || host.endsWith('.slack.com') || host === apiHost)) {
    throw new AppError('Refusing to download a file from outside Slack.', 'invalid');
  }
  const bytes = await fetchMinutesFile(new URL(url), { Authorization: `Bearer ${token}` });
  return { bytes, name: file.name ?? null };
}
