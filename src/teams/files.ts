import { AppError } from '../app/errors.js';
import { fetchMinutesFile } from '../chat/download.js';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Downloads a minutes file sent to the bot. Teams gives a short-lived pre-authenticated HTTPS link,
 * fetched with no token of ours (sending one there would leak it); an emulator in local mode
 * serves the file from this machine. Nothing else is fetched.
 */
export async function downloadTeamsFile(url: string, localMode: boolean): Promise<Uint8Array> {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new AppError('Refusing to download a file from that address.', 'invalid');
  }
  if (!(u.protocol === 'https:' || (localMode && LOOPBACK.has(u.hostname))))
    throw new AppError('Refusing to download a file from that address.', 'invalid');
  return fetchMinutesFile(u);
}
