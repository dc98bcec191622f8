/** `export --site`: the files of one site generator, its exporter loaded only when asked for. */

import type { Profile } from '../model/items.js';
import type { ExportSite } from './exportFormats.js';
import type { SiteExport, SiteExportOptions } from './generatedFile.js';

export async function renderSite(profile: Profile, site: ExportSite, options: SiteExportOptions): Promise<SiteExport> {
  switch (site) {
    case 'academicpages':
      return (await import('./sites/academicpages.js')).exportAcademicpages(profile, options);
    case 'al-folio':
      return (await import('./sites/alFolio.js')).exportAlFolio(profile, options);
    case 'hugo-blox':
      return (await import('./sites/hugoBlox.js')).exportHugoBlox(profile, options);
  }
}
