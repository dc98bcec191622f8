/** The arXiv API's Atom feed (`export.arxiv.org/api/query`) read as work records: each `<entry>` a preprint, its DOI and journal reference kept. */

import { bareArxiv, bareDoi, optional, partialDateText, personFromName } from './sourceValues.js';
import type { SourceReading, WorkRecord } from './workRecord.js';
import { asList, readXml, type XmlNode, xmlText } from './xmlDocument.js';

export async function readArxivAtom(text: string, file: string): Promise<SourceReading> {
  const xml = await readXml(text, { textElements: ['title', 'summary'], lists: ['entry', 'author', 'link'] });
  const feed = (xml.feed ?? {}) as XmlNode;
  const works: WorkRecord[] = [];
  const unread: SourceReading['unread'] = [];
  asList(feed.entry).forEach((item, index) => {
    const entry = item as XmlNode;
    const arxiv = bareArxiv(xmlText(entry.id));
    const title = xmlText(entry.title);
    if (arxiv === undefined || title === undefined) {
      // The API answers an unknown id with an entry titled "Error".
      unread.push({ file, line: index + 1, reason: `is not an arXiv paper (${xmlText(entry.summary) ?? 'no id'})` });
      return;
    }
    const published = /^(\d{4})-(\d{2})-(\d{2})/.exec(xmlText(entry.published) ?? '');
    const doi = bareDoi(xmlText(entry['arxiv:doi']));
    works.push({
      file,
      line: index + 1,
      key: `arXiv:${arxiv}`,
      type: 'article',
      title,
      authors: asList(entry.author).flatMap((author) => {
        const name = xmlText((author as XmlNode).name);
        return name === undefined ? [] : [personFromName(name)];
      }),
      ...optional('date', published ? partialDateText(published[1], published[2], published[3]) : undefined),
      venue: 'arXiv',
      ...optional('abstract', xmlText(entry.summary)),
      ids: { arxiv, ...optional('doi', doi) },
      // Even with the DOI of its published version, the entry describes the preprint: it folds into that version.
      isPreprint: true,
    });
  });
  return { works, unread };
}
