/**
 * One line of an Education, Experience, Awards or Teaching section read as a CV item, in the shapes home pages use:
 * `*2019.06 - 2022.04*, M.S. in Computer Science, The University of Tokyo.`, `**Ph.D. in Computer Science**, MIT,
 * 2015–2020`, `*2024.10* National Scholarship, Tsinghua University.`, `2021 Best Paper Award, KDD`,
 * `*2025.04 - Now*, Project Researcher, National Institute of Informatics, Tokyo, Japan.`, `Teaching Assistant of
 * Operating Systems, at Zhejiang University, 2019.09 - 2020.01`. A line is read only when every part of it lands in
 * a field or in the notes, and the item it makes is valid; otherwise it stays text.
 */
import { cvDraft, type ItemDraft } from '../../model/itemDrafts.js';
import type { PartialDate } from '../../model/partialDate.js';
import { markdownToPlain, unwrapEmphasis } from '../readPage/inlineMarkdown.js';
import type { PageCvKind } from './cvHeadings.js';
import { type CvPeriod, endingPeriod, leadingPeriod, type PeriodAndRest, readPeriod } from './cvPeriods.js';

export interface CvEntry {
  kind: 'cv';
  cvKind: PageCvKind;
  /** The fields by name, dates as dates; `cvDraft` writes them in the schema's order. */
  values: Record<string, string | PartialDate | boolean>;
  /** The parts of the line no field holds, as written. */
  notes?: string;
  /** The line as written. */
  text: string;
}

type Values = CvEntry['values'];

interface Part {
  /** As written, trimmed, with a lone emphasis around it taken off. */
  text: string;
  /** The link's target when the part is one Markdown link. */
  url?: string;
}

export function parseCvEntry(text: string, cvKind: PageCvKind): CvEntry | undefined {
  const [first = '', ...more] = text.trim().split('\n');
  const line = first.trim();
  // A comment inside the line hides part of it: the item would show what the page hides.
  if (line === '' || text.includes('<!--') || text.length > 2000) return undefined;
  const details = detailLines(more);
  if (!details) return undefined;
  const dated: DatedLine | undefined = leadingPeriod(line) ?? endingWithNote(line);
  // Each detail line is one more part: the organisation, `Supervisor: …`, `Duties included: …`.
  const parts = [...splitParts(dated?.rest ?? line), ...details.map((detail) => asPart(detail))];
  const read = readers[cvKind](parts, dated?.period);
  if (!read) return undefined;
  const notes = [...read.notes, ...(dated?.note ? [dated.note] : [])];
  return validEntry(cvKind, read.values, notes, text.trim(), details.length > 0 ? '\n\n' : ', ');
}

/**
 * academicpages' cv.md writes a position's details as a nested list under its line (`* Spring 2024: Collaborator`,
 * then `  * GitHub University`, `  * Supervisor: The Users`): each nested item is a detail. Any other second line
 * makes the text more than one item's line.
 */
function detailLines(lines: readonly string[]): string[] | undefined {
  const details: string[] = [];
  for (const line of lines) {
    if (line.trim() === '') continue;
    const item = /^\s{0,8}[*+-]\s/.exec(line);
    if (!item) return undefined;
    details.push(line.slice(item[0].length).trim());
  }
  return details;
}

/** The entry, when `add-…` would make a valid item of these values. */
function validEntry(
  cvKind: PageCvKind,
  values: Values,
  notes: readonly string[],
  line: string,
  joiner = ', ',
): CvEntry | undefined {
  const entry: CvEntry = { kind: 'cv', cvKind, values, text: line };
  if (notes.length > 0) entry.notes = notes.join(joiner);
  try {
    cvDraft({ kind: cvKind, values: entry.values, ...(entry.notes ? { notes: entry.notes } : {}) });
  } catch {
    return undefined;
  }
  return entry;
}

