/**
 * The sample entries site templates ship on their home page, which a new page often still holds (commented out or
 * not): AcadHomepage's "Lorem ipsum" news, honours and talks and its "Deep Residual Learning" paper box,
 * al-folio's sample announcements. They are text of the template, never the owner's items.
 */
import type { PageEntry } from './importedItems.js';

/** Filler text: AcadHomepage's every sample line, and any page's "Lorem ipsum". */
const filler = /\blorem ipsum\b/i;

/** al-folio's sample announcements (`_news/announcement_1.md`…), as pasted on a page. */
const alFolioNews = /^(?:A simple inline announcement|A long announcement with details)\b/i;

/** Why the entry is a template's sample, or `undefined` when it is the owner's. */
export function templateSample(entry: PageEntry): string | undefined {
  const texts =
    entry.kind === 'publication'
      ? [entry.title, entry.venue ?? '']
      : entry.kind === 'news' || entry.kind === 'service'
        ? [entry.body]
        : entry.kind === 'cv'
          ? [entry.text]
          : [entry.title, entry.venue ?? ''];
  if (texts.some((text) => filler.test(text))) return 'the template\'s sample text ("Lorem ipsum")';
  if (entry.kind === 'news' && alFolioNews.test(entry.body.trim())) return "al-folio's sample announcement";
  // AcadHomepage's sample paper box: He et al.'s ResNet paper with Kaiming He in bold as the owner.
  if (
    entry.kind === 'publication' &&
    entry.title === 'Deep Residual Learning for Image Recognition' &&
    entry.boldAuthors.includes('Kaiming He')
  ) {
    return "AcadHomepage's sample publication (Kaiming He's ResNet paper)";
  }
  return undefined;
}
