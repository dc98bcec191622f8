/**
 * Splits a BibTeX file into its entries, with the line each starts on, before any entry is parsed: so that one
 * malformed entry is reported on its own and the others still import (citation-js throws on the whole file).
 */

export type BibChunkKind = 'entry' | 'string' | 'preamble';

export interface BibChunk {
  kind: BibChunkKind;
  /** Lower-case entry type: `article`, `string`, … */
  type: string;
  /** 1-based line of the `@`. */
  line: number;
  /** The entry from `@` to its closing delimiter (or to where it was cut off). */
  text: string;
  /** Data entries: the citation key as written, for reports even when the entry cannot be parsed. */
  key?: string;
  /** Field names (lower-case) in the order written. */
  fields: string[];
  /** Macro names (lower-case) used as values, in `field = name` or `… # name`. */
  macros: string[];
  /** Fields whose whole value is one bare macro name: `month = jul` gives `month → jul`. */
  bareMacroFields: Map<string, string>;
  /** The same bare names as written (`selected = True` gives `selected → True`), to keep an undefined one as text. */
  bareWords?: Map<string, string>;
  /** A `month` written as a `#` join: each part as written (`dec`, `"~24"`), so that it can be kept as written. */
  monthParts?: string[];
  /** A field written again in the same entry: where the repetition lies in `text`, so that the first value is kept. */
  repeatedFields?: { field: string; start: number; end: number }[];
  /** Set when the splitter itself sees the entry is broken; the parser's message is added later. */
  problem?: {
    line: number;
    message: string;
    unclosed?: boolean;
    /** The splitter's verdict stands (too long, too deep, no key): the parser is not asked; `hint` says what to do. */
    conclusive?: boolean;
    hint?: string;
  };
}

/** Far beyond any real entry (an abstract is a few kB); citation-js overflows its stack on ones of about 8 MB. */
export const maxEntryLength = 1_000_000;
/** Real values nest braces a few levels deep; thousands overflow the parser's stack. */
export const maxBraceDepth = 100;

