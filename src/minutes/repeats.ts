import type { ParsedAction } from './types.js';

/** The organisation whose person holds the role an owner names ("Chair"), or null. */
export type RoleOrganisation = (owner: string) => string | null;

/**
 * Minutes often give an action in the discussion and again in an "Agreed actions" table at the end:
 * "DH to publish the e-learning package …" under item 3, then "Publish the e-learning package … | DH"
 * in the table. Recorded twice, every reminder and chase would go out twice. Two actions are the
 * same when their words match once the owners' names in front ("DH to …") are set aside and their
 * owners agree (or one names none; a role, "Chair", agrees with its holder's organisation). The first
 * keeps its place and item; a due date or owner only the repeat gives is kept, and an organisation
 * the repeat gives for a role ("Home Office (Chair)") replaces the role.
 */
export function mergeRepeatedActions(
  actions: ParsedAction[],
  roleOrganisation: RoleOrganisation = () => null,
): ParsedAction[] {
  const out: ParsedAction[] = [];
  // Each action's owners, folded once: minutes of thousands of actions compare each with several.
  const ownersOf: string[] = [];
  const byWords = new Map<string, number[]>();
  for (const action of actions) {
    const key = wordsOf(action);
    const owners = ownersKey(action, roleOrganisation);
    const kept = byWords.get(key);
    const earlier = kept?.find((i) => sameOwners(ownersOf[i] as string, owners));
    if (earlier === undefined) {
      if (kept) kept.push(out.length);
      else byWords.set(key, [out.length]);
      ownersOf.push(owners);
      out.push(action);
      continue;
    }
    const first = out[earlier] as ParsedAction;
    const namesRole = (a: ParsedAction) => a.owners.some((o) => roleOrganisation(o) !== null);
    const takeRepeat = first.owners.length === 0 || (namesRole(first) && !namesRole(action));
    if (first.owners.length === 0) ownersOf[earlier] = owners;
    out[earlier] = {
      ...first,
      owners: takeRepeat && action.owners.length > 0 ? action.owners : first.owners,
      due: first.due ?? action.due,
      item: first.item ?? action.item,
    };
  }
  return out;
}

// Most text is ASCII, and a Unicode property class is slow to match: ASCII takes the short way.
const ASCII = /^[\x00-\x7F]*$/;
const folded = (s: string) =>
  (ASCII.test(s)
    ? s.toLowerCase().replace(/[^a-z0-9]+/g, ' ')
    : s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')
  ).trim();

/** The action's words, lower-cased, without punctuation or its owners' names in front ("DH and MOJ to"). */
function wordsOf(action: ParsedAction): string {
  // Action-sized text only (as for owner and due fields): a megabyte "action" is compared as written.
  if (action.text.length > 4000) return action.text;
  let words = folded(action.text);
  const names = action.owners.map(folded).sort((a, b) => b.length - a.length);
  for (let changed = true; changed; ) {
    changed = false;
    // "Chair to write …" in the body is "Write …" for the chair's department in the table.
    for (const name of [...names, 'the chair', 'chair', 'the secretariat', 'secretariat', 'and', 'to']) {
      if (name !== '' && words.startsWith(`${name} `)) {
        words = words.slice(name.length + 1);
        changed = true;
      }
    }
  }
  // "… in construction by 31 May 2013" in the body is "… in construction" with a due date in a table.
  if (action.due !== null) {
    const cue = Math.max(
      words.lastIndexOf(' by '),
      words.lastIndexOf(' before '),
      words.lastIndexOf(' until '),
    );
    // Only a clause that holds the date (a number in it) is the due date's.
    if (cue > 0 && /\d/.test(words.slice(cue))) words = words.slice(0, cue);
  }
  return words;
}

/** The owners as one comparable string (a role as its holder's organisation); '' when there are none. */
function ownersKey(action: ParsedAction, roleOrganisation: RoleOrganisation): string {
  return action.owners
    .map((o) => folded(roleOrganisation(o) ?? o))
    .sort()
    .join('|');
}

function sameOwners(a: string, b: string): boolean {
  return a === '' || b === '' || a === b;
}
