/** Colour in a real process: never into a pipe unless FORCE_COLOR says so; on a terminal unless NO_COLOR or FORCE_COLOR=0. */
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, test } from 'vitest';
import { shellWord } from '../../src/ui/shellWord.js';
import { cliBin, runCli, runProcess } from './runCli.js';
import { copyBundledProfile, useTempFolders } from './tempFolders.js';

const { fresh } = useTempFolders();
let root = '';

beforeAll(async () => {
  root = await fresh();
  await copyBundledProfile(root);
});

const boldHeader = '\x1b[1mID DATE FLAGS TITLE\x1b[22m';
const plainHeader = 'ID DATE FLAGS TITLE';

/** The table's first line with its columns' padding (and a terminal's carriage return) taken out. */
function headerOf(output: string): string {
  return (output.split('\n')[0] ?? '').replace(/\r$/, '').replace(/ +/g, ' ');
}

describe.concurrent('colour into a pipe', () => {
  test.for([
    ['nothing set', {}, plainHeader],
    ['FORCE_COLOR=1', { FORCE_COLOR: '1' }, boldHeader],
    ['FORCE_COLOR=1 and NO_COLOR=1', { FORCE_COLOR: '1', NO_COLOR: '1' }, boldHeader],
    ['FORCE_COLOR= (empty)', { FORCE_COLOR: '' }, plainHeader],
    ['FORCE_COLOR=0', { FORCE_COLOR: '0' }, plainHeader],
  ] as const)('%s', async ([, env, header], { expect }) => {
    const result = await runCli(['list', 'news'], { cwd: root, env: { TERM: 'xterm-256color', ...env } });
    expect(result.status).toBe(0);
    expect(headerOf(result.stdout)).toBe(header);
  });
});

// util-linux `script` runs the command on a pseudo-terminal: what only a real terminal shows.
const hasScript = process.platform === 'linux' && spawnSync('script', ['--version']).status === 0;

describe.skipIf(!hasScript)('colour on a terminal (needs util-linux script)', () => {
  test.concurrent.for([
    ['nothing set', {}, boldHeader],
    ['NO_COLOR= (empty: not set)', { NO_COLOR: '' }, boldHeader],
    ['NO_COLOR=1', { NO_COLOR: '1' }, plainHeader],
    ['FORCE_COLOR=0', { FORCE_COLOR: '0' }, plainHeader],
    ['FORCE_COLOR=false', { FORCE_COLOR: 'false' }, plainHeader],
    ['TERM=dumb', { TERM: 'dumb' }, plainHeader],
  ] as const)('%s', async ([, env, header], { expect }) => {
    const command = [process.execPath, cliBin, 'list', 'news'].map(shellWord).join(' ');
    const result = await runProcess('script', ['-qec', command, '/dev/null'], {
      cwd: root,
      env: { TERM: 'xterm-256color', ...env },
    });
    expect(result.status).toBe(0);
    expect(headerOf(result.stdout)).toBe(header);
  });
});
