/** al-folio's `_pages/about.md` (the bio, `selected_papers`, `announcements`) and its CV data `assets/json/resume.json`. */
import type { Profile } from '../../model/items.js';
import { renderJsonResume } from '../formats/jsonResume.js';
import type { GeneratedFile } from '../generatedFile.js';
import { frontMatterDocument } from './frontMatterDocument.js';
import { siteFile } from './siteFiles.js';

/**
 * The front matter of al-folio's own about page: the `about` layout at `/`, the label as its `subtitle`, the social
 * icons, the news as announcements (its `_news/` files) and the papers marked `selected={true}` in papers.bib.
 */
export function alFolioAboutFile(profile: Profile, markdown: (text: string) => string): GeneratedFile {
  const frontMatter = {
    layout: 'about',
    title: 'about',
    permalink: '/',
    subtitle: profile.owner.label,
    profile: { align: 'right' },
    social: true,
    announcements: { enabled: true, scrollable: true, limit: 5 },
    latest_posts: { enabled: false },
    selected_papers: true,
  };
  return siteFile('_pages/about.md', frontMatterDocument(frontMatter, markdown(profile.bio)));
}

/** al-folio's CV page reads `assets/json/resume.json` (JSON Resume) before `_data/cv.yml`. */
export function alFolioResumeFile(profile: Profile): GeneratedFile {
  return siteFile('assets/json/resume.json', renderJsonResume(profile));
}
