/** A profile held in memory for planning tests: plans are applied through the real YAML writer and reader. */
import * as v from 'valibot';
import { type ImportOptions, type ImportPlan, planBibImport } from '../../../src/bibtex/planBibImport.js';
import type { BibReadResult } from '../../../src/bibtex/readBibEntries.js';
import { parseFrontMatterFile } from '../../../src/frontMatter/frontMatter.js';
import { serializeItemFile } from '../../../src/frontMatter/itemFile.js';
import { publicationSchema } from '../../../src/model/itemFieldSchemas.js';
import type { Profile, PublicationItem } from '../../../src/model/items.js';

export function emptyProfile(venueMap?: { match: string; label: string }[]): Profile {
  return {
    owner: { name: 'Zexi Li', nameVariants: ['Zexi Li', 'Li, Z.'], ...(venueMap ? { venueMap } : {}) },
    bio: '',
    news: [],
    publications: [],
    talks: [],
    service: [],
    sections: [],
  };
}

/** A publication as the loader would give it for this front matter and body. */
export function publicationItem(stem: string, data: Record<string, unknown>, body = ''): PublicationItem {
  const parsed = parseFrontMatterFile(serializeItemFile(data, body), `publications/${stem}.md`);
  return {
    kind: 'publication',
    id: `pub/${stem}`,
    file: `publications/${stem}.md`,
    body: parsed.body.trim(),
    fields: v.parse(publicationSchema, parsed.data),
  };
}

/** The profile after the plan's writes, each file written and read back as the loader reads it. */
export function applyPlan(profile: Profile, plan: ImportPlan): Profile {
  const publications = [...profile.publications];
  for (const write of plan.writes) {
    if (write.kind === 'create') {
      publications.push(publicationItem(write.stem, write.data, write.body));
    } else {
      const index = publications.findIndex((item) => item.file === write.file);
      publications[index] = publicationItem(
        write.file.slice('publications/'.length, -'.md'.length),
        write.data,
        write.body,
      );
    }
  }
  return { ...profile, publications };
}

/** Plans an import of what was read, the file names taken from the entries. */
export function plan(profile: Profile, read: BibReadResult, options: ImportOptions = {}): ImportPlan {
  const files = [...new Set([...read.entries, ...read.skipped].map((entry) => entry.file))];
  return planBibImport(profile, files, read.entries, read.skipped, options);
}

/** Replaces a publication's fields (what a user's hand edit does). */
export function editPublication(
  profile: Profile,
  id: string,
  change: (data: Record<string, unknown>) => Record<string, unknown>,
  body?: string,
): Profile {
  return {
    ...profile,
    publications: profile.publications.map((item) => {
      if (item.id !== id) return item;
      const { date, ...rest } = item.fields;
      const data = {
        ...rest,
        ...(date
          ? {
              date: [date.year, date.month, date.day]
                .filter(Boolean)
                .map((part, index) => (index === 0 ? String(part) : String(part).padStart(2, '0')))
                .join('-'),
            }
          : {}),
      };
      return publicationItem(id.slice('pub/'.length), change(data), body ?? item.body);
    }),
  };
}

export function statuses(result: ImportPlan): string[] {
  return result.report.map((entry) => `${entry.status} ${entry.key}`);
}