/** A date cell: `2019.06 - 2022.04`, `*2021*`, `2026 (expected)` (the note kept). */
function cellPeriod(cell: string): { period: CvPeriod; note?: string } | undefined {
  const plain = unwrapEmphasis(cell)?.inner.trim() ?? cell;
  const direct = readPeriod(plain);
  if (direct) return { period: direct };
  const noted = /^(.{1,80}?)\s*\(([^()\n]{1,40})\)$/.exec(plain);
  const period = noted?.[1] ? readPeriod(noted[1]) : undefined;
  return period && noted?.[2] ? { period, note: noted[2] } : undefined;
}

/** The fields a table column holds, told by its header (`Degree`, `Institution`, `Year`). */
const columnFields: Readonly<Record<PageCvKind, readonly (readonly [RegExp, string])[]>> = {
  education: [
    [/^(?:degree|degrees|program|programme|qualification)$/, 'degree'],
    [/^(?:field|major|subject|area|discipline)$/, 'field'],
    [/^(?:institution|university|school|college)$/, 'institution'],
    [/^(?:location|place|city)$/, 'location'],
    [/^(?:advisor|advisors|adviser|supervisor|supervisors)$/, 'advisor'],
    [/^thesis$/, 'thesis'],
  ],
  position: [
    [/^(?:title|position|role|job)$/, 'title'],
    [/^(?:organi[sz]ation|company|employer|institution|affiliation|lab)$/, 'organisation'],
    [/^(?:location|place|city)$/, 'location'],
  ],
  award: [
    [/^(?:award|awards|honou?r|honou?rs|prize|name|title)$/, 'name'],
    [/^(?:by|awarded by|granted by|organi[sz]ation|organi[sz]er|issuer|from|institution)$/, 'by'],
  ],
  teaching: [
    [/^(?:course|courses|class|subject|title)$/, 'course'],
    [/^(?:role|position)$/, 'role'],
    [/^(?:institution|university|school)$/, 'institution'],
  ],
};
const dateColumn = /^(?:year|years|date|dates|period|when|time|duration|term|semester)$/;

/**
 * A table row read by its header: each cell in the field its column names, the date column as the period. A row
 * whose header names no field is read as one line, its cells joined by commas.
 */
export function parseCvRow(
  header: readonly string[],
  cells: readonly string[],
  cvKind: PageCvKind,
): CvEntry | undefined {
  const names = header.map((cell) =>
    markdownToPlain(cell)
      .toLowerCase()
      .replace(/[^\p{L}]+/gu, ' ')
      .trim(),
  );
  const fieldOf = (name: string) =>
    dateColumn.test(name) ? 'date' : columnFields[cvKind].find(([pattern]) => pattern.test(name))?.[1];
  const line = cells.map((cell) => cell.trim()).filter((cell) => cell !== '');
  if (!names.some((name) => fieldOf(name) !== undefined)) return parseCvEntry(line.join(', '), cvKind);
  const values: Values = {};
  const notes: string[] = [];
  const fieldColumn = names.some((name) => fieldOf(name) === 'field');
  let period: CvPeriod | undefined;
  for (const [index, raw] of cells.entries()) {
    const cell = raw.trim();
    if (cell === '') continue;
    const field = fieldOf(names[index] ?? '');
    if (field === 'date') {
      const dated = cellPeriod(cell);
      if (!dated || period) return undefined;
      period = dated.period;
      if (dated.note) notes.push(dated.note);
      continue;
    }
    const part = asPart(cell);
    if (field === undefined || values[field] !== undefined) notes.push(cell);
    else if (field === 'degree' && !fieldColumn) {
      // `PhD, HCI` and `PhD in HCI` in a Degree column: the degree and its field.
      const [first, ...more] = splitParts(part.text).map((piece) => piece.text);
      const [degree, inField] = splitIn(first ?? part.text);
      values.degree = degree;
      const fieldText = [inField, ...more].filter((piece) => piece !== undefined).join(', ');
      if (fieldText !== '') values.field = fieldText;
    } else {
      values[field] = part.text;
      if (part.url && values.url === undefined) values.url = part.url;
    }
  }
  const dates: Values =
    cvKind === 'award'
      ? period?.single && period.start
        ? { date: period.start }
        : {}
      : cvKind === 'teaching'
        ? period
          ? { term: period.text, ...(period.start ? { date: period.start } : {}) }
          : {}
        : periodValues(period, cvKind === 'education' ? 'end' : 'start');
  if (cvKind === 'award' && period && !period.single) return undefined;
  return validEntry(
    cvKind,
    { ...values, ...dates },
    [...notes, ...(cvKind === 'teaching' ? [] : seasonOf(period))],
    line.join(' | '),
  );
}

