/**
 * BibTeX name lists (`author`, `editor`) read and written by BibTeX's own rules ("First von Last", "von Last, First",
 * "von Last, Jr, First"), with equal-contribution and corresponding-author marks after a name.
 */
import type { Author } from '../model/schema.js';
import { letterCommands } from './latexSymbols.js';
import { latexToUnicode } from './latexToUnicode.js';
import { unicodeToLatex } from './unicodeToLatex.js';

/** How a file writes the two marks, so that an export writes them back the same way. */
export interface MarkSpelling {
  equal: string;
  corresponding: string;
}

export const defaultMarkSpelling: MarkSpelling = { equal: '*', corresponding: '\\#' };

// Longest spellings first, so that `$^*$` is not read as a bare `*` inside math.
const equalMarks = ['\\textsuperscript{*}', '$^{*}$', '$^{\\ast}$', '$^\\ast$', '$^*$', '^{*}', '^*', '*'];
const correspondingMarks = [
  '\\textsuperscript{\\dag}',
  '\\textsuperscript{\\dagger}',
  '\\textsuperscript{†}',
  '\\textsuperscript{\\#}',
  '$^{\\dagger}$',
  '$^\\dagger$',
  '$^{\\dag}$',
  '$^\\dag$',
  '$\\dagger$',
  '$^{\\#}$',
  '$^\\#$',
  '\\textdagger{}',
  '\\textdagger',
  '\\dagger{}',
  '\\dagger',
  '\\dag{}',
  '\\dag',
  '†',
  '\\#',
  '#',
];
const allMarks = [
  ...equalMarks.map((mark) => ({ mark, kind: 'equal' as const })),
  ...correspondingMarks.map((mark) => ({ mark, kind: 'corresponding' as const })),
].sort((a, b) => b.mark.length - a.mark.length);

/** Splits `A and B and {C and D}` at the top-level `and`s. */
export function splitNameList(raw: string, reading: NameListReading = {}): string[] {
  const names = splitAtTopLevel(raw, andSeparator)
    .map((name) => name.trim())
    .filter((name) => name !== '');
  return reading.commaLists === false ? names : names.flatMap(namesListedWithCommas);
}

export interface NameListReading {
  /** `false`: read as `import-bib` did before it read comma-separated lists, each list as one garbled name. */
  commaLists?: boolean;
}

/**
 * `Yingjian Song, Jiayu Chen, Zixuan Zeng` where BibTeX wants `and`: a name has one comma (`Family, Given`) or two
 * (`Family, Jr, Given`), so more is a list BibTeX refuses ("Too many commas"), and so is two when no part is a suffix
 * and every part is a full name of two words at least. Each part is then a name, written `Given Family`. biblatex's
 * `family=Jong, given=Michiel, prefix=de` is one name.
 */
function namesListedWithCommas(name: string): string[] {
  if (!name.includes(',') || extendedNamePart.test(name)) return [name];
  const parts = splitAtTopLevel(name, commaSeparator)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (parts.length < 3) return [name];
  const fullNames = parts.every((part) => wordsOf(part).length >= 2);
  return parts.length > 3 || fullNames ? parts : [name];
}

// Co-authors recur across the entries of a file: each spelling is read once per run, and each use gets its own copy.
const namesRead = new Map<string, Readonly<Author>>();
const namesReadLimit = 100_000;

/** Every name of a list with its marks; `others` becomes the literal name "others". */
export function parseNameList(raw: string, reading: NameListReading = {}): Author[] {
  return splitNameList(raw, reading).map((written) => {
    let author = namesRead.get(written);
    if (author === undefined) {
      author = parseName(written);
      if (namesRead.size >= namesReadLimit) namesRead.clear();
      namesRead.set(written, author);
    }
    return { ...author };
  });
}

