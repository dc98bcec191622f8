/** The `profile` program: parses arguments, runs one command, turns errors into messages and exit codes. */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { type CommandContext, processContext } from './commandContext.js';
import { type ExportFormat, exportCommand, exportFormats } from './commands/exportCommand.js';
import { initCommand } from './commands/initCommand.js';
import { type ListKind, listCommand, listKinds } from './commands/listCommand.js';
import { validateCommand } from './commands/validateCommand.js';
import { ExitCode, formatLocation, ProfileError } from './errors.js';
import { InvalidProfileError } from './store/problems.js';
import { resolveProfileDir } from './store/profileDir.js';
import { printProblems } from './ui/printProblems.js';

declare const __PROFILE_VERSION__: string;
const version = typeof __PROFILE_VERSION__ === 'string' ? __PROFILE_VERSION__ : '0.0.0-dev';

interface CommonOptions {
  dir?: string;
  debug?: boolean;
}

export async function run(argv: readonly string[], context: CommandContext): Promise<ExitCode> {
  let exitCode: ExitCode = ExitCode.ok;
  const program = buildProgram(context, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    return reportError(error, context, argv.includes('--debug') || context.env.PROFILE_DEBUG === '1');
  }
}

function buildProgram(context: CommandContext, setExitCode: (code: ExitCode) => void): Command {
  const profileDir = (options: CommonOptions) => resolveProfileDir(options.dir, context.env, context.cwd);
  const program = new Command('profile')
    .description('Keep an academic profile as a folder of plain files, and export the pages and files you publish.')
    .version(version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: (text) => context.stdout.write(text), writeErr: (text) => context.stderr.write(text) })
    .addHelpText(
      'after',
      "\nExit codes: 0 success, 1 problems found, 2 usage error, 130 interrupted.\nRun `profile COMMAND --help` for a command's options and an example.",
    );

  const withCommonOptions = (command: Command) =>
    command
      .option('--dir <dir>', 'the profile folder (default: $PROFILE_DIR or ./profile)')
      .option('--debug', 'show stack traces of errors');

  withCommonOptions(program.command('export'))
    .description('print or write the page (md) or the whole profile (json)')
    .addOption(new Option('-f, --format <format>', 'what to export').choices(exportFormats).default('md'))
    .option('-o, --out <file>', 'write to this file (atomically) instead of standard output')
    .addHelpText(
      'after',
      '\nExamples:\n  $ profile export --format md > about.md\n  $ profile export --format json --out profile.json',
    )
    .action(async (options: CommonOptions & { format: ExportFormat; out?: string }) => {
      await exportCommand(
        { dir: profileDir(options), format: options.format, ...(options.out ? { out: options.out } : {}) },
        context,
      );
    });

  withCommonOptions(program.command('list'))
    .description('list the items, newest first')
    .argument('[kind]', `only one kind: ${Object.keys(listKinds).join(', ')}`, parseListKind)
    .option('-a, --all', 'include hidden items')
    .option('--json', 'print a JSON array for scripts')
    .option('--year <year>', 'only items of this year', parseYear)
    .option('--selected', 'only selected publications')
    .addHelpText('after', '\nExamples:\n  $ profile list news --all\n  $ profile list publications --selected --json')
    .action(
      async (
        kind: ListKind | undefined,
        options: CommonOptions & { all?: boolean; json?: boolean; year?: number; selected?: boolean },
      ) => {
        await listCommand(
          {
            dir: profileDir(options),
            ...(kind ? { kind } : {}),
            all: options.all ?? false,
            json: options.json ?? false,
            ...(options.year === undefined ? {} : { year: options.year }),
            selected: options.selected ?? false,
          },
          context,
        );
      },
    );

  withCommonOptions(program.command('init'))
    .description('create an empty profile (asks for name and e-mail on a terminal)')
    .argument('[dir]', 'where to create it (default: --dir, $PROFILE_DIR or ./profile)')
    .option('--name <name>', "the owner's name")
    .option('--email <email>', "the owner's e-mail")
    .addHelpText('after', '\nExample:\n  $ profile init my-profile --name "Ada Lovelace" --email ada@example.org')
    .action(async (dir: string | undefined, options: CommonOptions & { name?: string; email?: string }) => {
      await initCommand(
        {
          dir: resolveProfileDir(dir ?? options.dir, context.env, context.cwd),
          ...(options.name === undefined ? {} : { name: options.name }),
          ...(options.email === undefined ? {} : { email: options.email }),
        },
        context,
      );
    });

  withCommonOptions(program.command('validate'))
    .description('check every file against the format; exit 1 if any has an error')
    .option('--json', 'print the problems as JSON')
    .addHelpText('after', '\nExample:\n  $ profile validate --dir ~/site/profile')
    .action(async (options: CommonOptions & { json?: boolean }) => {
      setExitCode(await validateCommand({ dir: profileDir(options), json: options.json ?? false }, context));
    });

  return program;
}

function parseListKind(value: string): ListKind {
  if (value in listKinds) return value as ListKind;
  throw new InvalidArgumentError(`choose one of ${Object.keys(listKinds).join(', ')}.`);
}

function parseYear(value: string): number {
  if (!/^\d{4}$/.test(value)) throw new InvalidArgumentError('a year is four digits, such as 2025.');
  return Number(value);
}

function reportError(error: unknown, context: CommandContext, debug: boolean): ExitCode {
  if (error instanceof CommanderError) {
    const shownHelp = ['commander.helpDisplayed', 'commander.version'].includes(error.code);
    return shownHelp ? ExitCode.ok : ExitCode.usage;
  }
  if (error instanceof InvalidProfileError) {
    printProblems(error.problems, context.stderr);
  }
  if (error instanceof ProfileError) {
    context.stderr.write(`${formatLocation(error.file, error.line)}error: ${error.message}\n`);
    if (error.hint) context.stderr.write(`  hint: ${error.hint}\n`);
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

/** The entry point of the executable; the only place that sets the process's exit code. */
export async function main(): Promise<void> {
  process.exitCode = await run(process.argv.slice(2), processContext());
}
