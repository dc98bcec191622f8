/**
 * `profile export`: one format to stdout or a file, or a site generator's files into a site folder; with
 * `--check`, only whether those files are up to date.
 */
import path from 'node:path';
import type { CommandContext } from '../commandContext.js';
import { ExitCode, ProfileError, UsageError } from '../errors.js';
import type { ExportFormat, ExportSite } from '../export/exportFormats.js';
import type { SyncAction } from '../export/siteSync/planSiteSync.js';
import { displayPath } from '../profileDir.js';
import { countActions, diffPainter, renderOutOfDate, renderWritten } from '../ui/exportReport.js';
import { printProblems } from '../ui/printProblems.js';
import { printNoneSelected } from '../ui/selectionNote.js';
import { type ExportResult, exportProfile } from '../useCases/exportProfile.js';

export type { ExportFormat, ExportSite };

export interface ExportOptions {
  dir: string;
  /** Default md; not with `site`. */
  format?: ExportFormat;
  site?: ExportSite;
  /** A file for a format, the site folder for a site. */
  out?: string;
  /** bib and csl-json: leave hidden publications out. */
  visible?: boolean;
  /** Write nothing; exit 1 when a target file is not up to date. */
  check?: boolean;
  /** Sites: overwrite or delete generated files the user edited since. */
  force?: boolean;
  /** md and academicpages: a CSL style for publication entries. */
  style?: string;
  locale?: string;
  /** Sites and --check: a JSON report on stdout. */
  json?: boolean;
}

export async function exportCommand(options: ExportOptions, context: CommandContext): Promise<ExitCode> {
  checkOptionCombinations(options);
  const result = await exportProfile({
    dir: options.dir,
    displayDir: displayPath(options.dir, context.cwd),
    cwd: context.cwd,
    format: options.format ?? 'md',
    ...(options.site === undefined ? {} : { site: options.site }),
    ...(options.out === undefined ? {} : { out: options.out }),
    onNoneSelected: (sections, total) => printNoneSelected(sections, total, context.stderr),
    visible: options.visible ?? false,
    check: options.check ?? false,
    force: options.force ?? false,
    ...(options.style === undefined ? {} : { style: options.style }),
    ...(options.locale === undefined ? {} : { locale: options.locale }),
    onWarnings: (warnings) => printProblems(warnings, context.stderr),
  });
  switch (result.kind) {
    case 'output':
      context.stdout.write(result.text);
      // The reader went away before the end (`export | head`): the export did not arrive, which its user must know.
      if (context.stdout.failure === 'EPIPE') {
        throw new ProfileError('standard output was closed before the whole export was written (EPIPE)', {
          hint: 'the program reading it stopped early; to keep the export, write it to a file with --out',
        });
      }
      return ExitCode.ok;
    case 'written':
      context.stderr.write(`wrote ${displayPath(result.target, context.cwd)}\n`);
      return ExitCode.ok;
    case 'checked':
      return printFileCheck(result, options, context);
    case 'site':
      return printSiteExport(result, options, context);
  }
}

function checkOptionCombinations(options: ExportOptions): void {
  const format = options.format ?? 'md';
  if (options.site !== undefined && options.format !== undefined) {
    throw new UsageError(
      '--format and --site do not go together',
      'use --site to write a whole site, --format for one file',
    );
  }
  if (options.site !== undefined && options.out === undefined) {
    throw new UsageError(`--site ${options.site} needs --out SITE_DIR`, 'the folder of your site, e.g. --out .');
  }
  if (options.visible && (options.site !== undefined || (format !== 'bib' && format !== 'csl-json'))) {
    throw new UsageError(
      '--visible is an option of --format bib and csl-json',
      'the page, the JSON and the sites mark or leave out hidden items themselves',
    );
  }
  if (options.check && options.out === undefined) {
    throw new UsageError(
      '--check compares with the file of --out',
      'e.g. profile export --format md --out _pages/about.md --check',
    );
  }
  if (options.force && options.site === undefined) {
    throw new UsageError('--force is an option of --site', 'a file given with --out is always replaced');
  }
  if (options.json && options.site === undefined && !options.check) {
    throw new UsageError('--json reports on --site or --check', 'use --format json for the profile as JSON');
  }
  const styled = options.site === undefined ? format === 'md' : options.site === 'academicpages';
  if (options.style !== undefined && !styled) {
    throw new UsageError(
      '--style applies to --format md and --site academicpages',
      'the other targets keep BibTeX or data, not formatted entries',
    );
  }
  if (options.locale !== undefined && options.style === undefined) {
    throw new UsageError('--locale goes with --style', 'e.g. --style apa --locale de-DE');
  }
}

