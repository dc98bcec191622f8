/**
 * `export --site al-folio`: `_bibliography/papers.bib`, one `_news/` file per visible news item, the about page
 * (`_pages/about.md`), the CV data (`assets/json/resume.json`), and the `scholar:` names the user must put in
 * `_config.yml`.
 */
import { compareChronological } from '../../model/itemOrder.js';
import type { Profile } from '../../model/items.js';
import { publishedMarkdown } from '../../render/markdownText.js';
import type { SiteExport, SiteExportOptions } from '../generatedFile.js';
import { alFolioAboutFile, alFolioResumeFile } from './alFolioAbout.js';
import { renderAlFolioBibliography } from './alFolioBibtex.js';
import { alFolioNewsFiles } from './alFolioNews.js';
import { scholarNamesOf, yamlFlowList } from './alFolioScholarNames.js';
import { siteFile, sortedByPath } from './siteFiles.js';
import { visibleItems } from './siteItems.js';

export function exportAlFolio(profile: Profile, _options: SiteExportOptions = {}): SiteExport {
  const markdown = publishedMarkdown(profile.owner.page?.liquid === true);
  const news = visibleItems(profile.news).sort(compareChronological);
  const newsFiles = alFolioNewsFiles(news, markdown);
  const files = [
    siteFile('_bibliography/papers.bib', renderAlFolioBibliography(profile)),
    ...newsFiles,
    alFolioAboutFile(profile, markdown),
    alFolioResumeFile(profile),
  ];
  const withoutDay = newsFiles.filter((_file, index) => news[index]?.fields.date.day === undefined);
  const names = scholarNamesOf(profile.owner);
  const advice = [
    `In _config.yml, under scholar:, set last_name: ${yamlFlowList(names.lastNames)} and first_name: ${yamlFlowList(names.firstNames)} so that al-folio finds you among the authors of papers.bib.`,
  ];
  const notes =
    withoutDay.length === 0
      ? []
      : [
          {
            text: `al-folio prints every news date as a day (Jul 01, 2025) and offers no other form: ${withoutDay.length === 1 ? '1 news item known only to its month or year shows' : `${withoutDay.length} news items known only to their month or year show`} the 1st.`,
            files: withoutDay.map((file) => file.path),
          },
        ];
  return { files: sortedByPath(files), advice, notes };
}
