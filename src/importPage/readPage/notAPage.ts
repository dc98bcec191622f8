/** Refuses, before anything is planned or written, what is plainly not a page's Markdown source. */
import { ProfileError } from '../../errors.js';

// Files people have next to their page and could pass by mistake, with what to do instead.
const otherFileKinds: readonly [RegExp, string][] = [
  [/\.(?:bib|bibtex|ris)$/i, 'a bibliography: import it with `profile import-bib FILE`'],
  [/\.(?:pdf|docx?|odt|rtf|tex)$/i, 'a document: save or export it as Markdown first, then import that'],
  [/\.(?:json|ya?ml|toml|csv|xml)$/i, 'a data file: import-page reads the Markdown of a home page (about.md)'],
];

/** `file` is the page's name as given (`about.md`, `<stdin>`); `text` is its whole text. */
export function refuseWhatIsNotAPage(text: string, file: string): void {
  const kind = otherFileKinds.find(([extension]) => extension.test(file));
  if (kind) {
    throw new ProfileError('this is not a home page; nothing was imported', { file, hint: `it looks like ${kind[1]}` });
  }
  if (text.includes('\u0000')) {
    throw new ProfileError('this is a binary file, not a home page; nothing was imported', {
      file,
      hint: 'pass the Markdown source of your page, e.g. _pages/about.md',
    });
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    throw new ProfileError('the page is empty; nothing was imported', {
      file,
      hint: 'pass the Markdown source of your page, e.g. _pages/about.md',
    });
  }
  if (/^\uFEFF?\s*(?:<!doctype html|<html[\s>])/i.test(text)) {
    throw new ProfileError('this is a built HTML page, not its Markdown source; nothing was imported', {
      file,
      hint: 'pass the Markdown file the site is built from, such as _pages/about.md (Jekyll) or content/_index.md (Hugo)',
    });
  }
}
