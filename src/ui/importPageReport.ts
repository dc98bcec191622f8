/** The report of `import-page` as a person reads it (one line per section, then the text kept as written) or as JSON. */

import type { OutputStream } from '../commandContext.js';
import type { ImportPageReport, ItemReport, SectionReport } from '../importPage/planProfile/pageReport.js';
import { shellWord } from './shellWord.js';
import { escapeTerminalText } from './terminalText.js';

export function renderImportPageReportJson(report: ImportPageReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

const itemNames: Readonly<Record<ItemReport['kind'], [string, string, string]>> = {
  news: ['news item', 'news items', 'news/'],
  publication: ['publication', 'publications', 'publications/'],
  talk: ['talk', 'talks', 'talks/'],
  service: ['service entry', 'service entries', 'service/'],
  education: ['education entry', 'education entries', 'education/'],
  position: ['position', 'positions', 'positions/'],
  award: ['award', 'awards', 'awards/'],
  teaching: ['teaching entry', 'teaching entries', 'teaching/'],
};

/** Sections and what they became on stdout; warnings on stderr. */
export function printImportPageReport(
  report: ImportPageReport,
  output: { stdout: OutputStream; stderr: OutputStream },
): void {
  const { stdout, stderr } = output;
  const lines: string[] = [];
  const target = report.mode === 'merge' ? `${report.dir} (merge)` : `${report.dir} (a new profile)`;
  lines.push(`${report.source} → ${target}`);
  if (report.frontMatter) {
    lines.push(
      `  front matter: ${report.frontMatter.length === 0 ? 'empty' : report.frontMatter.join(', ')} (kept as the page's front matter)`,
    );
  }
  if (report.owner.name) {
    const from = {
      option: 'from --name',
      publications: 'the author in bold',
      'front-matter': 'from the front matter',
      bio: "from the bio's first sentence",
      none: '',
    }[report.owner.from];
    const variants = report.owner.nameVariants.filter((variant) => variant !== report.owner.name);
    lines.push(
      `  owner: ${report.owner.name} (${from})${variants.length > 0 ? `, also written ${variants.join(', ')}` : ''}`,
    );
  }
  lines.push('');
  const rows = report.sections.map((section) => [
    lineRange(section.line, section.endLine),
    sectionName(section),
    sectionOutcome(section, report),
  ]);
  const widths = [0, 1].map((column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  report.sections.forEach((section, index) => {
    const row = rows[index] ?? [];
    lines.push(
      `  ${(row[0] ?? '').padEnd(widths[0] ?? 0)}  ${(row[1] ?? '').padEnd(widths[1] ?? 0)}  ${row[2] ?? ''}`.trimEnd(),
    );
    const indent = ' '.repeat(4 + (widths[0] ?? 0) + (widths[1] ?? 0));
    for (const note of section.notes)
      lines.push(`${indent}  ${section.page === 'as-written' ? 'kept as written: ' : ''}${note}`);
  });
  const kept = report.sections.flatMap((section) => section.kept);
  if (kept.length > 0) {
    lines.push('');
    lines.push(
      report.mode === 'merge'
        ? 'Free text of the page, not merged (--merge adds items only):'
        : 'Kept as written (the export copies it unchanged):',
    );
    for (const text of kept) {
      const where = text.file === null ? '' : `  ${text.file}${text.hidden ? ' (hidden)' : ''}`;
      lines.push(`  ${report.source}:${lineRange(text.line, text.endLine)}${where}  ${text.preview}`);
    }
  }
  lines.push('');
  lines.push(closingLine(report));
  // Names, previews and warnings quote the page: its control characters are shown as escapes.
  stdout.write(`${lines.map(escapeTerminalText).join('\n')}\n`);
  for (const warning of report.warnings) stderr.write(`warning: ${escapeTerminalText(warning)}\n`);
  if (!report.dryRun && report.mode === 'create') {
    stderr.write(`next: profile export --format md --dir ${shellWord(report.dir)}\n`);
  }
}

function lineRange(line: number, endLine: number): string {
  return line === endLine ? `${line}` : `${line}-${endLine}`;
}

function sectionName(section: SectionReport): string {
  return section.heading ?? (section.kind === 'bio' ? '(bio)' : '(no heading)');
}

function sectionOutcome(section: SectionReport, report: ImportPageReport): string {
  const parts: string[] = [];
  if (section.kind === 'contact' && section.page === 'items') {
    parts.push(report.mode === 'merge' ? 'contact lines not merged' : 'contact lines → profile.md');
  }
  const byKind = new Map<ItemReport['kind'], ItemReport[]>();
  for (const item of section.items) byKind.set(item.kind, [...(byKind.get(item.kind) ?? []), item]);
  for (const [kind, items] of byKind) {
    const [one, many, folder] = itemNames[kind];
    const counted = items.filter((item) => item.status !== 'duplicate');
    const hidden = counted.filter((item) => item.hidden).length;
    const present = counted.filter((item) => item.status === 'present').length;
    const twice = items.length - counted.length;
    const details = [
      ...(hidden > 0 ? [`${hidden} hidden`] : []),
      ...(present > 0 ? [`${present} already in the profile`] : []),
      ...(twice > 0 ? [`${twice} listed twice`] : []),
    ];
    const dataOnly = items.some((item) => item.onPage) ? '' : ' (data only)';
    parts.push(
      `${counted.length} ${counted.length === 1 ? one : many}${details.length > 0 ? ` (${details.join(', ')})` : ''} → ${folder}${dataOnly}`,
    );
  }
  for (const kept of section.kept) {
    if (report.mode === 'merge') parts.push(`text not merged (lines ${lineRange(kept.line, kept.endLine)})`);
    else parts.push(`${kept.hidden ? 'hidden text' : 'text'} kept as written → ${kept.file}`);
  }
  return parts.length > 0 ? parts.join('; ') : 'nothing to import';
}

function closingLine(report: ImportPageReport): string {
  const { summary } = report;
  const counts = [
    `${summary.news} news`,
    countOf(summary.publications, 'publication'),
    countOf(summary.talks, 'talk'),
    `${summary.service} service`,
    // The CV kinds are named only when the page had some, so that other reports read as before.
    ...(summary.education > 0 ? [countOf(summary.education, 'education entry', 'education entries')] : []),
    ...(summary.positions > 0 ? [countOf(summary.positions, 'position')] : []),
    ...(summary.awards > 0 ? [countOf(summary.awards, 'award')] : []),
    ...(summary.teaching > 0 ? [countOf(summary.teaching, 'teaching entry', 'teaching entries')] : []),
    ...(report.mode === 'create' ? [countOf(summary.textSections, 'text section')] : []),
  ].join(', ');
  const present = report.mode === 'merge' ? `; ${summary.present} already in the profile` : '';
  if (report.dryRun) return `import-page: would write ${counts}${present}; dry run, nothing was written`;
  if (report.mode === 'merge') return `import-page: added ${counts}${present}`;
  return `import-page: created ${report.dir} with profile.md, ${counts}`;
}

function countOf(count: number, noun: string, plural = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : plural}`;
}
