/** Small hand-made profiles for the site exporter tests: items made from front-matter data, as the loader checks it. */
import * as v from 'valibot';
import { newsSchema, publicationSchema, talkSchema } from '../../../../src/model/itemFieldSchemas.js';
import type { NewsItem, Profile, PublicationItem, TalkItem } from '../../../../src/model/items.js';
import type { Owner } from '../../../../src/model/schema.js';
import { editedBookFields } from '../../../support/editedBook.js';

export const owner: Owner = { name: 'Zexi Li', nameVariants: ['Zexi Li', 'Li, Z.'] };

export function publication(stem: string, data: Record<string, unknown>, body = ''): PublicationItem {
  const fields = v.parse(publicationSchema, { key: stem, authors: [{ family: 'Li', given: 'Zexi' }], ...data });
  return { kind: 'publication', id: `pub/${stem}`, file: `publications/${stem}.md`, body, fields };
}

/** An edited book as import-bib stores it: its editors and no authors, its entry kept. */
export function editedBook(): PublicationItem {
  return publication('li2021handbook', {
    ...editedBookFields(),
    publisher: 'MIT Press',
    bibtex: {
      type: 'book',
      fields: {
        editor: 'Li, Zexi and Okafor, Chidi',
        title: 'Handbook of Federated Learning',
        publisher: 'MIT Press',
        year: '2021',
      },
    },
  });
}

export function talk(stem: string, data: Record<string, unknown>, body = ''): TalkItem {
  return { kind: 'talk', id: `talk/${stem}`, file: `talks/${stem}.md`, body, fields: v.parse(talkSchema, data) };
}

export function news(stem: string, data: Record<string, unknown>, body = ''): NewsItem {
  return { kind: 'news', id: `news/${stem}`, file: `news/${stem}.md`, body, fields: v.parse(newsSchema, data) };
}

export function profileWith(
  items: { publications?: PublicationItem[]; talks?: TalkItem[]; news?: NewsItem[] },
  profileOwner: Owner = owner,
): Profile {
  return {
    owner: profileOwner,
    bio: 'Bio.',
    news: items.news ?? [],
    publications: items.publications ?? [],
    talks: items.talks ?? [],
    service: [],
    sections: [],
  };
}

/** A title that tries every way out of YAML, BibTeX, HTML, Liquid and comments. */
export const hostileTitle = 'A --- B: "quoted" \'single\'\n---\n{{ x }} {% include x %} --> <b>&</b> #1 50%';

/** The same title on one line, as every exporter writes it. */
export const hostileTitleOnOneLine = 'A --- B: "quoted" \'single\' --- {{ x }} {% include x %} --> <b>&</b> #1 50%';

/** Every path is relative, `/`-separated, and no segment is empty, `.` or `..`. */
export const safeSitePath = /^[A-Za-z0-9_][A-Za-z0-9_.-]*(?:\/[A-Za-z0-9_][A-Za-z0-9_.-]*)*$/;
