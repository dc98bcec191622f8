/** What `import --from` says on standard error when no request reached a server. */
import { expect, test } from 'vitest';
import { printFetchReport } from '../../../src/ui/fetchReport.js';

function offlineReport(sources: string[]): string {
  let written = '';
  printFetchReport(
    {
      sources,
      documents: [],
      failures: sources.map((source) => ({
        source,
        message: 'no answer after 4 attempts: network error ECONNREFUSED',
        unreachable: true,
      })),
      offline: true,
    },
    { write: (text: string) => (written += text) },
    undefined,
  );
  return written.split('\n')[0] ?? '';
}

test('no network: one source could not be reached, and none of several could be', () => {
  expect(offlineReport(['doi:10.17705/1cais.04607'])).toBe(
    'error: no network: doi:10.17705/1cais.04607 could not be reached',
  );
  expect(offlineReport(['openalex:A5023888391', 'doi:10.17705/1cais.04607'])).toBe(
    'error: no network: none of openalex:A5023888391, doi:10.17705/1cais.04607 could be reached',
  );
});
