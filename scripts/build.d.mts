/** Bundles `entry` (relative to the repository) to `outfile`, atomically; returns the absolute path. */
export function bundle(entry: string, outfile: string): Promise<string>;
/** The server and the CLI (dist/server.js, dist/cli.js) with their shared chunks. */
export function bundleAll(): Promise<{ files: string[]; metafile: unknown }>;
export const ENTRIES: Record<string, string>;
