/**
 * A page's front matter read as its site generator reads it: YAML between `---` lines (a top-level key written
 * twice is read as Jekyll reads it, the last value winning) or Hugo's TOML between `+++` lines, parsed by
 * smol-toml (data only: TOML has no tags, no code). Where the profile could not write it back the same (TOML, a key
 * twice, quotes or comments in YAML), its text is kept as written.
 */
import { isDeepStrictEqual } from 'node:util';
import { parse as parseToml, TomlDate } from 'smol-toml';
import { ProfileError } from '../errors.js';
import { parseFrontMatterFile } from './frontMatter.js';
import { stringifySafeYaml } from './safeYaml.js';

export interface PageFrontMatter {
  data: Record<string, unknown>;
  /** The lines after the front matter. */
  body: string;
  /** The front matter's text with its fences, when the export must write it as written. */
  asWritten?: string;
  warnings: string[];
}

/** `text` has LF line ends and no BOM; its first line is `---` or `+++`. */
export function readFrontMatter(text: string, file: string): PageFrontMatter {
  if (/^\+\+\+[ \t]*\n/.test(text)) return readToml(text, file);
  try {
    const parsed = parseFrontMatterFile(text, file);
    // `title: "About"` would come back `title: About`: the text is kept where writing the values changes a line.
    const found = fenced(text, '---');
    const written = found ? `${['---', ...found.inner, '---'].join('\n')}\n` : undefined;
    const same = written === undefined || written === `---\n${stringifySafeYaml(parsed.data)}---\n`;
    return { data: parsed.data, body: parsed.body, ...(same ? {} : { asWritten: written }), warnings: [] };
  } catch (error) {
    if (!(error instanceof ProfileError) || !/unique/i.test(error.message)) throw error;
    return readWithDuplicates(text, file, error);
  }
}

/** The front matter's lines: from the line after the opening fence up to the closing one. */
function fenced(text: string, fence: string): { inner: string[]; end: number } | undefined {
  const lines = text.split('\n');
  const end = lines.findIndex((line, index) => index > 0 && line.trimEnd() === fence);
  return end < 0 ? undefined : { inner: lines.slice(1, end), end };
}

const topLevelKey = /^([^\s#:][^:]{0,200}?):(?:[ \t]|$)/;

/**
 * Jekyll (Psych) reads a key written twice and keeps the last value; the profile's reader refuses it. Each top-level
 * key's earlier blocks are left out of what is read, and the front matter is kept as written.
 */
function readWithDuplicates(text: string, file: string, refusal: ProfileError): PageFrontMatter {
  const found = fenced(text, '---');
  if (!found) throw refusal;
  const blocks: { key: string; start: number; end: number }[] = [];
  found.inner.forEach((line, index) => {
    const key = topLevelKey.exec(line)?.[1];
    const last = blocks[blocks.length - 1];
    if (key !== undefined) {
      if (last) last.end = index;
      blocks.push({ key: key.trim(), start: index, end: found.inner.length });
    }
  });
  const lastOf = new Map(blocks.map((block) => [block.key, block]));
  const dropped = new Set<number>();
  const warnings: string[] = [];
  for (const block of blocks) {
    const kept = lastOf.get(block.key);
    if (kept === block || kept === undefined) continue;
    for (let line = block.start; line < block.end; line++) dropped.add(line);
    warnings.push(
      `the front matter writes "${block.key}" twice (lines ${block.start + 2} and ${kept.start + 2}): the last value is read, as Jekyll reads it; the front matter is kept as written`,
    );
  }
  if (warnings.length === 0) throw refusal;
  const inner = found.inner.filter((_, index) => !dropped.has(index));
  const rest = text.split('\n').slice(found.end);
  const parsed = parseFrontMatterFile(['---', ...inner, ...rest].join('\n'), file);
  const asWritten = `${['---', ...found.inner, '---'].join('\n')}\n`;
  return { data: parsed.data, body: parsed.body, asWritten, warnings };
}

function readToml(text: string, file: string): PageFrontMatter {
  const found = fenced(text, '+++');
  if (!found) {
    throw new ProfileError('the TOML front matter (+++) is not closed by a "+++" line; nothing was imported', {
      file,
      line: 1,
    });
  }
  let value: Record<string, unknown>;
  try {
    value = parseToml(found.inner.join('\n')) as Record<string, unknown>;
  } catch (error) {
    const line = (error as { line?: number }).line;
    throw new ProfileError(`the TOML front matter cannot be read: ${firstLine(error)}`, {
      file,
      line: line === undefined ? 1 : line + 1,
      hint: 'fix the TOML between the two "+++" lines',
    });
  }
  const lines = text.split('\n');
  return {
    data: plainValue(value) as Record<string, unknown>,
    body: lines.slice(found.end + 1).join('\n'),
    asWritten: `${['+++', ...found.inner, '+++'].join('\n')}\n`,
    warnings: [],
  };
}

/**
 * Whether a front matter kept as written still says what `values` say: the export writes it only then, so that
 * a value changed in `frontMatter` after the import is written, not hidden behind the page's old text.
 */
export function frontMatterTextSays(text: string, values: Readonly<Record<string, unknown>>): boolean {
  try {
    const { data } = readFrontMatter(text.replace(/\n?$/, '\n'), 'frontMatterText');
    return isDeepStrictEqual(data, { ...values });
  } catch {
    return false;
  }
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}

/** TOML's dates as the text they were written as; the rest as it is. */
function plainValue(value: unknown): unknown {
  if (value instanceof TomlDate) return value.toISOString();
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(plainValue);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, plainValue(inner)]));
  }
  return value;
}
