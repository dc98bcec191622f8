/**
 * `export --site hugo-blox`: a publication bundle per visible publication, an event bundle per visible talk, the
 * author profile `data/authors/me.yaml`, and a blog post per visible news item.
 */
import { ownerMatcher } from '../../model/authorNames.js';
import { compareChronological } from '../../model/itemOrder.js';
import type { Profile } from '../../model/items.js';
import type { SiteExport, SiteExportOptions } from '../generatedFile.js';
import { hugoBloxAuthorFile, hugoBloxNewsFile } from './hugoBloxAuthor.js';
import { hugoBloxEventFile } from './hugoBloxEvent.js';
import { hugoBloxPublicationFiles } from './hugoBloxPublication.js';
import { sortedByPath } from './siteFiles.js';
import { visibleItems } from './siteItems.js';

export function exportHugoBlox(profile: Profile, _options: SiteExportOptions = {}): SiteExport {
  const isOwner = ownerMatcher(profile.owner.nameVariants ?? [profile.owner.name]);
  const files = [
    ...visibleItems(profile.publications).flatMap((item) =>
      hugoBloxPublicationFiles(item, isOwner, profile.owner.venueMap ?? []),
    ),
    ...visibleItems(profile.talks).map(hugoBloxEventFile),
    hugoBloxAuthorFile(profile),
    ...visibleItems(profile.news)
      .sort(compareChronological)
      .map((item) => hugoBloxNewsFile(item, profile.owner.page?.liquid === true)),
  ];
  const advice = [
    'Hugo Blox: the pages name you `me`, the kit’s default author profile; if your site’s profile has another name (older sites use `admin`), rename one of them.',
  ];
  return { files: sortedByPath(files), advice };
}
