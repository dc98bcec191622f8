/** Splits a Markdown file into YAML front matter and body; refuses every front-matter language but YAML. */
import { ProfileError } from '../errors.js';

export interface SplitFile {
  /** The YAML between the two `---` lines; its line 1 is the file's line 2. */
  yaml: string;
  body: string;
}

const delimiter = /^---[ \t]*$/;
const closingDelimiter = /^(?:---|\.\.\.)[ \t]*$/;

/** `file` is only used in error messages. No YAML is parsed here, so this module loads no YAML library. */
export function splitFrontMatter(text: string, file: string): SplitFile {
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const opening = lines[0] ?? '';
  if (!opening.startsWith('---')) {
    throw new ProfileError('the file has no front matter', {
      file,
      line: 1,
      hint: 'start the file with a line "---", the YAML fields, and another line "---"',
    });
  }
  if (!delimiter.test(opening)) {
    // `---js`, `---javascript`, `---coffee`: gray-matter would run these as code (CVE-2022-25863).
    const language = opening.slice(3).trim();
    throw new ProfileError(`front matter in "${language}" is refused: only YAML front matter is read`, {
      file,
      line: 1,
      hint: 'make the first line exactly "---" and write the fields as YAML',
    });
  }
  const closingIndex = lines.findIndex((line, index) => index > 0 && closingDelimiter.test(line));
  if (closingIndex < 0) {
    throw new ProfileError('the front matter is not closed', {
      file,
      line: 1,
      hint: 'add a line "---" after the last YAML field',
    });
  }
  return { yaml: lines.slice(1, closingIndex).join('\n'), body: lines.slice(closingIndex + 1).join('\n') };
}

/** Front matter must be a map of fields (or empty). */
export function asFieldMap(value: unknown, file: string): Record<string, unknown> {
  if (value !== null && value !== undefined && (typeof value !== 'object' || Array.isArray(value))) {
    throw new ProfileError('the front matter must be a list of "field: value" lines', { file, line: 2 });
  }
  return (value ?? {}) as Record<string, unknown>;
}
