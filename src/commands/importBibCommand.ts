/** `profile import-bib FILE...`: BibTeX into the profile; exit 1 when an entry had to be skipped for a problem. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { CommandContext } from '../commandContext.js';
import { ExitCode, ProfileError, UsageError } from '../errors.js';
import { displayPath } from '../store/profileDir.js';
import { printImportReport, renderImportReportJson } from '../ui/importReport.js';
import { printProblems } from '../ui/printProblems.js';

export interface ImportBibOptions {
  dir: string;
  /** Paths as given, `-` for standard input. */
  files: readonly string[];
  dryRun?: boolean;
  json?: boolean;
  selected?: boolean;
  hidden?: boolean;
  mergePreprints?: boolean;
}

export async function importBibCommand(options: ImportBibOptions, context: CommandContext): Promise<ExitCode> {
  const files = await Promise.all(options.files.map((file) => readInput(file, context)));
  const { importBibtex } = await import('../bibtex/importBibtex.js');
  const { report, warnings } = await importBibtex({
    dir: options.dir,
    files,
    displayDir: displayPath(options.dir, context.cwd),
    dryRun: options.dryRun ?? false,
    selected: options.selected ?? false,
    hidden: options.hidden ?? false,
    mergePreprints: options.mergePreprints ?? false,
  });
  printProblems(warnings, context.stderr);
  if (options.json) context.stdout.write(renderImportReportJson(report, options.dryRun ?? false));
  else printImportReport(report, { dryRun: options.dryRun ?? false, stdout: context.stdout, stderr: context.stderr });
  return report.some((entry) => entry.problem) ? ExitCode.problems : ExitCode.ok;
}

async function readInput(file: string, context: CommandContext): Promise<{ name: string; bytes: Uint8Array }> {
  if (file === '-') {
    if (!context.readStdin) throw new UsageError('"-" reads standard input, which this run does not have');
    // Reading a terminal would wait for the user to type BibTeX: refuse instead of seeming to hang.
    if (context.stdinIsTerminal) {
      throw new UsageError(
        '"-" reads BibTeX from standard input, which is a terminal here',
        'pipe the file in (curl -s https://dblp.org/pid/XX.bib | profile import-bib -) or pass its path',
      );
    }
    const bytes = await context.readStdin();
    // Usually a command before the pipe that failed: importing nothing and exiting 0 would hide it.
    if (bytes.length === 0) {
      throw new UsageError(
        'standard input is empty: there is nothing to import',
        'pipe a BibTeX file into it, e.g. curl -s https://dblp.org/pid/XX.bib | profile import-bib -',
      );
    }
    return { name: '<stdin>', bytes };
  }
  try {
    return { name: file, bytes: await readFile(path.resolve(context.cwd, file)) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ProfileError(
      code === 'ENOENT' ? 'no such file; nothing was imported' : `cannot read the file (${code ?? String(error)})`,
      { file, hint: 'check the path; use - to read standard input', cause: error },
    );
  }
}
