/** `export --site`: the files of one site generator, its exporter loaded only when asked for. */

import type { Profile } from '../model/items.js';
import { withoutUnsafeLinks } from '../model/linkSafety.js';
import type { ExportSite } from './exportFormats.js';
import type { SiteExport, SiteExportOptions } from './generatedFile.js';

export async function renderSite(
  profileAsRead: Profile,
  site: ExportSite,
  options: SiteExportOptions,
): Promise<SiteExport> {
  // A site publishes no link the link rule refuses: those fields are left out here, once for every generator.
  const profile = withoutUnsafeLinks(profileAsRead);
  switch (site) {
    case 'academicpages':
      return (await import('./sites/academicpages.js')).exportAcademicpages(profile, options);
    case 'al-folio':
      return (await import('./sites/alFolio.js')).exportAlFolio(profile, options);
    case 'hugo-blox':
      return (await import('./sites/hugoBlox.js')).exportHugoBlox(profile, options);
  }
}
