/** A service entry: the list item's text as written, with the role and the year when the text says them. */

import { markdownToPlain } from '../readPage/inlineMarkdown.js';
import type { ServiceEntry, ServiceRole } from './importedItems.js';

const roles: readonly [RegExp, ServiceRole][] = [
  [/\b(?:editor|editorial board)\b/i, 'editor'],
  [/\bchairs?\b|\bchair(?:ed|ing)\b/i, 'chair'],
  [/\borgani[sz](?:er|ing|ed)\b|\bco-?organi[sz]er\b/i, 'organizer'],
  [/\breview(?:er|ers|ing|ed)?\b|\breferee\b/i, 'reviewer'],
  [/\b(?:committee|pc member|program committee|senior pc|spc)\b/i, 'committee'],
];

export function parseServiceEntry(markdown: string): ServiceEntry | undefined {
  const body = markdown.trim();
  const plain = markdownToPlain(body);
  if (!/[\p{L}\p{N}]/u.test(plain)) return undefined;
  const role = roles.find(([pattern]) => pattern.test(plain))?.[1];
  // One year named once dates the entry; a list of years (`ICML 2024 2025`) does not.
  const years = [...new Set([...plain.matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)/g)].map((match) => Number(match[1])))];
  return {
    kind: 'service',
    body,
    ...(role ? { role } : {}),
    ...(years.length === 1 && years[0] !== undefined ? { date: { year: years[0] } } : {}),
  };
}
