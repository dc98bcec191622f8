/**
 * BibTeX files read entry by entry around citation-js: every entry is either read with all its fields (raw TeX, the
 * original key) or skipped with its file, line and reason. `@string` macros carry over from file to file, in order.
 */
import { ProfileError } from '../errors.js';
import { loadRawBibParser, type RawBibEntry, type RawBibParser } from './citationJs.js';
import { monthJoinParts, monthMacros } from './monthJoin.js';
import { readPlainEntry } from './readPlainEntry.js';
import { type BibChunk, splitBibFile } from './splitBibFile.js';

export interface BibSource {
  /** How the file is named in reports: a path, or `<stdin>`. */
  name: string;
  text: string;
}

export interface BibEntry {
  /** `refs.bib`, and the line of the entry's `@`. */
  file: string;
  line: number;
  /** Lower-case entry type. */
  type: string;
  /** The citation key exactly as written. */
  key: string;
  /**
   * Every field in the order written: lower-case names, raw TeX values, macros expanded except month names; a month
   * joined with `#` to a day or another month is kept as written (`dec # "~24"`, see monthJoin.ts).
   */
  fields: Record<string, string>;
  /** Fields written as a bare word that is no defined macro (`selected = True`): kept as that text, written back bare. */
  bare?: string[];
  /** What was read in a way the author may not have meant (a repeated field, an undefined macro kept as text). */
  warnings?: string[];
  /** Set for a work `profile import` read from another format: what its BibTeX form cannot say. */
  source?: SourceFacts;
}

/** What a work of another format (OpenAlex, ORCID, DBLP…) says besides its BibTeX form. */
export interface SourceFacts {
  /** The key was made from the source's identifier (`openalex:W2741809807`): the publication's id is made from the work. */
  madeKey: true;
  /** The ORCID and DBLP pid of each author, in the order of the entry's `author` field. */
  people: { orcid?: string; dblp?: string }[];
  /** The person whose record lists the work (an ORCID record, a DBLP person page). */
  listedBy?: { orcid?: string; dblp?: string };
  citations?: { count: number; source: string; date: string };
}

export interface SkippedEntry {
  file: string;
  line: number;
  key?: string;
  type?: string;
  reason: string;
  hint?: string;
  /** False for entries skipped on purpose (a duplicate, a crossref target); true makes the import exit 1. */
  problem: boolean;
}

export interface BibReadResult {
  entries: BibEntry[];
  skipped: SkippedEntry[];
}

// Entries per parser call in readAll: enough to spread the call's cost, few enough that a broken run costs little.
const entriesParsedTogether = 64;

// The macros citation-js 0.7 predefines, as BibTeX's standard styles do; any other must come from an @string.
const predefinedMacros = new Set([
  ...monthMacros,
  'acmcs',
  'acta',
  'cacm',
  'ibmjrd',
  'ibmsj',
  'ieeese',
  'ieeetc',
  'ieeetcad',
  'ipl',
  'jacm',
  'jcss',
  'scp',
  'sicomp',
  'tocs',
  'tods',
  'tog',
  'toms',
  'toois',
  'toplas',
  'tcs',
]);

