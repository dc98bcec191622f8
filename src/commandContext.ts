/** What a command gets from the outside world, so that tests can drive commands without a process. */
import { colorWanted } from './ui/colorChoice.js';
import { isTerminal } from './ui/isTerminal.js';
import { standardOutput } from './ui/standardOutput.js';

export interface OutputStream {
  write(text: string): unknown;
  isTTY?: boolean;
  /** The terminal's width, when it is one. */
  columns?: number;
  /** The error code of the first write that failed (EPIPE when the reader went away), if any. */
  readonly failure?: string | undefined;
}

export interface CommandContext {
  stdout: OutputStream;
  stderr: OutputStream;
  /** True only when a person can answer a prompt: standard input and output are both terminals. */
  interactive: boolean;
  /** Colour on stdout (nothing is coloured on stderr): see colorWanted for the terminal, NO_COLOR and FORCE_COLOR. */
  color: boolean;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** The clock, for defaults such as "this month"; the system clock when absent. */
  now?: () => Date;
  /**
   * All of standard input (for a `-` file argument); none when absent. Reading stops once more than `maxBytes` came
   * (the result is then longer than `maxBytes`), so that an input that never ends cannot fill the memory.
   */
  readStdin?: (maxBytes: number) => Promise<Uint8Array>;
  /** Standard input is a terminal: reading it would wait for typing. */
  stdinIsTerminal?: boolean;
}

/** The context of the real process. */
export interface ProcessContext extends CommandContext {
  /** True when no output waits in one of Node's streams, so that the process may end at once without losing it. */
  outputIsWritten(): boolean;
  /** Resolves once what waits in Node's streams is written (or has failed). */
  outputFlushed(): Promise<void>;
}

export function processContext(): ProcessContext {
  const env = process.env;
  let nodeStreamsUsed = false;
  const nodeStream = (stream: () => NodeJS.WriteStream) => () => {
    nodeStreamsUsed = true;
    return stream();
  };
  const stdout = standardOutput(
    1,
    nodeStream(() => process.stdout),
  );
  // Asked only when a command needs to know, and not through process.stdin.isTTY: touching process.stdin makes Node
  // build a stream for it, which loads modules that most commands never use.
  return {
    stdout,
    stderr: standardOutput(
      2,
      nodeStream(() => process.stderr),
    ),
    get interactive() {
      return Boolean(stdout.isTTY) && isTerminal(0);
    },
    get color() {
      return colorWanted(Boolean(stdout.isTTY), env);
    },
    env,
    cwd: process.cwd(),
    readStdin,
    get stdinIsTerminal() {
      return isTerminal(0);
    },
    outputIsWritten: () =>
      !nodeStreamsUsed || (process.stdout.writableLength === 0 && process.stderr.writableLength === 0),
    outputFlushed: () =>
      Promise.all(
        [process.stdout, process.stderr].map(
          (stream) =>
            new Promise<void>((resolve) =>
              stream.writableLength === 0 ? resolve() : stream.write('', () => resolve()),
            ),
        ),
      ).then(() => undefined),
  };
}

async function readStdin(maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    total += (chunk as Buffer).length;
    // Leaving the loop destroys the stream: the writer gets EPIPE instead of waiting on us.
    if (total > maxBytes) break;
  }
  return Buffer.concat(chunks);
}
