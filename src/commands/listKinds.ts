/** The kinds `list` takes; its own module so the CLI can check them without loading the profile code. */
import type { ItemKind } from '../model/items.js';

export const listKinds = {
  news: 'news',
  publications: 'publication',
  talks: 'talk',
  service: 'service',
  education: 'education',
  positions: 'position',
  awards: 'award',
  teaching: 'teaching',
  students: 'student',
  grants: 'grant',
} as const satisfies Record<string, ItemKind>;
export type ListKind = keyof typeof listKinds;
