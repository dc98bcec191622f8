/**
 * Hugo Blox's author profile `data/authors/me.yaml` (the current kit's `hugoblox/author/v1` schema: name, role, bio,
 * links, education, experience, awards) and one blog post per visible news item, `content/blog/<stem>/index.md`.
 */

import { markdownToPlain, markdownToPlainText } from '../../markdown/plainText.js';
import type { NewsItem, Profile } from '../../model/items.js';
import type { PartialDate } from '../../model/partialDate.js';
import { neutraliseShortcodes } from '../../render/hugoShortcodes.js';
import { neutraliseUnsafeLinks } from '../../render/markdownLinks.js';
import { cvContent } from '../formats/cvContent.js';
import { isEmailAddress } from '../formats/socialProfiles.js';
import type { GeneratedFile } from '../generatedFile.js';
import { frontMatterDocument, yamlDocument } from './frontMatterDocument.js';
import { siteFile } from './siteFiles.js';
import { dayDate, itemStem, singleLine } from './siteItems.js';

const iconOfHost: [RegExp, string][] = [
  [/github\.com/, 'brands/github'],
  [/(?:x|twitter)\.com/, 'brands/x'],
  [/linkedin\.com/, 'brands/linkedin'],
  [/scholar\.google\./, 'academicons/google-scholar'],
  [/orcid\.org/, 'academicons/orcid'],
  [/researchgate\.net/, 'academicons/researchgate'],
  [/arxiv\.org/, 'academicons/arxiv'],
];

/** The start, the end (none while still going on) and the plain-text summary of an education or a position. */
function periodAndSummary(item: {
  fields: { start?: PartialDate | undefined; end?: PartialDate | undefined; current?: boolean | undefined };
  body: string;
}) {
  return {
    start: optionalDay(item.fields.start),
    end: item.fields.current ? undefined : optionalDay(item.fields.end),
    summary: plainText(item.body) || undefined,
  };
}

function optionalDay(date: PartialDate | undefined): string | undefined {
  return date === undefined ? undefined : dayDate(date);
}

export function hugoBloxAuthorFile(profile: Profile): GeneratedFile {
  const { owner } = profile;
  const cv = cvContent(profile);
  const email = (owner.email ?? []).find(isEmailAddress);
  const links = [
    ...(email ? [{ icon: 'at-symbol', url: `mailto:${email}`, label: 'E-mail' }] : []),
    ...(owner.links ?? [])
      .filter((link) => /^https?:\/\//.test(link.url))
      .map((link) => ({
        icon: iconOfHost.find(([host]) => host.test(link.url))?.[1] ?? 'link',
        url: link.url,
        label: singleLine(link.name),
      })),
  ];
  const bio = plainText(profile.bio);
  const list = <T>(entries: T[]) => (entries.length === 0 ? undefined : entries);
  const data = {
    schema: 'hugoblox/author/v1',
    slug: 'me',
    is_owner: true,
    name: { display: singleLine(owner.name) },
    role: owner.label === undefined ? undefined : singleLine(owner.label),
    bio: bio === '' ? undefined : bio,
    links: list(links),
    education: list(
      cv.education.map((item) => ({
        degree: singleLine(item.fields.field ? `${item.fields.degree} ${item.fields.field}` : item.fields.degree),
        institution: singleLine(item.fields.institution),
        ...periodAndSummary(item),
      })),
    ),
    experience: list(
      cv.positions.map((item) => ({
        role: singleLine(item.fields.title),
        org: singleLine(item.fields.organisation),
        ...periodAndSummary(item),
      })),
    ),
    awards: list(
      cv.awards.map((item) => ({
        title: singleLine(item.fields.name),
        awarder: item.fields.by === undefined ? undefined : singleLine(item.fields.by),
        date: dayDate(item.fields.date),
        summary: plainText(item.body) || undefined,
      })),
    ),
  };
  return siteFile('data/authors/me.yaml', yamlDocument(withoutUndefined(data) as Record<string, unknown>));
}

/**
 * A news item as a short blog post by `me`, tagged News: its first words as the title, the text as the body, in which
 * Hugo runs no shortcode unless `page.liquid` keeps the owner's templates.
 */
export function hugoBloxNewsFile(item: NewsItem, keepTemplates = false): GeneratedFile {
  const body = neutraliseUnsafeLinks(item.body);
  const plain = neutraliseUnsafeLinks(markdownToPlain(item.body));
  const words = plain.split(' ');
  const title = words.length > 12 ? `${words.slice(0, 12).join(' ')}…` : plain;
  const frontMatter = {
    title: singleLine(title),
    summary: singleLine(plain),
    date: dayDate(item.fields.date),
    authors: ['me'],
    tags: ['News'],
  };
  return siteFile(
    `content/blog/${itemStem(item)}/index.md`,
    frontMatterDocument(frontMatter, keepTemplates ? body : neutraliseShortcodes(body)),
  );
}

/**
 * The owner's Markdown as plain text for a YAML field Hugo may render again as Markdown: a link the link rule refuses
 * (left as literal `[text](javascript:…)` by the plain-text reading) is written so that it cannot become a link.
 */
function plainText(markdown: string): string {
  return neutraliseUnsafeLinks(markdownToPlainText(markdown));
}

function withoutUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUndefined);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, inner]) => inner !== undefined)
        .map(([key, inner]) => [key, withoutUndefined(inner)]),
    );
  }
  return value;
}
