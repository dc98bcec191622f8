/** The `profile` program: parses arguments, runs one command, turns errors into messages and exit codes. */
import path from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { type CommandContext, processContext } from './commandContext.js';
import type { AddNewsOptions } from './commands/addNewsCommand.js';
import type { AddPubOptions } from './commands/addPubCommand.js';
import type { AddServiceOptions } from './commands/addServiceCommand.js';
import type { AddTalkOptions } from './commands/addTalkCommand.js';
import { type ListKind, listKindNames, listKindOf } from './commands/listKinds.js';
import { ExitCode, formatLocation, ProfileError } from './errors.js';
import {
  builtInCslLocales,
  builtInCslStyles,
  type ExportFormat,
  type ExportSite,
  exportFormats,
  exportSites,
} from './export/exportFormats.js';
import { type CvKindSpec, cvKindSpecs } from './model/cvItemSpecs.js';
import { type PartialDate, parsePartialDate } from './model/partialDate.js';
import { publicationCategories, publicationStatuses, serviceRoles, talkTypes } from './model/vocabulary.js';
import { InvalidProfileError } from './problems.js';
import { resolveProfileDir } from './profileDir.js';
import { findProfileDir } from './store/findProfileDir.js';
import { printProblems } from './ui/printProblems.js';
import { escapeTerminalText } from './ui/terminalText.js';

declare const __PROFILE_VERSION__: string;
const version = typeof __PROFILE_VERSION__ === 'string' ? __PROFILE_VERSION__ : '0.0.0-dev';

interface CommonOptions {
  dir?: string;
  debug?: boolean;
}

/** Every command, in the order `profile --help` lists them. */
const commandNames = [
  'export',
  'list',
  'init',
  'validate',
  'import',
  'import-bib',
  'import-page',
  'add-news',
  'add-talk',
  'add-service',
  'add-pub',
  'add-education',
  'add-position',
  'add-award',
  'add-teaching',
  'add-student',
  'add-grant',
  'edit',
  'remove',
  'hide',
  'show',
  'select',
  'unselect',
] as const;

/** Whether a command is set up: building all of them costs a cold start more than parsing the one that runs. */
type WantedCommand = (name: (typeof commandNames)[number]) => boolean;

export async function run(givenArgv: readonly string[], context: CommandContext): Promise<ExitCode> {
  let exitCode: ExitCode = ExitCode.ok;
  const argv = commonOptionsAfterCommand(givenArgv);
  // `profile list …` needs only `list`; help, a misspelt command (for commander's suggestion) or none need all.
  const named = commandNames.find((name) => name === argv[0]);
  const wanted: WantedCommand = (name) => named === undefined || name === named;
  const program = buildProgram(context, wanted, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    return reportError(error, context, argv.includes('--debug') || context.env.PROFILE_DEBUG === '1');
  }
}

/** The options every command takes, which may come before the command's name too, as `git -C` does. */
const commonOptionFlags = { withValue: ['--dir'], alone: ['--debug'] };

/** `profile --dir X --debug list …` → `profile list --dir X --debug …`: commander reads them as the command's own. */
export function commonOptionsAfterCommand(argv: readonly string[]): readonly string[] {
  const leading: string[] = [];
  let index = 0;
  while (index < argv.length) {
    const arg = argv[index] ?? '';
    const flag = arg.split('=', 1)[0] ?? '';
    if (commonOptionFlags.alone.includes(arg)) {
      leading.push(arg);
      index += 1;
    } else if (commonOptionFlags.withValue.includes(flag)) {
      const together = arg.includes('=');
      if (!together && index + 1 >= argv.length) break;
      leading.push(...argv.slice(index, index + (together ? 1 : 2)));
      index += together ? 1 : 2;
    } else {
      break;
    }
  }
  if (leading.length === 0 || index >= argv.length) return argv;
  return [argv[index] ?? '', ...leading, ...argv.slice(index + 1)];
}

