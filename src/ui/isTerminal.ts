/**
 * Whether a file descriptor is a terminal. `node:tty` is loaded on the first question, not with the CLI: it loads
 * Node's network and stream modules, which cost a cold start more than anything `profile list --json` does itself.
 */
import { createRequire } from 'node:module';

let tty: typeof import('node:tty') | undefined;

export function isTerminal(fd: number): boolean {
  tty ??= createRequire(import.meta.url)('node:tty') as typeof import('node:tty');
  return tty.isatty(fd);
}
