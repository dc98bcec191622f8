/** LaTeX as written in BibTeX values, decoded to readable Unicode text: accents, special letters, math, dashes. */

import { collapseWhitespace } from '../model/collapseWhitespace.js';
import {
  accentMarks,
  controlSymbols,
  fontDeclarations,
  formattingCommands,
  letterCommands,
  mathSymbols,
  subscripts,
  superscripts,
  textSymbols,
} from './latexSymbols.js';

/**
 * `Garc{\'\i}a` → `García`, `{\L}ukasz` → `Łukasz`, `{WISE}: a $\alpha$-test` → `WISE: a α-test`.
 * Braces that only protect case are dropped; whitespace is collapsed; unknown commands stay visible.
 */
export function latexToUnicode(tex: string): string {
  if (!/[\\{}$~`'-]/.test(tex)) return collapseWhitespace(tex);
  const reader = new TexReader(tex);
  return collapseWhitespace(reader.readUntil(undefined, false));
}

/**
 * A URL, DOI or file name as written in BibTeX: `\url{…}` unwrapped, `\_` `\%` `\&` `\#` `\$` `\~` unescaped, braces
 * dropped. No other LaTeX is interpreted, so `%20` and `~user` stay as they are.
 */
export function decodeVerbatim(value: string): string {
  return value
    .trim()
    .replace(/^\\(?:url|href)\s*\{([^{}]*)\}(?:\s*\{[^{}]*\})?$/, '$1')
    .replace(/\{\\textasciitilde\}|\\textasciitilde\{\}|\\textasciitilde\b\s*/g, '~')
    .replace(/\\([_%&#$~])/g, '$1')
    .replace(/[{}]/g, '')
    .trim();
}

const texQuotes = {
  '`': { single: '‘', double: '“' },
  "'": { single: "'", double: '”' },
} as const;

class TexReader {
  private position = 0;

  constructor(private readonly text: string) {}

  /** A TeX quote: doubled, a double quote (``…'' is “…”); single, ` opens ‘ and ' stays an apostrophe. */
  private readQuote(char: keyof typeof texQuotes): string {
    const { single, double } = texQuotes[char];
    if (this.text.startsWith(char + char, this.position)) {
      this.position += 2;
      return double;
    }
    this.position++;
    return single;
  }

  /** Decodes up to `closer` (consumed) or the end. */
  readUntil(closer: string | undefined, math: boolean): string {
    let out = '';
    const { text } = this;
    while (this.position < text.length) {
      if (closer !== undefined && text.startsWith(closer, this.position)) {
        this.position += closer.length;
        return out;
      }
      const char = text[this.position] as string;
      switch (char) {
        case '\\':
          out += this.readCommand(math);
          break;
        case '{':
          this.position++;
          out += this.readUntil('}', math);
          break;
        case '}':
          // An unmatched closing brace: nothing to show.
          this.position++;
          break;
        case '$':
          if (math) {
            this.position++;
          } else if (text.startsWith('$$', this.position)) {
            this.position += 2;
            out += this.readUntil('$$', true);
          } else {
            this.position++;
            out += this.readUntil('$', true);
          }
          break;
        case '^':
        case '_':
          if (math) {
            this.position++;
            out += scripted(this.readArgument(true), char === '^' ? superscripts : subscripts, char);
          } else {
            out += char;
            this.position++;
          }
          break;
        case '~':
          out += ' ';
          this.position++;
          break;
        case '-':
          out += this.readDashes(math);
          break;
        case '`':
        case "'":
          out += this.readQuote(char);
          break;
        default: {
          const codePoint = text.codePointAt(this.position) ?? 0;
          const width = codePoint > 0xffff ? 2 : 1;
          out += text.slice(this.position, this.position + width);
          this.position += width;
        }
      }
    }
    return out;
  }

  private readDashes(math: boolean): string {
    const { text } = this;
    if (!math && text.startsWith('---', this.position)) {
      this.position += 3;
      return '—';
    }
    if (!math && text.startsWith('--', this.position)) {
      this.position += 2;
      return '–';
    }
    this.position++;
    return '-';
  }

  /** One argument: a group, a command, or a single character. */
  private readArgument(math: boolean): string {
    this.skipSpaces();
    const { text } = this;
    const char = text[this.position];
    if (char === undefined) return '';
    if (char === '{') {
      this.position++;
      return this.readUntil('}', math);
    }
    if (char === '\\') return this.readCommand(math);
    const codePoint = text.codePointAt(this.position) ?? 0;
    const width = codePoint > 0xffff ? 2 : 1;
    this.position += width;
    return text.slice(this.position - width, this.position);
  }

  /** The raw text of a group, for arguments that are not text (URLs). */
  private readRawGroup(): string {
    this.skipSpaces();
    const { text } = this;
    if (text[this.position] !== '{') return '';
    let depth = 0;
    const start = this.position;
    for (; this.position < text.length; this.position++) {
      const char = text[this.position];
      if (char === '{') depth++;
      else if (char === '}' && --depth === 0) {
        this.position++;
        return text.slice(start + 1, this.position - 1);
      }
    }
    return text.slice(start + 1);
  }

  private skipSpaces(): void {
    while (this.position < this.text.length && /\s/.test(this.text[this.position] as string)) this.position++;
  }

  /**
   * An accent on the letter that follows: `\^e` is ê. With nothing to put it on (`{\^{}}`, DBLP's literal caret) it
   * is the character itself; on something that is not a letter it stays as written, never a mark on a neighbour.
   */
  private accented(command: string): string {
    const start = this.position;
    const argument = this.readArgument(false);
    if (argument.trim() === '') return /[A-Za-z]/.test(command) ? `\\${command}{}` : command;
    if (!/^\p{L}/u.test(argument)) return `\\${command}${this.text.slice(start, this.position)}`;
    return withAccent(argument, accentMarks[command] as string);
  }

  private readCommand(math: boolean): string {
    const { text } = this;
    this.position++; // the backslash
    const first = text[this.position];
    if (first === undefined) return '\\';
    if (!/[A-Za-z]/.test(first)) {
      this.position++;
      if (first === '(' || first === '[') return this.readUntil(first === '(' ? '\\)' : '\\]', true);
      if (!math && first in accentMarks) return this.accented(first);
      if (math && first in mathSymbols) return mathSymbols[first] as string;
      return controlSymbols[first] ?? first;
    }
    const name = /^[A-Za-z]+/.exec(text.slice(this.position, this.position + 40))?.[0] ?? first;
    this.position += name.length;
    // TeX ignores spaces after a control word.
    const spacesStart = this.position;
    this.skipSpaces();
    const skippedSpace = this.position > spacesStart;

    if (name in accentMarks && name.length === 1) return this.accented(name);
    if (name in letterCommands) return letterCommands[name] as string;
    if (math && name in mathSymbols) return mathSymbols[name] as string;
    // `\LaTeX is` would print "LaTeXis" in TeX; a reader wants the space kept.
    if (name in textSymbols) return `${textSymbols[name]}${skippedSpace && textSymbols[name] !== '' ? ' ' : ''}`;
    if (name in mathSymbols) return mathSymbols[name] as string;
    if (name in literalCommands) return literalCommands[name] as string;
    if (name === 'url') return this.readRawGroup();
    if (name === 'href') {
      this.readRawGroup();
      return this.readArgument(math);
    }
    if (name === 'textsuperscript') return scripted(this.readArgument(math), superscripts, '^');
    if (name === 'textsubscript') return scripted(this.readArgument(math), subscripts, '_');
    if (name === 'frac') {
      const numerator = this.readArgument(math);
      return `${numerator}/${this.readArgument(math)}`;
    }
    if (formattingCommands.has(name) || /^math[a-z]+$/.test(name)) {
      // DBLP escapes the braces of math in titles: `\mathrm\{AC\}` is `\mathrm{AC}`.
      if (text.startsWith('\\{', this.position)) {
        this.position += 2;
        return this.readUntil('\\}', math);
      }
      return text[this.position] === '{' || math ? this.readArgument(math) : '';
    }
    if (fontDeclarations.has(name)) return '';
    // Unknown: keep it visible rather than guess.
    if (text[this.position] === '{') {
      this.position++;
      return `\\${name}{${this.readUntil('}', math)}}`;
    }
    return `\\${name}${skippedSpace ? ' ' : ''}`;
  }
}

/** Text commands DBLP writes for characters BibTeX would otherwise read as syntax. */
const literalCommands: Readonly<Record<string, string>> = {
  textdollar: '$',
  textunderscore: '_',
  textasciitilde: '~',
  textasciicircum: '^',
  textbraceleft: '{',
  textbraceright: '}',
  textbar: '|',
  textless: '<',
  textgreater: '>',
};

function withAccent(argument: string, mark: string): string {
  if (argument === '') return mark.normalize('NFC');
  const codePoint = argument.codePointAt(0) ?? 0;
  const width = codePoint > 0xffff ? 2 : 1;
  // An accent on a dotless i or j means the plain letter with that accent: `\'\i` is í.
  let base = argument.slice(0, width);
  if (base === 'ı') base = 'i';
  if (base === 'ȷ') base = 'j';
  return `${base}${mark}`.normalize('NFC') + argument.slice(width);
}

function scripted(argument: string, table: Readonly<Record<string, string>>, marker: string): string {
  const characters = [...argument];
  if (characters.length > 0 && characters.every((char) => char in table)) {
    return characters.map((char) => table[char]).join('');
  }
  return `${marker}${argument}`;
}
