import * as z from 'zod/mini';

/** Adaptive Card JSON, schema 1.5 (what Teams renders on desktop, web and mobile). */
export type CardElement = Record<string, unknown> & { type: string };

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.5';
  fallbackText: string;
  body: CardElement[];
  actions?: CardElement[];
}

/** One Teams message: the text shown where cards are not (notifications, some clients) and its card. */
export interface TeamsMessage {
  text: string;
  card: AdaptiveCard;
}

/**
 * What a card's Action.Submit sends back, in `activity.value`. It comes from a client, so it is
 * validated: anything else is answered as not understood, never treated as a fault.
 */
const short = z.string().check(z.maxLength(200));
const filter = z._default(short, 'open');
export const CardSubmitSchema = z.discriminatedUnion('verb', [
  z.object({ verb: z.literal('status'), a: short, s: short, f: filter }),
  z.object({
    verb: z.literal('note'),
    a: short,
    f: filter,
    note: z.optional(z.string().check(z.maxLength(4000))),
  }),
  // Previous / Next under a long list: the filter words and the page wanted.
  z.object({ verb: z.literal('page'), f: short, l: z.int().check(z.minimum(0), z.maximum(100_000)) }),
  // The correction form's inputs (a0, a1, …, next) arrive beside the button's data.
  z.catchall(
    z.object({
      verb: z.literal('import'),
      token: short,
      // 'choose': show the preview again for the committee picked in the card's menu;
      // 'correct': show the correction form; 'save': apply it; 'show': back to the preview
      decision: z.enum(['confirmed', 'cancelled', 'choose', 'correct', 'save', 'show']),
      // the menu's value, which Teams sends with every button of the card
      committee: z.optional(short),
    }),
    z.string().check(z.maxLength(4000)),
  ),
]);
export type CardSubmit = z.infer<typeof CardSubmitSchema>;

/** The import preview's committee menu; Teams merges its value into the button's data under this id. */
export const IMPORT_COMMITTEE_INPUT = 'committee';

export const CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

export function card(
  fallbackText: string,
  marking: string,
  body: CardElement[],
  actions?: CardElement[],
): AdaptiveCard {
  const mark: CardElement = {
    type: 'TextBlock',
    text: marking,
    weight: 'Bolder',
    size: 'Small',
    color: 'Attention',
    wrap: true,
  };
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    fallbackText: `[${marking}] ${fallbackText}`,
    body: [mark, ...body, { ...mark, spacing: 'Medium' }],
    ...(actions?.length ? { actions } : {}),
  };
}

/**
 * Adaptive Card TextBlocks render a subset of Markdown: text from minutes or people is escaped so
 * it shows as written and cannot forge links or emphasis.
 */
export function escMd(text: string): string {
  return text.replace(/[\\`*_[\]()<>#|~]/g, (c) => `\\${c}`);
}

export const text = (t: string, extra: Record<string, unknown> = {}): CardElement => ({
  type: 'TextBlock',
  text: t,
  wrap: true,
  ...extra,
});
