/**
 * `export --site academicpages`: the about page, one `_publications/` file (and its `.bib`) per visible
 * publication, one `_talks/` file per visible talk, and the `_config.yml` settings the user must add.
 */

import { parseSafeYaml } from '../../frontMatter/safeYaml.js';
import { ownerMatcher } from '../../model/authorNames.js';
import { compareChronological, compareRanked } from '../../model/itemOrder.js';
import type { Profile } from '../../model/items.js';
import { renderAboutPage } from '../../render/aboutPage.js';
import { renderPublicationLinks } from '../../render/itemLines.js';
import { neutraliseLiquid, publishedMarkdown } from '../../render/markdownText.js';
import type { GeneratedFile, SiteExport, SiteExportOptions } from '../generatedFile.js';
import {
  type AcademicpagesContext,
  academicpagesCategory,
  academicpagesPublicationFiles,
  defaultPublicationCategories,
} from './academicpagesPublication.js';
import { academicpagesTalkFile } from './academicpagesTalk.js';
import { siteFile, sortedByPath } from './siteFiles.js';
import { datesInProfileOrder, visibleItems } from './siteItems.js';

export function exportAcademicpages(profile: Profile, options: SiteExportOptions = {}): SiteExport {
  const context: AcademicpagesContext = {
    isOwner: ownerMatcher(profile.owner.nameVariants ?? [profile.owner.name]),
    markdown: publishedMarkdown(profile.owner.page?.liquid === true),
    text: profile.owner.page?.liquid === true ? (text) => text : neutraliseLiquid,
    links: (fields) => renderPublicationLinks(profile, fields),
  };
  const publications = visibleItems(profile.publications).sort(compareRanked);
  const talks = visibleItems(profile.talks).sort(compareChronological);
  const publicationDates = datesInProfileOrder(publications);
  const talkDates = datesInProfileOrder(talks);
  const publicationFiles = publications.map((item) =>
    academicpagesPublicationFiles(item, publicationDates.get(item), context),
  );
  const talkFiles = talks.map((item) => academicpagesTalkFile(item, talkDates.get(item), context.markdown));
  const files: GeneratedFile[] = [
    siteFile(
      '_pages/about.md',
      renderAboutPage(profile, options.publicationEntry ? { publicationEntry: options.publicationEntry } : {}),
    ),
    ...publicationFiles.flat(),
    ...talkFiles,
  ];
  // A publication page and the talks list print the date as a day; the publications list prints only the year.
  const withoutDay = [
    ...publicationFiles.flatMap(([page], index) =>
      page !== undefined && publications[index]?.fields.date?.day === undefined ? [page.path] : [],
    ),
    ...talkFiles.flatMap((file, index) => (talks[index]?.fields.date.day === undefined ? [file.path] : [])),
  ];
  return {
    files: sortedByPath(files),
    advice: academicpagesAdvice(publications, configuredCategories(options.siteConfig)),
    notes:
      withoutDay.length === 0
        ? []
        : [
            {
              text: `academicpages prints a publication's page date and a talk's date as a day (January 01, 2025) and offers no other form: ${withoutDay.length === 1 ? '1 item known only to its month or year shows' : `${withoutDay.length} items known only to their month or year show`} the 1st (the publications list shows only the year).`,
              files: withoutDay,
            },
          ],
  };
}

/**
 * The keys under `publication_category:` in the site's `_config.yml`, or undefined without a readable one (then
 * every category beyond the template's defaults is advised).
 */
function configuredCategories(siteConfig: string | undefined): ReadonlySet<string> | undefined {
  if (siteConfig === undefined) return undefined;
  const parsed = parseSafeYaml(siteConfig);
  if (!parsed.ok) return undefined;
  const config = parsed.yaml.value;
  const categories = isRecord(config) ? config.publication_category : undefined;
  return new Set(isRecord(categories) ? Object.keys(categories) : []);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function academicpagesAdvice(
  publications: Profile['publications'],
  configured: ReadonlySet<string> | undefined,
): string[] {
  const byId = [...publications].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const extraCategories = new Map<string, number>();
  for (const item of byId) {
    const category = academicpagesCategory(item.fields);
    const known = configured?.has(category) ?? (defaultPublicationCategories as readonly string[]).includes(category);
    if (!known) {
      extraCategories.set(category, (extraCategories.get(category) ?? 0) + 1);
    }
  }
  const advice = [...extraCategories]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([category, count]) => {
      const title = category.charAt(0).toUpperCase() + category.slice(1);
      const publicationsAre = count === 1 ? '1 publication is' : `${count} publications are`;
      return `In _config.yml, add \`${category}: { title: '${title}' }\` under publication_category: the publications page lists only the categories named there, and ${publicationsAre} in ${category}.`;
    });
  for (const item of byId) {
    if (item.fields.date === undefined) {
      advice.push(`${item.id} has no date: academicpages lists it as published in 1900; give it a date.`);
    }
  }
  return advice;
}
