/** Bundles `entry` (relative to the repository) to `outfile`, atomically; returns the absolute path. */
export function bundle(entry: string, outfile: string): Promise<string>;
