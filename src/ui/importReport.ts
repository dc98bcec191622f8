/**
 * The report of `import-bib`: every entry in exactly one place (added, updated, merged into another source's
 * publication, folded as a preprint, unchanged, skipped), one line each but for unchanged ones, and a summary.
 */

import type { ImportReportEntry, ImportStatus } from '../bibtex/planBibImport.js';
import type { OutputStream } from '../commandContext.js';
import type { ImportedSource } from '../useCases/importSources.js';
import { escapeTerminalText } from './terminalText.js';

const statuses: readonly ImportStatus[] = ['added', 'updated', 'merged', 'folded', 'unchanged', 'skipped'];

const matchedByText: Readonly<Record<NonNullable<ImportReportEntry['matchedBy']>, string>> = {
  key: 'same key',
  doi: 'same DOI',
  arxiv: 'same arXiv id',
  orcidPutCode: 'same ORCID put-code',
  openalex: 'same OpenAlex id',
  semanticScholar: 'same Semantic Scholar id',
  dblp: 'same DBLP key',
  pmid: 'same PubMed id',
  title: 'same title and authors',
};

export function importSummary(report: readonly ImportReportEntry[]): Record<ImportStatus | 'problems', number> {
  const summary = { added: 0, updated: 0, merged: 0, folded: 0, unchanged: 0, skipped: 0, problems: 0 };
  for (const entry of report) {
    summary[entry.status]++;
    if (entry.problem) summary.problems++;
  }
  return summary;
}

