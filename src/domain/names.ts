/**
 * Organisation names as people type them: "Home office", "HOME OFFICE" and "Home  Office" are one key.
 * Aliases ("HO", "DfID") are stored; this only folds case, spacing and punctuation.
 */
export function organisationKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Collapses whitespace and trims; rejects empty. */
export function cleanName(name: string): string {
  return name.replace(/\s+/g, ' ').trim();
}
