/**
 * Markdown rendered by kramdown as Jekyll renders it (GFM parser, academicpages' settings), through one Ruby process
 * per test file that stays running: a document costs a line written and a line read, not a Ruby start.
 * Debian packages the engine (`ruby-kramdown`, `ruby-kramdown-parser-gfm`); CI installs them (.ci/run). Where they
 * are missing, `kramdownMissing` says why, and the tests that need the engine are skipped with that reason (in CI,
 * where PROFILE_REQUIRE_SITE_ENGINES=1, they fail instead).
 */
import { type ChildProcessWithoutNullStreams, spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { test } from 'vitest';

const server = path.join(import.meta.dirname, 'kramdownServer.rb');

/** What kramdown made of a document: its HTML, and the text shown, the comments and the live HTML found in its tree. */
export interface KramdownPage {
  html: string;
  /** The text shown, one entry per paragraph, heading, list item paragraph or code block; typography as kramdown sets it. */
  visible: string[];
  /** The HTML comments' contents (what is between `<!--` and `-->`). */
  comments: string[];
  /** Raw HTML tags other than comments. */
  liveHtml: string[];
  warnings: string[];
}

function probe(): { versions: Record<string, string> } | { missing: string } {
  const result = spawnSync('ruby', [server, '--versions'], { encoding: 'utf8' });
  if (result.error)
    return { missing: 'kramdown: ruby is not installed (apt-get install ruby-kramdown ruby-kramdown-parser-gfm)' };
  if (result.status !== 0) {
    return { missing: 'kramdown: ruby-kramdown and ruby-kramdown-parser-gfm are not installed (see .ci/run)' };
  }
  return { versions: JSON.parse(result.stdout) as Record<string, string> };
}

const probed = probe();
// CI (.ci/run) installs the engines and sets this: there a missing engine fails the run instead of skipping tests.
if ('missing' in probed && process.env.PROFILE_REQUIRE_SITE_ENGINES === '1') {
  throw new Error(`${probed.missing}; PROFILE_REQUIRE_SITE_ENGINES=1 says the engines must be here`);
}

/** Why kramdown tests cannot run here, or undefined when they can. */
export const kramdownMissing: string | undefined = 'missing' in probed ? probed.missing : undefined;
/** The engine versions the tests ran with. */
export const kramdownVersions: Record<string, string> = 'versions' in probed ? probed.versions : {};

let child: ChildProcessWithoutNullStreams | undefined;
const waiting: Array<{ resolve: (page: KramdownPage) => void; reject: (error: Error) => void }> = [];

function running(): ChildProcessWithoutNullStreams {
  if (child) return child;
  const started = spawn('ruby', [server], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  started.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  createInterface({ input: started.stdout }).on('line', (line) => {
    waiting.shift()?.resolve(JSON.parse(line) as KramdownPage);
  });
  started.on('exit', (code) => {
    child = undefined;
    for (const pending of waiting.splice(0)) pending.reject(new Error(`kramdown exited (${code}): ${stderr}`));
  });
  // The test worker may end while Ruby waits for its next line; Ruby ends when its stdin closes.
  started.unref();
  for (const stream of [started.stdin, started.stdout, started.stderr])
    (stream as unknown as { unref?: () => void }).unref?.();
  child = started;
  return started;
}

/** A Markdown document (no front matter) as kramdown renders it. */
export function renderKramdown(markdown: string): Promise<KramdownPage> {
  if (kramdownMissing) throw new Error(kramdownMissing);
  const ruby = running();
  return new Promise((resolve, reject) => {
    waiting.push({ resolve, reject });
    ruby.stdin.write(`${JSON.stringify(markdown)}\n`);
  });
}

/** A test that needs kramdown: where the engine is missing it is skipped, with the reason in its name. */
export function kramdownTest(name: string, body: () => Promise<void>): void {
  test.skipIf(kramdownMissing !== undefined)(kramdownMissing ? `${name} (skipped: ${kramdownMissing})` : name, body);
}
