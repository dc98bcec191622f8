/** `profile import-bib FILE...`: BibTeX into the profile; exit 1 when an entry had to be skipped for a problem. */
import type { CommandContext } from '../commandContext.js';
import { ExitCode } from '../errors.js';
import { type ImportFlags, importUseCaseOptions, printImportResult, readImportFiles } from './importCommandParts.js';

export interface ImportBibOptions extends ImportFlags {
  mergePreprints?: boolean;
}

export async function importBibCommand(options: ImportBibOptions, context: CommandContext): Promise<ExitCode> {
  const files = await readImportFiles(options, context, {
    fileNoun: 'a BibTeX file',
    contentNoun: 'BibTeX',
    pipeHint: 'pipe a BibTeX file into it, e.g. curl -s https://dblp.org/pid/XX.bib | profile import-bib -',
  });
  const { importBibtex } = await import('../useCases/importBibtex.js');
  const imported = await importBibtex({
    ...importUseCaseOptions(options, context),
    files,
    mergePreprints: options.mergePreprints ?? false,
  });
  const problems = printImportResult(imported, options, context, 'import-bib');
  return problems ? ExitCode.problems : ExitCode.ok;
}