const entryStart = /^[ \t]*@[ \t]*[A-Za-z]+[ \t]*[{(]/;
const identifierCharacter = /[^\s=,{}()"#%']/;
// The same test by character code, without a regular expression for the ASCII letters every field name is made of.
const asciiIdentifier = Array.from({ length: 128 }, (_, code) => identifierCharacter.test(String.fromCharCode(code)));

function isIdentifierCharacter(code: number): boolean {
  return code < 128 ? (asciiIdentifier[code] as boolean) : identifierCharacter.test(String.fromCharCode(code));
}

/** `text` must already have LF line ends and no BOM. */
export function splitBibFile(text: string): BibChunk[] {
  return new BibSplitter(text).split();
}

class BibSplitter {
  private position = 0;
  private line = 1;
  /** Where the entry being read starts. */
  private chunkStart = 0;
  /** The deepest brace nesting seen in the entry being read. */
  private deepest = 0;
  private readonly chunks: BibChunk[] = [];

  constructor(private readonly text: string) {}

  split(): BibChunk[] {
    const { text } = this;
    while (this.position < text.length) {
      const char = text[this.position];
      if (char === '@') {
        this.readAt();
      } else if (char === '%') {
        // Not a comment to BibTeX, but to biber and to every reader of the file; and an `@` in it is no entry.
        this.skipToEndOfLine();
      } else {
        if (char === '\n') this.line++;
        this.position++;
      }
    }
    return this.chunks;
  }

  private readAt(): void {
    const { text } = this;
    const start = this.position;
    const startLine = this.line;
    this.chunkStart = start;
    this.position++;
    this.skipWhitespace(false);
    const type = /^[A-Za-z_][\w:+-]*/.exec(text.slice(this.position, this.position + 40))?.[0];
    if (type === undefined) return; // a lone `@` in text between entries
    this.position += type.length;
    this.skipWhitespace(false);
    const opener = text[this.position];
    const lowerType = type.toLowerCase();
    if (lowerType === 'comment') {
      // As biber reads it: the whole group is a comment, entries inside it included (citation-js reads only
      // the first line as a comment and brings back the entries). An unclosed comment ends where an entry starts.
      if (opener === '{' || opener === '(') {
        const groupStart = this.position;
        const groupLine = this.line;
        if (!this.skipGroup(opener === '{' ? '}' : ')', false)) {
          this.position = groupStart;
          this.line = groupLine;
          this.skipGroup(opener === '{' ? '}' : ')', true);
        }
      } else {
        this.skipToEndOfLine();
      }
      return;
    }
    if (opener !== '{' && opener !== '(') {
      // `me@example.org` in free text: not an entry.
      this.position = start + 1;
      this.line = startLine;
      return;
    }
    this.position++;
    const kind: BibChunkKind = lowerType === 'string' ? 'string' : lowerType === 'preamble' ? 'preamble' : 'entry';
    const chunk: BibChunk = {
      kind,
      type: lowerType,
      line: startLine,
      text: '',
      fields: [],
      macros: [],
      bareMacroFields: new Map(),
    };
    this.deepest = 0;
    const closed = this.readBody(chunk, opener === '{' ? '}' : ')');
    chunk.text = text.slice(start, this.position);
    if (chunk.text.length > maxEntryLength) {
      chunk.problem = {
        line: startLine,
        conclusive: true,
        message: `the entry is ${(chunk.text.length / 1_000_000).toFixed(1)} MB long; entries of up to 1 MB are read`,
        hint: 'a field this long is not citation data (often a whole file pasted in); shorten or remove it',
      };
    } else if (this.deepest > maxBraceDepth) {
      chunk.problem = {
        line: startLine,
        conclusive: true,
        message: `its braces are nested ${this.deepest} levels deep; up to ${maxBraceDepth} are read`,
        hint: 'remove the extra braces',
      };
    }
    if (!closed && chunk.problem === undefined) {
      chunk.problem = {
        unclosed: true,
        line: startLine,
        message:
          this.position >= text.length
            ? 'the entry is not closed before the end of the file (a missing "}" or an extra "{")'
            : `the entry is not closed before the next entry at line ${this.line} (a missing "}" or an extra "{")`,
      };
    }
    if (closed && chunk.problem === undefined) this.checkStrayFields(chunk);
    this.chunks.push(chunk);
  }

  /** Reads fields up to the closing delimiter; false when the entry runs into the next one or the end. */
  private readBody(chunk: BibChunk, closer: string): boolean {
    const { text } = this;
    type State = 'key' | 'name' | 'equals' | 'value' | 'afterValue';
    let state: State = chunk.kind === 'entry' ? 'key' : chunk.kind === 'string' ? 'name' : 'value';
    let field = chunk.kind === 'preamble' ? 'preamble' : '';
    let parts = 0;
    let bareName: string | undefined;
    let bareWord = '';
    let repeatStart: number | undefined;
    let monthParts: string[] | undefined;
    const finishValue = () => {
      // The first month is the one BibTeX keeps.
      if (monthParts !== undefined && monthParts.length > 1 && repeatStart === undefined) chunk.monthParts = monthParts;
      monthParts = undefined;
      if (parts === 1 && bareName !== undefined) {
        chunk.bareMacroFields.set(field, bareName);
        chunk.bareWords ??= new Map();
        chunk.bareWords.set(field, bareWord);
      }
      if (repeatStart !== undefined) {
        chunk.repeatedFields ??= [];
        chunk.repeatedFields.push({
          field,
          start: repeatStart - this.chunkStart,
          end: this.position - this.chunkStart,
        });
        repeatStart = undefined;
      }
      parts = 0;
      bareName = undefined;
    };
    while (this.position < text.length) {
      if (this.skipWhitespace(true) === 'next-entry') return false;
      const char = text[this.position];
      if (char === undefined) break;
      if (char === '%') {
        this.skipToEndOfLine();
        continue;
      }
      if (state !== 'value' && (char === closer || char === '}' || char === ')')) {
        finishValue();
        this.position++;
        return true;
      }
      switch (state) {
        case 'key': {
          const key = /^[^,\s{}()]*/.exec(text.slice(this.position, this.position + 1000))?.[0] ?? '';
          chunk.key = key;
          this.position += key.length;
          this.skipWhitespace(true);
          // `@article{,`, `@article{ author = …` or `@article{title={T1}, …`: the parser's own message ("expected
          // label", "expected comma") would not say so.
          if (key === '' || text[this.position] === '=' || /^[A-Za-z][\w-]*=(?:"|$)/.test(key)) {
            delete chunk.key;
            chunk.problem ??= {
              line: this.line,
              conclusive: true,
              message: 'has no citation key',
              hint: 'write the key right after "{", followed by a comma: @article{lovelace1843notes, …',
            };
          }
          if (text[this.position] === ',') this.position++;
          state = 'name';
          break;
        }
        case 'name': {
          if (this.stepOverIf(char, ',')) break;
          const nameStart = this.position;
          const name = this.readIdentifier();
          if (name === '') {
            // Something the parser will refuse; step over it so that the entry's end is still found.
            this.stepOver();
            break;
          }
          field = name.toLowerCase();
          // BibTeX keeps the first value of a repeated field; citation-js the last.
          if (chunk.kind === 'entry' && chunk.fields.includes(field)) repeatStart = nameStart;
          chunk.fields.push(field);
          state = 'equals';
          break;
        }
        case 'equals':
          // A missing `=`: read on as if it were there, so that the entry's end is still found.
          state = this.stepOverIf(char, '=') || char === '{' || char === '"' ? 'value' : 'name';
          break;
        case 'value': {
          parts++;
          const partStart = this.position;
          if (char === '{') {
            if (!this.skipGroup('}')) return false;
          } else if (char === '"') {
            const valueLine = this.line;
            const quoted = this.skipQuoted();
            if (quoted === 'unbalanced' && chunk.problem === undefined) {
              chunk.problem = { line: valueLine, message: `the braces in the value of "${field}" do not balance` };
            }
            if (quoted === 'open') return false;
          } else {
            const word = this.readIdentifier();
            if (word === '') {
              if (char === closer || char === '}' || char === ')') {
                finishValue();
                this.position++;
                return true;
              }
              this.stepOver();
            } else if (!/^\d+$/.test(word)) {
              bareName = word.toLowerCase();
              bareWord = word;
              chunk.macros.push(bareName);
            }
          }
          if (field === 'month' && chunk.kind === 'entry') {
            monthParts ??= [];
            monthParts.push(text.slice(partStart, this.position));
          }
          state = 'afterValue';
          break;
        }
        case 'afterValue':
          if (this.stepOverIf(char, '#')) state = 'value';
          else {
            this.stepOverIf(char, ',');
            finishValue();
            state = 'name';
          }
          break;
      }
    }
    return false;
  }

  /**
   * After an entry closes, text that looks like more fields means a stray `}` closed it early; citation-js would
   * silently drop every field after it.
   */
  private checkStrayFields(chunk: BibChunk): void {
    const rest = this.text.slice(this.position, this.position + 2000);
    const until = rest.search(/^[ \t]*@/m);
    const between = until < 0 ? rest : rest.slice(0, until);
    if (/^\s*(?:,\s*)?[A-Za-z_][\w:+-]*\s*=/.test(between) || /^\s*,/.test(between)) {
      chunk.problem = {
        line: this.line,
        message: `a "}" at line ${this.line} closes the entry before its end, so the fields after it would be lost`,
      };
    }
  }

  private readIdentifier(): string {
    const { text } = this;
    let end = this.position;
    while (end < text.length && isIdentifierCharacter(text.charCodeAt(end))) end++;
    const word = text.slice(this.position, end);
    this.position = end;
    return word;
  }

  /** Steps over `char` when it is the one the grammar expects here; says whether it did. */
  private stepOverIf(char: string | undefined, expected: string): boolean {
    if (char !== expected) return false;
    this.position++;
    return true;
  }

  private stepOver(): void {
    if (this.text[this.position] === '\n') this.line++;
    this.position++;
  }

  /** Skips spaces and newlines; inside an entry, stops at a line that starts a new entry. */
  private skipWhitespace(insideEntry: boolean): 'next-entry' | undefined {
    const { text } = this;
    while (this.position < text.length) {
      const char = text[this.position] as string;
      if (char === '\n') {
        this.line++;
        this.position++;
        if (insideEntry && this.startsEntryHere()) return 'next-entry';
      } else if (char === ' ' || char === '\t' || char === '\r' || char === '\f' || char === '\v') {
        this.position++;
      } else {
        break;
      }
    }
    return undefined;
  }

  private startsEntryHere(): boolean {
    // Most lines start with spaces and a field name: look for the `@` before slicing anything.
    let at = this.position;
    const { text } = this;
    while (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9) at++;
    if (text.charCodeAt(at) !== 64) return false;
    return entryStart.test(text.slice(this.position, this.position + 60));
  }

  /**
   * Skips a `{…}` group (the position is on the opener); braces count as BibTeX counts them, backslash or not.
   * With `stopAtEntry`, a line that starts a new entry ends the group unclosed.
   */
  private skipGroup(closer: string, stopAtEntry = true): boolean {
    const { text } = this;
    const opener = text[this.position];
    let depth = 0;
    while (this.position < text.length) {
      const char = text[this.position];
      if (char === opener) {
        if (++depth > this.deepest) this.deepest = depth;
      } else if (char === closer && --depth === 0) {
        this.position++;
        return true;
      } else if (char === '\n') {
        this.line++;
        this.position++;
        if (stopAtEntry && this.startsEntryHere()) return false;
        continue;
      }
      this.position++;
    }
    return false;
  }

  /**
   * Skips a `"…"` value. A quote inside braces does not end it; braces must balance, which BibTeX demands and
   * citation-js does not check (`"a } b"`).
   */
  private skipQuoted(): 'closed' | 'unbalanced' | 'open' {
    const { text } = this;
    let depth = 0;
    let unbalanced = false;
    this.position++;
    while (this.position < text.length) {
      const char = text[this.position];
      if (char === '{') {
        if (++depth > this.deepest) this.deepest = depth;
      } else if (char === '}') {
        depth--;
        if (depth < 0) unbalanced = true;
      } else if (char === '"' && depth <= 0) {
        this.position++;
        return unbalanced ? 'unbalanced' : 'closed';
      } else if (char === '\n') {
        this.line++;
        this.position++;
        if (this.startsEntryHere()) return 'open';
        continue;
      }
      this.position++;
    }
    return 'open';
  }

  private skipToEndOfLine(): void {
    const end = this.text.indexOf('\n', this.position);
    this.position = end < 0 ? this.text.length : end;
  }
}
