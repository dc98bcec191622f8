/** Splits a Markdown file into YAML front matter and body; refuses every front-matter language but YAML. */
import { ProfileError } from '../errors.js';
import { parseSafeYaml } from './safeYaml.js';

export interface FrontMatterFile {
  data: Record<string, unknown>;
  body: string;
  /** 1-based line in the file of the node at `path` in the front matter. */
  lineOf(path: readonly (string | number)[]): number | undefined;
}

const delimiter = /^---[ \t]*$/;
const closingDelimiter = /^(?:---|\.\.\.)[ \t]*$/;

/** `file` is only used in error messages. Line numbers count the file's own lines. */
export function parseFrontMatterFile(text: string, file: string): FrontMatterFile {
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
  const parsed = parseSafeYaml(lines.slice(1, closingIndex).join('\n'));
  if (!parsed.ok) {
    const line = parsed.problem.line === undefined ? 1 : parsed.problem.line + 1;
    throw new ProfileError(parsed.problem.message, { file, line, hint: 'fix the YAML between the two "---" lines' });
  }
  const { value } = parsed.yaml;
  if (value !== null && (typeof value !== 'object' || Array.isArray(value))) {
    throw new ProfileError('the front matter must be a list of "field: value" lines', { file, line: 2 });
  }
  return {
    data: (value ?? {}) as Record<string, unknown>,
    body: lines.slice(closingIndex + 1).join('\n'),
    lineOf: (path) => {
      const line = parsed.yaml.lineOf(path);
      return line === undefined ? undefined : line + 1;
    },
  };
}
