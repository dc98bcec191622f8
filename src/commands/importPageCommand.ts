/** `profile import-page FILE`: an existing home page (about.md) into a new profile folder, or merged into one. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { CommandContext } from '../commandContext.js';
import { ExitCode, ProfileError, UsageError } from '../errors.js';
import { displayPath } from '../store/profileDir.js';
import { printImportPageReport, renderImportPageReportJson } from '../ui/importPageReport.js';
import { printProblems } from '../ui/printProblems.js';

export interface ImportPageCommandOptions {
  dir: string;
  /** The page as given, `-` for standard input; undefined when none was given. */
  file: string | undefined;
  merge?: boolean;
  dryRun?: boolean;
  json?: boolean;
  name?: string;
}

/** Exit 1 when the page names no owner: the profile is written, with a name to correct. */
export async function importPageCommand(options: ImportPageCommandOptions, context: CommandContext): Promise<ExitCode> {
  if (options.file === undefined) {
    throw new UsageError(
      'import-page needs the page to read: profile import-page about.md',
      'pass the path of your about.md, or - to read it from standard input',
    );
  }
  const page = await readPage(options.file, context);
  const { importPage } = await import('../importPage/importPage.js');
  const { report, warnings } = await importPage({
    dir: options.dir,
    displayDir: displayPath(options.dir, context.cwd),
    page,
    merge: options.merge ?? false,
    dryRun: options.dryRun ?? false,
    ...(options.name === undefined ? {} : { ownerName: options.name }),
  });
  printProblems(warnings, context.stderr);
  if (options.json) context.stdout.write(renderImportPageReportJson(report));
  else printImportPageReport(report, { stdout: context.stdout, stderr: context.stderr });
  return report.mode === 'create' && report.owner.name === null ? ExitCode.problems : ExitCode.ok;
}

async function readPage(file: string, context: CommandContext): Promise<{ name: string; bytes: Uint8Array }> {
  if (file === '-') {
    if (!context.readStdin) throw new UsageError('"-" reads standard input, which this run does not have');
    // Reading a terminal would wait for the user to type the page: refuse instead of seeming to hang.
    if (context.stdinIsTerminal) {
      throw new UsageError(
        '"-" reads the page from standard input, which is a terminal here',
        'pipe the page in (profile import-page - < about.md) or pass its path',
      );
    }
    return { name: '<stdin>', bytes: await context.readStdin() };
  }
  try {
    return { name: file, bytes: await readFile(path.resolve(context.cwd, file)) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message =
      code === 'ENOENT'
        ? 'no such file; nothing was imported'
        : code === 'EISDIR'
          ? 'this is a folder, not a page; nothing was imported'
          : `cannot read the file (${code ?? String(error)})`;
    throw new ProfileError(message, {
      file,
      hint: 'pass the Markdown file of your page, such as _pages/about.md; use - to read standard input',
      cause: error,
    });
  }
}
