/** `profile export`: the page, the whole profile or its publications as BibTeX, to stdout or a file. */
import path from 'node:path';
import type { CommandContext } from '../commandContext.js';
import { UsageError } from '../errors.js';
import { renderAboutPage } from '../render/aboutPage.js';
import { renderProfileJson } from '../render/profileJson.js';
import { loadValidProfile } from '../store/loadProfile.js';
import { displayPath } from '../store/profileDir.js';
import { writeFileAtomic } from '../store/writeFileAtomic.js';
import { printProblems } from '../ui/printProblems.js';

import type { ExportFormat } from './exportFormats.js';

export type { ExportFormat };

export interface ExportOptions {
  dir: string;
  format: ExportFormat;
  out?: string;
  /** bib: leave hidden publications out. */
  visible?: boolean;
}

export async function exportCommand(options: ExportOptions, context: CommandContext): Promise<void> {
  if (options.visible && options.format !== 'bib') {
    throw new UsageError(
      '--visible is an option of --format bib',
      'the page and the JSON mark hidden items themselves',
    );
  }
  const { profile, warnings } = await loadValidProfile(options.dir, {
    displayDir: displayPath(options.dir, context.cwd),
  });
  printProblems(warnings, context.stderr);
  const output =
    options.format === 'json'
      ? renderProfileJson(profile)
      : options.format === 'bib'
        ? (await import('../bibtex/writeBibtex.js')).renderBibtex(profile, { visible: options.visible ?? false })
        : renderAboutPage(profile);
  if (options.out === undefined) {
    context.stdout.write(output);
    return;
  }
  const target = path.resolve(context.cwd, options.out);
  await writeFileAtomic(target, output);
  context.stderr.write(`wrote ${displayPath(target, context.cwd)}\n`);
}
