/**
 * Downloads a minutes file from a chat platform's own file host, and from nowhere else: the size
 * is checked from the headers and again while the bytes arrive (a server that lies about its
 * length is cut off at the limit), and a redirect is followed only within the same host.
 */
import { AppError } from '../app/errors.js';
import { MAX_MINUTES_BYTES } from '../minutes/types.js';

const tooBig = () => new AppError('Minutes over 5 MB are refused.', 'invalid');

export async function fetchMinutesFile(
  url: URL,
  headers: Record<string, string> = {},
  maxBytes = MAX_MINUTES_BYTES,
): Promise<Uint8Array> {
  let target = url;
  let res: Response | null = null;
  for (let hop = 0; hop < 3; hop += 1) {
    res = await fetch(target, { headers, redirect: 'manual', signal: AbortSignal.timeout(20_000) });
    if (res.status < 300 || res.status >= 400) break;
    const location = res.headers.get('location');
    const next = location ? new URL(location, target) : null;
    // A token or a pre-authenticated link must not be carried to another host.
    if (!next || next.host !== url.host || next.protocol !== url.protocol)
      throw new AppError('Refusing to follow the file download to another address.', 'invalid');
    target = next;
    res = null;
  }
  if (!res) throw new AppError('The file download redirected too many times.', 'invalid');
  if (!res.ok) throw new AppError(`Could not download the file (HTTP ${res.status}).`, 'not_found');
  if (Number(res.headers.get('content-length') ?? 0) > maxBytes) throw tooBig();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = res.body?.getReader();
  if (!reader) return new Uint8Array();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooBig();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
