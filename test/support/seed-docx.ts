/** The seed minutes as a Word file laid out as a table (discussion left, Actions right), on a given date. */
import { buildDocx, p, table } from './docx.js';
import { SEED_APOLOGIES, SEED_ATTENDEES, SEED_DATE, SEED_ITEMS, SEED_TITLE } from './seed-minutes.js';

export function seedDocx(date = SEED_DATE, nextDate = '13 September 2012'): Buffer {
  return buildDocx({
    body: [
      p(SEED_TITLE),
      p(date),
      p('Minutes'),
      p('Attendees:'),
      table(SEED_ATTENDEES),
      p('Apologies:'),
      table(SEED_APOLOGIES),
      table(
        SEED_ITEMS.map((item) => [
          [item.heading, ...item.paragraphs].join('\n').replace('13 September 2012', nextDate),
          item.actions.join('\n'),
        ]),
      ),
    ],
  });
}
