/** The `profile` program: parses arguments, runs one command, turns errors into messages and exit codes. */
import path from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { type CommandContext, processContext } from './commandContext.js';
import {
  type CommandSpec,
  type CommandUse,
  type CommonOptions,
  commandTable,
  type OptionSpec,
} from './commandTable.js';
import { ExitCode, formatLocation, ProfileError } from './errors.js';
import { InvalidProfileError } from './problems.js';
import { findProfileDir } from './store/findProfileDir.js';
import { printProblems } from './ui/printProblems.js';
import { escapeTerminalText } from './ui/terminalText.js';

declare const __PROFILE_VERSION__: string;
const version = typeof __PROFILE_VERSION__ === 'string' ? __PROFILE_VERSION__ : '0.0.0-dev';

/** Whether a command is set up: building all of them costs a cold start more than parsing the one that runs. */
type WantedCommand = (name: string) => boolean;

export async function run(givenArgv: readonly string[], context: CommandContext): Promise<ExitCode> {
  let exitCode: ExitCode = ExitCode.ok;
  const argv = helpOfUnknownCommand(commonOptionsAfterCommand(versionOfShortV(givenArgv)));
  // `profile list …` needs only `list`; help, a misspelt command (for commander's suggestion) or none need all.
  const named = commandTable.find((command) => command.name === argv[0])?.name;
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

/**
 * `profile --dir X --debug list …` → `profile list --dir X --debug …`: commander reads them as the command's own.
 * Without a command after them (`profile --dir X`, `profile --dir`), they stay first, where the program's own
 * declaration of them reads them: the usage of `profile` alone, or its one-line error for a missing value.
 */
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
      // `profile --debug --dir`: left as it is, for the program's own error about the missing value.
      if (!together && index + 1 >= argv.length) return argv;
      leading.push(...argv.slice(index, index + (together ? 1 : 2)));
      index += together ? 1 : 2;
    } else {
      break;
    }
  }
  if (leading.length === 0 || index >= argv.length) return argv;
  // `profile --dir X help list` is `profile help list`: help takes no options.
  if (argv[index] === 'help') return argv.slice(index);
  return [argv[index] ?? '', ...leading, ...argv.slice(index + 1)];
}

/** `profile -v` → `profile --version`, as `npm -v` and `node -v` (commander takes one short flag: `-V`). */
function versionOfShortV(argv: readonly string[]): readonly string[] {
  return argv[0] === '-v' ? ['--version', ...argv.slice(1)] : argv;
}

/** `profile help nope` → `profile nope`: the one-line usage error, not commander's whole help on stderr. */
function helpOfUnknownCommand(argv: readonly string[]): readonly string[] {
  const [first, name] = argv;
  const unknown =
    first === 'help' && name !== undefined && !name.startsWith('-') && !commandTable.some((c) => c.name === name);
  return unknown ? argv.slice(1) : argv;
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
  const writeOptions: CommandUse['writeOptions'] = (options) => ({
    dir: profileDir(options),
    json: options.json ?? false,
    dryRun: options.dryRun ?? false,
  });
  const program = new Command('profile')
    .description('Keep an academic profile as a folder of plain files, and export the pages and files you publish.')
    .version(version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    // A usage error is its one line and where to read more; the whole help would scroll the error away.
    .showHelpAfterError('run "profile --help"')
    // The common options, when they come first, belong to the program; after a command's name, to the command.
    .enablePositionalOptions()
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

  for (const spec of commonOptions) program.addOption(optionOf(spec));
  for (const spec of commandTable) {
    if (wanted(spec.name)) addCommand(program, spec, { context, profileDir, writeOptions }, setExitCode);
  }
  return program;
}

/** One row of the command table as a commander command: its options, its help, its call. */
function addCommand(program: Command, spec: CommandSpec, use: CommandUse, setExitCode: (code: ExitCode) => void) {
  const command = program
    .command(spec.name)
    .showHelpAfterError(`run "profile ${spec.name} --help"`)
    .description(spec.describe);
  if (spec.argument) {
    const [name, describe, parse] = spec.argument;
    if (parse) command.argument(name, describe, parse);
    else command.argument(name, describe);
  }
  const common = commonOptions.map(([flags, describe, value]): OptionSpec => {
    return flags === '--dir <dir>' && spec.dirDescribe !== undefined
      ? [flags, spec.dirDescribe, value]
      : [flags, describe, value];
  });
  const options: OptionSpec[] = [...common, ...(spec.writes ? writeOptionSpecs : []), ...spec.options];
  for (const spec of options) command.addOption(optionOf(spec));
  const examples = spec.examples.map((example) => `  $ ${example}`).join('\n');
  const note = spec.note === undefined ? '' : `\n\n${spec.note}`;
  command.addHelpText('after', `\nExample${spec.examples.length > 1 ? 's' : ''}:\n${examples}${note}`);
  command.action(async (...received: unknown[]) => {
    const options = command.opts<CommonOptions>();
    const argument = spec.argument ? received[0] : undefined;
    const exitCode = await spec.run(options, argument, use);
    if (typeof exitCode === 'number') setExitCode(exitCode);
  });
}

function optionOf([flags, describe, value]: OptionSpec): Option {
  const option = new Option(flags, describe);
  if (value === 'repeat') option.default([]).argParser(collect);
  else if (typeof value === 'function') option.argParser(value);
  else if (value) option.choices(value);
  return option;
}

/** The options every command takes, first in its help. */
const commonOptions: readonly OptionSpec[] = [
  [
    '--dir <dir>',
    'the profile folder (default: $PROFILE_DIR, else the nearest profile upward, else ./profile)',
    parseDirOption,
  ],
  ['--debug', 'show stack traces of errors'],
];

/** The options of every command that writes items, after the common ones. */
const writeOptionSpecs: readonly OptionSpec[] = [
  ['--dry-run', 'show what would change and write nothing'],
  ['--json', 'print the item(s) as JSON for scripts (never asks questions)'],
];

/**
 * A folder, not the next option taken as one because the folder was forgotten (`profile list --dir --json` would
 * read a profile in `./--json`), nor an empty word (`--dir "$UNSET"` would quietly use the working folder).
 */
function parseDirOption(value: string): string {
  if (value === '') throw new InvalidArgumentError('--dir needs a folder (. is this one).');
  if (value.startsWith('-')) {
    throw new InvalidArgumentError(`--dir needs a folder, not an option (write ./${value} for a folder of that name).`);
  }
  return value;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
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
