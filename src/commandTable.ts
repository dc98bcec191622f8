/** Every command of `profile` as one row of a table: its options, its examples and the one call it makes. */
import { InvalidArgumentError } from 'commander';
import type { CommandContext } from './commandContext.js';
import type { AddPubOptions } from './commands/addPubCommand.js';
import { type ListKind, listKindNames, listKindOf } from './commands/listKinds.js';
import type { ExitCode } from './errors.js';
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
import { resolveProfileDir } from './profileDir.js';

export interface CommonOptions {
  dir?: string;
  debug?: boolean;
}

/** The options of the commands that write items (`writes: true`). */
export interface WriteOptions {
  json?: boolean;
  dryRun?: boolean;
}

/**
 * How an option takes its value: one of a list of choices, a parser (which may refuse the value), or `repeat`
 * (each use adds one value to a list). Without it, a flag with `<value>` takes the text and one without is true.
 */
type OptionValue = readonly string[] | ((value: string) => unknown) | 'repeat';

/** `[flags, description, how it takes its value]`, as `profile COMMAND --help` shows them, in that order. */
export type OptionSpec = readonly [flags: string, describe: string, value?: OptionValue];

/** What a command's call is given besides its argument and options. */
export interface CommandUse {
  context: CommandContext;
  /** The profile folder: --dir, else $PROFILE_DIR, else the nearest profile upward. */
  profileDir(options: CommonOptions): string;
  /** The options every writing command passes on: the folder, --json and --dry-run. */
  writeOptions(options: CommonOptions & WriteOptions): { dir: string; json: boolean; dryRun: boolean };
}

export interface CommandSpec {
  name: string;
  describe: string;
  /** The positional argument, as commander spells it: `[file]` optional, `<ids...>` one or more. */
  argument?: readonly [name: string, describe: string, parse?: (value: string) => unknown];
  /** It writes items, so it takes --dry-run and --json (before its own options). */
  writes?: boolean;
  options: readonly OptionSpec[];
  /** Command lines shown under `Example:` in its help, without the `$ `. */
  examples: readonly string[];
  /** A paragraph after the examples. */
  note?: string;
  /** What --dir means here, when not the profile that is there (`init` creates it, and never looks upward). */
  dirDescribe?: string;
  /** Loads the command's module (only now, so that a cold start pays for one command) and runs it. */
  run(options: CommonOptions, argument: unknown, use: CommandUse): Promise<ExitCode> | Promise<void>;
}

/** A date, read as the profile writes dates (2025, 2025-07, 2025.07.30, Jul 2025); refused at once when it is none. */
function dateOption(describe: string, flag = 'date'): OptionSpec {
  return [`--${flag} <date>`, describe, parseDateOption];
}

/** An item's place in its list, a whole number. */
function orderOption(describe: string): OptionSpec {
  return ['--order <n>', describe, parseOrderOption];
}

/** An add-… command adds a second item like one already there only when told to: `same` names how alike. */
function forceOption(same: string): OptionSpec {
  return ['--force', `add it even when the same ${same} is there (a terminal asks instead)`];
}

const hiddenOption: OptionSpec = ['--hidden', 'keep it off the page'];
const abstractOption: OptionSpec = ['--abstract <text>', 'the abstract (the body of the file)'];

const itemIds: CommandSpec['argument'] = ['<ids...>', 'the items: ids that `list` prints, or unique parts of them'];
const publicationIds: CommandSpec['argument'] = [
  '<ids...>',
  'the publications: ids that `list` prints, or unique parts of them',
];

/** The options `import` and `import-bib` share, after their own. */
const importFlagOptions: readonly OptionSpec[] = [
  ['--dry-run', 'print what would change and write nothing'],
  ['--json', 'print the report as JSON'],
  ['--selected', 'mark every imported publication as selected'],
  ['--hidden', 'mark every imported publication as hidden'],
];

/** `import` and `import-bib`: the command, loaded only when it runs, gets its options (as commander read them) with the folder and the files. */
function runImport<Options extends { dir: string; files: readonly string[] }>(
  load: () => Promise<(options: Options, context: CommandContext) => Promise<ExitCode>>,
): CommandSpec['run'] {
  return async (options, files, { context, profileDir }) => {
    const command = await load();
    return command({ ...options, dir: profileDir(options), files } as Options, context);
  };
}

