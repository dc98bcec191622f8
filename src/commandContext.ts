/** What a command gets from the outside world, so that tests can drive commands without a process. */

export interface OutputStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface CommandContext {
  stdout: OutputStream;
  stderr: OutputStream;
  /** True only when a person can answer a prompt: standard input and output are both terminals. */
  interactive: boolean;
  /** Colour on stdout: only on a terminal, and never with NO_COLOR. */
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
}

export function processContext(): CommandContext {
  const env = process.env;
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  const color = Boolean(process.stdout.isTTY) && env.NO_COLOR === undefined && env.TERM !== 'dumb';
  return { stdout: process.stdout, stderr: process.stderr, interactive, color, env, cwd: process.cwd(), readStdin };
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