type DatedLine = PeriodAndRest & { note?: string };

/** `…, 2018 (expected)`: the period before a short note in parentheses, the note kept. */
function endingWithNote(line: string): DatedLine | undefined {
  const direct = endingPeriod(line);
  if (direct) return direct;
  const tailStart = Math.max(0, line.length - 60);
  const note = /\(([^()\n]{1,40})\)\.?$/.exec(line.slice(tailStart));
  if (!note?.[1]) return undefined;
  const before = endingPeriod(line.slice(0, tailStart + note.index));
  return before ? { ...before, note: note[1] } : undefined;
}

type Reader = (parts: Part[], period: CvPeriod | undefined) => { values: Values; notes: string[] } | undefined;

const degreeWords =
  /(?:^|[^\p{L}])(?:ph\.?\s?d|d\.?\s?phil|doctor(?:ate|al)?|master|m\.\s?sc?|ms|msc|m\.?\s?eng|m\.?\s?phil|m\.a|mba|m\.?\s?tech|b\.\s?sc?|bs|bsc|b\.?\s?eng|b\.a|b\.?\s?tech|bachelor|undergraduate|diploma|licen[cs]iate|postdoc(?:toral)?)(?![\p{L}])/iu;
const universityWords = /universit|universidad|hochschule|polytechn/i;
const institutionWords =
  /universit|universidad|hochschule|polytechn|college|institut|school|academy|école|ecole|\b(?:MIT|ETH|EPFL|KAIST|Caltech|KAUST|HKUST|NUS|NTU)\b/i;
const organisationWords =
  /universit|college|institut|school|academy|lab\b|labs\b|laborator|inc\b|ltd|corp|company|group|center|centre|research|google|microsoft|meta|amazon|apple|nvidia|baidu|alibaba|tencent|huawei|bytedance/i;
const titleWords =
  /\b(?:intern|internship|researcher|scientist|engineer|assistant|associate|professor|lecturer|fellow|post-?doc(?:toral)?|director|manager|developer|analyst|consultant|head|lead|founder|co-founder|chair|scholar|officer|instructor|reader|collaborator|student|member of|staff)\b/i;
const teachingRole =
  /^(?:head |lead |senior )?(?:graduate teaching assistant|teaching assistant|ta|instructor|co-instructor|lecturer|guest lecturer|teaching fellow|grader|tutor|course assistant|teaching associate|lab instructor)(?![\p{L}-])/iu;
const advisorLabel = /^(?:advised by|advisor:|advisors:|adviser:|supervised by|supervisor:|supervisors:)/i;
const thesisLabel = /^thesis:/i;

/** `Advisor: X` → `X`, when the text opens with the label. */
function labelled(text: string, label: RegExp): string | undefined {
  const found = label.exec(text);
  const value = found ? text.slice(found[0].length).trim() : '';
  return value === '' ? undefined : value;
}

/** `Teaching Assistant`, or `Teaching Assistant of Operating Systems` → the role and the course. */
function roleOf(text: string): { role: string; course?: string } | undefined {
  const found = teachingRole.exec(text);
  if (!found) return undefined;
  const rest = text.slice(found[0].length);
  if (rest.trim() === '') return { role: found[0] };
  const joint = /^\s(?:of|for|in)\s/i.exec(rest);
  const course = joint ? rest.slice(joint[0].length).trim() : '';
  return course === '' ? undefined : { role: found[0], course };
}

