/**
 * `cv`: the CV as Typst source, one built-in template. Publications are those of the page's publication sections,
 * in the page's order and groups, with the owner in bold and the page's marks (`*` equal contribution, `#`
 * corresponding); then the CV kinds. Every text goes in as a Typst string literal, so no text can run as markup.
 */

import { markdownToPlainText } from '../../markdown/plainText.js';
import { displayName, ownerMatcher } from '../../model/authorNames.js';
import { creditedNames, editorsMark } from '../../model/creditedNames.js';
import type { Profile, PublicationItem } from '../../model/items.js';
import { type DateStyle, formatDateForPage, type PartialDate } from '../../model/partialDate.js';
import type { Author, PageSection } from '../../model/schema.js';
import { pageSectionsOf } from '../../render/defaultPage.js';
import { shownLabel, titleUrl } from '../../render/publicationLinks.js';
import { sectionPublications } from '../../render/publicationSections.js';
import { cvContent, isVisible } from './cvContent.js';
import { socialProfiles } from './socialProfiles.js';

/** A Typst string literal: the text as text, never markup. */
export function typstString(text: string): string {
  const escaped = text
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/[\\"]/g, (character) => `\\${character}`)
    // Other control characters by code, so the literal stays on one line and valid.
    .replace(/\p{Cc}/gu, (character) => `\\u{${character.charCodeAt(0).toString(16)}}`);
  return `"${escaped}"`;
}

/** Text in markup: `#"…"`. */
function t(text: string): string {
  return `#${typstString(text)}`;
}

function strong(text: string): string {
  return `#strong(${typstString(text)})`;
}

/** A link only for web and mail addresses; anything else is shown as text. */
function linked(text: string, url: string | undefined): string {
  if (url === undefined || !/^(?:https?:\/\/|mailto:)\S+$/i.test(url)) return t(text);
  return `#link(${typstString(url)})[${t(text)}]`;
}

const preamble = `#let accent = rgb("#1f4e79")
#set page(paper: "a4", margin: (x: 1.8cm, y: 1.8cm))
#set text(size: 10pt, hyphenate: false)
#set par(justify: false, leading: 0.55em)
#show link: set text(fill: accent)
#let section(title) = {
  v(0.9em)
  block(below: 0.5em, text(size: 12pt, weight: "bold", fill: accent, title))
  v(-0.4em)
  line(length: 100%, stroke: 0.5pt + accent)
}
#let entry(main, when, details) = block(below: 0.7em, breakable: false, {
  grid(columns: (1fr, auto), column-gutter: 1em, main, align(right, text(fill: luma(90), when)))
  if details != none { details }
})
`;

export function renderTypstCv(profile: Profile): string {
  const style: DateStyle = profile.owner.page?.dateStyle ?? 'iso';
  const date = (value: PartialDate | undefined) => (value === undefined ? '' : formatDateForPage(value, style));
  const span = (fields: {
    start?: PartialDate | undefined;
    end?: PartialDate | undefined;
    current?: boolean | undefined;
  }) => {
    const start = date(fields.start);
    const end = fields.current ? 'present' : date(fields.end);
    return start && end ? `${start} – ${end}` : start || end;
  };
  const content = cvContent(profile);
  const owner = profile.owner;
  const lines: string[] = [
    `#set document(title: ${typstString(`${owner.name} – CV`)}, author: ${typstString(owner.name)}, date: none)`,
    preamble,
    ...header(profile),
  ];
  const section = (title: string, entries: string[]) => {
    if (entries.length > 0) lines.push(`#section(${typstString(title)})`, ...entries);
  };
  const entry = (main: string, when: string, details: string[]) =>
    `#entry[${main}][${t(when)}][${details.length === 0 ? '' : details.join(' \\ ')}]`;
  const body = (text: string) => {
    const plain = markdownToPlainText(text);
    return plain === '' ? [] : [t(plain.replace(/\n\n/g, ' '))];
  };
  /** The parts that are present, joined into one line; no line when none is. */
  const detailLine = (parts: (string | undefined)[], separator = ', '): string[] => {
    const present = parts.filter((part): part is string => Boolean(part));
    return present.length ? [t(present.join(separator))] : [];
  };

  section(
    'Experience',
    content.positions.map((item) =>
      entry(`${linked(item.fields.title, item.fields.url)}, ${strong(item.fields.organisation)}`, span(item.fields), [
        ...(item.fields.location ? [t(item.fields.location)] : []),
        ...body(item.body),
      ]),
    ),
  );
  section(
    'Education',
    content.education.map((item) => {
      const f = item.fields;
      return entry(
        `${linked(f.field ? `${f.degree} in ${f.field}` : f.degree, f.url)}, ${strong(f.institution)}`,
        span(f),
        [
          ...(f.location ? [t(f.location)] : []),
          ...(f.thesis ? [`${t('Thesis: ')}#emph(${typstString(f.thesis)})`] : []),
          ...(f.advisor ? [t(`Advisor: ${f.advisor}`)] : []),
          ...body(item.body),
        ],
      );
    }),
  );
  publicationSections(profile, lines);
  section(
    'Awards and Honours',
    content.awards.map((item) =>
      entry(
        `${linked(item.fields.name, item.fields.url)}${item.fields.by ? `, ${t(item.fields.by)}` : ''}`,
        date(item.fields.date),
        body(item.body),
      ),
    ),
  );
  section(
    'Grants and Funding',
    content.grants.map((item) => {
      const f = item.fields;
      return entry(linked(f.title, f.url), span(f), [...detailLine([f.funder, f.role, f.amount]), ...body(item.body)]);
    }),
  );
  section(
    'Talks',
    content.talks.map((item) => {
      const f = item.fields;
      return entry(linked(f.title, f.url ?? f.slides ?? f.video), date(f.date), detailLine([f.venue, f.location]));
    }),
  );
  section(
    'Teaching',
    content.teaching.map((item) => {
      const f = item.fields;
      return entry(linked(f.course, f.url), f.term ?? date(f.date), [
        ...detailLine([f.role, f.institution]),
        ...body(item.body),
      ]);
    }),
  );
  section(
    'Students and Mentees',
    content.students.map((item) => {
      const f = item.fields;
      return entry(linked(f.name, f.url), span(f), [...detailLine([f.level, f.now], '; '), ...body(item.body)]);
    }),
  );
  section(
    'Service',
    content.service.map((item) => `- ${t(markdownToPlainText(item.body).replace(/\n\n/g, ' '))}`),
  );
  return `${lines.join('\n')}\n`;
}

function header(profile: Profile): string[] {
  const owner = profile.owner;
  const { email, phone, website } = socialProfiles(owner);
  const contacts = [
    ...(email ? [linked(email, `mailto:${email}`)] : []),
    ...(phone ? [t(phone)] : []),
    ...(website ? [linked(website.replace(/^https?:\/\//, '').replace(/\/$/, ''), website)] : []),
    ...(owner.links ?? []).filter((link) => link.url !== website).map((link) => linked(link.name, link.url)),
  ];
  return [
    '#align(center)[',
    `  #text(size: 22pt, weight: "bold", ${typstString(owner.name)})`,
    ...(owner.label ? [`  #v(-0.6em)`, `  #text(size: 11pt, ${typstString(owner.label)})`] : []),
    ...(contacts.length ? [`  #v(-0.4em)`, `  ${contacts.join(' #h(0.4em)·#h(0.4em) ')}`] : []),
    ']',
  ];
}

/** The page's publication sections: their titles, their order, their groups, visible entries only. */
function publicationSections(profile: Profile, lines: string[]): void {
  const isOwner = ownerMatcher(profile.owner.nameVariants ?? [profile.owner.name]);
  const venueMap = profile.owner.venueMap ?? [];
  const sections = pageSectionsOf(profile).filter(
    (section): section is PageSection & { kind: 'publications' } => section.kind === 'publications' && !section.hidden,
  );
  let marked = false;
  for (const section of sections) {
    const groups = sectionPublications(section, profile)
      .groups.map((group) => ({ ...group, items: group.items.filter(isVisible) }))
      .filter((group) => group.items.length > 0);
    if (groups.length === 0) continue;
    lines.push(`#section(${typstString(section.title ?? 'Publications')})`);
    for (const group of groups) {
      if (group.title !== undefined) lines.push(`#block(above: 0.8em, below: 0.4em, ${strong(group.title)})`);
      lines.push('#enum(tight: false, spacing: 0.6em,');
      for (const item of group.items) {
        marked ||= creditedNames(item.fields).names.some((author) => author.equal || author.corresponding);
        lines.push(`  [${publicationText(item, isOwner, venueMap)}],`);
      }
      lines.push(')');
    }
  }
  if (marked)
    lines.push(`#text(size: 8.5pt, fill: luma(90), ${typstString('* equal contribution, # corresponding author')})`);
}

function publicationText(
  item: PublicationItem,
  isOwner: (author: Author) => boolean,
  venueMap: NonNullable<Profile['owner']['venueMap']>,
): string {
  const f = item.fields;
  const label = shownLabel(f, venueMap);
  const { names, editors } = creditedNames(f);
  const authors = names.map((author) => {
    const name = `${displayName(author)}${author.equal ? '*' : ''}${author.corresponding ? '#' : ''}`;
    return isOwner(author) ? strong(name) : t(name);
  });
  const parts = [
    `${label ? `${strong(`[${label}]`)} ` : ''}${linked(f.title, titleUrl(f))}${/[.?!]$/.test(f.title) ? '' : t('.')}`,
    `${authors.join(t(', '))}${editors ? t(` ${editorsMark(names.length)}`) : ''}.`,
    ...(f.venue ? [`#emph(${typstString(f.venue)})${f.date ? t(`, ${f.date.year}`) : ''}.`] : []),
    ...(f.award ? [strong(f.award)] : []),
  ];
  return parts.join(' ');
}
