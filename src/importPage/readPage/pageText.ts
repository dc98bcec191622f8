/** A page's bytes as text, and its front matter (YAML as the loader reads a profile file, or TOML). */
import { ProfileError } from '../../errors.js';
import { readFrontMatter } from '../../frontMatter/pageFrontMatter.js';

export interface PageText {
  /** The front matter's fields in their order; undefined when the page has none. */
  frontMatter: Record<string, unknown> | undefined;
  /** The lines after the front matter (LF line ends, no BOM). */
  bodyLines: string[];
  /** The 1-based line of the page that `bodyLines[0]` is. */
  bodyStartLine: number;
  /** The front matter's text, fences included, when the export must write it as written (TOML, a key twice). */
  frontMatterText?: string;
  /** The page opened with a UTF-8 byte-order mark, or ended every line with CRLF: the export writes it so again. */
  byteOrderMark: boolean;
  lineEnds: 'lf' | 'crlf';
  warnings: string[];
}

/** Refuses what is not UTF-8 whole, rather than importing `M�ller`; a byte-order mark stays, for the page to keep it. */
export function decodePageBytes(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new ProfileError('the page is not UTF-8 text; nothing was imported', {
      file,
      hint: 'convert it first, e.g. `iconv -f latin1 -t utf-8 about.md > about-utf8.md`',
    });
  }
}

/** `file` is only used in messages. YAML (`---`) and TOML (`+++`) front matter are read; `---js` and kin refused. */
export function readPageText(text: string, file: string): PageText {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const bytes = { byteOrderMark: text.startsWith('\uFEFF'), lineEnds: writtenLineEnds(text) };
  const lines = normalized.split('\n');
  const first = lines[0] ?? '';
  if (!first.startsWith('---') && !/^\+\+\+[ \t]*$/.test(first)) {
    return { frontMatter: undefined, bodyLines: lines, bodyStartLine: 1, ...bytes, warnings: [] };
  }
  const read = readFrontMatter(normalized, file);
  const bodyLines = read.body.split('\n');
  return {
    frontMatter: read.data,
    bodyLines,
    bodyStartLine: lines.length - bodyLines.length + 1,
    ...(read.asWritten === undefined ? {} : { frontMatterText: read.asWritten }),
    ...bytes,
    warnings: read.warnings,
  };
}

/** CRLF only when every line ends so: a page of mixed line ends is written back with LF, the default. */
function writtenLineEnds(text: string): 'lf' | 'crlf' {
  const crlf = text.split('\r\n').length - 1;
  return crlf > 0 && crlf === text.split('\n').length - 1 && !/\r(?!\n)/.test(text) ? 'crlf' : 'lf';
}
