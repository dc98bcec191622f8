/** The report of `import-bib`: one line per added or updated entry, every skipped one with file:line, a summary. */

import type { ImportReportEntry, ImportStatus } from '../bibtex/planBibImport.js';
import type { OutputStream } from '../commandContext.js';
import { escapeTerminalText } from './terminalText.js';

const statuses: readonly ImportStatus[] = ['added', 'updated', 'unchanged', 'skipped'];

export function importSummary(report: readonly ImportReportEntry[]): Record<ImportStatus | 'problems', number> {
  const summary = { added: 0, updated: 0, unchanged: 0, skipped: 0, problems: 0 };
  for (const entry of report) {
    summary[entry.status]++;
    if (entry.problem) summary.problems++;
  }
  return summary;
}

export function renderImportReportJson(report: readonly ImportReportEntry[], dryRun: boolean): string {
  return `${JSON.stringify({ dryRun, summary: importSummary(report), entries: report }, null, 2)}\n`;
}

/**
 * Added and updated publications on stdout (unchanged ones are only counted); skipped entries on stderr as
 * `file:line: error:` (a problem in the file) or `warning:` (skipped on purpose, e.g. a duplicate).
 */
export function printImportReport(
  report: readonly ImportReportEntry[],
  output: { dryRun: boolean; stdout: OutputStream; stderr: OutputStream },
): void {
  const { stdout, stderr } = output;
  const verb = (status: 'added' | 'updated') =>
    (output.dryRun ? `would be ${status}` : status).padEnd(output.dryRun ? 18 : 16);
  for (const entry of report) {
    const where = `${escapeTerminalText(entry.file)}:${entry.line}`;
    if (entry.status === 'added') {
      stdout.write(`${verb('added')}${entry.id} (${where})\n`);
    } else if (entry.status === 'updated') {
      const how = entry.matchedBy === undefined ? '' : `, matched by ${entry.matchedBy}`;
      stdout.write(`${verb('updated')}${entry.id} (${where}${how}): ${(entry.changed ?? []).join(', ')}\n`);
    } else if (entry.status === 'skipped') {
      const severity = entry.problem ? 'error' : 'warning';
      const name = entry.key === undefined ? 'entry' : `entry "${escapeTerminalText(entry.key)}"`;
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
  const summary = importSummary(report);
  const counts = statuses.map((status) => `${summary[status]} ${status}`).join(', ');
  const problems = summary.problems > 0 ? ` (${summary.problems} with errors)` : '';
  stdout.write(`import-bib: ${counts}${problems}${output.dryRun ? '; dry run, nothing was written' : ''}\n`);
}
