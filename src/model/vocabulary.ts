/** The closed lists of values the format allows; plain constants, so the CLI can name them without loading the schema. */

export const publicationStatuses = ['published', 'accepted', 'under-review', 'preprint'] as const;

export const publicationCategories = [
  'conference',
  'journal',
  'workshop',
  'book',
  'chapter',
  'thesis',
  'report',
  'preprint',
  'other',
] as const;

export const linkTypes = [
  'paper',
  'pdf',
  'code',
  'slides',
  'video',
  'poster',
  'project',
  'data',
  'blog',
  'arxiv',
  'html',
  'supplement',
  'other',
] as const;

export const cslTypes = [
  'article',
  'article-journal',
  'article-magazine',
  'article-newspaper',
  'bill',
  'book',
  'broadcast',
  'chapter',
  'classic',
  'collection',
  'dataset',
  'document',
  'entry',
  'entry-dictionary',
  'entry-encyclopedia',
  'event',
  'figure',
  'graphic',
  'hearing',
  'interview',
  'legal_case',
  'legislation',
  'manuscript',
  'map',
  'motion_picture',
  'musical_score',
  'pamphlet',
  'paper-conference',
  'patent',
  'performance',
  'periodical',
  'personal_communication',
  'post',
  'post-weblog',
  'regulation',
  'report',
  'review',
  'review-book',
  'software',
  'song',
  'speech',
  'standard',
  'thesis',
  'treaty',
  'webpage',
] as const;

export const talkTypes = ['talk', 'invited-talk', 'keynote', 'tutorial', 'poster', 'seminar', 'panel'] as const;

export const serviceRoles = ['reviewer', 'chair', 'organizer', 'editor', 'committee', 'other'] as const;

/** How an author list is joined: `oxford`: `A, B, and C`; `and`: `A, B and C`; `commas`: `A, B, C`. */
export const authorJoins = ['oxford', 'and', 'commas'] as const;
