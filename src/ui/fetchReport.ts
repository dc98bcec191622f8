/** What `import --from` says about fetching: each failed source with its reason, no network, the answers kept. */
import type { OutputStream } from '../commandContext.js';
import type { FetchSourceDocumentsResult } from '../useCases/fetchSourceDocuments.js';
import { escapeTerminalText } from './terminalText.js';

/** On standard error, so that `--json` keeps standard output for the report. */
export function printFetchReport(
  result: FetchSourceDocumentsResult,
  stderr: OutputStream,
  shownSaveDir: string | undefined,
): void {
  if (result.offline) {
    const reached =
      result.sources.length === 1
        ? `${result.sources[0]} could not be reached`
        : `none of ${result.sources.join(', ')} could be reached`;
    stderr.write(`error: no network: ${reached}\n`);
    stderr.write(`  last error: ${escapeTerminalText(result.failures.at(-1)?.message ?? '')}\n`);
    stderr.write(
      `  hint: connect and run it again${shownSaveDir === undefined ? '' : `; the answers an earlier run kept import without the network: profile import ${shownSaveDir}/*`}\n`,
    );
    return;
  }
  for (const failure of result.failures) {
    stderr.write(`${failure.source}: error: ${escapeTerminalText(failure.message)}\n`);
    if (failure.url !== undefined) stderr.write(`  request: ${escapeTerminalText(failure.url)}\n`);
  }
  if (result.failures.length > 0 && result.documents.length > 0) {
    const failed = new Set(result.failures.map((failure) => failure.source));
    const others = result.sources.filter((source) => !failed.has(source));
    stderr.write(`  note: what ${others.join(', ')} brought is imported all the same\n`);
  }
  if (result.saved !== undefined && shownSaveDir !== undefined) {
    const { written, removed } = result.saved;
    const old = removed.length === 0 ? '' : `; removed ${removed.length} old page${removed.length === 1 ? '' : 's'}`;
    stderr.write(`kept ${written.length} answer${written.length === 1 ? '' : 's'} in ${shownSaveDir}${old}\n`);
  }
}
