/**
 * An entry read as citation-js's BibTeX grammar reads it (`@biblatex/text`), for the plain ones only: hand code
 * because citation-js's lexer and grammar were a third of a first import's reading time, for entries the splitter had
 * already walked. What this reads gives exactly citation-js's raw entry (tests/unit/bibtex/readPlainEntry.test.ts
 * compares the two on every fixture and on generated entries); anything it is not sure of (an escaped brace, an
 * annotation, a character outside the grammar) gives undefined, and the caller asks citation-js.
 */
import type { RawBibEntry } from './citationJs.js';

/** Citation-js's value of a macro (lower-case name), or undefined when this reader must not decide it. */
export type MacroValue = (name: string) => string | undefined;

// citation-js's tokens (plugin-bibtex's lexer), as sticky patterns.
const identifier = /[a-zA-Z_][a-zA-Z0-9_:+-]*/y;
const label = /[^,\s]+/y;
const digits = /\d+/y;

/** `text` is one entry from its `@` to its closing delimiter, as splitBibFile cut it. */
export function readPlainEntry(text: string, macroValue: MacroValue): RawBibEntry | undefined {
  const reader = new PlainEntryReader(text, macroValue);
  try {
    return reader.entry();
  } catch (error) {
    if (error === declined) return undefined;
    throw error;
  }
}

const declined = Symbol('declined');

class PlainEntryReader {
  private position = 0;

  constructor(
    private readonly text: string,
    private readonly macroValue: MacroValue,
  ) {}

  entry(): RawBibEntry {
    this.expect('@');
    this.space();
    const type = this.match(identifier).toLowerCase();
    // The lexer tries `string` and `preamble` first, also as the start of a longer word.
    if (type.startsWith('string') || type.startsWith('preamble')) throw declined;
    this.space();
    const opener = this.text[this.position];
    if (opener !== '{' && opener !== '(') throw declined;
    this.position++;
    this.space();
    const key = this.match(label);
    if (/[{}()%]/.test(key)) throw declined;
    this.space();
    this.expect(',');
    const properties: Record<string, string | number> = {};
    const names = new Set<string>();
    for (;;) {
      this.space();
      if (this.atCloser()) break;
      const name = this.match(identifier).toLowerCase();
      // Annotations (`author+an`) go elsewhere; a repeated field or `__proto__` is left to citation-js.
      if (name.includes('+an') || name === '__proto__' || names.has(name)) throw declined;
      names.add(name);
      this.space();
      this.expect('=');
      this.space();
      properties[name] = this.expression();
      this.space();
      if (this.text[this.position] === ',') {
        this.position++;
        continue;
      }
      if (this.atCloser()) break;
      throw declined;
    }
    this.position++;
    this.space();
    if (this.position !== this.text.length) throw declined;
    return { type, label: key, properties };
  }

  /** Parts joined by `#`: a single number stays a number, as citation-js gives it. */
  private expression(): string | number {
    let value: string | number = this.part();
    for (;;) {
      this.space();
      if (this.text[this.position] !== '#') return value;
      this.position++;
      this.space();
      value = `${value}${this.part()}`;
    }
  }

  private part(): string | number {
    const char = this.text[this.position];
    if (char === '{') return this.braced();
    if (char === '"') return this.quoted();
    if (char !== undefined && char >= '0' && char <= '9') return Number.parseInt(this.match(digits), 10);
    const name = this.match(identifier).toLowerCase();
    const value = this.macroValue(name);
    if (value === undefined) throw declined;
    return value;
  }

  /** `{…}`: the text between the outer braces as written. */
  private braced(): string {
    const { text } = this;
    const start = this.position + 1;
    let depth = 0;
    for (let at = this.position; at < text.length; at++) {
      const code = text.charCodeAt(at);
      if (code === 92 /* \ */) this.checkEscape(at);
      else if (code === 123 /* { */) depth++;
      else if (code === 125 /* } */ && --depth === 0) {
        this.position = at + 1;
        return text.slice(start, at);
      }
    }
    throw declined;
  }

  /** `"…"`: a quote inside braces is text; a `}` outside them is left to citation-js. */
  private quoted(): string {
    const { text } = this;
    const start = this.position + 1;
    let depth = 0;
    for (let at = start; at < text.length; at++) {
      const code = text.charCodeAt(at);
      if (code === 92 /* \ */) this.checkEscape(at);
      else if (code === 123 /* { */) depth++;
      else if (code === 125 /* } */ && --depth < 0) throw declined;
      else if (code === 34 /* " */ && depth === 0) {
        this.position = at + 1;
        return text.slice(start, at);
      }
    }
    throw declined;
  }

  /** `\{`, `\}` and `\\` are text to citation-js's lexer but braces to BibTeX (and to the splitter): declined. */
  private checkEscape(at: number): void {
    const next = this.text.charCodeAt(at + 1);
    if (next === 92 || next === 123 || next === 125) throw declined;
  }

  private atCloser(): boolean {
    const char = this.text[this.position];
    return char === '}' || char === ')';
  }

  private expect(char: string): void {
    if (this.text[this.position] !== char) throw declined;
    this.position++;
  }

  private match(pattern: RegExp): string {
    pattern.lastIndex = this.position;
    const found = pattern.exec(this.text);
    if (found === null) throw declined;
    this.position = pattern.lastIndex;
    return found[0];
  }

  /** Spaces, line breaks and `%` comments to the end of their line; any other white space is declined. */
  private space(): void {
    const { text } = this;
    for (;;) {
      const code = text.charCodeAt(this.position);
      if (code === 32 || (code >= 9 && code <= 13)) this.position++;
      else if (code === 37 /* % */) {
        while (this.position < text.length && !/[\n\r\u2028\u2029]/.test(text[this.position] as string))
          this.position++;
      } else return;
    }
  }
}
