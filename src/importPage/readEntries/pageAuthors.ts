/**
 * An author line as pages write it: `Peng Wang\*, **Zexi Li\***, Ningyu Zhang\#, and Huajun Chen\#`, with the
 * owner in bold (or `<b>`, `<u>`), `*`/`†` for equal contribution and `#`/`✉` for the corresponding author,
 * plain or in `<sup>`; or family name first, as citation styles write it (`Doe, J., & **Li, Z.**\*`, `Li Z, Wang P`).
 * Anything that is not a list of names is refused, so a title is never read as authors.
 */
import type { Author } from '../../model/schema.js';
import { decodeEntities, trimEndOf } from '../readPage/inlineMarkdown.js';
import { type AuthorMarks, defaultAuthorMarks } from './authorMarks.js';

export interface PageAuthors {
  authors: Author[];
  /** The spellings of the authors written in bold or underlined: the page's owner. */
  bold: string[];
  /** The names end with `(ed.)` or `(eds.)`, as this page writes an edited volume's editors. */
  editors?: true;
}

const editorsMark = /\s\(eds?\.\)$/i;

const particles = new Set([
  'van',
  'von',
  'de',
  'der',
  'den',
  'da',
  'di',
  'del',
  'della',
  'des',
  'dos',
  'du',
  'la',
  'le',
  'ter',
  'ten',
  'bin',
  'ibn',
  'al',
  'el',
  'y',
  'zu',
]);
const nameWord = /^(?:\p{Lu}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*\.?|(?:\p{Lu}\.-?)+)$/u;
const cjkName = /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}·・]{2,6}$/u;
const etAl = /^(?:et\.? al\.?|and others|others|\.\.\.|…)$/i;
const ownerMarkup = /\*\*|__|<\/?(?:b|strong|u|ins)>/gi;

