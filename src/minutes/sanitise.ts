/**
 * Every string the parser returns ends up in a Slack or Teams message. Minutes come from
 * outside (uploads, pasted emails), so markup in them must never reach a chat client as markup:
 * a `<!channel>` in an action text would otherwise ping the whole workspace.
 *
 * All patterns here are single-pass with negated character classes and no nested quantifiers,
 * so they stay linear on a 5 MB line.
 */

// Slack's own link syntax: keep what a person would read (the label, or the bare address).
const SLACK_LINK_WITH_LABEL = /<((?:https?|mailto|ftp):[^<>|\s]{0,2000})\|([^<>]{0,2000})>/gi;
const SLACK_LINK_BARE = /<((?:https?|mailto|ftp):[^<>|\s]{0,2000})>/gi;
// Mentions and broadcasts (<!channel>, <@U123>, <#C123|name>) carry nothing worth keeping;
// HTML comments (<!-- … -->) fall under the same pattern.
const SLACK_CONTROL = /<[!@#][^<>]{0,2000}>/g;
const HTML_TAG = /<\/?[a-zA-Z][^<>]{0,2000}>/g;
// "<jo.fenton@homeoffice.gov.uk>": an email address in angle brackets.
const EMAIL_ADDRESS = /[ \t]*<[^<>@\s]{1,64}@[^<>@\s]{1,255}>/g;
// Whatever survives (an unclosed "<!" for instance) is defused by dropping the angle brackets
// that would start a control sequence; a run is dropped whole so no new "<!" can form.
const LEFTOVER_CONTROL_START = /<+(?=[!@#])/g;
// Where every Slack sequence above starts. Text without one (most text with HTML tags in it) can
// skip those passes: removing a tag leaves a space, so it cannot bring a "<" and a "!" together.
const SLACK_START = /<(?:[!@#]|https?:|mailto:|ftp:)/i;

/**
 * Removes Slack control sequences only. Run over the whole document first, so a link's "|" is
 * gone before table cells are split on "|".
 */
export function stripSlack(text: string): string {
  if (!text.includes('<') || !SLACK_START.test(text)) return text;
  return text
    .replace(SLACK_LINK_WITH_LABEL, (_m, _url: string, label: string) => label)
    .replace(SLACK_LINK_BARE, (_m, url: string) => url)
    .replace(SLACK_CONTROL, ' ');
}

/** Removes HTML tags and Slack control sequences, keeping the readable text. */
export function stripMarkup(text: string): string {
  if (!text.includes('<')) return text;
  // "Jo Fenton <jo.fenton@…> (Home Office)": an address after a name goes with the space before it,
  // leaving no gap that would read as a column between the name and the body.
  const t = text.includes('@') ? text.replace(EMAIL_ADDRESS, '') : text;
  if (!SLACK_START.test(t)) return t.replace(HTML_TAG, ' ');
  return stripSlack(t).replace(HTML_TAG, ' ').replace(LEFTOVER_CONTROL_START, '');
}

// Whitespace that is not a lone plain space: only then does /\s+/g -> ' ' change anything.
const UNEVEN_SPACE = / \s|[^\S ]/;

// Only the runs that change: V8 replaces a global match with a string at a cost per match, and
// /\s+/g matches every space between words (five times slower on a line of prose).
const UNEVEN_SPACES = /\s{2,}|[^\S ]/g;

/**
 * Every run of whitespace as one space. Most text is already single-spaced, and replacing each
 * space with itself would copy the string, so it is checked first.
 */
export function singleSpaced(text: string): string {
  return UNEVEN_SPACE.test(text) ? text.replace(UNEVEN_SPACES, ' ') : text;
}

/** Collapses every run of whitespace to one space and trims. */
export function collapse(text: string): string {
  return singleSpaced(text).trim();
}

/** What every output string goes through last. */
export function clean(text: string): string {
  return collapse(stripMarkup(text));
}

/** A run of pictographs and symbols, with their variation selectors and joiners ("✅", "👤", "🗓️"). */
export const PICTOGRAPHS = String.raw`(?:\p{So}|\p{Sk}|\uFE0F|\u200D)+`;
