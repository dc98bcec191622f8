/**
 * Standard output or error as a command writes to it: the bytes go straight to the descriptor, and whether it is a
 * terminal is asked only when a command wants to know. Building Node's `process.stdout` loads its stream and
 * network modules, a fifth of what `profile list --json` costs on a cold start. Once the descriptor would block
 * (a non-blocking pipe that is full), Node's own stream takes over.
 */
import { writeSync } from 'node:fs';
import type { OutputStream } from '../commandContext.js';
import { isTerminal } from './isTerminal.js';

export function standardOutput(fd: 1 | 2, nodeStream: () => NodeJS.WriteStream): OutputStream {
  let terminal: boolean | undefined;
  let streamWrites = false;
  let readerGone = false;
  return {
    get isTTY() {
      terminal ??= isTerminal(fd);
      return terminal;
    },
    get columns() {
      return this.isTTY ? nodeStream().columns : undefined;
    },
    write(text: string): boolean {
      if (readerGone) return false;
      if (streamWrites) return nodeStream().write(text);
      const bytes = Buffer.from(text, 'utf8');
      let offset = 0;
      while (offset < bytes.length) {
        try {
          offset += writeSync(fd, bytes, offset);
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          // A non-blocking pipe that is full: the stream waits for it; from here on, everything goes through it
          // so that the order of the output stays as written.
          if (code === 'EAGAIN') {
            streamWrites = true;
            return nodeStream().write(bytes.subarray(offset));
          }
          // The reader has gone (`profile list | head`): the rest of the output has nobody to read it.
          if (code === 'EPIPE') {
            readerGone = true;
            return false;
          }
          throw error;
        }
      }
      return true;
    },
  };
}
