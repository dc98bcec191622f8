/** `profile import-bib FILE...`: BibTeX into the profile; exit 1 when an entry had to be skipped for a problem. */
import type { CommandContext } from '../commandContext.js';
import { ExitCode } from '../errors.js';
import { displayPath } from '../profileDir.js';
import { readInputFile } from '../store/readInputFile.js';
import { printImportReport, renderImportReportJson } from '../ui/importReport.js';
import { printProblems } from '../ui/printProblems.js';
import { printNoneSelected } from '../ui/selectionNote.js';

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
  const files = await Promise.all(
    options.files.map((file) =>
      readInputFile(file, context, {
        fileNoun: 'a BibTeX file',
        contentNoun: 'BibTeX',
        pipeHint: 'pipe a BibTeX file into it, e.g. curl -s https://dblp.org/pid/XX.bib | profile import-bib -',
        pathHint: 'check the path; use - to read standard input',
      }),
    ),
  );
  const { importBibtex } = await import('../useCases/importBibtex.js');
  const { report, warnings, noneSelected } = await importBibtex({
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
  if (noneSelected && !options.json) printNoneSelected(noneSelected.sections, noneSelected.total, context.stderr);
  return report.some((entry) => entry.problem) ? ExitCode.problems : ExitCode.ok;
}