const readers: Readonly<Record<PageCvKind, Reader>> = {
  education(parts, period) {
    const degreeAt = parts.findIndex((part) => degreeWords.test(markdownToPlain(part.text)));
    if (degreeAt < 0) return undefined;
    const others = parts.filter((_, index) => index !== degreeAt);
    const institution =
      others.find((part) => universityWords.test(part.text)) ?? others.find(isInstitution) ?? others[0];
    if (!institution) return undefined;
    const [degree, field] = splitIn((parts[degreeAt] as Part).text);
    const values: Values = { degree, ...(field ? { field } : {}), institution: institution.text };
    if (institution.url) values.url = institution.url;
    const rest = others.filter((part) => part !== institution);
    const notes: string[] = [];
    const location = trailingPlaces(rest, parts.indexOf(institution), parts);
    if (location) values.location = location.text;
    for (const part of rest) {
      if (location?.parts.includes(part)) continue;
      const advisor = labelled(part.text, advisorLabel);
      const thesis = labelled(part.text, thesisLabel);
      if (advisor && values.advisor === undefined) values.advisor = advisor;
      else if (thesis && values.thesis === undefined) values.thesis = thesis;
      else notes.push(part.text);
    }
    return { values: { ...values, ...periodValues(period, 'end') }, notes: [...notes, ...seasonOf(period)] };
  },
  position(parts, period) {
    const titleAt = parts.findIndex((part) => titleWords.test(markdownToPlain(part.text)) && !part.url);
    if (titleAt < 0) return undefined;
    const others = parts.filter((_, index) => index !== titleAt);
    const organisation = others.find((part) => organisationWords.test(part.text)) ?? others[0];
    if (!organisation) return undefined;
    const values: Values = { title: (parts[titleAt] as Part).text, organisation: organisation.text };
    const rest = others.filter((part) => part !== organisation);
    const location = trailingPlaces(rest, parts.indexOf(organisation), parts);
    if (location) values.location = location.text;
    if (organisation.url) values.url = organisation.url;
    const notes = rest.filter((part) => !location?.parts.includes(part)).map((part) => part.text);
    return { values: { ...values, ...periodValues(period, 'start') }, notes: [...notes, ...seasonOf(period)] };
  },
  award(parts, period) {
    if (!period?.single || !period.start) return undefined;
    const [name, ...by] = parts;
    // More years in the line: several awards on one line (`Scholarship (2021), Outstanding Graduate (2022)`).
    if (!name || parts.some((part) => /(?:^|\D)(?:19|20)\d{2}(?!\d)/.test(part.text))) return undefined;
    const values: Values = {
      name: name.text,
      ...(by.length > 0 ? { by: by.map((part) => part.text).join(', ') } : {}),
    };
    if (name.url) values.url = name.url;
    return { values: { ...values, date: period.start }, notes: [] };
  },
  teaching(parts, period) {
    let role: string | undefined;
    let course: Part | undefined;
    const rest: Part[] = [];
    for (const part of parts) {
      const found = role === undefined ? roleOf(markdownToPlain(part.text)) : undefined;
      if (found) {
        role = found.role;
        if (found.course && !course) course = { text: part.text.slice(part.text.length - found.course.length) };
        continue;
      }
      rest.push(part);
    }
    const atInstitution = (part: Part) => isInstitution({ text: part.text.replace(/^at\s+/i, '') });
    const institution = rest.find(atInstitution);
    const left = rest.filter((part) => part !== institution);
    if (!course) course = left.shift();
    if (!course) return undefined;
    const values: Values = {
      course: course.text,
      ...(role ? { role } : {}),
      ...(institution ? { institution: institution.text.replace(/^at\s+/i, '') } : {}),
      ...(period ? { term: period.text, date: period.start as PartialDate } : {}),
    };
    if (course.url) values.url = course.url;
    return { values, notes: left.map((part) => part.text) };
  },
};

function isInstitution(part: Part): boolean {
  return institutionWords.test(part.text);
}

