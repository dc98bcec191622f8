/** The program as a whole: version, help, usage errors (exit 2 on stderr), and stack traces only with --debug. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'vitest';
import { repoRoot, runCli } from './runCli.js';
import { useTempFolders } from './tempFolders.js';

const { fresh } = useTempFolders();
const { version } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };

const everyCommand = [
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
];

describe.concurrent('profile', () => {
  test.for([['--version'], ['-V'], ['-v']])('%s prints the package version', async (args, { expect }) => {
    const result = await runCli(args, { cwd: await fresh() });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${version}\n`);
    expect(result.stderr).toBe('');
  });

  test('--help lists every command and the exit codes', async ({ expect }) => {
    const result = await runCli(['--help'], { cwd: await fresh() });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^Usage: profile /);
    const listed = [...result.stdout.matchAll(/^ {2}([a-z][a-z-]*) /gm)].map((match) => match[1]);
    expect(listed).toEqual([...everyCommand, 'help']);
    // The options every command takes, which may come first, are the program's own too.
    expect(result.stdout).toMatch(
      /^Options:\n {2}-V, --version +print the version\n {2}--dir <dir> +the profile folder/m,
    );
    expect(result.stdout).toMatch(/^ {2}--debug +show stack traces of errors\n {2}-h, --help +show help\n/m);
    expect(result.stdout).toContain('Exit codes: 0 success, 1 problems found, 2 usage error');
  });

  // The CLI sets up only the command it runs: each must still parse its own options and show its own help.
  test.for(everyCommand)('%s --help shows its options and an example', async (command, { expect }) => {
    const result = await runCli([command, '--help'], { cwd: await fresh() });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^Usage: profile ${command} `));
    expect(result.stdout).toMatch(/Examples?:\n {2}\$ profile /);
    expect(result.stdout).toContain('--dir <dir>');
  });

  test('init --help says what --dir means for init, which never looks upward', async ({ expect }) => {
    const result = await runCli(['init', '--help'], { cwd: await fresh() });
    // Commander wraps the help to the width it finds: compared with the spaces made one.
    expect(result.stdout.replace(/\s+/g, ' ')).toContain(
      ' --dir <dir> the profile folder to create, like [dir] (default: $PROFILE_DIR, else ./profile) ',
    );
    expect(result.stdout).not.toContain('upward');
  });

  test('export --help names every format and site and shows examples', async ({ expect }) => {
    const result = await runCli(['export', '--help'], { cwd: await fresh() });
    expect(result.stdout).toContain('$ profile export --format md');
    expect(result.stdout).toContain('$ profile export --format jsonresume --out resume.json');
    expect(result.stdout).toContain('$ profile export --site academicpages --out ');
    for (const choice of ['md', 'json', 'bib', 'csl-json', 'jsonresume', 'academicpages', 'al-folio', 'hugo-blox']) {
      expect(result.stdout).toContain(`"${choice}"`);
    }
  });

  test.for([
    ['an unknown command', ['frobnicate'], "unknown command 'frobnicate'"],
    ['an unknown flag', ['export', '--bogus'], "unknown option '--bogus'"],
    ['an unknown format', ['export', '--format', 'docx'], "'docx' is invalid"],
    ['a missing option value', ['export', '--format'], "'-f, --format <format>' argument missing"],
  ] as const)(
    '%s: exit 2, the error and a pointer to --help on stderr, nothing on stdout',
    async ([, args, message], { expect }) => {
      const result = await runCli(args, { cwd: await fresh() });
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(message);
      expect(result.stderr).toContain('--help');
      expect(result.stderr).not.toMatch(/^ {4}at /m);
    },
  );

  test("a usage error is its line and a pointer to the command's help, not the whole help", async ({ expect }) => {
    const result = await runCli(['export', '--format', 'docx'], { cwd: await fresh() });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      "error: option '-f, --format <format>' argument 'docx' is invalid. Allowed choices are md, json, bib, csl-json, jsonresume, rendercv, cv.\n" +
        'run "profile export --help"\n',
    );
  });

  test('profile help and profile help export print help and exit 0', async ({ expect }) => {
    const cwd = await fresh();
    const [help, helpExport] = await Promise.all([runCli(['help'], { cwd }), runCli(['help', 'export'], { cwd })]);
    expect([help.status, helpExport.status]).toEqual([0, 0]);
    expect(help.stdout).toContain('Usage: profile [options] [command]');
    expect(helpExport.stdout).toContain('Usage: profile export [options]');
    expect(help.stderr + helpExport.stderr).toBe('');
    // Help for a command that does not exist is a usage error: its line and the pointer, not the whole help.
    const unknown = await runCli(['help', 'exprot'], { cwd });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toBe('error: unknown command \'exprot\'\n(Did you mean export?)\nrun "profile --help"\n');
  });

  test('the common options before no command: as profile alone, which shows the usage on stderr, exit 2', async ({
    expect,
  }) => {
    const cwd = await fresh();
    const [alone, ...withOptions] = await Promise.all(
      [[], ['--dir', 'somewhere'], ['--dir=somewhere'], ['--debug'], ['--dir', 'somewhere', '--debug']].map((args) =>
        runCli(args, { cwd }),
      ),
    );
    expect(alone?.status).toBe(2);
    expect(alone?.stdout).toBe('');
    expect(alone?.stderr).toMatch(/^Usage: profile \[options\] \[command\]\n/);
    for (const result of withOptions) {
      expect([result.status, result.stdout, result.stderr]).toEqual([alone?.status, alone?.stdout, alone?.stderr]);
    }
  });

  test.for([
    [['--dir'], 'profile'],
    [['--debug', '--dir'], 'profile'],
    [['list', '--dir'], 'profile list'],
    [['export', '--debug', '--dir'], 'profile export'],
  ])('profile %j: --dir without its folder is a usage error of one line', async ([args, help], { expect }) => {
    const result = await runCli(args as string[], { cwd: await fresh() });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`error: option '--dir <dir>' argument missing\nrun "${help} --help"\n`);
  });

  test.for([
    [['--dir', '--json', 'list'], '--json', 'profile list'],
    [['list', '--dir', '--json'], '--json', 'profile list'],
    [['--debug', '--dir', '--debug'], '--debug', 'profile'],
    [['init', '--dir', '-x'], '-x', 'profile init'],
  ])('profile %j: the next option is not taken for the folder', async ([args, option, help], { expect }) => {
    const result = await runCli(args as string[], { cwd: await fresh() });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `error: option '--dir <dir>' argument '${option}' is invalid. --dir needs a folder, not an option ` +
        `(write ./${option} for a folder of that name).\nrun "${help} --help"\n`,
    );
  });

  test('--dir "" (an unset variable) is refused rather than read as the working folder', async ({ expect }) => {
    const cwd = await fresh();
    const results = await Promise.all([runCli(['init', '--dir', ''], { cwd }), runCli(['--dir=', 'list'], { cwd })]);
    expect(results.map((result) => [result.status, result.stdout, result.stderr])).toEqual([
      [
        2,
        '',
        "error: option '--dir <dir>' argument '' is invalid. --dir needs a folder (. is this one).\nrun \"profile init --help\"\n",
      ],
      [
        2,
        '',
        "error: option '--dir <dir>' argument '' is invalid. --dir needs a folder (. is this one).\nrun \"profile list --help\"\n",
      ],
    ]);
    expect(readdirSync(cwd)).toEqual([]);
  });

  test('profile --dir X help list is profile help list', async ({ expect }) => {
    const cwd = await fresh();
    const [given, plain] = await Promise.all([
      runCli(['--dir', 'x', 'help', 'list'], { cwd }),
      runCli(['help', 'list'], { cwd }),
    ]);
    expect(given.status).toBe(0);
    expect(given.stdout).toMatch(/^Usage: profile list /);
    expect([given.stdout, given.stderr]).toEqual([plain.stdout, plain.stderr]);
  });

  test('an error shows a stack trace only with --debug (or PROFILE_DEBUG=1)', async ({ expect }) => {
    const cwd = await fresh();
    const [plain, debug, debugEnv] = await Promise.all([
      runCli(['export', '--dir', 'missing'], { cwd }),
      runCli(['export', '--dir', 'missing', '--debug'], { cwd }),
      runCli(['export', '--dir', 'missing'], { cwd, env: { PROFILE_DEBUG: '1' } }),
    ]);
    for (const result of [plain, debug, debugEnv]) {
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('missing/profile.md: error: ');
    }
    expect(plain.stderr).not.toMatch(/^ {4}at /m);
    expect(debug.stderr).toMatch(/^ {4}at /m);
    expect(debugEnv.stderr).toMatch(/^ {4}at /m);
  });
});
