/**
 * What RenderCV 2.8's models check beyond its JSON schema, as the tests' second judge of a RenderCV file (RenderCV
 * itself needs Python 3.12 and PyPI, which the test machines lack): one entry type per section, found from the first
 * entry and required of all; start and end dates in YYYY, YYYY-MM or YYYY-MM-DD with the start not after the end
 * (a missing month or day read as the first, as RenderCV's get_date_object does); and the text traps of
 * its reference: `#` before a letter (raw Typst), `<tag>` (dropped as HTML), `$$` (Typst math), a DOI given as
 * a URL, bold_keywords inside titles.
 */

type Entry = string | Record<string, unknown>;

/** RenderCV's entry types, in the order it tries them, with the keys that identify and the keys required. */
const entryTypes: readonly { name: string; identifiedBy: readonly string[]; required: readonly string[] }[] = [
  { name: 'OneLineEntry', identifiedBy: ['label', 'details'], required: ['label', 'details'] },
  { name: 'NormalEntry', identifiedBy: ['name'], required: ['name'] },
  { name: 'ExperienceEntry', identifiedBy: ['company', 'position'], required: ['company', 'position'] },
  { name: 'EducationEntry', identifiedBy: ['institution', 'area', 'degree'], required: ['institution', 'area'] },
  {
    name: 'PublicationEntry',
    identifiedBy: ['title', 'authors', 'doi', 'url', 'journal'],
    required: ['title', 'authors'],
  },
  { name: 'BulletEntry', identifiedBy: ['bullet'], required: ['bullet'] },
  { name: 'NumberedEntry', identifiedBy: ['number'], required: ['number'] },
  { name: 'ReversedNumberedEntry', identifiedBy: ['reversed_number'], required: ['reversed_number'] },
];

function typeOf(entry: Entry): string | undefined {
  if (typeof entry === 'string') return 'TextEntry';
  return entryTypes.find((type) => type.identifiedBy.some((key) => key in entry))?.name;
}

const exactDate = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

function dateKey(text: string): number {
  const [year, month, day] = text.split('-').map(Number);
  return (year ?? 0) * 10_000 + (month ?? 1) * 100 + (day ?? 1);
}

/** Every problem RenderCV's models would report (or a render would show) in `document`, as `path: message`. */
export function renderCvModelErrors(
  document: { cv?: { sections?: Record<string, Entry[]> } },
  today = '9999-12-31',
): string[] {
  const errors: string[] = [];
  for (const [title, entries] of Object.entries(document.cv?.sections ?? {})) {
    const sectionType = entries.map(typeOf).find((type) => type !== undefined);
    entries.forEach((entry, index) => {
      const at = `cv.sections.${title}.${index}`;
      const type = typeOf(entry);
      if (type !== sectionType) errors.push(`${at}: a ${type} in a section of ${sectionType}`);
      if (typeof entry === 'string') return;
      const required = entryTypes.find((candidate) => candidate.name === sectionType)?.required ?? [];
      for (const key of required) if (!(key in entry)) errors.push(`${at}.${key}: This field is required.`);
      const start = entry.start_date;
      const end = entry.end_date;
      for (const [key, value] of [
        ['start_date', start],
        ['end_date', end],
      ] as const) {
        if (value !== undefined && !(typeof value === 'string' && exactDate.test(value)) && value !== 'present') {
          errors.push(`${at}.${key}: This is not a valid date! (${String(value)})`);
        }
      }
      if (entry.date === undefined && typeof start === 'string' && exactDate.test(start)) {
        const endText = typeof end === 'string' ? (end === 'present' ? today : end) : today;
        if (exactDate.test(endText) && dateKey(start) > dateKey(endText)) {
          errors.push(`${at}: \`start_date\` cannot be after \`end_date\` (${start}, ${String(end)})`);
        }
      }
      if (typeof entry.doi === 'string' && (!entry.doi.includes('10.') || /doi\.org|^https?:|^doi:/i.test(entry.doi))) {
        errors.push(`${at}.doi: not a bare DOI (${entry.doi})`);
      }
    });
  }
  errors.push(...textTraps(document));
  return errors;
}

/** Every string of the document (keys of sections too) that RenderCV would not print as written. */
function textTraps(document: unknown): string[] {
  const found: string[] = [];
  const visit = (value: unknown, path: string) => {
    if (typeof value === 'string') {
      const text = value.replaceAll('#sym.hash#h(0pt)', '');
      if (/#\p{L}/u.test(text)) found.push(`${path}: # before a letter is raw Typst: ${value}`);
      if (/<[\p{L}/!?]/u.test(text)) found.push(`${path}: <…> is dropped as HTML: ${value}`);
      if (text.includes('$$')) found.push(`${path}: $$ starts Typst math: ${value}`);
      return;
    }
    if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) visit(item, `${path}.${index}`);
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        visit(key, `${path}.${key} (key)`);
        visit(item, `${path}.${key}`);
      }
    }
  };
  visit(document, '');
  const settings = (document as { settings?: { bold_keywords?: string[] } }).settings;
  const titles = Object.values((document as { cv?: { sections?: Record<string, Entry[]> } }).cv?.sections ?? {})
    .flat()
    .flatMap((entry) => (typeof entry === 'object' && typeof entry.title === 'string' ? [entry.title] : []));
  for (const keyword of settings?.bold_keywords ?? []) {
    if (titles.some((title) => title.includes(keyword)))
      found.push(`settings.bold_keywords: "${keyword}" is in a title`);
  }
  return found;
}
