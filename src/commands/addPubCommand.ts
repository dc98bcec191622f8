/** `profile add-pub`: a publication typed by hand, from flags or asked for on a terminal. */

import { categoryOfVenue, type VenueCategory } from '../bibtex/venueKind.js';
import type { CommandContext } from '../commandContext.js';
import { UsageError } from '../errors.js';
import { parseSourceIdentifier } from '../fetch/sourceIdentifiers.js';
import { type PublicationInput, publicationDraft } from '../model/itemDrafts.js';
import { parsePartialDate } from '../model/partialDate.js';
import type { Owner } from '../model/schema.js';
import { displayPath } from '../profileDir.js';
import { labelFromVenue } from '../render/publicationLinks.js';
import { assertProfileFolder } from '../store/itemFileList.js';
import { loadProfile } from '../store/loadProfile.js';
import { askConfirm, askDate, askText } from '../ui/prompts.js';
import { addWithConfirmation } from './addItemFlow.js';

/** The draft's fields from flags; what a person can be asked for may be missing. */
export interface AddPubOptions extends Omit<PublicationInput, 'title' | 'authors' | 'links'> {
  dir: string;
  title?: string;
  /** As typed: `Zexi Li*`, `Li, Zexi#`, or several joined by `;` or ` and `. */
  authors: string[];
  links?: string[];
  json?: boolean;
  dryRun?: boolean;
}

