import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { AppError } from '../../app/errors.js';
import { MAX_MINUTES_BYTES, type ParsedMinutes } from '../../minutes/types.js';
import { withContext } from '../context.js';
import { table } from '../output.js';

export function registerImport(program: Command): void {
  program
    .command('import')
    .description('read minutes and record their meeting, attendees, items, actions and next meeting')
    .argument('<file>', 'the minutes as text (PDF-to-text output, Markdown, an email…)')
    .option('--dry-run', 'show what would be recorded; store nothing')
    .action(
      withContext(async (ctx, file: string, opts: { dryRun?: boolean }) => {
        const size = (await stat(file).catch(() => null))?.size;
        if (size === undefined) throw new AppError(`Cannot read ${file}`, 'not_found');
        if (size > MAX_MINUTES_BYTES) {
          throw new AppError(
            `${file} is ${(size / 1048576).toFixed(1)} MB; minutes over 5 MB are refused`,
            'invalid',
          );
        }
        const bytes = await readFile(file);
        // Loaded here, not at the top: the minutes reader is a fifth of the bundle, and every other
        // command (`idmg next` above all) would parse it at each call without using it.
        const { importMinutes } = await import('../../app/import-minutes.js');
        const result = await importMinutes(ctx.app, {
          bytes,
          fileName: basename(file),
          actor: ctx.actor,
          dryRun: Boolean(opts.dryRun),
          committee: ctx.committee ?? null,
        });
        if (!result.summary) {
          ctx.out.data({ ...result.parse, committee: result.committee }, () =>
            [
              describeParse(result.parse),
              result.committee
                ? `Committee: ${result.committee}`
                : `Committee: none matches "${result.title ?? '(no title)'}": import with --committee ID, or add it (idmg committees add)`,
            ].join('\n'),
          );
          return;
        }
        const s = result.summary;
        const refs = (ids: number[]) => ids.map((id) => `A${id}`).join(', ');
        ctx.out.data(
          {
            committee: result.committee,
            meeting: result.parse.meeting,
            nextMeeting: result.parse.nextMeeting,
            ...s,
          },
          () =>
            s.alreadyImported
              ? `These minutes (${result.parse.meeting.date}) were imported before: nothing changed.`
              : [
                  `Imported the minutes of ${result.parse.meeting.date}.`,
                  s.created.length ? `New actions: ${refs(s.created)}` : 'No new actions.',
                  s.updated.length ? `Corrected: ${refs(s.updated)}` : '',
                  s.withdrawn.length
                    ? `No longer in the minutes (cancelled, history kept): ${refs(s.withdrawn)}`
                    : '',
                  result.parse.nextMeeting
                    ? `Next meeting: ${result.parse.nextMeeting.start}`
                    : 'The minutes name no next meeting.',
                ]
                  .filter(Boolean)
                  .join('\n'),
        );
      }),
    );
}

function describeParse(p: ParsedMinutes): string {
  return [
    `Meeting: ${p.meeting.title ?? '(no title)'} — ${p.meeting.date ?? '(no date found)'}`,
    `Attendees: ${p.attendees.length}, apologies: ${p.apologies.length}, agenda items: ${p.items.map((i) => i.number).join(', ') || 'none'}`,
    '',
    p.actions.length
      ? table(
          ['ITEM', 'OWNERS', 'DUE', 'ACTION'],
          p.actions.map((a) => [a.item, a.owners.join(', '), a.due, a.text]),
        )
      : 'No actions found.',
    '',
    p.nextMeeting
      ? `Next meeting: ${p.nextMeeting.start}${p.nextMeeting.end ? ` to ${p.nextMeeting.end}` : ''}${p.nextMeeting.location ? ` at ${p.nextMeeting.location}` : ''}`
      : 'Next meeting: none named',
  ].join('\n');
}
