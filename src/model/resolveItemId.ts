/** Finds the item a person means: an exact id, a unique start or any unique part of one (with or without its kind), or its file. */
import { ProfileError } from '../errors.js';
import { type ItemKind, itemFolders } from './items.js';

export interface ItemRef {
  /** `pub/wang2024wise`. */
  readonly id: string;
  readonly kind: ItemKind;
  /** `publications/wang2024wise.md`. */
  readonly file: string;
}

const kindNames: Record<ItemKind, { one: string; many: string }> = {
  news: { one: 'news item', many: 'news items' },
  publication: { one: 'publication', many: 'publications' },
  talk: { one: 'talk', many: 'talks' },
  service: { one: 'service entry', many: 'service entries' },
  section: { one: 'section', many: 'sections' },
  education: { one: 'education entry', many: 'education entries' },
  position: { one: 'position', many: 'positions' },
  award: { one: 'award', many: 'awards' },
  teaching: { one: 'teaching entry', many: 'teaching entries' },
  student: { one: 'student', many: 'students' },
  grant: { one: 'grant', many: 'grants' },
};

const shownCandidates = 8;

/**
 * `pub/wang2024wise`, `publications/wang2024wise.md`, `pub/wang`, `wang2024`, `2024wise` all name `pub/wang2024wise`
 * when nothing else matches. A start wins over a part found inside (`wang` is not ambiguous with `li2023wang`).
 * Unknown and ambiguous queries throw, listing the candidates.
 */
export function resolveItemId<T extends ItemRef>(
  items: readonly T[],
  query: string,
  kinds: readonly ItemKind[] = Object.keys(itemFolders) as ItemKind[],
): T {
  const wanted = normalizeQuery(query);
  const allowed = items.filter((item) => kinds.includes(item.kind));
  const exact = allowed.find((item) => item.id === wanted);
  if (exact) return exact;
  // A whole file name wins over the longer names it starts: `news-1` is not ambiguous with `news-10`.
  const sameStem = wanted.includes('/') ? [] : allowed.filter((item) => stemOf(item.id) === wanted);
  const starts = sameStem.length > 0 ? sameStem : allowed.filter((item) => matchesPrefix(item.id, wanted));
  const matches = starts.length > 0 ? starts : allowed.filter((item) => matchesPart(item.id, wanted));
  if (matches.length === 1 && matches[0]) return matches[0];
  if (matches.length > 1) {
    throw new ProfileError(`"${query}" is ambiguous: it matches ${matches.length} items: ${listIds(matches)}`, {
      hint: 'type more of the id; `profile list --all` shows every id',
    });
  }
  const elsewhere = items.find(
    (item) => !kinds.includes(item.kind) && (item.id === wanted || matchesPart(item.id, wanted)),
  );
  if (elsewhere) {
    throw new ProfileError(
      `${elsewhere.id} is a ${kindNames[elsewhere.kind].one}; this command takes ${kindList(kinds)}`,
    );
  }
  // `pub/siamcomp-limaye` where the file is news/…: the part after the kind may still be in an id.
  const similar = wanted.includes('/') ? allowed.filter((item) => matchesPart(item.id, stemOf(wanted))) : [];
  throw new ProfileError(`no item "${query}"${similar.length ? `; did you mean ${listIds(similar)}?` : ''}`, {
    hint: 'ids are the ones `profile list --all` prints, such as news/2025-07-joined-lab or pub/wang2024wise',
  });
}

/** `publications/x.md` → `pub/x`: the folder and the file name are accepted for the id. */
function normalizeQuery(query: string): string {
  let text = query.trim().replace(/\\/g, '/').replace(/^\.\//, '').replace(/\.md$/, '');
  for (const { folder, idPrefix } of Object.values(itemFolders)) {
    if (folder !== idPrefix && text.startsWith(`${folder}/`)) text = `${idPrefix}/${text.slice(folder.length + 1)}`;
  }
  return text;
}

function matchesPrefix(id: string, query: string): boolean {
  if (query === '') return false;
  return query.includes('/') ? id.startsWith(query) : stemOf(id).startsWith(query);
}

/** Anywhere in the id: `siamcomp-limaye` in `pub/2024-siamcomp-limaye-x`; with a kind, anywhere after it. */
function matchesPart(id: string, query: string): boolean {
  if (query === '') return false;
  if (!query.includes('/')) return stemOf(id).includes(query);
  const kind = query.slice(0, query.indexOf('/'));
  return id.startsWith(`${kind}/`) && stemOf(id).includes(stemOf(query));
}

function stemOf(id: string): string {
  return id.slice(id.indexOf('/') + 1);
}

function listIds(items: readonly ItemRef[]): string {
  const ids = items.map((item) => item.id).sort();
  const shown = ids.slice(0, shownCandidates).join(', ');
  return ids.length > shownCandidates ? `${shown} and ${ids.length - shownCandidates} more` : shown;
}

function kindList(kinds: readonly ItemKind[]): string {
  const names = kinds.map((kind) => kindNames[kind].many);
  return names.length === 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}
