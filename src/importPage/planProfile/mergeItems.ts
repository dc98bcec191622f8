/**
 * `--merge`: which of the page's items a profile already holds, and the files of the others. An item is already
 * there when the profile has the same news (date and text), talk (date and title), publication (title, DOI or
 * arXiv identifier) or service entry (text), whatever its file is called or whether it is hidden.
 */
import { markdownToPlainLine } from '../../model/itemSummary.js';
import { allItems, type Item, type ItemKind, type Profile } from '../../model/items.js';
import { formatIsoDate, type PartialDate } from '../../model/partialDate.js';
import { withOrder } from './entryFiles.js';
import type { PlannedItem } from './planImport.js';
import { type ItemFileToWrite, itemFile, type TakenNames } from './profileFiles.js';

export interface MergeDecision {
  planned: PlannedItem;
  /** The profile's item that is the same, when there is one. */
  presentAs?: Item;
  /** The file to write otherwise. */
  file?: ItemFileToWrite;
}

/** The kinds a page import makes: the only ones `--merge` compares with the profile's and names files among. */
const pageItemKinds = ['news', 'publication', 'talk', 'service', 'education', 'position', 'award', 'teaching'] as const;

export function planMerge(profile: Profile, items: readonly PlannedItem[]): MergeDecision[] {
  const pageKinds = new Set<ItemKind>(pageItemKinds);
  const existing = allItems(profile).filter((item) => pageKinds.has(item.kind));
  const byIdentity = new Map<string, Item>();
  for (const item of existing) {
    for (const identity of identitiesOf(item.kind, item.fields, item.body)) {
      if (!byIdentity.has(identity)) byIdentity.set(identity, item);
    }
  }
  const taken: TakenNames = {
    stems: new Map(pageItemKinds.map((kind) => [kind, new Set(stemsOf(existing, kind))])),
    keys: new Set(profile.publications.map((item) => item.fields.key)),
  };
  // New publications and service entries follow the ones the profile has, in the page's order.
  const lastOrder = new Map<ItemKind, number>();
  for (const item of [...profile.publications, ...profile.service]) {
    lastOrder.set(item.kind, Math.max(lastOrder.get(item.kind) ?? 0, item.fields.order ?? 0));
  }
  const decisions: MergeDecision[] = [];
  for (const planned of items) {
    if (planned.duplicateOf !== undefined) continue;
    const identities = identitiesOf(planned.draft.kind, planned.draft.data, planned.draft.body);
    const presentAs = identities.map((identity) => byIdentity.get(identity)).find((item) => item !== undefined);
    if (presentAs) {
      decisions.push({ planned, presentAs });
      continue;
    }
    let draft = planned.draft;
    if (draft.kind === 'publication' || draft.kind === 'service') {
      const order = (lastOrder.get(draft.kind) ?? 0) + 1;
      lastOrder.set(draft.kind, order);
      const { order: _pageOrder, ...data } = draft.data;
      draft = withOrder({ ...draft, data }, order);
    }
    const file = itemFile(planned, draft, taken);
    decisions.push({ planned, file });
  }
  return decisions;
}

function stemsOf(items: readonly Item[], kind: ItemKind): string[] {
  return items.filter((item) => item.kind === kind).map((item) => item.id.slice(item.id.indexOf('/') + 1));
}

/** What makes two items the same, for an item of the profile (dates as values) or of the page (dates as text). */
function identitiesOf(kind: ItemKind, fieldValues: object, body: string): string[] {
  const text = (value: string) => value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const date = (value: unknown) =>
    typeof value === 'string' ? value : value && typeof value === 'object' ? formatIsoDate(value as PartialDate) : '';
  const fields = fieldValues as Record<string, unknown>;
  switch (kind) {
    case 'news':
      return [`news ${date(fields.date)} ${text(markdownToPlainLine(body))}`];
    case 'talk':
      return [`talk ${date(fields.date)} ${text(String(fields.title))}`];
    case 'service':
      return [`service ${text(markdownToPlainLine(body))}`];
    case 'publication':
      return [
        `publication title ${text(String(fields.title))}`,
        ...(typeof fields.doi === 'string' ? [`publication doi ${fields.doi.toLowerCase()}`] : []),
        ...(typeof fields.arxiv === 'string' ? [`publication arxiv ${fields.arxiv}`] : []),
      ];
    case 'education':
      return [`education ${text(String(fields.degree))} ${text(String(fields.institution))}`];
    case 'position':
      return [`position ${date(fields.start)} ${text(String(fields.title))} ${text(String(fields.organisation))}`];
    case 'award':
      return [`award ${date(fields.date)} ${text(String(fields.name))}`];
    case 'teaching':
      return [`teaching ${text(String(fields.course))} ${text(String(fields.term ?? ''))}`];
    default:
      // Text sections, and the CV kinds a page import does not make (students, grants).
      return [];
  }
}