/** Every command, in the order `profile --help` lists them. */
export const commandTable: readonly CommandSpec[] = [
  {
    name: 'export',
    describe:
      'print or write the page (md), the profile (json, csl-json, jsonresume, bib), a CV (rendercv, cv), or a whole site',
    options: [
      ['-f, --format <format>', 'what to export (default: md)', exportFormats],
      ['-s, --site <site>', "write a site generator's files into --out", exportSites],
      ['-o, --out <path>', 'the file to write (atomically) instead of standard output; the site folder with --site'],
      ['--check', 'write nothing; exit 1 and show a diff when a file of --out is not up to date'],
      ['--force', '--site: overwrite or delete generated files you edited since'],
      [
        '--style <style>',
        `md, academicpages: format publications with a CSL style (${builtInCslStyles.join(', ')} or a .csl file)`,
      ],
      ['--locale <locale>', "the CSL locale for --style (default: the style's own, else en-US)", builtInCslLocales],
      ['--visible', 'bib, csl-json: leave hidden publications out'],
      ['--json', '--site and --check: print the report as JSON'],
    ],
    examples: [
      'profile export --format md > about.md',
      'profile export --format md --style apa --out _pages/about.md',
      'profile export --format bib --visible --out _bibliography/papers.bib',
      'profile export --format jsonresume --out resume.json',
      'profile export --format rendercv --out cv.yaml',
      'profile export --format cv --out cv.pdf',
      'profile export --site academicpages --out ../my-site',
      'profile export --site hugo-blox --out . --check     # in CI: fail when the site is stale',
    ],
    note: [
      'A site export owns only the files it wrote (listed in SITE_DIR/.profile-export.json): it rewrites them,',
      'removes those whose items are gone, and never touches your other files.',
    ].join('\n'),
    async run(
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
      _argument,
      { context, profileDir },
    ) {
      const { exportCommand } = await import('./commands/exportCommand.js');
      const { debug: _debug, dir: _dir, ...rest } = options;
      return exportCommand({ ...rest, dir: profileDir(options) }, context);
    },
  },
  {
    name: 'list',
    describe: 'list the items, newest first',
    argument: ['[kind]', `only one kind: ${listKindNames.join(', ')} (or pub, talk, …)`, parseListKind],
    options: [
      ['-a, --all', 'include hidden items'],
      ['--json', 'print a JSON array for scripts'],
      ['--year <year>', 'only items of this year', parseYear],
      ['--selected', 'only selected publications'],
      ['--sort <order>', 'newest (the default) or citations: the most cited publications first', parseListSort],
    ],
    examples: [
      'profile list news --all',
      'profile list publications --selected --json',
      'profile list publications --sort citations',
    ],
    async run(
      options: CommonOptions & {
        all?: boolean;
        json?: boolean;
        year?: number;
        selected?: boolean;
        sort?: 'newest' | 'citations';
      },
      kind: ListKind | undefined,
      { context, profileDir },
    ) {
      const { listCommand } = await import('./commands/listCommand.js');
      return listCommand(
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
      );
    },
  },
  {
    name: 'init',
    describe: 'create an empty profile (asks for name and e-mail on a terminal)',
    argument: ['[dir]', 'where to create it (default: --dir, $PROFILE_DIR or ./profile)'],
    dirDescribe: 'the profile folder to create, like [dir] (default: $PROFILE_DIR, else ./profile)',
    options: [
      ['--name <name>', "the owner's name"],
      ['--email <email>', "the owner's e-mail"],
    ],
    examples: ['profile init my-profile --name "Ada Lovelace" --email ada@example.org'],
    async run(options: CommonOptions & { name?: string; email?: string }, dir: string | undefined, { context }) {
      const { initCommand } = await import('./commands/initCommand.js');
      await initCommand(
        {
          dir: resolveProfileDir(dir ?? options.dir, context.env, context.cwd),
          ...(options.name === undefined ? {} : { name: options.name }),
          ...(options.email === undefined ? {} : { email: options.email }),
        },
        context,
      );
    },
  },
  {
    name: 'validate',
    describe: 'check every file against the format; exit 1 if any has an error',
    options: [['--json', 'print the problems as JSON']],
    examples: ['profile validate --dir ~/site/profile'],
    async run(options: CommonOptions & { json?: boolean }, _argument, { context, profileDir }) {
      const { validateCommand } = await import('./commands/validateCommand.js');
      return validateCommand({ dir: profileDir(options), json: options.json ?? false }, context);
    },
  },
  {
    name: 'import',
    describe:
      'import publications from ORCID, OpenAlex, Semantic Scholar, DBLP, Crossref, CSL-JSON, RIS or MEDLINE files (- reads standard input), or fetch them from those services with --from; safe to run again',
    argument: ['[file...]', 'files in any of these formats, recognised by their content'],
    options: [
      [
        '--from <id...>',
        'fetch from the services: orcid:ID, openalex:A…, dblp:PID, s2:ID, doi:10.…, arxiv:ID, or profile (the identifiers profile.md names)',
      ],
      ['--save <dir>', 'keep the raw answers of --from in this folder (for CI diffs, or to import again offline)'],
      ...importFlagOptions,
    ],
    examples: [
      'profile import works.json --dry-run',
      'profile import orcid-works.json openalex.json zotero.json',
      'curl -s https://api.openalex.org/works?filter=author.id:A5023888391 | profile import -',
      'profile import --from orcid:0000-0002-1825-0097 dblp:46/5782',
      'profile import --from profile --save sources',
    ],
    run: runImport(async () => (await import('./commands/importCommand.js')).importCommand),
  },
  {
    name: 'import-bib',
    describe: 'import publications from BibTeX files (- reads standard input); safe to run again',
    argument: ['<file...>', 'BibTeX files: Google Scholar, DBLP, Zotero exports, an al-folio papers.bib'],
    options: [
      ...importFlagOptions,
      ['--merge-preprints', 'accepted for old scripts: a preprint always folds into its published version'],
    ],
    examples: [
      'profile import-bib scholar.bib --dry-run',
      'profile import-bib papers.bib dblp.bib scholar.bib',
      'curl -s https://dblp.org/pid/XX.bib | profile import-bib -',
    ],
    run: runImport(async () => (await import('./commands/importBibCommand.js')).importBibCommand),
  },
  {
    name: 'import-page',
    describe: 'turn an existing home page (about.md) into a new profile folder (- reads standard input)',
    argument: ['[file]', 'the page: an academicpages, al-folio or Hugo about.md written by hand'],
    options: [
      ['--merge', 'add to the existing profile only the items it does not have yet'],
      ['--dry-run', 'print the report and write nothing'],
      ['--json', 'print the report as JSON'],
      ['--name <name>', "the owner's name, when no author is in bold on the page"],
    ],
    examples: [
      'profile import-page _pages/about.md --dry-run',
      'profile import-page _pages/about.md --dir profile && profile export --format md --dir profile',
      'profile import-page new-about.md --merge',
      'curl -s https://raw.githubusercontent.com/you/you.github.io/master/_pages/about.md | profile import-page -',
    ],
    async run(
      options: CommonOptions & { merge?: boolean; dryRun?: boolean; json?: boolean; name?: string },
      file: string | undefined,
      { context, profileDir },
    ) {
      const { importPageCommand } = await import('./commands/importPageCommand.js');
      return importPageCommand({ ...options, dir: profileDir(options), file }, context);
    },
  },
  addCommand({
    name: 'add-news',
    noun: 'a news item',
    argument: ['text', 'the news, as inline Markdown'],
    options: [
      dateOption('when (2025.07, 2025-07, 2025-07-30, Jul 2025; default: this month)'),
      ['--hidden', 'keep it off the page (inside the hidden comment)'],
      ['--link <url>', 'append a [link] to the text'],
      forceOption('news (date and text)'),
    ],
    examples: [
      'profile add-news "Our paper is accepted by KDD 2025!" --date 2025.05',
      'profile add-news              # on a terminal: asks, previews, confirms',
    ],
    load: async () => (await import('./commands/addNewsCommand.js')).addNewsCommand,
  }),
  addCommand({
    name: 'add-talk',
    noun: 'a talk',
    argument: ['title', 'the title of the talk'],
    options: [
      dateOption('when (2025-04-28, 2025.04.28, …)'),
      ['--venue <venue>', 'the host or event'],
      ['--location <place>', 'city, country'],
      ['--type <type>', 'the kind of talk', talkTypes],
      ['--url <url>', 'a link for the title'],
      ['--slides <url>', 'the slides'],
      ['--video <url>', 'a recording'],
      ['--lang <code>', 'the language (en, zh, …)'],
      abstractOption,
      hiddenOption,
      forceOption('talk (date and title)'),
    ],
    examples: [
      'profile add-talk "Model Editing for LLMs" --date 2025-04-28 --venue "Xtra Lab, NUS" --type invited-talk',
    ],
    load: async () => (await import('./commands/addTalkCommand.js')).addTalkCommand,
  }),
  addCommand({
    name: 'add-service',
    noun: 'a service entry',
    argument: ['text', 'the entry as the page shows it (inline Markdown)'],
    options: [
      ['--role <role>', 'the role', serviceRoles],
      dateOption('when (2025)'),
      orderOption('its place in the list (smaller first)'),
      hiddenOption,
      forceOption('entry (date and text)'),
    ],
    examples: ['profile add-service "Session Chair of KDD 2025." --role chair --date 2025'],
    load: async () => (await import('./commands/addServiceCommand.js')).addServiceCommand,
  }),
  {
    name: 'add-pub',
    describe: 'add a publication typed by hand; asks for what is missing on a terminal',
    argument: ['[title]', 'the title, plain text'],
    writes: true,
    options: [
      ['--author <name>', 'an author, in order; repeat it (mark * equal contribution, # corresponding)', 'repeat'],
      ['--key <key>', 'the citation key (default: first author, year, first title word: wang2024wise)'],
      dateOption('when it was published (2024, 2024-12)'),
      ['--venue <venue>', 'the journal or proceedings'],
      ['--publisher <publisher>', 'the publisher'],
      ['--label <label>', 'the short label shown on the page (NeurIPS 2024)'],
      ['--url <url>', 'the main link; the page links the title to it'],
      ['--doi <doi>', 'the DOI (10.1145/…)'],
      ['--arxiv <id>', 'the arXiv identifier (2405.14768)'],
      ['--link <type=url>', 'another link (code=https://…, slides=…); repeat it', 'repeat'],
      ['--type <csl-type>', 'the CSL item type (paper-conference, article-journal, article, …)'],
      ['--category <category>', 'the category', publicationCategories],
      ['--status <status>', 'the status', publicationStatuses],
      ['--award <award>', 'an award the paper received'],
      abstractOption,
      ['--selected', 'show it in "only: selected" sections'],
      orderOption('its place among the publications (smaller first)'),
      hiddenOption,
    ],
    examples: [
      'profile add-pub "WISE: Lifelong Model Editing" --author "Peng Wang*" --author "Zexi Li*" \\\n      --author "Ningyu Zhang#" --date 2024 --venue NeurIPS --label "NeurIPS 2024" --selected',
    ],
    async run(
      options: CommonOptions &
        WriteOptions &
        Omit<AddPubOptions, 'dir' | 'authors' | 'links'> & { author: string[]; link: string[] },
      title: string | undefined,
      { context, writeOptions },
    ) {
      const { author, link, ...rest } = options;
      const { addPubCommand } = await import('./commands/addPubCommand.js');
      await addPubCommand(
        { ...rest, ...writeOptions(options), authors: author, links: link, ...(title === undefined ? {} : { title }) },
        context,
      );
    },
  },
  ...cvKindSpecs.map(cvItemCommand),
  {
    name: 'edit',
    describe: 'change fields of an item (--set/--unset), or open it in $EDITOR on a terminal',
    argument: ['<id>', 'the item: an id that `list` prints, or any unique part of one'],
    writes: true,
    options: [
      [
        '--set <field=value>',
        'set a field (value read as YAML: true, 3, 2025-07, "text"); body=… sets the text',
        'repeat',
      ],
      ['--unset <field>', 'remove a field', 'repeat'],
      ['--rename', 'a new date renames a file named after the old one (a terminal asks instead)'],
    ],
    examples: [
      'profile edit news/2025-07-joined-lab --set date=2025.08 --set hidden=true',
      'profile edit wang2024 --set label="NeurIPS 2024 (Spotlight)" --unset award',
      'profile edit wang2024     # on a terminal: opens $VISUAL or $EDITOR, checks the file before saving',
    ],
    async run(
      options: CommonOptions & WriteOptions & { set: string[]; unset: string[]; rename?: boolean },
      id: string,
      { context, writeOptions },
    ) {
      const { editCommand } = await import('./commands/editCommand.js');
      await editCommand(
        { ...writeOptions(options), id, set: options.set, unset: options.unset, rename: options.rename ?? false },
        context,
      );
    },
  },
  {
    name: 'remove',
    describe: 'delete items (asks on a terminal; --yes in scripts)',
    argument: itemIds,
    writes: true,
    options: [['-y, --yes', 'do not ask; needed without a terminal']],
    examples: ['profile remove news/2023-03-joined-best-mba --yes'],
    async run(options: CommonOptions & WriteOptions & { yes?: boolean }, ids: string[], { context, writeOptions }) {
      const { removeCommand } = await import('./commands/removeCommand.js');
      await removeCommand({ ...writeOptions(options), ids, yes: options.yes ?? false }, context);
    },
  },
  hideCommand('hide', true, 'keep items in the folder but off the page (in the hidden comment)'),
  hideCommand('show', false, 'put hidden items back on the page'),
  {
    name: 'select',
    describe: 'show publications in "only: selected" sections',
    argument: publicationIds,
    writes: true,
    options: [orderOption('their place among the publications (smaller first)')],
    examples: ['profile select wang2024wise --order 1'],
    async run(options: CommonOptions & WriteOptions & { order?: number }, ids: string[], { context, writeOptions }) {
      const { selectCommand } = await import('./commands/selectCommand.js');
      await selectCommand(
        {
          ...writeOptions(options),
          ids,
          selected: true,
          ...(options.order === undefined ? {} : { order: options.order }),
        },
        context,
      );
    },
  },
  {
    name: 'unselect',
    describe: 'take publications out of "only: selected" sections',
    argument: publicationIds,
    writes: true,
    options: [],
    examples: ['profile unselect pub/li2022can'],
    async run(options: CommonOptions & WriteOptions, ids: string[], { context, writeOptions }) {
      const { selectCommand } = await import('./commands/selectCommand.js');
      await selectCommand({ ...writeOptions(options), ids, selected: false }, context);
    },
  },
];

