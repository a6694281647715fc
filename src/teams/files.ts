import { AppError } from '../app/errors.js';
import { MAX_MINUTES_BYTES } from '../minutes/types.js';

/**
 * Downloads a minutes file sent to the bot. Teams gives a short-lived pre-authenticated HTTPS link;
 * an emulator in local mode serves it from this machine. Nothing else is fetched.
 */
export async function downloadTeamsFile(url: string, localMode: boolean): Promise<Uint8Array> {
  const u = new URL(url);
  const loopback = u.hostname === '127.0.0.1' || u.hostname === 'localhost' || u.hostname === '[::1]';
  if (!(u.protocol === 'https:' || (localMode && loopback)))
    throw new AppError('Refusing to download a file from that address.', 'invalid');
  const res = await fetch(u, { redirect: 'follow', signal: AbortSignal.timeout(20_000) });
  if (!res.ok) throw new AppError(`Could not download the file (HTTP ${res.status}).`, 'not_found');
  const length = Number(res.headers.get('content-length') ?? 0);
  if (length > MAX_MINUTES_BYTES) throw new AppError('Minutes over 5 MB are refused.', 'invalid');
  const bytes = new Uint8Array(await res.arrayBuffer());
  if (bytes.byteLength > MAX_MINUTES_BYTES) throw new AppError('Minutes over 5 MB are refused.', 'invalid');
  return bytes;
}
