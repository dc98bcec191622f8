/** A command context for calling a command in-process: output dropped, no environment, stdin that never answers. */
import type { CommandContext } from '../../src/commandContext.js';

export function quietContext(cwd: string, stdinIsTerminal: boolean): CommandContext {
  return {
    stdout: { write: () => true },
    stderr: { write: () => true },
    interactive: stdinIsTerminal,
    color: false,
    env: {},
    cwd,
    // Never answers, like a terminal nobody types into: a test would time out if the command read it.
    readStdin: () => new Promise<Uint8Array>(() => {}),
    stdinIsTerminal,
  };
}