/** The authors of one line, or undefined when a part of it is not a name. */
export function parseAuthorLine(line: string, marks: AuthorMarks = defaultAuthorMarks): PageAuthors | undefined {
  const text = decodeEntities(line.trim())
    .replace(/\s+/g, ' ')
    .replace(/[.;]$/, '')
    .replace(/^(?:by|authors?:)\s+/i, '');
  if (editorsMark.test(text)) {
    const names = parseAuthorLine(text.replace(editorsMark, ''), marks);
    return names === undefined ? undefined : { ...names, editors: true };
  }
  if (text === '' || /\]\(|https?:|\[|\]/.test(text.replace(/\\[[\]]/g, ''))) return undefined;
  const parts = text
    .split(/(?<!\s)\s*[,;]\s*(?:(?:and|&)\s+)?|(?<!\s)\s+(?:and|&)\s+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (parts.length === 0) return undefined;
  const read = parts.map((part) => readAuthor(part, marks));
  if (read.some((author) => author === undefined)) return undefined;
  const authors = read as ReadAuthor[];
  // A whole line in bold is emphasis, not the owner.
  const allBold = authors.length > 1 && authors.every((author) => author.bold);
  return {
    authors: authors.map((author) => author.author),
    bold: allBold ? [] : authors.filter((author) => author.bold).map((author) => author.name),
  };
}

/**
 * An APA-like list, family name first and initials after: `Doe, J., Smith, A. B., & **Li, Z.**\*`. Each name is two
 * parts between commas, so a family name alone or initials alone make the line refused.
 */
export function parseFamilyInitialsLine(
  line: string,
  marks: AuthorMarks = defaultAuthorMarks,
): PageAuthors | undefined {
  const parts = listParts(line.replace(/(?<!\s)\s*(?:,\s*)?\.\s\.\s\.\s*(?:,\s*)?/g, ', …, '));
  if (!parts) return undefined;
  const written: { text: string; family?: string; given?: string }[] = [];
  for (let at = 0; at < parts.length; at++) {
    const part = parts[at] ?? '';
    if (etAl.test(part.replace(ownerMarkup, ''))) {
      written.push({ text: part });
      continue;
    }
    const swapped = initialsFirst(part, parts[at + 1] ?? '', periodInitials);
    if (!swapped) return undefined;
    written.push(swapped);
    at++;
  }
  return readAuthorList(written, marks);
}

/** A Vancouver-like list, family name first and initials without periods: `Li Z, **Wang PJ**\*, Zhang N, et al`. */
export function parseVancouverLine(line: string, marks: AuthorMarks = defaultAuthorMarks): PageAuthors | undefined {
  const parts = listParts(line);
  if (!parts) return undefined;
  const written: { text: string; family?: string; given?: string }[] = [];
  for (const part of parts) {
    if (etAl.test(part.replace(ownerMarkup, ''))) {
      written.push({ text: part });
      continue;
    }
    // The last word, and what comes before its spaces (`\S+$` anchored at a word's start: read once).
    const last = /(?<!\S)\S+$/.exec(part);
    const before = last ? part.slice(0, last.index).trimEnd() : '';
    const swapped = last && before !== '' && initialsFirst(before, last[0], bareInitials);
    if (!swapped) return undefined;
    written.push(swapped);
  }
  return readAuthorList(written, marks);
}

// `J.`, `J. B.`, `J.B.`, `J.-P.`; and, in Vancouver style, `J`, `JB`, `JP`.
const periodInitials = /^(?:\p{Lu}\.(?:\s?-?\s?\p{Lu}\.)*)/u;
const bareInitials = /^\p{Lu}{1,3}(?![\p{L}.])/u;
const onlyMarks =
  /^(?:\\?[*†‡#✉]|<sup>[^<]*<\/sup>|\$\^\{?\\?(?:dagger|ddagger|\*|#|star)\}?\$|\^\{[^}]*\}|\^[*†‡#✉]+(?![*†‡#✉])|\s|\uFE0F)*$/iu;

function listParts(line: string): string[] | undefined {
  const text = decodeEntities(line.trim()).replace(/\s+/g, ' ').replace(/[,;]$/, '');
  if (text === '' || /\]\(|https?:|\[|\]/.test(text.replace(/\\[[\]]/g, ''))) return undefined;
  const parts = text
    .split(/(?<!\s)\s*,\s*(?:(?:and|&)\s+)?|(?<!\s)\s+(?:and|&)\s+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  return parts.length === 0 ? undefined : parts;
}

/** `Li` and `Z.\*` (or `**Li` and `Z.**`) as `**Z. Li**\*`, the way the other author lines write a name. */
function initialsFirst(
  familyWritten: string,
  initialsWritten: string,
  initialsForm: RegExp,
): { text: string; family: string; given: string } | undefined {
  const bold = /\*\*|__|<(?:b|strong|u|ins)>/i.test(`${familyWritten} ${initialsWritten}`);
  const family = familyWritten.replace(ownerMarkup, '').replace(/\\(.)/g, '$1').trim();
  const rest = initialsWritten.replace(ownerMarkup, '').trim();
  const given = initialsForm.exec(rest)?.[0];
  if (given === undefined || !onlyMarks.test(rest.slice(given.length)) || !isPersonName(family)) return undefined;
  const name = `${given} ${family}`;
  return { text: `${bold ? `**${name}**` : name}${rest.slice(given.length)}`, family, given };
}

function readAuthorList(
  written: readonly { text: string; family?: string; given?: string }[],
  marks: AuthorMarks,
): PageAuthors | undefined {
  const read: ReadAuthor[] = [];
  for (const { text, family, given } of written) {
    const author = readAuthor(text, marks);
    if (!author) return undefined;
    // The citation said which part is the family name: `García López, M.` keeps both words.
    const { equal, corresponding } = author.author;
    read.push(
      family === undefined
        ? author
        : {
            ...author,
            author: { family, given, ...(equal ? { equal } : {}), ...(corresponding ? { corresponding } : {}) },
          },
    );
  }
  const allBold = read.length > 1 && read.every((author) => author.bold);
  return {
    authors: read.map((author) => author.author),
    bold: allBold ? [] : read.filter((author) => author.bold).map((author) => author.name),
  };
}

interface ReadAuthor {
  author: Author;
  name: string;
  bold: boolean;
}

const latexMarks: Readonly<Record<string, string>> = { dagger: '†', ddagger: '‡', '*': '*', star: '*', '#': '#' };

function readAuthor(written: string, meanings: AuthorMarks): ReadAuthor | undefined {
  const bold = /\*\*|__|<(?:b|strong|u|ins)>/i.test(written);
  let text = written.replace(ownerMarkup, '');
  let marks = '';
  // LaTeX marks as MathJax pages write them: `$^\dagger$`, `$^{*}$`, `$^\#$`.
  text = text.replace(/\$\^\{?\\?(dagger|ddagger|\*|#|star)\}?\$/g, (_whole, mark: string) => {
    marks += latexMarks[mark] ?? '';
    return '';
  });
  text = text.replace(
    /<sup>([^<]*)<\/sup>|\^\{([^}]*)\}|\^([*†‡#✉]+)/gi,
    (_whole, sup = '', braced = '', caret = '') => {
      marks += `${sup}${braced}${caret}`;
      return '';
    },
  );
  const notes = { equal: false, corresponding: false };
  text = text.replace(/(?<!\s)\s*\((?:corresponding(?: author)?|equal contribution)\)/i, (note) => {
    notes[/corresponding/i.test(note) ? 'corresponding' : 'equal'] = true;
    return '';
  });
  const bare = trimEndOf(text, (char) => /^(?:[\\*#†‡✉\s]|\uFE0F)$/u.test(char));
  marks += text.slice(bare.length);
  text = bare;
  const name = text.replace(/\\(.)/g, '$1').trim();
  if (!isPersonName(name)) return undefined;
  const markList = [...marks.replace(/\\|\uFE0F|\s/gu, '')];
  const flags = {
    ...(notes.equal || markList.some((mark) => meanings.equal.has(mark)) ? { equal: true } : {}),
    ...(notes.corresponding || markList.some((mark) => meanings.corresponding.has(mark))
      ? { corresponding: true }
      : {}),
  };
  return { author: { ...splitName(name), ...flags }, name, bold };
}

/** `Zexi Li`, `William F. Shen`, `J.-P. Sartre`, `Laurens van der Maaten`, `李泽西`, `et al.` */
export function isPersonName(name: string): boolean {
  if (etAl.test(name) || cjkName.test(name)) return true;
  const words = name.split(' ');
  if (words.length > 5) return false;
  if (!words.every((word) => nameWord.test(word) || particles.has(word))) return false;
  // At least one word longer than an initial, and the last word is not a particle.
  return words.some((word) => /\p{L}{2,}/u.test(word)) && !particles.has(words[words.length - 1] ?? '');
}

/** The family name is the last word with its particles (`van der Maaten`); a group or `et al.` is a literal. */
function splitName(name: string): Author {
  if (etAl.test(name) || !name.includes(' ')) return etAl.test(name) ? { literal: name } : { family: name };
  const words = name.split(' ');
  let familyStart = words.length - 1;
  while (familyStart > 1 && particles.has(words[familyStart - 1] ?? '')) familyStart--;
  return { family: words.slice(familyStart).join(' '), given: words.slice(0, familyStart).join(' ') };
}
