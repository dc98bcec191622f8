/**
 * Standard output or error as a command writes to it: the bytes go straight to the descriptor, and whether it is a
 * terminal is asked only when a command wants to know. Building Node's `process.stdout` loads its stream and
 * network modules, a fifth of what `profile list --json` costs on a cold start. Once the descriptor would block
 * (a non-blocking pipe that is full), Node's own stream takes over.
 */
import { writeSync } from 'node:fs';
import type { OutputStream } from '../commandContext.js';
import { ProfileError } from '../errors.js';
import { isTerminal } from './isTerminal.js';

/**
 * A failed write to standard output (a full disk behind `> file`, `> /dev/full`, an I/O error, a descriptor not open
 * for writing) is a ProfileError, not a stack trace. On standard error there is nowhere left to report one: it is
 * dropped.
 */
export function standardOutput(
  fd: 1 | 2,
  nodeStream: () => NodeJS.WriteStream,
  /** The system call, replaced only by tests of failures a real descriptor cannot be made to give on demand. */
  writeBytes: (fd: number, bytes: Uint8Array, offset: number) => number = writeSync,
): OutputStream {
  let terminal: boolean | undefined;
  let streamWrites = false;
  let readerGone = false;
  let failure: string | undefined;
  const fail = (written: string, error: unknown): boolean => {
    const code = readerGoneCode(written);
    failure ??= code;
    readerGone = true;
    if (fd === 2 || code === 'EPIPE') return false;
    throw new ProfileError(`cannot write to standard output (${code})`, {
      hint: outputErrorHints[code] ?? 'check where standard output goes, or write to a file with --out',
      cause: error,
    });
  };
  const stream = () => {
    const node = nodeStream();
    // Without a listener an error of the stream (after the command returned) would end the process with a trace.
    if (node.listenerCount('error') === 0) {
      node.on('error', (error: NodeJS.ErrnoException) => {
        // A write queued after the reader went fails as "destroyed": the reader's going is what happened.
        failure ??= error.code === 'ERR_STREAM_DESTROYED' ? 'EPIPE' : readerGoneCode(error.code ?? 'EIO');
        readerGone = true;
      });
    }
    return node;
  };
  return {
    get failure() {
      return failure;
    },
    get isTTY() {
      terminal ??= isTerminal(fd);
      return terminal;
    },
    get columns() {
      return this.isTTY ? nodeStream().columns : undefined;
    },
    write(text: string): boolean {
      if (readerGone) return false;
      if (streamWrites) return stream().write(text);
      const bytes = Buffer.from(text, 'utf8');
      let offset = 0;
      while (offset < bytes.length) {
        try {
          offset += writeBytes(fd, bytes, offset);
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          // A non-blocking pipe that is full: the stream waits for it; from here on, everything goes through it
          // so that the order of the output stays as written.
          if (code === 'EAGAIN') {
            streamWrites = true;
            return stream().write(bytes.subarray(offset));
          }
          // EPIPE: the reader has gone (`profile list | head`); the rest of the output has nobody to read it. A
          // command whose output is data (export) turns that into an error itself.
          if (typeof code === 'string') return fail(code, error);
          throw error;
        }
      }
      return true;
    },
  };
}

/**
 * EPIPE for every way a write says its reader has gone. A pipe says EPIPE; the socket pair Node's `spawn` gives a child
 * as its standard output says ECONNRESET when the parent closes its end first (`child.stdout.destroy()`).
 */
function readerGoneCode(code: string): string {
  return code === 'ECONNRESET' ? 'EPIPE' : code;
}

const outputErrorHints: Readonly<Record<string, string>> = {
  ENOSPC: 'the disk behind standard output is full; free some space, or write elsewhere with --out',
  EDQUOT: 'your disk quota is used up; free some space, or write elsewhere with --out',
  EFBIG: 'the file behind standard output cannot grow any more; write elsewhere with --out',
  EIO: 'the terminal or disk behind standard output reported an input/output error; write to a file with --out',
  EBADF: 'standard output is closed or not open for writing; redirect it to a file, or use --out',
};
