/**
 * `profile import FILE...` and `profile import --from ID...`: publications from ORCID, OpenAlex, Semantic Scholar, DBLP,
 * Crossref, CSL-JSON, RIS and MEDLINE files or from the services' APIs; exit 1 when a work or a document could not
 * be read, or a source could not be fetched.
 */
import path from 'node:path';
import type { CommandContext } from '../commandContext.js';
import { ExitCode, UsageError } from '../errors.js';
import { displayPath } from '../profileDir.js';
import { printFetchReport } from '../ui/fetchReport.js';
import type { ImportSourcesResult } from '../useCases/importSources.js';
import { type ImportFlags, importUseCaseOptions, printImportResult, readImportFiles } from './importCommandParts.js';

export interface ImportOptions extends ImportFlags {
  /** `--from`: identifiers to fetch (`orcid:…`, `openalex:…`, `dblp:…`, `s2:…`, `doi:…`, `arxiv:…`, `profile`). */
  from?: readonly string[];
  /** `--save DIR`: keep the raw answers of `--from` there. */
  save?: string;
}

export async function importCommand(options: ImportOptions, context: CommandContext): Promise<ExitCode> {
  const from = options.from ?? [];
  if (options.files.length === 0 && from.length === 0) {
    throw new UsageError(
      'name the files to import, or --from the identifiers to fetch',
      'e.g. profile import works.json orcid.json, or profile import --from orcid:0000-0002-1825-0097',
    );
  }
  if (options.save !== undefined && from.length === 0) {
    throw new UsageError(
      '--save keeps what --from fetches; give --from ID...',
      'e.g. profile import --from profile --save sources',
    );
  }
  if (options.save !== undefined && options.dryRun) {
    throw new UsageError('--dry-run writes nothing, so it cannot --save; leave one of them out');
  }
  const documents = await readImportFiles(options, context, {
    fileNoun: 'a publication list',
    contentNoun: 'a publication list',
    pipeHint:
      'pipe a file into it, e.g. curl -s "https://api.openalex.org/works?filter=author.id:A5023888391" | profile import -',
  });
  const importOptions = importUseCaseOptions(options, context);
  let fetchFailed = false;
  let imported: ImportSourcesResult | undefined;
  if (from.length > 0) {
    const { importFromApis } = await import('../useCases/importFromApis.js');
    const saveDir = options.save === undefined ? undefined : path.resolve(context.cwd, options.save);
    const result = await importFromApis({ ...importOptions, from, files: documents, saveDir, env: context.env });
    printFetchReport(
      result.fetched,
      context.stderr,
      saveDir === undefined ? undefined : displayPath(saveDir, context.cwd),
    );
    fetchFailed = result.fetched.failures.length > 0;
    imported = result.imported;
    if (imported === undefined) return ExitCode.problems;
  } else {
    const { importSources } = await import('../useCases/importSources.js');
    imported = await importSources({ ...importOptions, documents });
  }
  const problems = printImportResult(imported, options, context, 'import');
  return fetchFailed || problems ? ExitCode.problems : ExitCode.ok;
}
