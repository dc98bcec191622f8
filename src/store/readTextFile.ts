/** A text file named on the command line (a CSL style, an export target to compare with), read whole as UTF-8. */
import { readFile } from 'node:fs/promises';

export async function readTextFile(file: string): Promise<string> {
  return readFile(file, 'utf8');
}

/** The file's text, or undefined when there is no such file; any other failure is thrown as it is. */
export async function readTextFileIfExists(file: string): Promise<string | undefined> {
  return readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
}
