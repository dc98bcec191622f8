/** What `import-bib` and `import` share around their use case: the files they read, the options they pass, the report. */
import type { CommandContext } from '../commandContext.js';
import { displayPath } from '../profileDir.js';
import { type InputFile, type InputKind, readInputFile } from '../store/readInputFile.js';
import { printImportReport, renderImportReportJson } from '../ui/importReport.js';
import { printProblems } from '../ui/printProblems.js';
import { printNoneSelected } from '../ui/selectionNote.js';
import type { ImportEntriesResult } from '../useCases/importEntries.js';
import type { ImportedSource } from '../useCases/importSources.js';

/** The options both import commands take. */
export interface ImportFlags {
  dir: string;
  /** Paths as given, `-` for standard input. */
  files: readonly string[];
  dryRun?: boolean;
  json?: boolean;
  selected?: boolean;
  hidden?: boolean;
}

/** Every file named (`-`: standard input), read whole; `kind` words the messages about a file that cannot be. */
export function readImportFiles(
  options: ImportFlags,
  context: CommandContext,
  kind: Omit<InputKind, 'pathHint'>,
): Promise<InputFile[]> {
  const pathHint = 'check the path; use - to read standard input';
  return Promise.all(options.files.map((file) => readInputFile(file, context, { ...kind, pathHint })));
}

/** The options every import use case takes, from the command's. */
export function importUseCaseOptions(options: ImportFlags, context: CommandContext) {
  return {
    dir: options.dir,
    displayDir: displayPath(options.dir, context.cwd),
    dryRun: options.dryRun ?? false,
    selected: options.selected ?? false,
    hidden: options.hidden ?? false,
  };
}

/**
 * Prints the warnings, the report (or its JSON; with `profile import`'s sources) and the note on selected sections;
 * true when an entry had a problem.
 */
export function printImportResult(
  imported: ImportEntriesResult & { sources?: readonly ImportedSource[] },
  options: ImportFlags,
  context: CommandContext,
  command: 'import' | 'import-bib',
): boolean {
  const { report, warnings, noneSelected, sources } = imported;
  const dryRun = options.dryRun ?? false;
  printProblems(warnings, context.stderr);
  if (options.json) context.stdout.write(renderImportReportJson(report, dryRun, sources));
  else
    printImportReport(report, {
      dryRun,
      stdout: context.stdout,
      stderr: context.stderr,
      command,
      ...(sources === undefined ? {} : { sources }),
    });
  if (noneSelected && !options.json) printNoneSelected(noneSelected.sections, noneSelected.total, context.stderr);
  return report.some((entry) => entry.problem);
}
