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
  return splitPlainFrontMatter(text) ?? splitAnyFrontMatter(text, file);
}

/**
 * The common case, without splitting the whole file (an abstract can be long) into lines: `---` alone on the first
 * line, LF line ends, no byte order mark. Gives what splitAnyFrontMatter gives, or undefined for it to decide.
 */
function splitPlainFrontMatter(text: string): SplitFile | undefined {
  if (!text.startsWith('---\n') || text.includes('\r') || text.charCodeAt(0) === 0xfeff) return undefined;
  for (let start = 4; start <= text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const first = text.charCodeAt(start);
    // Only a line starting with `-` or `.` can close it; the others are not even looked at twice.
    if ((first === 0x2d || first === 0x2e) && closingDelimiter.test(text.slice(start, end))) {
      return { yaml: text.slice(4, Math.max(4, start - 1)), body: newline < 0 ? '' : text.slice(newline + 1) };
    }
    if (newline < 0) return undefined;
    start = newline + 1;
  }
  return undefined;
}

function splitAnyFrontMatter(text: string, file: string): SplitFile {
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