async function printFileCheck(
  { target, before, output }: Extract<ExportResult, { kind: 'checked' }>,
  options: ExportOptions,
  context: CommandContext,
): Promise<ExitCode> {
  const shown = displayPath(target, context.cwd);
  const upToDate = before === output;
  const action: SyncAction =
    before === undefined
      ? { kind: 'create', path: shown, content: output }
      : { kind: 'update', path: shown, before, content: output };
  if (options.json) {
    context.stdout.write(
      `${JSON.stringify({ check: true, upToDate, files: upToDate ? [] : [{ path: shown, action: action.kind }] }, null, 2)}\n`,
    );
  } else if (upToDate) {
    context.stdout.write(`up to date: ${shown}\n`);
  } else {
    context.stdout.write(
      `out of date: ${shown} ${before === undefined ? 'does not exist' : 'differs from the export'}\n`,
    );
    context.stdout.write(renderOutOfDate([action], await diffPainter(context)));
    context.stderr.write('hint: run the same command without --check to write it\n');
  }
  return upToDate ? ExitCode.ok : ExitCode.problems;
}

async function printSiteExport(
  { site, siteDir, advice, sync: result }: Extract<ExportResult, { kind: 'site' }>,
  options: ExportOptions,
  context: CommandContext,
): Promise<ExitCode> {
  const shownDir = displayPath(siteDir, context.cwd);
  const { actions } = result.plan;
  const counts = countActions(actions);
  if (result.recovered !== 'none') {
    context.stderr.write(
      `note: an export into ${shownDir} had been interrupted; it was ${result.recovered === 'finished' ? 'finished' : 'undone'} first\n`,
    );
  }
  const notUpToDate = actions.filter((action) => action.kind !== 'unchanged');

  if (options.json) {
    context.stdout.write(
      `${JSON.stringify(
        {
          site,
          out: shownDir,
          check: options.check ?? false,
          upToDate: notUpToDate.length === 0,
          wrote: result.wrote,
          counts,
          files: actions.map((action) => ({ path: action.path, action: action.kind })),
          advice,
        },
        null,
        2,
      )}\n`,
    );
  }
  if (options.check) {
    if (!options.json) {
      if (notUpToDate.length === 0) {
        context.stdout.write(`up to date: ${site} in ${shownDir} (${actions.length} files)\n`);
      } else {
        context.stdout.write(`out of date: ${notUpToDate.length} of ${actions.length} ${site} files in ${shownDir}\n`);
        context.stdout.write(renderOutOfDate(notUpToDate, await diffPainter(context)));
        context.stderr.write(checkHint(notUpToDate, shownDir));
      }
    }
    return notUpToDate.length === 0 ? ExitCode.ok : ExitCode.problems;
  }
  if (result.blocked.length > 0) {
    for (const action of result.blocked) context.stderr.write(blockedMessage(action, shownDir));
    context.stderr.write(`nothing was written to ${shownDir}\n`);
    return ExitCode.problems;
  }
  if (!options.json) {
    context.stderr.write(renderWritten(actions));
    context.stderr.write(
      `${site}: ${counts.create} created, ${counts.update} updated, ${counts.remove} removed, ${counts.unchanged} unchanged in ${shownDir}\n`,
    );
    for (const note of advice) context.stderr.write(`note: ${note}\n`);
  }
  return ExitCode.ok;
}

/** What makes the site up to date: a plain run, unless files in the way would make that run refuse. */
function checkHint(notUpToDate: readonly SyncAction[], shownDir: string): string {
  if (notUpToDate.some((action) => action.kind === 'foreign')) {
    return `hint: move or delete the files profile did not write (marked above), then run the same command without --check\n`;
  }
  if (notUpToDate.some((action) => action.kind === 'edited')) {
    return `hint: move your edits into the profile, or run the same command without --check and with --force to overwrite them\n`;
  }
  return `hint: run the same command without --check to update ${shownDir}\n`;
}

function blockedMessage(action: SyncAction, shownDir: string): string {
  const file = path.join(shownDir, action.path);
  if (action.kind === 'edited') {
    const change = action.content === undefined ? 'its item is gone' : 'the profile gives other content';
    return `${file}: error: edited since profile wrote it, and ${change}\n  hint: move your change into the profile, or run again with --force to ${action.content === undefined ? 'delete' : 'overwrite'} it\n`;
  }
  const what = action.kind === 'foreign' ? action.what : 'in the way';
  return `${file}: error: ${what}; profile only replaces files it wrote\n  hint: move or delete it (e.g. the template's sample), then run again\n`;
}
