/** A page's bytes as text, and its YAML front matter read the way the loader reads a profile file. */
import { ProfileError } from '../../errors.js';
import { parseFrontMatterFile } from '../../frontMatter/frontMatter.js';

export interface PageText {
  /** The front matter's fields in their order; undefined when the page has none. */
  frontMatter: Record<string, unknown> | undefined;
  /** The lines after the front matter (LF line ends, no BOM). */
  bodyLines: string[];
  /** The 1-based line of the page that `bodyLines[0]` is. */
  bodyStartLine: number;
}

/** Refuses what is not UTF-8 whole, rather than importing `M�ller`. */
export function decodePageBytes(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ProfileError('the page is not UTF-8 text; nothing was imported', {
      file,
      hint: 'convert it first, e.g. `iconv -f latin1 -t utf-8 about.md > about-utf8.md`',
    });
  }
}

/** `file` is only used in messages. Front matter other than YAML (`---js`, TOML's `+++`) is refused unread. */
export function readPageText(text: string, file: string): PageText {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = normalized.split('\n');
  const first = lines[0] ?? '';
  if (/^\+\+\+[ \t]*$/.test(first)) {
    throw new ProfileError('TOML front matter (+++) is not read: only YAML front matter is', {
      file,
      line: 1,
      hint: 'write the front matter as YAML between two "---" lines (Hugo reads that too)',
    });
  }
  if (!first.startsWith('---')) return { frontMatter: undefined, bodyLines: lines, bodyStartLine: 1 };
  // The loader's reader: it refuses `---js` and its kin before anything parses them, and reads YAML safely.
  const parsed = parseFrontMatterFile(normalized, file);
  const bodyLines = parsed.body.split('\n');
  return { frontMatter: parsed.data, bodyLines, bodyStartLine: lines.length - bodyLines.length + 1 };
}
