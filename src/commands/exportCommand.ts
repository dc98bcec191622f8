/** `profile export`: the page or the whole profile, to stdout or a file. */
import path from 'node:path';
import type { CommandContext } from '../commandContext.js';
import { renderAboutPage } from '../render/aboutPage.js';
import { renderProfileJson } from '../render/profileJson.js';
import { loadValidProfile } from '../store/loadProfile.js';
import { displayPath } from '../store/profileDir.js';
import { writeFileAtomic } from '../store/writeFileAtomic.js';
import { printProblems } from '../ui/printProblems.js';

export const exportFormats = ['md', 'json'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export interface ExportOptions {
  dir: string;
  format: ExportFormat;
  out?: string;
}

export async function exportCommand(options: ExportOptions, context: CommandContext): Promise<void> {
  const { profile, warnings } = await loadValidProfile(options.dir, {
    displayDir: displayPath(options.dir, context.cwd),
  });
  printProblems(warnings, context.stderr);
  const output = options.format === 'json' ? renderProfileJson(profile) : renderAboutPage(profile);
  if (options.out === undefined) {
    context.stdout.write(output);
    return;
  }
  const target = path.resolve(context.cwd, options.out);
  await writeFileAtomic(target, output);
  context.stderr.write(`wrote ${displayPath(target, context.cwd)}\n`);
}