/** The spelling of the marks this list uses, or undefined when it has none. */
export function markSpellingOf(raw: string): MarkSpelling | undefined {
  let equal: string | undefined;
  let corresponding: string | undefined;
  for (const name of splitNameList(raw)) {
    const { found } = stripMarks(name);
    for (const { mark, kind } of found) {
      if (kind === 'equal') equal ??= mark;
      else corresponding ??= mark;
    }
  }
  if (equal === undefined && corresponding === undefined) return undefined;
  return {
    equal: equal ?? defaultMarkSpelling.equal,
    corresponding: corresponding ?? defaultMarkSpelling.corresponding,
  };
}

export function parseName(written: string): Author {
  const outer = stripMarks(written.trim());
  const emphasised = withoutEmphasis(outer.name);
  const { name, found } = emphasised === undefined ? outer : stripMarks(emphasised, outer.found);
  const marks = {
    ...(found.some((entry) => entry.kind === 'equal') ? { equal: true } : {}),
    ...(found.some((entry) => entry.kind === 'corresponding') ? { corresponding: true } : {}),
  };
  if (name === 'others' || etAl.test(name)) return { literal: 'others', ...marks };
  if (isSingleGroup(name)) return { literal: latexToUnicode(name), ...marks };
  if (extendedNamePart.test(name)) return { ...extendedName(name), ...marks };
  const parts = splitAtTopLevel(name, commaSeparator).map((part) => part.trim());
  // `Torralba-Agell, Adrià, and …`: a comma before the `and` leaves an empty part, not a "Jr" between the two.
  while (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
  let first: string[];
  let von: string[];
  let last: string[];
  let jr: string[] = [];
  if (parts.length === 1) {
    const words = wordsOf(parts[0] ?? '');
    const vonStart = words.findIndex((word, index) => index < words.length - 1 && wordCase(word) === 'lower');
    if (vonStart < 0) {
      first = words.slice(0, -1);
      von = [];
      last = words.slice(-1);
    } else {
      const vonEnd = lastLowerIndex(words, vonStart, words.length - 2);
      first = words.slice(0, vonStart);
      von = words.slice(vonStart, vonEnd + 1);
      last = words.slice(vonEnd + 1);
    }
  } else {
    const words = wordsOf(parts[0] ?? '');
    const vonEnd = lastLowerIndex(words, 0, words.length - 2);
    von = vonEnd < 0 ? [] : words.slice(0, vonEnd + 1);
    last = words.slice(vonEnd + 1);
    if (parts.length >= 3) jr = wordsOf(parts[1] ?? '');
    first = wordsOf(parts.slice(parts.length >= 3 ? 2 : 1).join(', '));
  }
  const family = latexToUnicode([...von, ...last, ...jr].join(' '));
  const given = latexToUnicode(first.join(' '));
  if (family === '') return given === '' ? { literal: latexToUnicode(name), ...marks } : { family: given, ...marks };
  return { family, ...(given === '' ? {} : { given }), ...marks };
}

/** Writes names as `Family, Given`, with the marks after the family name in the given spelling. */
export function formatNameList(authors: readonly Author[], spelling: MarkSpelling | undefined): string {
  return authors.map((author) => formatName(author, spelling)).join(' and ');
}

function formatName(author: Author, spelling: MarkSpelling | undefined): string {
  const marks = spelling
    ? `${author.equal ? spelling.equal : ''}${author.corresponding ? spelling.corresponding : ''}`
    : '';
  if (author.literal !== undefined) {
    if (author.literal === 'others') return 'others';
    return `{${unicodeToLatex(author.literal)}}${marks}`;
  }
  const family = braceIfNeeded(unicodeToLatex(author.family ?? ''));
  if (!author.given) return `${family}${marks}`;
  return `${family}${marks}, ${braceIfNeeded(unicodeToLatex(author.given))}`;
}

function braceIfNeeded(text: string): string {
  return /,|(?<!\s)\s+and\s+/i.test(text) ? `{${text}}` : text;
}

// Every mark contains one of these; most names have none, and are returned at once.
const markCharacters = /[*#†]|\\dag/;

// biblatex's extended name format, which Better BibTeX writes for names with a particle:
// `family=Jong, given=Michiel, prefix=de, useprefix=true`.
const extendedNamePart = /^(?:family|given|prefix|suffix)\s*=/i;

/** A name in biblatex's extended format: the particle joins the family name, as in `de Jong`, and the suffix too. */
function extendedName(name: string): Author {
  const values: Record<string, string> = {};
  for (const part of splitAtTopLevel(name, commaSeparator)) {
    const equals = part.indexOf('=');
    if (equals < 0) continue;
    const key = part.slice(0, equals).trim().toLowerCase();
    let value = part.slice(equals + 1).trim();
    if (value.startsWith('"') && value.endsWith('"') && value.length > 1) value = value.slice(1, -1);
    values[key] = latexToUnicode(value).trim();
  }
  const family = [values.prefix, values.family, values.suffix].filter((word) => word).join(' ');
  const given = values.given ?? '';
  if (family === '') return given === '' ? { literal: latexToUnicode(name) } : { family: given };
  return { family, ...(given === '' ? {} : { given }) };
}

// `and et al.`, as people write `and others`.
const etAl = /^(?:\{?\s*et\.?\s+al\.?\s*\}?)$/i;

// A whole name made bold, italic or underlined (people bold their own in every list): `\textbf{Doe, Jane}`,
// `{\bf Jane Doe}`, `<b>Doe, Jane</b>`. The page marks the owner itself; the name is what is inside.
// Only the opening is matched by a pattern; the rest is found by counting braces, which stays linear on any text.
const emphasisCommand = /^\\(?:textbf|textit|emph|underline|uline|textsc|textsl|mbox) *\{/;
const emphasisSwitch = /^\{ *\\(?:bf|it|em|sc|sl|bfseries|itshape)(?![A-Za-z])/;
const emphasisTag = /^<(b|strong|i|em|u)>/i;

/** The name inside one emphasis around the whole of it, or undefined when there is none. */
function withoutEmphasis(name: string): string | undefined {
  const tag = emphasisTag.exec(name);
  if (tag) {
    const close = `</${(tag[1] as string).toLowerCase()}>`;
    return name.toLowerCase().endsWith(close) ? name.slice(tag[0].length, -close.length).trim() : undefined;
  }
  // Only when its braces close at the end: `\textbf{A} and {B}` is not one group.
  const command = emphasisCommand.exec(name);
  if (command) {
    const group = name.slice(command[0].length - 1);
    return groupClosesAtEnd(group) ? group.slice(1, -1).trim() : undefined;
  }
  const switched = emphasisSwitch.exec(name);
  return switched && groupClosesAtEnd(name) ? name.slice(switched[0].length, -1).trim() : undefined;
}

/** Whether the group `text` opens with its first `{` closes with its last character. */
function groupClosesAtEnd(text: string): boolean {
  let depth = 0;
  for (let index = 0; index < text.length; index++) {
    if (text[index] === '{') depth++;
    else if (text[index] === '}' && --depth === 0) return index === text.length - 1;
  }
  return false;
}

/** A mark found after a name, as written. */
interface FoundMark {
  mark: string;
  kind: 'equal' | 'corresponding';
}

function stripMarks(name: string, already: readonly FoundMark[] = []): { name: string; found: FoundMark[] } {
  const found: FoundMark[] = [...already];
  if (!markCharacters.test(name)) return { name: name.trim(), found };
  let out = '';
  let depth = 0;
  for (let index = 0; index < name.length; ) {
    const char = name[index] as string;
    if (depth === 0 && index > 0) {
      const hit = allMarks.find(({ mark }) => name.startsWith(mark, index));
      // A mark follows a name: it is never a name's first character.
      if (hit && (hit.mark !== '#' || name[index - 1] !== '\\')) {
        found.push(hit);
        index += hit.mark.length;
        continue;
      }
    }
    if (char === '{') depth++;
    else if (char === '}') depth = Math.max(0, depth - 1);
    out += char;
    index++;
  }
  return { name: out.replace(/(?<!\s)\s+,/g, ',').trim(), found };
}

function isSingleGroup(name: string): boolean {
  if (!name.startsWith('{') || !name.endsWith('}') || name.startsWith('{\\')) return false;
  let depth = 0;
  for (let index = 0; index < name.length; index++) {
    if (name[index] === '{') depth++;
    else if (name[index] === '}' && --depth === 0 && index < name.length - 1) return false;
  }
  return true;
}

function wordsOf(part: string): string[] {
  return splitAtTopLevel(part, wordSeparator).filter((word) => word !== '');
}

function lastLowerIndex(words: readonly string[], from: number, to: number): number {
  for (let index = to; index >= from; index--) if (wordCase(words[index] ?? '') === 'lower') return index;
  return -1;
}

/**
 * BibTeX's rule: the case of the first letter at brace depth 0; a group starting with a backslash is a special
 * character whose case is its letter's (`{\L}ukasz` is upper case, `{\'e}cole` lower); other groups are skipped.
 */
export function wordCase(word: string): 'upper' | 'lower' | 'caseless' {
  for (let index = 0; index < word.length; index++) {
    const char = word[index] as string;
    if (char === '{') {
      if (word[index + 1] === '\\') return specialCase(word.slice(index + 2));
      index = endOfGroup(word, index);
      continue;
    }
    if (char === '\\') return specialCase(word.slice(index + 1));
    if (/\p{Lu}/u.test(char)) return 'upper';
    if (/\p{Ll}/u.test(char)) return 'lower';
  }
  return 'caseless';
}

function specialCase(afterBackslash: string): 'upper' | 'lower' | 'caseless' {
  const command = /^[A-Za-z]+/.exec(afterBackslash)?.[0];
  if (command !== undefined && command in letterCommands) return /^[A-Z]/.test(command) ? 'upper' : 'lower';
  const rest = command === undefined ? afterBackslash.slice(1) : afterBackslash.slice(command.length);
  const letter = /\p{L}/u.exec(
    rest.replace(/\\[A-Za-z]+/g, (inner) => (inner.slice(1) in letterCommands ? inner.slice(1) : '')),
  )?.[0];
  if (letter === undefined) return 'caseless';
  return /\p{Lu}/u.test(letter) ? 'upper' : 'lower';
}

function endOfGroup(text: string, open: number): number {
  let depth = 0;
  for (let index = open; index < text.length; index++) {
    if (text[index] === '{') depth++;
    else if (text[index] === '}' && --depth === 0) return index;
  }
  return text.length;
}

// Each starts where a run of spaces starts: tried at every character, a separator that could start inside the run
// would read the rest of the run each time.
const andSeparator = /(?<!\s)\s+and\s+/iy;
const commaSeparator = /(?<!\s)\s*,\s*/y;
const wordSeparator = /(?<![\s~])[\s~]+/y;
const globalVersions = new Map<RegExp, RegExp>();

function globalVersion(sticky: RegExp): RegExp {
  let global = globalVersions.get(sticky);
  if (global === undefined) {
    global = new RegExp(sticky.source, sticky.flags.replace('y', 'g'));
    globalVersions.set(sticky, global);
  }
  return global;
}

/** Splits at matches of a sticky `separator` that occur outside braces. */
/** Both separators start with a space or a comma: the regular expression is tried only there (names are long). */
function mayStartSeparator(char: string): boolean {
  return char === ' ' || char === ',' || /\s/.test(char);
}

function splitAtTopLevel(text: string, separator: RegExp): string[] {
  // Without braces every match is at the top level.
  if (!text.includes('{')) return text.split(globalVersion(separator));
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '{') depth++;
    else if (char === '}') depth = Math.max(0, depth - 1);
    else if (depth === 0 && mayStartSeparator(char as string)) {
      separator.lastIndex = index;
      const match = separator.exec(text);
      if (match && match[0].length > 0) {
        parts.push(text.slice(start, index));
        start = index + match[0].length;
        index = start - 1;
      }
    }
  }
  parts.push(text.slice(start));
  return parts;
}
