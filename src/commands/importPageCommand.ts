/** `profile import-page FILE`: an existing home page (about.md) into a new profile folder, or merged into one. */
import type { CommandContext } from '../commandContext.js';
import { ExitCode, UsageError } from '../errors.js';
import { displayPath } from '../profileDir.js';
import { readInputFile } from '../store/readInputFile.js';
import { printImportPageReport, renderImportPageReportJson } from '../ui/importPageReport.js';
import { printProblems } from '../ui/printProblems.js';

export interface ImportPageCommandOptions {
  dir: string;
  /** The page as given, `-` for standard input; undefined when none was given. */
  file: string | undefined;
  merge?: boolean;
  dryRun?: boolean;
  json?: boolean;
  name?: string;
}

/**
 * Exit 0 whenever the folder is written (or would be, with --dry-run), warnings or not: a page that names no owner
 * gets a name to correct and a warning that says so. A refused page is a ProfileError (exit 1); usage, exit 2.
 */
export async function importPageCommand(options: ImportPageCommandOptions, context: CommandContext): Promise<ExitCode> {
  if (options.file === undefined) {
    throw new UsageError(
      'import-page needs the page to read: profile import-page about.md',
      'pass the path of your about.md, or - to read it from standard input',
    );
  }
  const page = await readInputFile(options.file, context, {
    fileNoun: 'a page',
    contentNoun: 'the page',
    pipeHint:
      'pipe the page into it, e.g. curl -s https://raw.githubusercontent.com/you/you.github.io/master/_pages/about.md | profile import-page -',
    pathHint: 'pass the Markdown file of your page, such as _pages/about.md; use - to read standard input',
  });
  const { importPage } = await import('../useCases/importPage.js');
  const { report, warnings } = await importPage({
    dir: options.dir,
    displayDir: displayPath(options.dir, context.cwd),
    page,
    merge: options.merge ?? false,
    dryRun: options.dryRun ?? false,
    ...(options.name === undefined ? {} : { ownerName: options.name }),
  });
  printProblems(warnings, context.stderr);
  if (options.json) context.stdout.write(renderImportPageReportJson(report));
  else printImportPageReport(report, { stdout: context.stdout, stderr: context.stderr });
  return ExitCode.ok;
}
