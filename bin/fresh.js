/**
 * Whether a bundle in dist/ is at least as new as every file under src/. `npm ci` builds it (the
 * `prepare` script); while someone edits the sources it is older, and the entry points load the
 * TypeScript through tsx instead, so what runs is always the current source.
 */
import { readdirSync, statSync } from 'node:fs';

const root = new URL('../', import.meta.url);

export function freshBundle(name) {
  const bundle = new URL(`dist/${name}`, root);
  let built;
  try {
    built = statSync(bundle).mtimeMs;
  } catch {
    return null;
  }
  const src = new URL('src/', root);
  for (const file of readdirSync(src, { recursive: true })) {
    if (statSync(new URL(file, src)).mtimeMs > built) return null;
  }
  return bundle.href;
}
