/** The kinds `list` takes, under the names people type; its own module so the CLI can check them without loading the profile code. */
import type { ItemKind } from '../model/items.js';

/** Every name of a kind: the folder's (`publications`), the id's (`pub/…`), singular and plural. */
const kindsByName = {
  news: 'news',
  publications: 'publication',
  publication: 'publication',
  pubs: 'publication',
  pub: 'publication',
  talks: 'talk',
  talk: 'talk',
  service: 'service',
  services: 'service',
  education: 'education',
  positions: 'position',
  position: 'position',
  awards: 'award',
  award: 'award',
  teaching: 'teaching',
  students: 'student',
  student: 'student',
  grants: 'grant',
  grant: 'grant',
} as const satisfies Record<string, ItemKind>;

export type ListKind = (typeof kindsByName)[keyof typeof kindsByName];

/** The names help shows: one per kind. */
export const listKindNames = [
  'news',
  'publications',
  'talks',
  'service',
  'education',
  'positions',
  'awards',
  'teaching',
  'students',
  'grants',
] as const;

export function listKindOf(name: string): ListKind | undefined {
  return Object.hasOwn(kindsByName, name) ? kindsByName[name as keyof typeof kindsByName] : undefined;
}
