/**
 * `profile import --from ID... [FILE...]` as a library call: the owner read from profile.md (for `profile` and the
 * contact address), every source fetched (fetchSourceDocuments), then everything that came imported with the files by
 * `importSources`, so a failed source loses nothing the others brought.
 */
import type { HttpClientOptions } from '../fetch/httpClient.js';
import type { SourceDocument } from '../sources/sourceDocument.js';
import { assertProfileFolder } from '../store/itemFileList.js';
import { loadProfileLeniently } from '../store/loadProfile.js';
import { type FetchSourceDocumentsResult, fetchSourceDocuments } from './fetchSourceDocuments.js';
import { type ImportSourcesOptions, type ImportSourcesResult, importSources } from './importSources.js';

export interface ImportFromApisOptions extends Omit<ImportSourcesOptions, 'documents'> {
  /** The `--from` words. */
  from: readonly string[];
  /** Documents read from files given beside `--from`. */
  files?: readonly SourceDocument[];
  /** `--save DIR`, absolute. */
  saveDir?: string | undefined;
  env: Readonly<Record<string, string | undefined>>;
  /** Tests inject the transport, the waits and the jitter. */
  http?: Partial<Omit<HttpClientOptions, 'userAgent'>>;
}

export interface ImportFromApisResult {
  fetched: FetchSourceDocumentsResult;
  /** Absent when there was nothing to import: every source failed and no file was given. */
  imported?: ImportSourcesResult;
}

export async function importFromApis(options: ImportFromApisOptions): Promise<ImportFromApisResult> {
  const displayDir = options.displayDir ?? options.dir;
  await assertProfileFolder(options.dir, displayDir);
  // Only profile.md matters here (identifiers, address); item files with errors are the import's to report.
  const { profile } = await loadProfileLeniently(options.dir, { displayDir });
  const fetched = await fetchSourceDocuments({
    from: options.from,
    owner: profile.owner,
    saveDir: options.saveDir,
    env: options.env,
    ...(options.http === undefined ? {} : { http: options.http }),
  });
  const { from: _from, files, saveDir: _saveDir, env: _env, http: _http, ...importOptions } = options;
  const documents = [...(files ?? []), ...fetched.documents];
  if (documents.length === 0) return { fetched };
  return { fetched, imported: await importSources({ ...importOptions, documents }) };
}
