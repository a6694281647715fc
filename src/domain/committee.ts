import { organisationKey as foldName } from './names.js';

/** A body the bot serves: the IDMG, its Strategy Board, an implementation group. */
export interface Committee {
  /** a slug: idmg, strategy-board */
  id: string;
  name: string;
  /** titles as minutes write them: "IDMG", "IDMG Strategy Board" */
  aliases: string[];
  slackChannel: string | null;
  teamsChannel: string | null;
  /** quarterly rounds switched on (on for idmg; off for a new committee until asked) */
  rounds: boolean;
}

export const DEFAULT_COMMITTEE = 'idmg';
export const DEFAULT_COMMITTEE_NAME = 'Inter-Departmental Ministerial Group on Human Trafficking';

export const isCommitteeId = (id: string): boolean => /^[a-z0-9][a-z0-9-]{0,39}$/.test(id);

/** Words of a title, folded: case, spacing, punctuation and a leading "the" do not count. */
export function titleWords(text: string): string[] {
  const words = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return words[0] === 'the' ? words.slice(1) : words;
}

function containsWords(haystack: string[], needle: string[]): boolean {
  if (needle.length === 0 || needle.length > haystack.length) return false;
  outer: for (let i = 0; i + needle.length <= haystack.length; i += 1) {
    for (let j = 0; j < needle.length; j += 1) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** The committee a title names: its name or an alias as whole words, the longest match winning. */
export function committeeInTitle<C extends Pick<Committee, 'id' | 'name' | 'aliases'>>(
  title: string,
  committees: readonly C[],
): C | null {
  const words = titleWords(title);
  let best: { committee: C; length: number } | null = null;
  for (const c of committees) {
    for (const label of [c.name, ...c.aliases, c.id]) {
      const needle = titleWords(label);
      if (needle.length > (best?.length ?? 0) && containsWords(words, needle))
        best = { committee: c, length: needle.length };
    }
  }
  return best?.committee ?? null;
}

/**
 * The committee minutes belong to: the title first, then the header lines and an email's subject.
 * With one committee, everything is its own; with more, null means the minutes must say.
 */
export function committeeOfMinutes<C extends Pick<Committee, 'id' | 'name' | 'aliases'>>(
  title: string | null,
  headerLines: readonly string[],
  committees: readonly C[],
): C | null {
  if (committees.length === 1) return committees[0] ?? null;
  for (const text of [title ?? '', ...headerLines]) {
    const found = text ? committeeInTitle(text, committees) : null;
    if (found) return found;
  }
  return null;
}

/** Finds a committee by its id, name or an alias (folded): how people name one in chat and the CLI. */
export function findCommittee<C extends Pick<Committee, 'id' | 'name' | 'aliases'>>(
  ref: string,
  committees: readonly C[],
): C | null {
  const key = foldName(ref);
  return (
    committees.find((c) => c.id === ref.trim().toLowerCase()) ??
    committees.find((c) => foldName(c.name) === key || c.aliases.some((a) => foldName(a) === key)) ??
    null
  );
}

/** The short label a list or a message shows: the first alias ("IDMG"), or the name. */
export const committeeLabel = (c: Pick<Committee, 'name' | 'aliases'>): string => c.aliases[0] ?? c.name;