function buildProgram(context: CommandContext, wanted: WantedCommand, setExitCode: (code: ExitCode) => void): Command {
  let toldWhichFolder = false;
  const profileDir = (options: CommonOptions) => {
    const found = findProfileDir(options.dir, context.env, context.cwd);
    // On stderr, so that --json output stays clean; once, whatever asks for the folder.
    if (found.foundElsewhere && !toldWhichFolder) {
      toldWhichFolder = true;
      context.stderr.write(`profile: using the profile in ${path.relative(context.cwd, found.dir)}\n`);
    }
    return found.dir;
  };
  const program = new Command('profile')
    .description('Keep an academic profile as a folder of plain files, and export the pages and files you publish.')
    .version(version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    // A usage error is its one line and where to read more; the whole help would scroll the error away.
    .showHelpAfterError('run "profile --help"')
    .exitOverride()
    .configureOutput({ writeOut: (text) => context.stdout.write(text), writeErr: (text) => context.stderr.write(text) })
    .addHelpText(
      'after',
      [
        '',
        'Options every command takes may also come first: profile --dir ~/site/profile list',
        'Without --dir or $PROFILE_DIR, the profile is the nearest folder holding profile.md, or a profile/ holding',
        'one, in the working folder or above it (as git finds .git).',
        '',
        'Exit codes: 0 success, 1 problems found, 2 usage error, 130 interrupted.',
        "Run `profile COMMAND --help` (or `profile help COMMAND`) for a command's options and an example.",
      ].join('\n'),
    );

  const withCommonOptions = (command: Command) =>
    command
      .showHelpAfterError(`run "profile ${command.name()} --help"`)
      .option(
        '--dir <dir>',
        'the profile folder (default: $PROFILE_DIR, else the nearest profile upward, else ./profile)',
      )
      .option('--debug', 'show stack traces of errors');

  if (wanted('export'))
    withCommonOptions(program.command('export'))
      .description(
        'print or write the page (md), the profile (json, csl-json, jsonresume, bib), a CV (rendercv, cv), or a whole site',
      )
      .addOption(new Option('-f, --format <format>', 'what to export (default: md)').choices(exportFormats))
      .addOption(new Option('-s, --site <site>', "write a site generator's files into --out").choices(exportSites))
      .option(
        '-o, --out <path>',
        'the file to write (atomically) instead of standard output; the site folder with --site',
      )
      .option('--check', 'write nothing; exit 1 and show a diff when a file of --out is not up to date')
      .option('--force', '--site: overwrite or delete generated files you edited since')
      .option(
        '--style <style>',
        `md, academicpages: format publications with a CSL style (${builtInCslStyles.join(', ')} or a .csl file)`,
      )
      .addOption(
        new Option('--locale <locale>', "the CSL locale for --style (default: the style's own, else en-US)").choices(
          builtInCslLocales,
        ),
      )
      .option('--visible', 'bib, csl-json: leave hidden publications out')
      .option('--json', '--site and --check: print the report as JSON')
      .addHelpText(
        'after',
        [
          '',
          'Examples:',
          '  $ profile export --format md > about.md',
          '  $ profile export --format md --style apa --out _pages/about.md',
          '  $ profile export --format bib --visible --out _bibliography/papers.bib',
          '  $ profile export --format jsonresume --out resume.json',
          '  $ profile export --format rendercv --out cv.yaml',
          '  $ profile export --format cv --out cv.pdf',
          '  $ profile export --site academicpages --out ../my-site',
          '  $ profile export --site hugo-blox --out . --check     # in CI: fail when the site is stale',
          '',
          'A site export owns only the files it wrote (listed in SITE_DIR/.profile-export.json): it rewrites them,',
          'removes those whose items are gone, and never touches your other files.',
        ].join('\n'),
      )
      .action(
        async (
          options: CommonOptions & {
            format?: ExportFormat;
            site?: ExportSite;
            out?: string;
            check?: boolean;
            force?: boolean;
            style?: string;
            locale?: string;
            visible?: boolean;
            json?: boolean;
          },
        ) => {
          const { exportCommand } = await import('./commands/exportCommand.js');
          const { debug: _debug, dir: _dir, ...rest } = options;
          setExitCode(await exportCommand({ ...rest, dir: profileDir(options) }, context));
        },
      );

  if (wanted('list'))
    withCommonOptions(program.command('list'))
      .description('list the items, newest first')
      .argument('[kind]', `only one kind: ${listKindNames.join(', ')} (or pub, talk, …)`, parseListKind)
      .option('-a, --all', 'include hidden items')
      .option('--json', 'print a JSON array for scripts')
      .option('--year <year>', 'only items of this year', parseYear)
      .option('--selected', 'only selected publications')
      .option('--sort <order>', 'newest (the default) or citations: the most cited publications first', parseListSort)
      .addHelpText(
        'after',
        '\nExamples:\n  $ profile list news --all\n  $ profile list publications --selected --json\n  $ profile list publications --sort citations',
      )
      .action(
        async (
          kind: ListKind | undefined,
          options: CommonOptions & {
            all?: boolean;
            json?: boolean;
            year?: number;
            selected?: boolean;
            sort?: 'newest' | 'citations';
          },
        ) => {
          const { listCommand } = await import('./commands/listCommand.js');
          setExitCode(
            await listCommand(
              {
                dir: profileDir(options),
                ...(kind ? { kind } : {}),
                all: options.all ?? false,
                json: options.json ?? false,
                ...(options.year === undefined ? {} : { year: options.year }),
                selected: options.selected ?? false,
                ...(options.sort === undefined ? {} : { sort: options.sort }),
              },
              context,
            ),
          );
        },
      );

  if (wanted('init'))
    withCommonOptions(program.command('init'))
      .description('create an empty profile (asks for name and e-mail on a terminal)')
      .argument('[dir]', 'where to create it (default: --dir, $PROFILE_DIR or ./profile)')
      .option('--name <name>', "the owner's name")
      .option('--email <email>', "the owner's e-mail")
      .addHelpText('after', '\nExample:\n  $ profile init my-profile --name "Ada Lovelace" --email ada@example.org')
      .action(async (dir: string | undefined, options: CommonOptions & { name?: string; email?: string }) => {
        const { initCommand } = await import('./commands/initCommand.js');
        await initCommand(
          {
            dir: resolveProfileDir(dir ?? options.dir, context.env, context.cwd),
            ...(options.name === undefined ? {} : { name: options.name }),
            ...(options.email === undefined ? {} : { email: options.email }),
          },
          context,
        );
      });

  if (wanted('validate'))
    withCommonOptions(program.command('validate'))
      .description('check every file against the format; exit 1 if any has an error')
      .option('--json', 'print the problems as JSON')
      .addHelpText('after', '\nExample:\n  $ profile validate --dir ~/site/profile')
      .action(async (options: CommonOptions & { json?: boolean }) => {
        const { validateCommand } = await import('./commands/validateCommand.js');
        setExitCode(await validateCommand({ dir: profileDir(options), json: options.json ?? false }, context));
      });

  if (wanted('import'))
    withCommonOptions(program.command('import'))
      .description(
        'import publications from ORCID, OpenAlex, Semantic Scholar, DBLP, Crossref, CSL-JSON, RIS or MEDLINE files (- reads standard input); safe to run again',
      )
      .argument('[file...]', 'files in any of these formats, recognised by their content')
      .option('--dry-run', 'print what would change and write nothing')
      .option('--json', 'print the report as JSON')
      .option('--selected', 'mark every imported publication as selected')
      .option('--hidden', 'mark every imported publication as hidden')
      .addHelpText(
        'after',
        '\nExamples:\n  $ profile import works.json --dry-run\n  $ profile import orcid-works.json openalex.json zotero.json\n  $ curl -s https://api.openalex.org/works?filter=author.id:A5023888391 | profile import -',
      )
      .action(
        async (
          files: string[],
          options: CommonOptions & { dryRun?: boolean; json?: boolean; selected?: boolean; hidden?: boolean },
        ) => {
          const { importCommand } = await import('./commands/importCommand.js');
          setExitCode(await importCommand({ ...options, dir: profileDir(options), files }, context));
        },
      );

  if (wanted('import-bib'))
    withCommonOptions(program.command('import-bib'))
      .description('import publications from BibTeX files (- reads standard input); safe to run again')
      .argument('<file...>', 'BibTeX files: Google Scholar, DBLP, Zotero exports, an al-folio papers.bib')
      .option('--dry-run', 'print what would change and write nothing')
      .option('--json', 'print the report as JSON')
      .option('--selected', 'mark every imported publication as selected')
      .option('--hidden', 'mark every imported publication as hidden')
      .option('--merge-preprints', 'accepted for old scripts: a preprint always folds into its published version')
      .addHelpText(
        'after',
        '\nExamples:\n  $ profile import-bib scholar.bib --dry-run\n  $ profile import-bib papers.bib dblp.bib scholar.bib\n  $ curl -s https://dblp.org/pid/XX.bib | profile import-bib -',
      )
      .action(
        async (
          files: string[],
          options: CommonOptions & {
            dryRun?: boolean;
            json?: boolean;
            selected?: boolean;
            hidden?: boolean;
            mergePreprints?: boolean;
          },
        ) => {
          const { importBibCommand } = await import('./commands/importBibCommand.js');
          setExitCode(await importBibCommand({ ...options, dir: profileDir(options), files }, context));
        },
      );

  if (wanted('import-page'))
    withCommonOptions(program.command('import-page'))
      .description('turn an existing home page (about.md) into a new profile folder (- reads standard input)')
      .argument('[file]', 'the page: an academicpages, al-folio or Hugo about.md written by hand')
      .option('--merge', 'add to the existing profile only the items it does not have yet')
      .option('--dry-run', 'print the report and write nothing')
      .option('--json', 'print the report as JSON')
      .option('--name <name>', "the owner's name, when no author is in bold on the page")
      .addHelpText(
        'after',
        '\nExamples:\n  $ profile import-page _pages/about.md --dry-run\n  $ profile import-page _pages/about.md --dir profile && profile export --format md --dir profile\n  $ profile import-page new-about.md --merge\n  $ curl -s https://raw.githubusercontent.com/you/you.github.io/master/_pages/about.md | profile import-page -',
      )
      .action(
        async (
          file: string | undefined,
          options: CommonOptions & { merge?: boolean; dryRun?: boolean; json?: boolean; name?: string },
        ) => {
          const { importPageCommand } = await import('./commands/importPageCommand.js');
          setExitCode(await importPageCommand({ ...options, dir: profileDir(options), file }, context));
        },
      );

  registerAuthoringCommands(program, wanted, withCommonOptions, profileDir, context);
  return program;
}

interface WriteOptions {
  json?: boolean;
  dryRun?: boolean;
}

/** The commands that write items: add-*, edit, remove, hide/show, select/unselect; loaded only when run. */
function registerAuthoringCommands(
  program: Command,
  wanted: WantedCommand,
  withCommonOptions: (command: Command) => Command,
  profileDir: (options: CommonOptions) => string,
  context: CommandContext,
): void {
  const writer = (name: string) =>
    withCommonOptions(program.command(name))
      .option('--dry-run', 'show what would change and write nothing')
      .option('--json', 'print the item(s) as JSON for scripts (never asks questions)');
  const common = (options: CommonOptions & WriteOptions) => ({
    dir: profileDir(options),
    json: options.json ?? false,
    dryRun: options.dryRun ?? false,
  });

  if (wanted('add-news'))
    writer('add-news')
      .description('add a news item; asks for what is missing on a terminal')
      .argument('[text]', 'the news, as inline Markdown')
      .option('--date <date>', 'when (2025.07, 2025-07, 2025-07-30, Jul 2025; default: this month)', parseDateOption)
      .option('--hidden', 'keep it off the page (inside the hidden comment)')
      .option('--link <url>', 'append a [link] to the text')
      .option('--force', 'add it even when the same news (date and text) is there (a terminal asks instead)')
      .addHelpText(
        'after',
        '\nExamples:\n  $ profile add-news "Our paper is accepted by KDD 2025!" --date 2025.05\n  $ profile add-news              # on a terminal: asks, previews, confirms',
      )
      .action(async (text: string | undefined, options: CommonOptions & WriteOptions & Omit<AddNewsOptions, 'dir'>) => {
        const { addNewsCommand } = await import('./commands/addNewsCommand.js');
        await addNewsCommand({ ...options, ...common(options), ...(text === undefined ? {} : { text }) }, context);
      });

  if (wanted('add-talk'))
    writer('add-talk')
      .description('add a talk; asks for what is missing on a terminal')
      .argument('[title]', 'the title of the talk')
      .option('--date <date>', 'when (2025-04-28, 2025.04.28, …)', parseDateOption)
      .option('--venue <venue>', 'the host or event')
      .option('--location <place>', 'city, country')
      .addOption(new Option('--type <type>', 'the kind of talk').choices(talkTypes))
      .option('--url <url>', 'a link for the title')
      .option('--slides <url>', 'the slides')
      .option('--video <url>', 'a recording')
      .option('--lang <code>', 'the language (en, zh, …)')
      .option('--abstract <text>', 'the abstract (the body of the file)')
      .option('--hidden', 'keep it off the page')
      .option('--force', 'add it even when the same talk (date and title) is there (a terminal asks instead)')
      .addHelpText(
        'after',
        '\nExample:\n  $ profile add-talk "Model Editing for LLMs" --date 2025-04-28 --venue "Xtra Lab, NUS" --type invited-talk',
      )
      .action(
        async (title: string | undefined, options: CommonOptions & WriteOptions & Omit<AddTalkOptions, 'dir'>) => {
          const { addTalkCommand } = await import('./commands/addTalkCommand.js');
          await addTalkCommand({ ...options, ...common(options), ...(title === undefined ? {} : { title }) }, context);
        },
      );

  if (wanted('add-service'))
    writer('add-service')
      .description('add a service entry; asks for what is missing on a terminal')
      .argument('[text]', 'the entry as the page shows it (inline Markdown)')
      .addOption(new Option('--role <role>', 'the role').choices(serviceRoles))
      .option('--date <date>', 'when (2025)', parseDateOption)
      .option('--order <n>', 'its place in the list (smaller first)', parseOrderOption)
      .option('--hidden', 'keep it off the page')
      .option('--force', 'add it even when the same entry (date and text) is there (a terminal asks instead)')
      .addHelpText('after', '\nExample:\n  $ profile add-service "Session Chair of KDD 2025." --role chair --date 2025')
      .action(
        async (text: string | undefined, options: CommonOptions & WriteOptions & Omit<AddServiceOptions, 'dir'>) => {
          const { addServiceCommand } = await import('./commands/addServiceCommand.js');
          await addServiceCommand({ ...options, ...common(options), ...(text === undefined ? {} : { text }) }, context);
        },
      );

  if (wanted('add-pub'))
    writer('add-pub')
      .description('add a publication typed by hand; asks for what is missing on a terminal')
      .argument('[title]', 'the title, plain text')
      .option(
        '--author <name>',
        'an author, in order; repeat it (mark * equal contribution, # corresponding)',
        collect,
        [],
      )
      .option('--key <key>', 'the citation key (default: first author, year, first title word: wang2024wise)')
      .option('--date <date>', 'when it was published (2024, 2024-12)', parseDateOption)
      .option('--venue <venue>', 'the journal or proceedings')
      .option('--publisher <publisher>', 'the publisher')
      .option('--label <label>', 'the short label shown on the page (NeurIPS 2024)')
      .option('--url <url>', 'the main link; the page links the title to it')
      .option('--doi <doi>', 'the DOI (10.1145/…)')
      .option('--arxiv <id>', 'the arXiv identifier (2405.14768)')
      .option('--link <type=url>', 'another link (code=https://…, slides=…); repeat it', collect, [])
      .option('--type <csl-type>', 'the CSL item type (paper-conference, article-journal, article, …)')
      .addOption(new Option('--category <category>', 'the category').choices(publicationCategories))
      .addOption(new Option('--status <status>', 'the status').choices(publicationStatuses))
      .option('--award <award>', 'an award the paper received')
      .option('--abstract <text>', 'the abstract (the body of the file)')
      .option('--selected', 'show it in "only: selected" sections')
      .option('--order <n>', 'its place among the publications (smaller first)', parseOrderOption)
      .option('--hidden', 'keep it off the page')
      .addHelpText(
        'after',
        '\nExample:\n  $ profile add-pub "WISE: Lifelong Model Editing" --author "Peng Wang*" --author "Zexi Li*" \\\n      --author "Ningyu Zhang#" --date 2024 --venue NeurIPS --label "NeurIPS 2024" --selected',
      )
      .action(
        async (
          title: string | undefined,
          options: CommonOptions &
            WriteOptions &
            Omit<AddPubOptions, 'dir' | 'authors' | 'links'> & {
              author: string[];
              link: string[];
            },
        ) => {
          const { author, link, ...rest } = options;
          const { addPubCommand } = await import('./commands/addPubCommand.js');
          await addPubCommand(
            { ...rest, ...common(options), authors: author, links: link, ...(title === undefined ? {} : { title }) },
            context,
          );
        },
      );

  for (const spec of cvKindSpecs) {
    if (wanted(spec.command as (typeof commandNames)[number]))
      registerCvItemCommand(writer(spec.command), spec, common, context);
  }

  if (wanted('edit'))
    writer('edit')
      .description('change fields of an item (--set/--unset), or open it in $EDITOR on a terminal')
      .argument('<id>', 'the item: an id that `list` prints, or any unique part of one')
      .option(
        '--set <field=value>',
        'set a field (value read as YAML: true, 3, 2025-07, "text"); body=… sets the text',
        collect,
        [],
      )
      .option('--unset <field>', 'remove a field', collect, [])
      .option('--rename', 'a new date renames a file named after the old one (a terminal asks instead)')
      .addHelpText(
        'after',
        '\nExamples:\n  $ profile edit news/2025-07-joined-lab --set date=2025.08 --set hidden=true\n  $ profile edit wang2024 --set label="NeurIPS 2024 (Spotlight)" --unset award\n  $ profile edit wang2024     # on a terminal: opens $VISUAL or $EDITOR, checks the file before saving',
      )
      .action(
        async (
          id: string,
          options: CommonOptions & WriteOptions & { set: string[]; unset: string[]; rename?: boolean },
        ) => {
          const { editCommand } = await import('./commands/editCommand.js');
          await editCommand(
            { ...common(options), id, set: options.set, unset: options.unset, rename: options.rename ?? false },
            context,
          );
        },
      );

  if (wanted('remove'))
    writer('remove')
      .description('delete items (asks on a terminal; --yes in scripts)')
      .argument('<ids...>', 'the items: ids that `list` prints, or unique parts of them')
      .option('-y, --yes', 'do not ask; needed without a terminal')
      .addHelpText('after', '\nExample:\n  $ profile remove news/2023-03-joined-best-mba --yes')
      .action(async (ids: string[], options: CommonOptions & WriteOptions & { yes?: boolean }) => {
        const { removeCommand } = await import('./commands/removeCommand.js');
        await removeCommand({ ...common(options), ids, yes: options.yes ?? false }, context);
      });

  for (const [name, hidden] of [
    ['hide', true],
    ['show', false],
  ] as const) {
    if (!wanted(name)) continue;
    writer(name)
      .description(
        hidden
          ? 'keep items in the folder but off the page (in the hidden comment)'
          : 'put hidden items back on the page',
      )
      .argument('<ids...>', 'the items: ids that `list` prints, or unique parts of them')
      .addHelpText('after', `\nExample:\n  $ profile ${name} news/2023-03-joined-best-mba pub/li2024text`)
      .action(async (ids: string[], options: CommonOptions & WriteOptions) => {
        const { hideCommand } = await import('./commands/hideCommand.js');
        await hideCommand({ ...common(options), ids, hidden }, context);
      });
  }

  if (wanted('select'))
    writer('select')
      .description('show publications in "only: selected" sections')
      .argument('<ids...>', 'the publications: ids that `list` prints, or unique parts of them')
      .option('--order <n>', 'their place among the publications (smaller first)', parseOrderOption)
      .addHelpText('after', '\nExample:\n  $ profile select wang2024wise --order 1')
      .action(async (ids: string[], options: CommonOptions & WriteOptions & { order?: number }) => {
        const { selectCommand } = await import('./commands/selectCommand.js');
        await selectCommand(
          { ...common(options), ids, selected: true, ...(options.order === undefined ? {} : { order: options.order }) },
          context,
        );
      });

  if (wanted('unselect'))
    writer('unselect')
      .description('take publications out of "only: selected" sections')
      .argument('<ids...>', 'the publications: ids that `list` prints, or unique parts of them')
      .addHelpText('after', '\nExample:\n  $ profile unselect pub/li2022can')
      .action(async (ids: string[], options: CommonOptions & WriteOptions) => {
        const { selectCommand } = await import('./commands/selectCommand.js');
        await selectCommand({ ...common(options), ids, selected: false }, context);
      });
}

/** `add-education` and the other CV kinds: their flags come from one table (model/cvItemSpecs.ts). */
function registerCvItemCommand(
  command: Command,
  spec: CvKindSpec,
  common: (options: CommonOptions & WriteOptions) => { dir: string; json: boolean; dryRun: boolean },
  context: CommandContext,
): void {
  command
    .description(`add ${/^[aeiou]/.test(spec.noun) ? 'an' : 'a'} ${spec.noun}; asks for what is missing on a terminal`)
    .argument(`[${spec.argument.field}]`, spec.argument.describe);
  for (const option of spec.options) {
    if (option.type === 'flag') command.option(`--${option.flag}`, option.describe);
    else if (option.type === 'date') command.option(`--${option.flag} <date>`, option.describe, parseDateOption);
    else command.option(`--${option.flag} <${option.type === 'url' ? 'url' : 'text'}>`, option.describe);
  }
  command
    .option('--notes <text>', 'more about it, in Markdown (the body of the file)')
    .option('--hidden', 'keep it off the page and the CV')
    .addHelpText('after', `\nExample:\n  $ ${spec.example}`)
    .action(async (argument: string | undefined, options: CommonOptions & WriteOptions & Record<string, unknown>) => {
      const { addCvItemCommand } = await import('./commands/addCvItemCommand.js');
      await addCvItemCommand(
        spec.kind,
        {
          ...common(options),
          ...(argument === undefined ? {} : { argument }),
          values: options as Record<string, string | PartialDate | boolean | undefined>,
          ...(typeof options.notes === 'string' ? { notes: options.notes } : {}),
          ...(options.hidden === true ? { hidden: true } : {}),
        },
        context,
      );
    });
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function parseDateOption(value: string): PartialDate {
  const parsed = parsePartialDate(value);
  if (!parsed.ok) throw new InvalidArgumentError(`${parsed.reason}.`);
  return parsed.date;
}

function parseOrderOption(value: string): number {
  if (!/^-?\d{1,9}$/.test(value.trim())) throw new InvalidArgumentError('an order is a whole number, such as 1 or -2.');
  return Number(value);
}

function parseListKind(value: string): ListKind {
  const kind = listKindOf(value);
  if (kind !== undefined) return kind;
  throw new InvalidArgumentError(`choose one of ${listKindNames.join(', ')}.`);
}

function parseYear(value: string): number {
  if (!/^\d{4}$/.test(value)) throw new InvalidArgumentError('a year is four digits, such as 2025.');
  return Number(value);
}

function parseListSort(value: string): 'newest' | 'citations' {
  if (value === 'newest' || value === 'citations') return value;
  throw new InvalidArgumentError('choose newest or citations.');
}

function reportError(error: unknown, context: CommandContext, debug: boolean): ExitCode {
  if (error instanceof CommanderError) {
    // `profile help` and `profile help export` asked for help: that is a success, as --help is.
    const shownHelp =
      ['commander.helpDisplayed', 'commander.version'].includes(error.code) ||
      (error.code === 'commander.help' && error.exitCode === 0);
    return shownHelp ? ExitCode.ok : ExitCode.usage;
  }
  if (error instanceof InvalidProfileError) {
    printProblems(error.problems, context.stderr);
  }
  if (error instanceof ProfileError) {
    const location = formatLocation(error.file === undefined ? undefined : escapeTerminalText(error.file), error.line);
    context.stderr.write(`${location}error: ${escapeTerminalText(error.message)}\n`);
    if (error.hint) context.stderr.write(`  hint: ${escapeTerminalText(error.hint)}\n`);
    if (debug && error.stack) context.stderr.write(`${error.stack}\n`);
    return error.exitCode;
  }
  if (error instanceof Error && error.name === 'ExitPromptError') {
    context.stderr.write('interrupted; nothing was written\n');
    return ExitCode.interrupted;
  }
  const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
  context.stderr.write(`profile: unexpected error (a bug; please report it):\n${stack}\n`);
  return ExitCode.problems;
}

/** The entry point of the executable; the only place that sets the process's exit code or ends it. */
export async function main(beforeExit?: () => void): Promise<void> {
  const context = processContext();
  let exitCode = await run(process.argv.slice(2), context);
  beforeExit?.();
  // Ending now, not when the event loop is empty: Node would first wait for V8 to finish optimising the functions
  // that ran hot, for nothing (10-15 ms of `profile list`). Not while output still waits in a stream, though.
  if (!context.outputIsWritten()) await context.outputFlushed();
  // A write of Node's stream that failed after the command returned (the sync path reports its own at once).
  const failure = context.stdout.failure;
  if (failure !== undefined && failure !== 'EPIPE' && exitCode === ExitCode.ok) {
    exitCode = reportError(
      new ProfileError(`cannot write to standard output (${failure})`, {
        hint: 'check where standard output goes, or write to a file with --out',
      }),
      context,
      false,
    );
  }
  process.exit(exitCode);
}
