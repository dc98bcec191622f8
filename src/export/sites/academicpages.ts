/**
 * `export --site academicpages`: the about page, one `_publications/` file (and its `.bib`) per visible
 * publication, one `_talks/` file per visible talk, and the `_config.yml` settings the user must add.
 */
import { ownerMatcher } from '../../model/authorNames.js';
import type { Profile } from '../../model/items.js';
import { renderAboutPage } from '../../render/aboutPage.js';
import { renderPublicationLinks } from '../../render/itemLines.js';
import { neutraliseLiquid, neutraliseLiquidInMarkdown } from '../../render/markdownText.js';
import type { GeneratedFile, SiteExport, SiteExportOptions } from '../generatedFile.js';
import {
  type AcademicpagesContext,
  academicpagesCategory,
  academicpagesPublicationFiles,
  defaultPublicationCategories,
} from './academicpagesPublication.js';
import { academicpagesTalkFile } from './academicpagesTalk.js';
import { siteFile, sortedByPath } from './siteFiles.js';
import { visibleItems } from './siteItems.js';

export function exportAcademicpages(profile: Profile, options: SiteExportOptions = {}): SiteExport {
  const context: AcademicpagesContext = {
    isOwner: ownerMatcher(profile.owner.nameVariants ?? [profile.owner.name]),
    markdown: profile.owner.page?.liquid === true ? (text) => text : neutraliseLiquidInMarkdown,
    text: profile.owner.page?.liquid === true ? (text) => text : neutraliseLiquid,
    links: (fields) => renderPublicationLinks(profile, fields),
  };
  const publications = visibleItems(profile.publications);
  const files: GeneratedFile[] = [
    siteFile(
      '_pages/about.md',
      renderAboutPage(profile, options.publicationEntry ? { publicationEntry: options.publicationEntry } : {}),
    ),
    ...publications.flatMap((item) => academicpagesPublicationFiles(item, context)),
    ...visibleItems(profile.talks).map((item) => academicpagesTalkFile(item, context.markdown)),
  ];
  return { files: sortedByPath(files), advice: academicpagesAdvice(publications) };
}

function academicpagesAdvice(publications: Profile['publications']): string[] {
  const byId = [...publications].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const extraCategories = new Map<string, number>();
  for (const item of byId) {
    const category = academicpagesCategory(item.fields);
    if (!(defaultPublicationCategories as readonly string[]).includes(category)) {
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