/** An `add-…` command's row: its noun (`a talk`), its argument's field, its own options and the command it loads. */
interface AddCommandRow<Options> extends Pick<CommandSpec, 'name' | 'options' | 'examples'> {
  noun: string;
  argument: readonly [field: string, describe: string];
  load: () => Promise<(options: Options, context: CommandContext) => Promise<void>>;
}

/**
 * `add-news`, `add-talk`, `add-service`: they write, ask for what is missing on a terminal, and their command gets its
 * options with the folder, --json, --dry-run and the argument when one was given.
 */
function addCommand<Options>(row: AddCommandRow<Options>): CommandSpec {
  const [field, describeArgument] = row.argument;
  return {
    name: row.name,
    describe: `add ${row.noun}; asks for what is missing on a terminal`,
    argument: [`[${field}]`, describeArgument],
    writes: true,
    options: row.options,
    examples: row.examples,
    async run(options: CommonOptions & WriteOptions, argument: string | undefined, { context, writeOptions }) {
      const command = await row.load();
      const given = argument === undefined ? {} : { [field]: argument };
      await command({ ...options, ...writeOptions(options), ...given } as Options, context);
    },
  };
}

/** `hide` and `show`: one command each way. */
function hideCommand(name: 'hide' | 'show', hidden: boolean, describe: string): CommandSpec {
  return {
    name,
    describe,
    argument: itemIds,
    writes: true,
    options: [],
    examples: [`profile ${name} news/2023-03-joined-best-mba pub/li2024text`],
    async run(options: CommonOptions & WriteOptions, ids: string[], { context, writeOptions }) {
      const { hideCommand } = await import('./commands/hideCommand.js');
      await hideCommand({ ...writeOptions(options), ids, hidden }, context);
    },
  };
}

