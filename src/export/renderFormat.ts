/** `export --format`: the one-file formats, each exporter loaded only when asked for. */

import type { Profile } from '../model/items.js';
import { withoutUnsafeLinks } from '../model/linkSafety.js';
import type { ExportFormat } from './exportFormats.js';
import type { PublicationEntryRenderer } from './generatedFile.js';

export interface FormatOptions {
  /** bib and csl-json: leave hidden publications out. */
  visible?: boolean;
  /** md: how publication entries are written (set by --style). */
  publicationEntry?: PublicationEntryRenderer;
  /** The file the output goes to (--out), when it goes to one. */
  target?: string;
}

export async function renderFormat(
  profileAsRead: Profile,
  format: ExportFormat,
  options: FormatOptions,
): Promise<string> {
  // `json` is the profile itself, read back by `import`-free tools and round trips: it keeps every field as written.
  // Every other format is published, and publishes no link the link rule refuses.
  const profile = format === 'json' ? profileAsRead : withoutUnsafeLinks(profileAsRead);
  switch (format) {
    case 'md': {
      const { renderAboutPage } = await import('../render/aboutPage.js');
      return renderAboutPage(profile, publicationEntryOption(options));
    }
    case 'json': {
      const { renderProfileJson } = await import('../render/profileJson.js');
      return renderProfileJson(profile);
    }
    case 'bib': {
      // al-folio's papers.bib is one file whichever command writes it, or `--check` of one would fail the other's.
      if (options.target !== undefined && isAlFolioBibliography(options.target)) {
        const { renderAlFolioBibliography } = await import('./sites/alFolioBibtex.js');
        return renderAlFolioBibliography(profile);
      }
      const { renderBibtex } = await import('../bibtex/writeBibtex.js');
      return renderBibtex(profile, { visible: options.visible ?? false });
    }
    case 'csl-json': {
      const { renderCslJson } = await import('./formats/cslJson.js');
      return renderCslJson(withoutHidden(profile, options.visible ?? false));
    }
    case 'jsonresume': {
      const { renderJsonResume } = await import('./formats/jsonResume.js');
      return renderJsonResume(profile);
    }
    case 'cv': {
      // The Typst source; exportProfile compiles it when --out is not a .typ file.
      const { renderTypstCv } = await import('./formats/typstCv.js');
      return renderTypstCv(profile);
    }
    case 'rendercv': {
      const { renderRenderCv } = await import('./formats/renderCv.js');
      return renderRenderCv(profile);
    }
  }
}

/** `…/_bibliography/papers.bib`, the file `export --site al-folio` writes. */
function isAlFolioBibliography(target: string): boolean {
  return /(?:^|[\\/])_bibliography[\\/]papers\.bib$/.test(target);
}

function publicationEntryOption(options: FormatOptions): { publicationEntry?: PublicationEntryRenderer } {
  return options.publicationEntry === undefined ? {} : { publicationEntry: options.publicationEntry };
}

function withoutHidden(profile: Profile, visible: boolean): Profile {
  if (!visible) return profile;
  return { ...profile, publications: profile.publications.filter((item) => item.fields.hidden !== true) };
}
