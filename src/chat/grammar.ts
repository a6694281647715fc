import { readReply } from '../domain/status-words.js';

/**
 * The words members type, the same in Slack (`/idmg …`) and Teams (to the bot): one grammar,
 * read into a command the use cases understand. Anything unrecognised becomes help.
 */
export type ActionsFilter =
  | { kind: 'open' }
  | { kind: 'all' }
  | { kind: 'done' }
  | { kind: 'mine' }
  | { kind: 'owner'; owner: string };

export type ChatCommand =
  | { kind: 'actions'; filter: ActionsFilter }
  | { kind: 'next' }
  | { kind: 'update'; actionRef: string; status: string; note: string | null }
  | { kind: 'help'; unknown: string | null }
  | { kind: 'members_add'; chatId: string; organisation: string; role: string | null }
  | { kind: 'members_list' }
  | { kind: 'members_remove'; who: string }
  | { kind: 'import' }
  | { kind: 'round'; verb: string; period: string | null };

const ROLE_WORDS = new Set(['member', 'secretariat', 'chair']);

/** Slack mentions arrive escaped as <@U123|name> or <@U123>; Teams sends an AAD id or a name. */
export function readMention(word: string): string | null {
  const slack = /^<@([UW][A-Z0-9]+)(?:\|[^>]*)?>$/.exec(word);
  if (slack?.[1]) return slack[1];
  if (/^[UW][A-Z0-9]{2,}$/.test(word)) return word;
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(word)) return word.toLowerCase();
  return null;
}

export function parseCommand(input: string): ChatCommand {
  const text = input.replace(/\s+/g, ' ').trim();
  const [head = '', ...rest] = text.split(' ');
  const verb = head.toLowerCase();
  const tail = rest.join(' ');
  switch (verb) {
    case '':
    case 'help':
    case '?':
      return { kind: 'help', unknown: null };
    case 'actions':
    case 'action':
    case 'list': {
      const arg = tail.trim();
      const word = arg.toLowerCase();
      if (word === '' || word === 'open') return { kind: 'actions', filter: { kind: 'open' } };
      if (word === 'all' || word === 'done' || word === 'mine')
        return { kind: 'actions', filter: { kind: word } };
      return { kind: 'actions', filter: { kind: 'owner', owner: arg } };
    }
    case 'next':
    case 'meeting':
      return { kind: 'next' };
    case 'update': {
      const [ref, ...words] = rest;
      if (!ref || words.length === 0) return { kind: 'help', unknown: text };
      const reply = readReply(words.join(' '));
      // No status word at the start: pass the first word on so the refusal can name it.
      if (!reply.status)
        return {
          kind: 'update',
          actionRef: ref,
          status: words[0] ?? '',
          note: words.slice(1).join(' ') || null,
        };
      return { kind: 'update', actionRef: ref, status: reply.status, note: reply.note };
    }
    case 'members':
    case 'member': {
      const [sub = 'list', ...args] = rest;
      const s = sub.toLowerCase();
      if (s === 'list') return { kind: 'members_list' };
      if (s === 'remove' && args[0]) return { kind: 'members_remove', who: readMention(args[0]) ?? args[0] };
      if (s === 'add' && args.length >= 2) {
        const chatId = readMention(args[0] ?? '');
        const last = (args.at(-1) ?? '').toLowerCase();
        const role = args.length >= 3 && ROLE_WORDS.has(last) ? last : null;
        const organisation = args.slice(1, role ? -1 : undefined).join(' ');
        if (chatId && organisation) return { kind: 'members_add', chatId, organisation, role };
      }
      return { kind: 'help', unknown: text };
    }
    case 'import':
      return { kind: 'import' };
    case 'round': {
      const [sub = 'status', period] = rest;
      return { kind: 'round', verb: sub.toLowerCase(), period: period ?? null };
    }
    default:
      return { kind: 'help', unknown: text };
  }
}

/** Every command with an example, for help. */
export const COMMAND_HELP: ReadonlyArray<{
  usage: string;
  example: string;
  what: string;
  secretariat?: boolean;
}> = [
  { usage: 'actions [open|all|done|mine|ORG]', example: 'actions UKHTC', what: 'what is open, by owner' },
  { usage: 'next', example: 'next', what: 'the next meeting, with open actions per owner' },
  {
    usage: 'update ID STATUS [note]',
    example: 'update A2 done sent the figures',
    what: 'report progress: done, in progress, blocked, open',
  },
  { usage: 'help', example: 'help', what: 'this list' },
  {
    usage: 'members add @person ORG [role]',
    example: 'members add @jo UKHTC',
    what: 'map a person to an organisation',
    secretariat: true,
  },
  {
    usage: 'members list',
    example: 'members list',
    what: 'who is mapped to which organisation',
    secretariat: true,
  },
  { usage: 'import', example: 'import', what: 'import minutes from a file', secretariat: true },
  {
    usage: 'round open|status|close [PERIOD]',
    example: 'round status 2012-Q3',
    what: 'the Strategy Board quarterly round',
    secretariat: true,
  },
];