export async function addPubCommand(options: AddPubOptions, context: CommandContext): Promise<void> {
  let { title, authors, date, venue, label, selected } = options;
  let filled: Partial<Pick<AddPubOptions, 'publisher' | 'type' | 'doi' | 'arxiv'>> = {};
  let owner: Owner | undefined;
  const readOwner = async () => {
    await assertProfileFolder(options.dir, displayPath(options.dir, context.cwd));
    owner ??= (await loadProfile(options.dir)).profile?.owner;
    return owner;
  };
  // `add-pub --doi 10.…` or `--arxiv ID` without a title or authors: Crossref or arXiv says what they are.
  const lookUp = options.doi ?? options.arxiv;
  if (lookUp !== undefined && (!title?.trim() || authors.length === 0)) {
    const kind = options.doi !== undefined ? 'doi' : 'arxiv';
    const parsed = parseSourceIdentifier(`${kind}:${lookUp}`);
    if (!parsed.ok) throw new UsageError(parsed.problem.replace(`"${kind}:`, `"--${kind} `));
    const { describeWork } = await import('../useCases/describeWork.js');
    const work = await describeWork({
      id: { kind, value: parsed.id.value },
      owner: await readOwner(),
      env: context.env,
    });
    const took: string[] = [];
    if (!title?.trim() && work.title !== undefined) {
      title = work.title;
      took.push('title');
    }
    if (authors.length === 0 && work.authors !== undefined) {
      authors = [work.authors];
      took.push('authors');
    }
    const workDate = work.date === undefined ? undefined : parsePartialDate(work.date);
    if (date === undefined && workDate?.ok) {
      date = workDate.date;
      took.push('date');
    }
    if (venue === undefined && work.venue !== undefined) {
      venue = work.venue;
      took.push('venue');
    }
    filled = {
      ...(options.publisher === undefined && work.publisher !== undefined ? { publisher: work.publisher } : {}),
      ...(options.type === undefined && work.type !== undefined ? { type: work.type } : {}),
      ...(options.doi === undefined && work.doi !== undefined ? { doi: work.doi } : {}),
      ...(options.arxiv === undefined && work.arxiv !== undefined ? { arxiv: work.arxiv } : {}),
    };
    took.push(...Object.keys(filled));
    if (!options.json) {
      context.stderr.write(`note: from ${work.service}: ${took.join(', ') || 'nothing new'}\n`);
      if (work.leftOut.length > 0 && took.includes('authors')) {
        context.stderr.write(
          `note: left out of the authors, as names without a family name: ${work.leftOut.join('; ')} (profile edit can add them)\n`,
        );
      }
    }
  }
  // A venue typed by hand tells the kind of paper (ICML: a conference's), unless --type, --category or Crossref
  // did: so that BibTeX and the sites get `@inproceedings` with a booktitle, not an article in a journal "ICML".
  const categoryOf = (typed: string | undefined) =>
    options.type === undefined && options.category === undefined && filled.type === undefined && typed !== undefined
      ? categoryOfVenue(typed)
      : undefined;
  // A preprint on arXiv (or another server) is labelled `Preprint`, as import-bib labels it, not `arXiv 2026`.
  const isPreprintOn = (typed: string | undefined) =>
    categoryOf(typed) === 'preprint' && (options.status ?? 'preprint') === 'preprint';
  const asking = (!title?.trim() || authors.length === 0) && context.interactive && !options.json;
  if (asking) {
    const style = (await readOwner())?.page?.dateStyle ?? 'dotted';
    if (!title?.trim()) title = await askText('Title:', { required: true });
    if (authors.length === 0) {
      const list = await askText('Authors, separated by ";" or "and" (mark * equal contribution, # corresponding):', {
        required: true,
      });
      authors = [list];
    }
    date ??= await askDate('Year or date (optional):', { style });
    venue ??= (await askText('Venue: journal or proceedings (optional):')) || undefined;
    const suggested =
      venue === undefined
        ? undefined
        : isPreprintOn(venue)
          ? 'Preprint'
          : labelFromVenue(venue, date?.year, (await readOwner())?.venueMap ?? []);
    label ??=
      (await askText('Label shown on the page, e.g. "NeurIPS 2024" (optional):', {
        ...(suggested === undefined ? {} : { default: suggested }),
      })) || undefined;
    selected ??= await askConfirm('Selected (shown in "only: selected" sections)?', false);
  }
  if (!title?.trim() || authors.length === 0) {
    throw new UsageError(
      `add-pub needs ${!title?.trim() ? 'the title' : 'the authors'}: profile add-pub "TITLE" --author "NAME" …`,
      'example: profile add-pub "WISE: Lifelong Model Editing" --author "Peng Wang*" --author "Zexi Li*" --date 2024 --label "NeurIPS 2024"',
    );
  }
  const inferred = categoryOf(venue);
  const category = options.category ?? inferred;
  const status = options.status ?? (inferred === 'preprint' ? 'preprint' : undefined);
  // Written, as the page would otherwise show the venue's short form.
  if (!asking && label === undefined && isPreprintOn(venue)) label = 'Preprint';
  if (!asking && options.label === undefined && venue !== undefined && !options.json) {
    // The page writes this label where `label` would stand; saying so lets a person keep it or write another.
    const shown = label ?? labelFromVenue(venue, date?.year, (await readOwner())?.venueMap ?? []);
    const why = label === undefined ? "the venue's short form and the year" : 'as import-bib labels preprints';
    context.stderr.write(`note: without --label, the page shows "${shown}" (${why}); --label "…" writes another\n`);
  }
  if (inferred !== undefined && venue !== undefined && !options.json) {
    context.stderr.write(`${categoryNote(venue, inferred, options.status === undefined)}\n`);
  }
  const draft = publicationDraft({
    ...options,
    ...filled,
    title,
    authors,
    date,
    venue,
    label,
    selected,
    ...(category === undefined ? {} : { category }),
    ...(status === undefined ? {} : { status }),
  });
  await addWithConfirmation(draft, { ...options, confirm: asking }, context);
}

const categoryNames: Readonly<Record<VenueCategory, string>> = {
  conference: 'a conference',
  workshop: 'a workshop',
  journal: 'a journal',
  preprint: 'a preprint server',
};

function categoryNote(venue: string, category: VenueCategory, statusToo: boolean): string {
  const preprint = category === 'preprint' && statusToo;
  const written = preprint ? 'category: preprint, status: preprint' : `category: ${category}`;
  const change = preprint ? '--category and --status write others' : '--category writes another';
  return `note: "${venue}" is ${categoryNames[category]}, so the publication is written with ${written} (${change})`;
}