/** `sources`: what each source of `profile import` gave (`works: 0` for an author with none yet); import-bib has none. */
export function renderImportReportJson(
  report: readonly ImportReportEntry[],
  dryRun: boolean,
  sources?: readonly ImportedSource[],
): string {
  const json = {
    dryRun,
    summary: importSummary(report),
    ...(sources === undefined ? {} : { sources }),
    entries: report,
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

/**
 * Added and updated publications on stdout (unchanged ones are only counted); skipped entries on stderr as
 * `file:line: error:` (a problem in the file) or `warning:` (skipped on purpose, e.g. a duplicate).
 */
export function printImportReport(
  report: readonly ImportReportEntry[],
  output: {
    dryRun: boolean;
    stdout: OutputStream;
    stderr: OutputStream;
    command?: string;
    /** `profile import`'s sources: one that lists no works says so, since it adds no line of its own. */
    sources?: readonly ImportedSource[];
  },
): void {
  const { stdout, stderr } = batchedLines(output.stdout, output.stderr);
  const verb = (status: 'added' | 'updated' | 'merged' | 'folded') =>
    (output.dryRun ? `would be ${status}` : status).padEnd(output.dryRun ? 18 : 16);
  for (const entry of report) {
    // A re-import reports thousands of unchanged entries, which print nothing of their own.
    if (
      entry.status === 'unchanged' &&
      (entry.conflicts ?? []).length === 0 &&
      (entry.related ?? []).length === 0 &&
      (entry.warnings ?? []).length === 0
    )
      continue;
    const where = `${escapeTerminalText(entry.file)}:${entry.line}`;
    const how = entry.matchedBy === undefined ? '' : `, ${matchedByText[entry.matchedBy]}`;
    const name = entry.key === undefined ? 'entry' : `entry "${escapeTerminalText(entry.key)}"`;
    if (entry.status === 'added') {
      stdout.write(`${verb('added')}${entry.id} (${where})\n`);
    } else if (entry.status === 'updated') {
      const what = entry.countsOnly ? 'citation count only' : (entry.changed ?? []).join(', ');
      stdout.write(`${verb('updated')}${entry.id} (${where}${how}): ${what}\n`);
    } else if (entry.status === 'merged') {
      const what = entry.promoted
        ? 'the published version of the preprint, now its primary source: its title, venue, type, date and DOI lead'
        : `another source: added ${listOrNothing(entry.changed)}`;
      stdout.write(`${verb('merged')}into ${entry.id} (${where}${how}): ${what}\n`);
    } else if (entry.status === 'folded') {
      stdout.write(
        `${verb('folded')}preprint into ${entry.id} (${where}${how}): added ${listOrNothing(entry.changed)}\n`,
      );
    }
    if (entry.conflicts !== undefined && entry.conflicts.length > 0) {
      const fields = entry.conflicts.map((conflict) => conflict.field).join(', ');
      stderr.write(`${where}: warning: ${name} gives another ${fields} than ${entry.id}, which keeps its own\n`);
    }
    if (entry.markedCorresponding !== undefined && entry.markedCorresponding.length > 0) {
      stdout.write(
        `  corresponding: ${entry.markedCorresponding.map(escapeTerminalText).join(', ')} marked as the source says (check it)\n`,
      );
    }
    for (const related of entry.related ?? []) {
      stdout.write(
        `  related: ${escapeTerminalText(related)} has the same title and authors; another version, kept apart\n`,
      );
    }
    for (const warning of entry.status === 'skipped' ? [] : (entry.warnings ?? [])) {
      stderr.write(`${where}: warning: ${name}: ${escapeTerminalText(warning)}\n`);
    }
    if (entry.status === 'skipped') {
      const severity = entry.problem ? 'error' : 'warning';
      stderr.write(`${where}: ${severity}: ${name} skipped: ${escapeTerminalText(entry.reason ?? 'not imported')}\n`);
      if (entry.hint) stderr.write(`  hint: ${escapeTerminalText(entry.hint)}\n`);
    }
  }
  const notOwn = report.filter((entry) => entry.ownerFound === false && entry.status !== 'skipped');
  if (notOwn.length > 0) {
    const keys = notOwn.slice(0, 5).map((entry) => escapeTerminalText(entry.key ?? ''));
    const more = notOwn.length > keys.length ? `, and ${notOwn.length - keys.length} more` : '';
    stderr.write(
      `warning: ${notOwn.length} imported ${notOwn.length === 1 ? 'entry does' : 'entries do'} not list you among the authors: ${keys.join(', ')}${more}\n`,
    );
    stderr.write('  hint: add the spelling these entries use to nameVariants in profile.md\n');
  }
  const unbolded = report.filter((entry) => entry.ownerSpelling !== undefined && entry.status !== 'skipped');
  if (unbolded.length > 0) {
    const spellings = [...new Set(unbolded.map((entry) => entry.ownerSpelling as string))];
    const shown = spellings.slice(0, 5).map((spelling) => `"${escapeTerminalText(spelling)}"`);
    const more = spellings.length > shown.length ? `, and ${spellings.length - shown.length} more` : '';
    stderr.write(
      `warning: ${unbolded.length} imported ${unbolded.length === 1 ? 'entry writes' : 'entries write'} your name in a spelling the page does not bold: ${shown.join(', ')}${more}\n`,
    );
    stderr.write('  hint: add these spellings to nameVariants in profile.md to show them in bold\n');
  }
  for (const source of output.sources ?? []) {
    if (source.listsNone)
      stdout.write(`${'no works'.padEnd(output.dryRun ? 18 : 16)}${escapeTerminalText(source.name)} (it lists none)\n`);
  }
  const summary = importSummary(report);
  // Merged and folded entries come only with several sources: their counts are shown when there are some.
  const counts = statuses
    .filter((status) => summary[status] > 0 || (status !== 'merged' && status !== 'folded'))
    .map((status) => `${summary[status]} ${status}`)
    .join(', ');
  const problems = summary.problems > 0 ? ` (${summary.problems} with errors)` : '';
  const countsOnly = report.filter((entry) => entry.countsOnly).length;
  const countsNote = countsOnly > 0 ? ` (${countsOnly} only in citation counts)` : '';
  stdout.write(
    `${output.command ?? 'import-bib'}: ${counts}${countsNote}${problems}${output.dryRun ? '; dry run, nothing was written' : ''}\n`,
  );
  stdout.flush();
}

/**
 * The two streams with lines gathered and written together (an import of thousands adds a line each): whatever goes
 * to one stream is written out before anything goes to the other, so the lines keep their order; `flush` at the end.
 */
function batchedLines(stdout: OutputStream, stderr: OutputStream) {
  let pending: string[] = [];
  let target: OutputStream | undefined;
  const flush = () => {
    if (target !== undefined && pending.length > 0) target.write(pending.join(''));
    pending = [];
  };
  const to = (stream: OutputStream) => ({
    write(text: string) {
      if (target !== stream) {
        flush();
        target = stream;
      }
      pending.push(text);
      // A few hundred kilobytes at a time: the report of a huge file is never held whole.
      if (pending.length >= 4096) flush();
    },
    flush,
  });
  return { stdout: to(stdout), stderr: to(stderr) };
}

function listOrNothing(fields: readonly string[] | undefined): string {
  return fields === undefined || fields.length === 0 ? 'nothing new' : fields.join(', ');
}