/** `Ph.D. in Computer Science` → degree and field. */
function splitIn(text: string): [string, string | undefined] {
  const at = text.search(/\sin\s/);
  if (at < 0) return [text, undefined];
  const degree = text.slice(0, at).trim();
  const field = text.slice(at + 4).trim();
  return degree === '' || field === '' ? [text, undefined] : [degree, field];
}

/** `Tokyo, Japan` after the institution, at the end of the line: its location. */
function trailingPlaces(
  rest: readonly Part[],
  afterIndex: number,
  all: readonly Part[],
): { text: string; parts: Part[] } | undefined {
  const places: Part[] = [];
  for (let index = all.length - 1; index > afterIndex; index--) {
    const part = all[index] as Part;
    if (!rest.includes(part) || !isPlace(part)) break;
    places.unshift(part);
  }
  return places.length > 0 && places.length <= 3
    ? { text: places.map((part) => part.text).join(', '), parts: places }
    : undefined;
}

function isPlace(part: Part): boolean {
  const text = part.text;
  return (
    !part.url &&
    /^\p{Lu}[\p{L}.'’ -]{0,40}$/u.test(text) &&
    text.split(' ').length <= 3 &&
    !organisationWords.test(text) &&
    !titleWords.test(text) &&
    !degreeWords.test(text)
  );
}

/** `Summer 2015` is stored as 2015: the period as written joins the notes, so that the season is kept. */
function seasonOf(period: CvPeriod | undefined): string[] {
  return period?.season ? [period.text] : [];
}

/** The period as the item's dates: a single date is the end of studies, the start of a position. */
function periodValues(period: CvPeriod | undefined, singleIs: 'start' | 'end'): Values {
  if (!period?.start) return {};
  if (period.single) return { [singleIs]: period.start };
  return {
    start: period.start,
    ...(period.end ? { end: period.end } : {}),
    ...(period.current ? { current: true } : {}),
  };
}

// A label sentence after a full stop (`Research Intern. Mentor: …`) is a part of its own.
const labelSentence = /\.\s+(?=(?:mentors?|advis(?:or|ors|er|ed by)|supervis(?:or|ors|ed by)|hosts?|thesis)\b)/gi;

/** The line cut at its top-level commas (not inside brackets or parentheses); each part trimmed, emphasis unwrapped. */
export function splitParts(text: string): Part[] {
  const line = withoutFullStop(text.replace(labelSentence, ', ').trim());
  const pieces: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < line.length; index++) {
    const char = line[index];
    if (char === '(' || char === '[') depth++;
    else if ((char === ')' || char === ']') && depth > 0) depth--;
    else if ((char === ',' || char === '，' || char === ';') && depth === 0) {
      pieces.push(line.slice(start, index));
      start = index + 1;
    }
  }
  pieces.push(line.slice(start));
  return pieces
    .map((piece) => piece.trim())
    .filter((piece) => piece !== '')
    .map(asPart);
}

/** The line's closing full stop, not the one of an abbreviation it ends with (`Ph.D.`, `U.S.`). */
function withoutFullStop(line: string): string {
  if (!line.endsWith('.')) return line;
  const lastWord = line.slice(line.lastIndexOf(' ') + 1, -1);
  return lastWord.includes('.') && !/[)\]*_]$/.test(lastWord) ? line : line.slice(0, -1).trimEnd();
}

function asPart(piece: string): Part {
  const text = unwrapEmphasis(piece)?.inner.trim() ?? piece;
  const link = /^\[([^\]\n]{1,500})\]\(([^)\s]{1,2000})\)$/.exec(text);
  if (link?.[1] && link[2] && /^https?:\/\//i.test(link[2])) return { text: link[1].trim(), url: link[2] };
  return { text };
}

/** The item file of an entry: the same draft `add-education` and the others make. */
export function cvEntryDraft(entry: CvEntry, hidden: boolean): ItemDraft {
  return cvDraft({
    kind: entry.cvKind,
    values: entry.values,
    ...(entry.notes ? { notes: entry.notes } : {}),
    ...(hidden ? { hidden: true } : {}),
  });
}
