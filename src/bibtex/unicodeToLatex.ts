/** Readable Unicode text encoded as LaTeX for a BibTeX value, so that `latexToUnicode` gives the same text back. */
import { accentMarks, letterCommands, mathSymbols, superscripts, textSymbols } from './latexSymbols.js';

const asciiEscapes: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  '`': '\\textasciigrave{}',
};

const specialCharacters = buildSpecialCharacters();

function buildSpecialCharacters(): Map<string, string> {
  const map = new Map<string, string>();
  for (const [command, char] of Object.entries(textSymbols)) {
    if ([...char].length === 1 && char.charCodeAt(0) > 0x7f && !map.has(char)) map.set(char, `\\${command}{}`);
  }
  for (const [command, char] of Object.entries(letterCommands)) {
    if ([...char].length === 1) map.set(char, `{\\${command}}`);
  }
  for (const [command, char] of Object.entries(mathSymbols)) {
    if (/^[\u0370-\u03ff]$/.test(char) && /^[A-Za-z]+$/.test(command) && !map.has(char))
      map.set(char, `$\\${command}$`);
  }
  for (const [char, script] of Object.entries(superscripts)) {
    if (/^[0-9]$/.test(char)) map.set(script, `\\textsuperscript{${char}}`);
  }
  map.set('–', '--');
  map.set('—', '---');
  map.set('“', '``');
  map.set('”', "''");
  map.set('‘', '`');
  map.set('\u00a0', '~');
  return map;
}

const commandOfMark = new Map(Object.entries(accentMarks).map(([command, mark]) => [mark, command]));

export interface EncodeOptions {
  /** Brace words whose case a style must not change: `WISE`, `FedGuCCI`, `iPhone`. */
  protectCase?: boolean;
}

/** `Müller & Co — 100%` → `M{\"u}ller \& Co --- 100\%`. */
export function unicodeToLatex(text: string, options: EncodeOptions = {}): string {
  const braces = bracesBalance(text) ? escapedBraces : namedBraces;
  if (!options.protectCase) return encodeCharacters(text, braces);
  return text
    .split(/(\s+)/)
    .map((word) =>
      /\s/.test(word) || !needsCaseProtection(word) ? encodeCharacters(word, braces) : protectWord(word, braces),
    )
    .join('');
}

/**
 * Literal braces that pair up (`{0,1}`) are written `\{0,1\}`: BibTeX counts them as a balanced group, and every
 * reader shows them as written, al-folio's latex-decode included, which knows no `\textbraceleft`. A brace without
 * its pair would unbalance the value, so it is named (`\textbraceleft{}`).
 */
type BraceSpelling = Readonly<Record<'{' | '}', string>>;
const escapedBraces: BraceSpelling = { '{': '\\{', '}': '\\}' };
const namedBraces: BraceSpelling = { '{': '\\textbraceleft{}', '}': '\\textbraceright{}' };

/** Whether every `}` closes a `{` before it and none is left open: BibTeX reads such a value as written. */
export function bracesBalance(text: string): boolean {
  let depth = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x7b) depth++;
    else if (code === 0x7d && --depth < 0) return false;
  }
  return depth === 0;
}

function needsCaseProtection(word: string): boolean {
  // The first letter, then a capital after it; two plain scans instead of `\p{L}.*\p{Lu}`, which restarts at every letter.
  const first = word.search(/\p{L}/u);
  return first >= 0 && /\p{Lu}/u.test(word.slice(first + 1));
}

/** `WISE:` → `{WISE}:`, keeping leading and trailing punctuation outside the braces. */
function protectWord(word: string, braces: BraceSpelling): string {
  const match = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(word);
  if (!match) return encodeCharacters(word, braces);
  const [, before = '', core = '', after = ''] = match;
  return `${encodeCharacters(before, braces)}{${encodeCharacters(core, braces)}}${encodeCharacters(after, braces)}`;
}

function encodeCharacters(text: string, braces: BraceSpelling): string {
  // Whether the text so far ends with `$` is remembered, not asked of it: asking a string built one piece at a time
  // made V8 copy it whole at every character outside ASCII (40,000 `é` took 9 s).
  let out = '';
  let endsWithDollar = false;
  const characters = [...text.normalize('NFC')];
  for (let index = 0; index < characters.length; index++) {
    const char = characters[index] as string;
    const next = characters[index + 1];
    let piece: string;
    if (char === '{' || char === '}') {
      piece = braces[char];
    } else if (char in asciiEscapes) {
      piece = asciiEscapes[char] as string;
    } else if ((char === '-' && next === '-') || (char === "'" && next === "'")) {
      // `--` and `''` would read back as a dash and a quote.
      piece = `${char}{}`;
    } else if (char.charCodeAt(0) < 0x80) {
      piece = char;
    } else {
      const encoded = encodeNonAscii(char);
      // `$a$$b$` would open display math in TeX; `$a${}$b$` does not.
      piece = endsWithDollar && encoded.startsWith('$') ? `{}${encoded}` : encoded;
    }
    out += piece;
    endsWithDollar = piece.endsWith('$');
  }
  return out;
}

function encodeNonAscii(char: string): string {
  const special = specialCharacters.get(char);
  if (special !== undefined) return special;
  const [base = '', ...marks] = [...char.normalize('NFD')];
  if (marks.length > 0 && /^[A-Za-z]$/.test(base) && marks.every((mark) => commandOfMark.has(mark))) {
    let encoded = base === 'i' || base === 'j' ? `\\${base}` : base;
    for (const mark of marks) {
      const command = commandOfMark.get(mark) as string;
      encoded = /^[A-Za-z]$/.test(command) ? `\\${command}{${encoded}}` : `\\${command}${wrapIfLong(encoded)}`;
    }
    return `{${encoded}}`;
  }
  // Anything else stays UTF-8, which biber and modern BibTeX read.
  return char;
}

function wrapIfLong(encoded: string): string {
  return encoded.length === 1 ? encoded : `{${encoded}}`;
}

/** A URL or DOI: written as it is, except braces that would end the value early. */
export function encodeVerbatim(value: string): string {
  return value.replace(/[{}]/g, (brace) => (brace === '{' ? '%7B' : '%7D')).replace(/\s+/g, '%20');
}
