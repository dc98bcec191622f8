/** A Markdown file's YAML front matter read with the reference parser, which can name the line of any field. */
import { ProfileError } from '../errors.js';
import { parseSafeYaml } from './safeYaml.js';
import { asFieldMap, splitFrontMatter } from './splitFrontMatter.js';

export interface FrontMatterFile {
  data: Record<string, unknown>;
  body: string;
  /** 1-based line in the file of the node at `path` in the front matter. */
  lineOf(path: readonly (string | number)[]): number | undefined;
}

/** `file` is only used in error messages. Line numbers count the file's own lines. */
export function parseFrontMatterFile(text: string, file: string): FrontMatterFile {
  const { yaml, body } = splitFrontMatter(text, file);
  const parsed = parseSafeYaml(yaml);
  if (!parsed.ok) {
    const line = parsed.problem.line === undefined ? 1 : parsed.problem.line + 1;
    throw new ProfileError(parsed.problem.message, {
      file,
      line,
      hint: parsed.problem.hint ?? 'fix the YAML between the two "---" lines',
    });
  }
  return {
    data: asFieldMap(parsed.yaml.value, file),
    body,
    lineOf: (path) => {
      const line = parsed.yaml.lineOf(path);
      return line === undefined ? undefined : line + 1;
    },
  };
}
