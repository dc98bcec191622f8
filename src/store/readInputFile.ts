/** The bytes of a file an import reads, or of standard input for `-`, up to a limit that no real page or BibTeX reaches. */
import { open } from 'node:fs/promises';
import path from 'node:path';
import type { CommandContext } from '../commandContext.js';
import { ProfileError, UsageError } from '../errors.js';

/** Far beyond any BibTeX file or page; `/dev/zero` or `yes |` would otherwise fill the memory and never end. */
export const maxInputBytes = 100 * 1024 * 1024;

export interface InputFile {
  /** As given, or `<stdin>`. */
  name: string;
  bytes: Uint8Array;
}

/** What an import reads, for its messages. */
export interface InputKind {
  /** As in "this is a folder, not a page": `a page`, `a BibTeX file`. */
  fileNoun: string;
  /** As in '"-" reads the page from standard input': `the page`, `BibTeX`. */
  contentNoun: string;
  /** How to pipe it in: an empty standard input is usually a failed command before the pipe. */
  pipeHint: string;
  /** What to pass when the path cannot be read. */
  pathHint: string;
}

export async function readInputFile(file: string, context: CommandContext, kind: InputKind): Promise<InputFile> {
  if (file === '-') {
    if (!context.readStdin) throw new UsageError('"-" reads standard input, which this run does not have');
    // Reading a terminal would wait for the user to type it: refuse instead of seeming to hang.
    if (context.stdinIsTerminal) {
      throw new UsageError(
        `"-" reads ${kind.contentNoun} from standard input, which is a terminal here`,
        kind.pipeHint,
      );
    }
    const bytes = await context.readStdin(maxInputBytes);
    if (bytes.length === 0) throw new UsageError('standard input is empty: there is nothing to import', kind.pipeHint);
    if (bytes.length > maxInputBytes) throw tooLarge('<stdin>');
    return { name: '<stdin>', bytes };
  }
  try {
    return { name: file, bytes: await readAtMost(path.resolve(context.cwd, file), file) };
  } catch (error) {
    if (error instanceof ProfileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const message =
      code === 'ENOENT'
        ? 'no such file; nothing was imported'
        : code === 'EISDIR'
          ? `this is a folder, not ${kind.fileNoun}; nothing was imported`
          : `cannot read the file (${code ?? String(error)})`;
    throw new ProfileError(message, { file, hint: kind.pathHint, cause: error });
  }
}

/**
 * A regular file is read into one buffer of its size (a 10 MB download is then never copied from chunks into a
 * second buffer); anything else, or a file that grows while it is read, in chunks, so that a device or a pipe that
 * never ends is stopped at the limit instead of read forever.
 */
async function readAtMost(target: string, shown: string): Promise<Uint8Array> {
  const handle = await open(target, 'r');
  try {
    const stats = await handle.stat();
    const chunks: Buffer[] = [];
    let total = 0;
    if (stats.isFile() && stats.size > 0) {
      if (stats.size > maxInputBytes) throw tooLarge(shown);
      const whole = Buffer.allocUnsafe(stats.size);
      while (total < whole.length) {
        const { bytesRead } = await handle.read(whole, total, whole.length - total, null);
        if (bytesRead === 0) return whole.subarray(0, total);
        total += bytesRead;
      }
      chunks.push(whole);
    }
    for (;;) {
      const chunk = Buffer.allocUnsafe(total === 0 ? 1024 * 1024 : 64 * 1024);
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) return chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, total);
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxInputBytes) throw tooLarge(shown);
    }
  } finally {
    await handle.close();
  }
}

function tooLarge(file: string): ProfileError {
  return new ProfileError(`is larger than ${maxInputBytes / 1024 / 1024} MB; nothing was imported`, {
    file,
    hint: 'check that it is the right file (a device such as /dev/zero never ends); a page or a BibTeX file is far smaller',
  });
}