// Keys are untrusted; these characters would break the entry when it is written back, or a `\cite` of it.
const unwritableKeyCharacters = /[\s,{}()"#%=\\\p{Cc}]/u;
const entryBreakingKeyCharacters = /[\s,{}()"#=\p{Cc}]/u;

/** Why a key with one of `unwritableKeyCharacters` is refused: BibTeX reads `x\y` and `50%`, LaTeX cannot cite them. */
function unwritableKeyReason(key: string): string {
  return entryBreakingKeyCharacters.test(key)
    ? 'which BibTeX cannot read back'
    : 'which LaTeX cannot cite (a backslash or "%" in `\\cite{…}`)';
}

/** File bytes as text: UTF-8 only (a Latin-1 file would silently import as `M�ller`), BOM dropped, LF line ends. */
export function decodeBibText(bytes: Uint8Array, name: string): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const line = lossy.slice(0, lossy.indexOf('\uFFFD')).split('\n').length;
    throw new ProfileError('the file is not valid UTF-8; nothing was imported', {
      file: name,
      line,
      hint: `convert it first, e.g. \`iconv -f latin1 -t utf-8 ${name} > utf8.bib\`, or save it as UTF-8 from your reference manager`,
    });
  }
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/**
 * Reads every entry of the sources, in order. A source without a single entry is refused before anything is read:
 * it is not what the user meant to import (a failed download is often an HTML page), and "0 added" would pass in CI.
 */
export async function readBibEntries(sources: readonly BibSource[]): Promise<BibReadResult> {
  const split = sources.map((source) => ({ name: source.name, chunks: splitBibFile(source.text) }));
  const empty = split.find((source) => !source.chunks.some((chunk) => chunk.kind !== 'preamble'));
  if (empty) {
    throw new ProfileError('the file has no BibTeX entry; nothing was imported', {
      file: empty.name,
      hint: 'check that it is a BibTeX file (a download that failed often gives an HTML page instead)',
    });
  }
  const parse = await loadRawBibParser();
  const reader = new EntryReader(parse);
  for (const source of split) reader.readAll(source.name, source.chunks);
  return { entries: reader.entries, skipped: reader.skipped };
}

class EntryReader {
  readonly entries: BibEntry[] = [];
  readonly skipped: SkippedEntry[] = [];
  private readonly macros = new Map<string, string>();
  /** By file and key: a key repeated in one file is BibTeX's duplicate; in another file, another source's entry. */
  private readonly firstOfKey = new Map<string, BibEntry>();

  /** Citation-js's own values of the macros it predefines (`jan` is `01`), read from it once. */
  private predefinedValues?: Record<string, string | number>;

  constructor(private readonly parse: RawBibParser) {}

  /**
   * A macro's value as citation-js reads it in an entry: a defined one as parseText's prelude writes it, else a
   * predefined one; undefined (the entry goes to citation-js) when it is not defined or its text is not plain.
   */
  private readonly macroValue = (name: string): string | undefined => {
    const defined = this.macros.get(name);
    if (defined === undefined) {
      if (!predefinedMacros.has(name)) return undefined;
      this.predefinedValues ??= this.parse(
        `@misc{predefined, ${[...predefinedMacros].map((macro) => `${macro} = ${macro}`).join(', ')}}`,
      )[0]?.properties;
      const value = this.predefinedValues?.[name];
      return value === undefined ? undefined : String(value);
    }
    const delimited = delimit(defined);
    return delimited.startsWith('{') && !/\\[\\{}]/.test(delimited) ? delimited.slice(1, -1) : undefined;
  };

  /**
   * Reads a file's chunks in order. Runs of plain entries (no problem the splitter saw, no repeated field, every macro
   * defined) are parsed together, a few dozen at a time: one call of the parser per entry cost a copy of its state
   * and the @string definitions the entry uses parsed again each time. A run the parser does not read back as
   * exactly its entries, key by key, is parsed entry by entry as any other, so every message stays the entry's own.
   * Before any of that, readPlainEntry reads most plain entries by hand to the same result, at a fraction of the cost.
   */
  readAll(file: string, chunks: readonly BibChunk[]): void {
    let run: BibChunk[] = [];
    const readRun = () => {
      const byHand = run.map((chunk) => readPlainEntry(chunk.text, this.macroValue));
      const rest = run.filter((_, index) => byHand[index] === undefined);
      const together = rest.length > 1 ? this.parseTogether(rest) : undefined;
      let next = 0;
      for (const [index, chunk] of run.entries()) {
        const parsed = byHand[index] ?? together?.[next++];
        this.read(file, chunk, parsed);
      }
      run = [];
    };
    for (const chunk of chunks) {
      if (this.isPlainEntry(chunk)) {
        run.push(chunk);
        if (run.length >= entriesParsedTogether) readRun();
      } else {
        // An @string changes the macros the next entries read: the run so far is read first.
        readRun();
        this.read(file, chunk);
      }
    }
    readRun();
  }

  private isPlainEntry(chunk: BibChunk): boolean {
    return (
      chunk.kind === 'entry' &&
      chunk.problem === undefined &&
      chunk.key !== undefined &&
      (chunk.repeatedFields?.length ?? 0) === 0 &&
      chunk.macros.every((name) => this.macros.has(name) || predefinedMacros.has(name))
    );
  }

  /** The run's entries parsed in one call, or undefined when that does not give exactly its entries, key by key. */
  private parseTogether(run: readonly BibChunk[]): RawBibEntry[] | undefined {
    let prelude = '';
    for (const name of new Set(run.flatMap((chunk) => chunk.macros))) {
      const value = this.macros.get(name);
      if (value !== undefined) prelude += `@string{${name} = ${delimit(value)}} `;
    }
    let entries: RawBibEntry[];
    try {
      entries = this.parse(prelude + run.map((chunk) => chunk.text).join('\n'));
    } catch {
      return undefined;
    }
    const matches =
      entries.length === run.length &&
      entries.every((raw, index) => raw.label === run[index]?.key && raw.type === run[index]?.type);
    return matches ? entries : undefined;
  }

  /** Reads one chunk; `parsed` is its entry when parseTogether read it already. */
  read(file: string, chunk: BibChunk, parsed?: RawBibEntry): void {
    if (chunk.kind === 'preamble') return;
    const where = { file, line: chunk.line, type: chunk.type, ...(chunk.key ? { key: chunk.key } : {}) };
    if (chunk.problem?.conclusive) {
      const { line, message, hint } = chunk.problem;
      this.skip({ ...where, line, reason: message, ...(hint === undefined ? {} : { hint }) });
      return;
    }
    const undefinedMacros = [...new Set(chunk.macros)].filter(
      (name) => !this.macros.has(name) && !predefinedMacros.has(name),
    );
    if (chunk.kind === 'string') {
      this.readString(file, chunk, undefinedMacros);
      return;
    }
    const warnings: string[] = [];
    let text = chunk.text;
    for (const repeated of chunk.repeatedFields ?? []) {
      // Blanked, not cut, so that the parser's line numbers still match the file.
      text =
        text.slice(0, repeated.start) +
        text.slice(repeated.start, repeated.end).replace(/[^\n]/g, ' ') +
        text.slice(repeated.end);
      warnings.push(`the field "${repeated.field}" is written twice; the first value is kept, as BibTeX does`);
    }
    const bare: string[] = [];
    const keptAsText = new Map<string, string>();
    for (const name of undefinedMacros) {
      const field = [...chunk.bareMacroFields].find(([, macro]) => macro === name)?.[0];
      const written = (field === undefined ? undefined : chunk.bareWords?.get(field)) ?? name;
      keptAsText.set(name, written);
      for (const [bareField, macro] of chunk.bareMacroFields) if (macro === name) bare.push(bareField);
      warnings.push(
        field === undefined
          ? `"${written}" is not a defined @string macro; it is kept as the text "${written}"`
          : `the field "${field}" is the bare word ${written}, not a defined @string macro; it is kept as the text "${written}"`,
      );
    }
    const result = parsed === undefined ? this.parseText(text, chunk, keptAsText) : { entries: [parsed] };
    if (chunk.problem || result.error) {
      // The parser's message names the mistake; an entry cut off at the next one is better said in our words.
      const ours = chunk.problem;
      const theirs = result.error;
      const reason =
        ours && (ours.unclosed || !theirs)
          ? `${ours.message}${theirs ? ` (citation-js: ${theirs.message})` : ''}`
          : (theirs?.message ?? 'cannot be read');
      const line = ours && (ours.unclosed || !theirs) ? ours.line : (theirs?.line ?? chunk.line);
      this.skip({ ...where, line, reason, hint: 'fix the entry and import the file again' });
      return;
    }
    const raw = result.entries[0];
    if (result.entries.length !== 1 || raw === undefined) {
      this.skip({ ...where, reason: 'is not a BibTeX entry' });
      return;
    }
    const key = raw.label;
    if (key === '' || unwritableKeyCharacters.test(key)) {
      this.skip({
        ...where,
        key,
        reason:
          key === ''
            ? 'has no citation key'
            : `has the citation key ${JSON.stringify(key)}, ${unwritableKeyReason(key)}`,
        hint: 'give the entry a key of letters, digits and : - _ / .',
      });
      return;
    }
    const earlier = this.firstOfKey.get(`${file}\n${key.toLowerCase()}`);
    if (earlier) {
      this.skip({
        ...where,
        key,
        reason: `repeats the citation key "${earlier.key}" of ${earlier.file}:${earlier.line}`,
        hint: 'citation keys must be unique (BibTeX compares them ignoring case); rename or remove one of the two',
      });
      return;
    }
    const entry: BibEntry = { file, line: chunk.line, type: raw.type, key, fields: rawFields(raw, chunk) };
    if (bare.length > 0) {
      entry.bare = bare.sort();
      // One macro name may be written `True` in one field and `true` in another: each keeps its own spelling.
      for (const field of bare) entry.fields[field] = chunk.bareWords?.get(field) ?? entry.fields[field] ?? '';
    }
    if (warnings.length > 0) entry.warnings = warnings;
    this.firstOfKey.set(`${file}\n${key.toLowerCase()}`, entry);
    this.entries.push(entry);
  }

  private readString(file: string, chunk: BibChunk, undefinedMacros: string[]): void {
    const name = chunk.fields[0];
    const where = { file, line: chunk.line, type: 'string', ...(name ? { key: `@string ${name}` } : {}) };
    // `@string{name = value}` is read as a field of a stand-in entry, so that citation-js expands `#` and macros.
    const body = /^@\s*string\s*[{(]([\s\S]*)[})]$/i.exec(chunk.text)?.[1];
    const parsed =
      body === undefined || name === undefined ? undefined : this.parseText(`@misc{string,${body}}`, chunk);
    if (chunk.problem || !parsed || parsed.error || name === undefined) {
      const reason = chunk.problem?.message ?? parsed?.error?.message ?? 'is not a valid @string';
      this.skip({ ...where, line: chunk.problem?.line ?? parsed?.error?.line ?? chunk.line, reason });
      return;
    }
    if (undefinedMacros.length > 0) {
      this.skip({
        ...where,
        reason: `uses the undefined @string macro "${undefinedMacros[0]}"`,
        hint: 'define every macro with @string before it is used; two that name each other are never defined',
      });
      return;
    }
    this.macros.set(name, String(parsed.entries[0]?.properties[name] ?? ''));
  }

  /**
   * Parses one entry with the @string definitions it uses put before it, on the same line so that lines still count;
   * `keptAsText` defines the undefined ones as the word written.
   */
  private parseText(text: string, chunk: BibChunk, keptAsText?: ReadonlyMap<string, string>): ParseResult {
    let prelude = '';
    for (const name of new Set(chunk.macros)) {
      const value = this.macros.get(name) ?? keptAsText?.get(name);
      if (value !== undefined) prelude += `@string{${name} = ${delimit(value)}} `;
    }
    try {
      return { entries: this.parse(prelude + text) };
    } catch (error) {
      return { entries: [], error: parserError(error, chunk, text, prelude.length) };
    }
  }

  /** Everything skipped while reading is a problem in the file. */
  private skip(entry: Omit<SkippedEntry, 'problem'>): void {
    this.skipped.push({ ...entry, problem: true });
  }
}

interface ParseResult {
  entries: RawBibEntry[];
  error?: { line: number; message: string };
}

function delimit(value: string): string {
  // A line break and the indentation around it are one space, as in a field's own value.
  const flat = value.replace(/(?<!\s)\s*\n\s*/g, ' ');
  let depth = 0;
  for (const char of flat) {
    if (char === '{') depth++;
    else if (char === '}' && --depth < 0) break;
  }
  return depth === 0 ? `{${flat}}` : `"${flat.replace(/"/g, '{"}')}"`;
}

/**
 * `expected "rbrace", got "identifier" at line 3 col 2` → what most likely happened, in the author's words, at its
 * line in the file: `missing comma after the field "title" (line 2)?`.
 */
function parserError(
  error: unknown,
  chunk: BibChunk,
  text: string,
  preludeLength: number,
): { line: number; message: string } {
  const raw = error instanceof Error ? error.message : String(error);
  const firstLine = raw.split('\n')[0] ?? raw;
  const at = /\s+at line (\d+) col (\d+):?\s*$/.exec(firstLine);
  const message = (at ? firstLine.slice(0, at.index) : firstLine).trim() || 'cannot be parsed';
  if (!at) return { line: chunk.line, message };
  const lineInEntry = Number(at[1]);
  const column = Number(at[2]) - (lineInEntry === 1 ? preludeLength : 0);
  const lines = text.split('\n');
  const offset = lines.slice(0, lineInEntry - 1).reduce((sum, line) => sum + line.length + 1, 0) + column - 1;
  const before = text.slice(0, Math.max(0, offset));
  const explained = explainParserMessage(message, before, chunk.line);
  return explained ?? { line: chunk.line + lineInEntry - 1, message };
}

/** The parser's expectation turned into the likely mistake; undefined when it says nothing more specific. */
function explainParserMessage(
  message: string,
  before: string,
  entryLine: number,
): { line: number; message: string } | undefined {
  const lineOf = (text: string) => entryLine + text.split('\n').length - 1;
  if (/^expected "(?:rbrace|rparen|comma)", got "identifier"/.test(message)) {
    // A field's value ended and the next field's name followed without a comma.
    const fields = [...before.matchAll(/([A-Za-z_][\w:+-]*)\s*=/g)];
    const previous = fields.at(-1);
    if (previous?.[1] === undefined) return undefined;
    const valueEnd = before.trimEnd();
    const line = lineOf(valueEnd);
    const field = previous[1].toLowerCase();
    // Text right after the value on its own line is more likely a stray `}` that closed it early (`{A stray} brace}`).
    if (!before.slice(valueEnd.length).includes('\n')) {
      return {
        line,
        message: `the value of the field "${field}" ends before its text does: a stray "}" (line ${line})?`,
      };
    }
    return { line, message: `missing comma after the field "${field}" (line ${line})?` };
  }
  if (/^expected "equals"/.test(message)) {
    const name = /([A-Za-z_][\w:+-]*)\s*$/.exec(before)?.[1];
    if (name === undefined) return undefined;
    const line = lineOf(before.trimEnd());
    return { line, message: `missing "=" after the field "${name.toLowerCase()}" (line ${line})?` };
  }
  return undefined;
}

function rawFields(raw: RawBibEntry, chunk: BibChunk): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw.properties)) {
    let text = tidyLineBreaks(String(value));
    if (name === 'month') {
      const bare = chunk.bareMacroFields.get('month');
      const joined = chunk.monthParts === undefined ? undefined : monthJoinOf(chunk.monthParts);
      // `month = jul` stays the macro, `dec # "~24"` the join; the text "jul" (or `dec # "~24"`) in braces keeps its
      // braces, so that the two stay apart.
      if (bare !== undefined && monthMacros.includes(bare)) text = bare;
      else if (joined !== undefined) text = joined;
      else if (monthMacros.includes(text.toLowerCase()) || monthJoinParts(text) !== undefined) text = `{${text}}`;
    }
    fields[name] = text;
  }
  for (const [field, annotations] of Object.entries(raw.annotations ?? {})) {
    for (const [name, value] of Object.entries(annotations)) {
      fields[name === 'default' ? `${field}+an` : `${field}+an:${name}`] = tidyLineBreaks(String(value));
    }
  }
  return fields;
}

/** The join as written, each part on one line, the macros in lower case; undefined when it is no month join. */
function monthJoinOf(parts: readonly string[]): string | undefined {
  const written = parts
    .map((part) => (/^[A-Za-z]/.test(part) ? part.toLowerCase() : part.replace(/\s*\n\s*/g, ' ')))
    .join(' # ');
  return monthJoinParts(written) === undefined ? undefined : written;
}

/**
 * A value wrapped over lines (DBLP indents its continuation lines) as one line: to TeX a line break is a space.
 * A blank line is a paragraph break and stays one.
 */
function tidyLineBreaks(value: string): string {
  if (!value.includes('\n')) return value.trim();
  return value
    .replace(/(?<![ \t])[ \t]*\n(?:[ \t]*\n)+[ \t]*/g, '\n\n')
    .replace(/(?<![ \t])[ \t]*\n[ \t]*/g, ' ')
    .trim();
}
