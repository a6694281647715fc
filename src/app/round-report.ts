import { DateTime } from 'luxon';
import { roundTitle } from '../chat/format.js';
import type { Round, Submission } from '../store/types.js';

export interface ReportEntry {
  text: string;
  by: string;
  at: string;
  late: boolean;
  edited: boolean;
}

export interface RoundReport {
  period: string;
  status: 'open' | 'closed';
  deadline: string;
  sections: { organisation: string; entries: ReportEntry[] }[];
  /** expected departments that sent nothing */
  missing: string[];
  /** replies from people not mapped to an organisation, held for the secretariat */
  unassigned: ReportEntry[];
  /** the round's committee, named when the deployment has several */
  committeeLabel?: string;
}

const fmt = (iso: string, zone: string) =>
  DateTime.fromISO(iso, { zone: 'utc' }).setZone(zone).toFormat('d LLL yyyy HH:mm');

/** The report's content: the surviving submissions by department, in order, and who sent nothing. */
export function buildReport(
  round: Round,
  submissions: Submission[],
  expected: string[],
  zone: string,
  byName: (label: string) => string,
): RoundReport {
  const entry = (s: Submission): ReportEntry => ({
    text: s.text,
    by: byName(s.by),
    at: fmt(s.submittedAtUtc, zone),
    late: s.late,
    edited: s.editedAtUtc !== null,
  });
  const sections = new Map<string, ReportEntry[]>();
  for (const s of submissions.filter((x) => x.organisation !== null)) {
    const list = sections.get(s.organisation as string) ?? [];
    list.push(entry(s));
    sections.set(s.organisation as string, list);
  }
  const ordered = [...sections.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([organisation, entries]) => ({ organisation, entries }));
  return {
    period: round.period,
    status: round.status,
    deadline: fmt(round.deadlineUtc, zone),
    sections: ordered,
    missing: expected.filter((o) => !sections.has(o)).sort((a, b) => a.localeCompare(b)),
    unassigned: submissions.filter((s) => s.organisation === null).map(entry),
  };
}

/** Markdown: submissions are quoted, so a department's text cannot masquerade as a heading. */
export function reportMarkdown(r: RoundReport, marking: string): string {
  const quote = (t: string) =>
    t
      .split(/\r?\n/)
      .map((l) => `> ${l}`)
      .join('\n');
  const lines = [
    `**${marking}**`,
    '',
    `# ${roundTitle(r.period, r.committeeLabel)}`,
    '',
    `Deadline: ${r.deadline}${r.status === 'open' ? ' (round still open)' : ''}`,
    '',
  ];
  for (const s of r.sections) {
    lines.push(`## ${s.organisation}`, '');
    for (const e of s.entries)
      lines.push(
        quote(e.text),
        '',
        `— ${e.by}, ${e.at}${e.late ? ' (after the deadline)' : ''}${e.edited ? ' (edited)' : ''}`,
        '',
      );
  }
  lines.push(
    '## Sent nothing',
    '',
    r.missing.length ? r.missing.map((m) => `- ${m}`).join('\n') : 'Every expected department replied.',
    '',
  );
  if (r.unassigned.length) {
    lines.push('## Not yet assigned to a department', '');
    for (const e of r.unassigned) lines.push(quote(e.text), '', `— ${e.by}, ${e.at}`, '');
  }
  lines.push(`**${marking}**`, '');
  return lines.join('\n');
}

const escHtml = (t: string) =>
  t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** HTML for e-mail and the records: every piece of text from people is escaped. */
export function reportHtml(r: RoundReport, marking: string): string {
  const para = (t: string) =>
    t
      .split(/\r?\n\s*\r?\n/)
      .map((p) => `<p>${escHtml(p).replace(/\r?\n/g, '<br>')}</p>`)
      .join('');
  const entry = (e: ReportEntry) =>
    `<blockquote>${para(e.text)}</blockquote><p class="by">— ${escHtml(e.by)}, ${escHtml(e.at)}${e.late ? ' (after the deadline)' : ''}${e.edited ? ' (edited)' : ''}</p>`;
  const body = [
    `<p class="marking"><strong>${escHtml(marking)}</strong></p>`,
    `<h1>${escHtml(roundTitle(r.period, r.committeeLabel))}</h1>`,
    `<p>Deadline: ${escHtml(r.deadline)}${r.status === 'open' ? ' (round still open)' : ''}</p>`,
    ...r.sections.map((s) => `<h2>${escHtml(s.organisation)}</h2>${s.entries.map(entry).join('')}`),
    '<h2>Sent nothing</h2>',
    r.missing.length
      ? `<ul>${r.missing.map((m) => `<li>${escHtml(m)}</li>`).join('')}</ul>`
      : '<p>Every expected department replied.</p>',
    ...(r.unassigned.length ? ['<h2>Not yet assigned to a department</h2>', ...r.unassigned.map(entry)] : []),
    `<p class="marking"><strong>${escHtml(marking)}</strong></p>`,
  ];
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${escHtml(roundTitle(r.period, r.committeeLabel))}</title></head><body>\n${body.join('\n')}\n</body></html>\n`;
}
