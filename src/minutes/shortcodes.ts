/**
 * Emoji written as shortcodes, as a chat tool's canvas or message is copied as text (":pushpin:",
 * ":white_check_mark: Action: …", ":one: Case review"): pictures in words, which say nothing the
 * words after them do not, as the pictographs themselves say nothing (see normalise.ts); a keycap's
 * shortcode is the digit it shows; a line of reactions, pictures and their counts, goes. Only the names below count: AsciiDoc writes attributes the same
 * way (":revdate: 2019-03-12"), and those are read by markup.ts. Pure: text in, text out.
 */

import { PICTOGRAPHS } from './sanitise.js';

/** Keycaps by name: ":one:" is "1". */
const KEYCAPS: ReadonlyMap<string, string> = new Map([
  ['zero', '0'],
  ['one', '1'],
  ['two', '2'],
  ['three', '3'],
  ['four', '4'],
  ['five', '5'],
  ['six', '6'],
  ['seven', '7'],
  ['eight', '8'],
  ['nine', '9'],
  ['keycap_ten', '10'],
]);

/** The pictures meeting notes are marked with, by their shortcodes (none an AsciiDoc attribute's name). */
export const EMOJI_SHORTCODES: readonly string[] = [
  'pushpin',
  'round_pushpin',
  'calendar',
  'spiral_calendar_pad',
  'spiral_calendar',
  'calendar_spiral',
  'busts_in_silhouette',
  'bust_in_silhouette',
  'people_holding_hands',
  'handshake',
  'wave',
  'no_entry',
  'no_entry_sign',
  'x',
  'white_check_mark',
  'heavy_check_mark',
  'ballot_box_with_check',
  'memo',
  'pencil',
  'pencil2',
  'clipboard',
  'spiral_note_pad',
  'notebook',
  'point_right',
  'arrow_right',
  'arrow_forward',
  'bulb',
  'warning',
  'rotating_light',
  'star',
  'alarm_clock',
  'clock1',
  'hourglass',
  'loudspeaker',
  'mega',
  'speech_balloon',
  'tada',
  'fire',
  'dart',
  'rocket',
  'bar_chart',
  'chart_with_upwards_trend',
  'link',
  'paperclip',
  'mag',
  'question',
  'exclamation',
  'heavy_exclamation_mark',
  'raising_hand',
  'eyes',
  'house',
  'office',
  'globe_with_meridians',
  'earth_africa',
  'earth_americas',
  'earth_asia',
  'red_circle',
  'large_orange_circle',
  'large_yellow_circle',
  'large_green_circle',
  'large_blue_circle',
  'hash',
  ...KEYCAPS.keys(),
];

const NAMES = new Set(EMOJI_SHORTCODES);
// A shortcode between spaces or at a line's ends, with the space after one that opens a line.
const SHORTCODE = /(^|[ \t])[ \t]*:([a-z][a-z0-9_+-]{0,40}):(?=[ \t]|$)[ \t]?/gm;
const ANY = /:[a-z][a-z0-9_+-]{0,40}:(?=[ \t]|$)/m;

// "✅ 2 👀 1", ":white_check_mark: 2 :eyes: 1": the reactions under a chat message, a picture and a count
// each, on a line of their own.
const REACTION = String.raw`(?:${PICTOGRAPHS}|:[a-z][a-z0-9_+-]{0,40}:)[ \t]*\d{1,4}`;
const REACTIONS_LINE = new RegExp(String.raw`^[ \t]*${REACTION}(?:[ \t]+${REACTION})*[ \t]*(?:\n|$)`, 'gmu');
const ONE_SHORTCODE = /^[ \t]*:([a-z][a-z0-9_+-]{0,40}):[ \t]*\d{1,4}[ \t]*\n?$/;

/**
 * The text without the lines of reactions a chat message's copy ends with: counts of pictures that
 * would otherwise run on, as numbers, from the message's last line ("Teams" the place, "2 1" after
 * it). One shortcode and a number alone is a reaction only by a picture's name: AsciiDoc writes
 * ":toclevels: 2".
 */
export function withoutReactions(text: string): string {
  if (!/\d/.test(text)) return text;
  return text.replace(REACTIONS_LINE, (line) => {
    const one = ONE_SHORTCODE.exec(line);
    return one && !NAMES.has(one[1] ?? '') ? line : '';
  });
}

/** The text with the shortcodes of pictures gone and those of keycaps as their digits. */
export function withoutShortcodes(text: string): string {
  if (!ANY.test(text)) return text;
  return text.replace(SHORTCODE, (whole, before: string, name: string) => {
    if (!NAMES.has(name)) return whole;
    const digit = KEYCAPS.get(name);
    return digit === undefined ? before : `${before}${digit} `;
  });
}
