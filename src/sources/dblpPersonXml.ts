/**
 * A DBLP person page as XML (`https://dblp.org/pid/XX.xml`: `<dblpperson>` with one `<r>` per record) read as work
 * records. `publtype="informal"` marks a preprint (CoRR) or other informal copy; authors carry their DBLP `pid` and,
 * where DBLP knows it, their `orcid`.
 */

import { bareArxiv, bareDoi, bareOrcid, optional, partialDateText, personFromName } from './sourceValues.js';
import type { SourceReading, WorkPerson, WorkRecord } from './workRecord.js';
import { asList, readXml, type XmlNode, xmlText } from './xmlDocument.js';

const recordTypes: Readonly<Record<string, string>> = {
  article: 'article-journal',
  inproceedings: 'paper-conference',
  proceedings: 'book',
  book: 'book',
  incollection: 'chapter',
  phdthesis: 'thesis',
  mastersthesis: 'thesis',
  www: 'webpage',
  data: 'dataset',
};

export async function readDblpPerson(text: string, file: string): Promise<SourceReading> {
  const xml = await readXml(text, { textElements: ['title', 'booktitle'], lists: ['r', 'author', 'editor', 'ee'] });
  const person = (xml.dblpperson ?? {}) as XmlNode;
  const owner = typeof person['@pid'] === 'string' ? person['@pid'] : undefined;
  const works: WorkRecord[] = [];
  const unread: SourceReading['unread'] = [];
  asList(person.r).forEach((item, index) => {
    const [element, record] = Object.entries(item as XmlNode)[0] ?? [];
    if (element === undefined || typeof record !== 'object' || record === null) return;
    const fields = record as XmlNode;
    const key = typeof fields['@key'] === 'string' ? fields['@key'] : undefined;
    const title = xmlText(fields.title)?.replace(/\.$/, '');
    if (title === undefined) {
      unread.push({ file, line: index + 1, ...optional('key', key), reason: 'has no title' });
      return;
    }
    const informal = fields['@publtype'] === 'informal' || fields['@publtype'] === 'informal withdrawn';
    const links = asList(fields.ee)
      .map(xmlText)
      .filter((link): link is string => link !== undefined);
    const doi = links.map(bareDoi).find(Boolean);
    const arxiv =
      links
        .filter((link) => /arxiv\.org/i.test(link))
        .map(bareArxiv)
        .find(Boolean) ?? (doi !== undefined && /^10\.48550\//.test(doi) ? bareArxiv(doi) : undefined);
    const venue =
      xmlText(fields.journal) ?? xmlText(fields.booktitle) ?? xmlText(fields.school) ?? xmlText(fields.publisher);
    const year = xmlText(fields.year);
    const other = links.find((link) => bareDoi(link) === undefined && !/arxiv\.org/i.test(link));
    works.push({
      file,
      line: index + 1,
      ...optional('key', key === undefined ? undefined : `DBLP:${key}`),
      type: informal ? 'article' : (recordTypes[element] ?? 'document'),
      title,
      authors: peopleOf(fields.author),
      ...(fields.editor === undefined ? {} : { editors: peopleOf(fields.editor) }),
      ...optional('date', partialDateText(year)),
      ...optional('venue', venue),
      ...optional(
        'publisher',
        element === 'inproceedings' || element === 'article' ? undefined : xmlText(fields.publisher),
      ),
      ...optional('volume', xmlText(fields.volume)),
      ...optional('issue', xmlText(fields.number)),
      ...optional('pages', xmlText(fields.pages)),
      ...optional('isbn', xmlText(asList(fields.isbn)[0])),
      ...optional('url', doi === undefined && arxiv === undefined ? other : undefined),
      ids: { ...optional('doi', doi), ...optional('arxiv', arxiv), ...optional('dblp', key) },
      ...(informal ? { isPreprint: true } : {}),
      ...(owner === undefined ? {} : { listedBy: { dblp: owner } }),
    });
  });
  return { works, unread };
}

/** `<author pid="…" orcid="…">Name 0001</author>`: DBLP's homonym number dropped from the name. */
function peopleOf(value: unknown): WorkPerson[] {
  return asList(value).flatMap((node): WorkPerson[] => {
    const name = xmlText(node)?.replace(/\s+\d{4}$/, '');
    if (name === undefined) return [];
    const attributes = typeof node === 'object' && node !== null ? (node as XmlNode) : {};
    const pid = typeof attributes['@pid'] === 'string' ? attributes['@pid'] : undefined;
    return [
      { ...personFromName(name), ...optional('dblp', pid), ...optional('orcid', bareOrcid(attributes['@orcid'])) },
    ];
  });
}
