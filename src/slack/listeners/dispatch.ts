import type {
  AllMiddlewareArgs,
  App,
  BlockAction,
  BlockElementAction,
  SlackActionMiddlewareArgs,
  SlackViewMiddlewareArgs,
  ViewSubmitAction,
} from '@slack/bolt';

/**
 * The bot's buttons, and its modals, each behind one Bolt listener that picks the handler by id.
 * Bolt passes every request through every listener's matching (a slash command through each
 * button's), about 8 µs a listener on the benchmark's machine: fourteen button and modal listeners
 * added about an eighth to the cost of a bare acknowledgement (some 800 µs).
 */

export type ButtonArgs<A extends BlockElementAction = BlockElementAction> = SlackActionMiddlewareArgs<
  BlockAction<A>
> &
  AllMiddlewareArgs;
export type ModalArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/** Exactly these ids: /^(?:a|b)$/ (they are the bot's own constants; escaped all the same). */
export function exactly(ids: Iterable<string>): RegExp {
  const escaped = [...ids].map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^(?:${escaped.join('|')})$`);
}

export interface Table<Args> {
  on(id: string, handler: (args: Args) => Promise<void>): void;
  /** Registers the one listener; called once every handler is on. */
  listen(): void;
}

function table<Args>(register: (ids: RegExp, handle: (id: string, args: Args) => Promise<void>) => void) {
  const handlers = new Map<string, (args: Args) => Promise<void>>();
  return {
    on(id: string, handler: (args: Args) => Promise<void>) {
      if (handlers.has(id)) throw new Error(`two handlers for ${id}`);
      handlers.set(id, handler);
    },
    listen() {
      register(exactly(handlers.keys()), async (id, args) => {
        await handlers.get(id)?.(args);
      });
    },
  };
}

/**
 * Buttons and menus by action_id. A handler names the element it was written for (a button, a
 * select): the action_id is that element's, so the args are of its type.
 */
export function buttons(bolt: App): {
  on<A extends BlockElementAction>(actionId: string, handler: (args: ButtonArgs<A>) => Promise<void>): void;
  listen(): void;
} {
  const t = table<ButtonArgs>((ids, handle) =>
    bolt.action<BlockAction>({ type: 'block_actions', action_id: ids }, (args) =>
      handle(args.action.action_id, args),
    ),
  );
  return {
    on: (actionId, handler) => t.on(actionId, handler as unknown as (args: ButtonArgs) => Promise<void>),
    listen: () => t.listen(),
  };
}

/** Modal submissions by callback_id. */
export function modals(bolt: App): Table<ModalArgs> {
  return table<ModalArgs>((ids, handle) =>
    bolt.view<ViewSubmitAction>({ type: 'view_submission', callback_id: ids }, (args) =>
      handle(args.view.callback_id, args),
    ),
  );
}
