/** `profile import FILE...`: publications from ORCID, OpenAlex, Semantic Scholar, DBLP, Crossref, CSL-JSON, RIS and MEDLINE files; exit 1 when a work or a document could not be read. */
import type { CommandContext } from '../commandContext.js';
import { ExitCode, UsageError } from '../errors.js';
import { displayPath } from '../profileDir.js';
import { readInputFile } from '../store/readInputFile.js';
import { printImportReport, renderImportReportJson } from '../ui/importReport.js';
import { printProblems } from '../ui/printProblems.js';
import { printNoneSelected } from '../ui/selectionNote.js';

export interface ImportOptions {
  dir: string;
  /** Paths as given, `-` for standard input. */
  files: readonly string[];
  dryRun?: boolean;
  json?: boolean;
  selected?: boolean;
  hidden?: boolean;
}

export async function importCommand(options: ImportOptions, context: CommandContext): Promise<ExitCode> {
  if (options.files.length === 0) {
    throw new UsageError('name the files to import', 'e.g. profile import works.json orcid.json');
  }
  const documents = await Promise.all(
    options.files.map((file) =>
      readInputFile(file, context, {
        fileNoun: 'a publication list',
        contentNoun: 'a publication list',
        pipeHint:
          'pipe a file into it, e.g. curl -s "https://api.openalex.org/works?filter=author.id:A5023888391" | profile import -',
        pathHint: 'check the path; use - to read standard input',
      }),
    ),
  );
  const { importSources } = await import('../useCases/importSources.js');
  const { report, warnings, noneSelected } = await importSources({
    dir: options.dir,
    documents,
    displayDir: displayPath(options.dir, context.cwd),
    dryRun: options.dryRun ?? false,
    selected: options.selected ?? false,
    hidden: options.hidden ?? false,
  });
  printProblems(warnings, context.stderr);
  if (options.json) context.stdout.write(renderImportReportJson(report, options.dryRun ?? false));
  else {
    printImportReport(report, {
      dryRun: options.dryRun ?? false,
      stdout: context.stdout,
      stderr: context.stderr,
      command: 'import',
    });
  }
  if (noneSelected && !options.json) printNoneSelected(noneSelected.sections, noneSelected.total, context.stderr);
  return report.some((entry) => entry.problem) ? ExitCode.problems : ExitCode.ok;
}