/** `add-education` and the other CV kinds: their flags come from one table (model/cvItemSpecs.ts). */
function cvItemCommand(spec: CvKindSpec): CommandSpec {
  return {
    name: spec.command,
    describe: `add ${/^[aeiou]/.test(spec.noun) ? 'an' : 'a'} ${spec.noun}; asks for what is missing on a terminal`,
    argument: [`[${spec.argument.field}]`, spec.argument.describe],
    writes: true,
    options: [
      ...spec.options.map((option): OptionSpec => {
        if (option.type === 'flag') return [`--${option.flag}`, option.describe];
        if (option.type === 'date') return dateOption(option.describe, option.flag);
        return [`--${option.flag} <${option.type === 'url' ? 'url' : 'text'}>`, option.describe];
      }),
      ['--notes <text>', 'more about it, in Markdown (the body of the file)'],
      ['--hidden', 'keep it off the page and the CV'],
    ],
    examples: [spec.example],
    async run(
      options: CommonOptions & WriteOptions & Record<string, unknown>,
      argument: string | undefined,
      { context, writeOptions },
    ) {
      const { addCvItemCommand } = await import('./commands/addCvItemCommand.js');
      await addCvItemCommand(
        spec.kind,
        {
          ...writeOptions(options),
          ...(argument === undefined ? {} : { argument }),
          values: options as Record<string, string | PartialDate | boolean | undefined>,
          ...(typeof options.notes === 'string' ? { notes: options.notes } : {}),
          ...(options.hidden === true ? { hidden: true } : {}),
        },
        context,
      );
    },
  };
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

function parseListSort(value: string): 'newest' | 'citations' {
  if (value === 'newest' || value === 'citations') return value;
  throw new InvalidArgumentError('choose newest or citations.');
}

function parseYear(value: string): number {
  if (!/^\d{4}$/.test(value)) throw new InvalidArgumentError('a year is four digits, such as 2025.');
  return Number(value);
}
