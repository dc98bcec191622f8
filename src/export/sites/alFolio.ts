/**
 * `export --site al-folio`: `_bibliography/papers.bib`, one `_news/` file per visible news item, and the
 * `scholar:` names the user must put in `_config.yml`.
 */
import type { Profile } from '../../model/items.js';
import { publishedMarkdown } from '../../render/markdownText.js';
import type { SiteExport, SiteExportOptions } from '../generatedFile.js';
import { renderAlFolioBibliography } from './alFolioBibtex.js';
import { alFolioNewsFile } from './alFolioNews.js';
import { scholarNamesOf, yamlFlowList } from './alFolioScholarNames.js';
import { siteFile, sortedByPath } from './siteFiles.js';
import { visibleItems } from './siteItems.js';

export function exportAlFolio(profile: Profile, _options: SiteExportOptions = {}): SiteExport {
  const markdown = publishedMarkdown(profile.owner.page?.liquid === true);
  const files = [
    siteFile('_bibliography/papers.bib', renderAlFolioBibliography(profile)),
    ...visibleItems(profile.news).map((item) => alFolioNewsFile(item, markdown)),
  ];
  const names = scholarNamesOf(profile.owner);
  const advice = [
    `In _config.yml, under scholar:, set last_name: ${yamlFlowList(names.lastNames)} and first_name: ${yamlFlowList(names.firstNames)} so that al-folio finds you among the authors of papers.bib.`,
  ];
  return { files: sortedByPath(files), advice };
}
