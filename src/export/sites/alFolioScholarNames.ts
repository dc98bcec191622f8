/** The `scholar:` names of al-folio's `_config.yml`, by which `bib.liquid` finds the owner among the authors. */
import { parsePersonName } from '../../model/authorNames.js';
import type { Owner } from '../../model/schema.js';

export interface ScholarNames {
  lastNames: string[];
  firstNames: string[];
}

/** Every family and given name of the owner's name variants, in their order, each once. */
export function scholarNamesOf(owner: Owner): ScholarNames {
  const names = (owner.nameVariants ?? [owner.name]).map(parsePersonName);
  const unique = (values: string[]) => [...new Set(values.filter((value) => value !== ''))];
  return { lastNames: unique(names.map((name) => name.family)), firstNames: unique(names.map((name) => name.given)) };
}

/** `[Li]`, `[Zexi, Z.]`: a YAML flow list, each name quoted when YAML could read it as something else. */
export function yamlFlowList(values: readonly string[]): string {
  return `[${values.map((value) => (/^[\p{L}\p{M}][\p{L}\p{M} .'-]*$/u.test(value) ? value : JSON.stringify(value))).join(', ')}]`;
}
