/**
 * How the source readers read a source's values: DOIs, ORCID iDs and arXiv ids without their prefixes, dates from their
 * parts, names written whole, text, and fields left out when absent.
 */

import { collapseWhitespace } from '../model/collapseWhitespace.js';
import type { WorkPerson } from './workRecord.js';

/** `https://doi.org/10.1/X`, `doi:10.1/X` → `10.1/X`; undefined when it is no DOI. */
export function bareDoi(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const doi = value.trim().replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, '');
  return /^10\.\S+\/\S+$/.test(doi) ? doi : undefined;
}

/** `https://orcid.org/0000-0002-1825-0097` → `0000-0002-1825-0097`. */
export function bareOrcid(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  return /(\d{4}-\d{4}-\d{4}-\d{3}[\dX])/i.exec(value)?.[1]?.toUpperCase();
}

/** An arXiv identifier without version, from `arXiv:2405.14768v2`, an arxiv.org URL or a 10.48550 DOI. */
export function bareArxiv(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /(?:^|arxiv[:.]|abs\/|pdf\/)(\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?/i.exec(
    value.trim(),
  );
  return match?.[1];
}

/** `2024`, `2024-07`, `2024-07-15` from year/month/day parts, dropping what is not a valid part. */
export function partialDateText(year: unknown, month?: unknown, day?: unknown): string | undefined {
  const y = Number(year);
  if (!Number.isInteger(y) || y < 1000 || y > 9999) return undefined;
  const m = Number(month);
  if (month === undefined || month === null || month === '' || !Number.isInteger(m) || m < 1 || m > 12)
    return String(y);
  const d = Number(day);
  const monthText = `${y}-${String(m).padStart(2, '0')}`;
  if (day === undefined || day === null || day === '' || !Number.isInteger(d) || d < 1 || d > 31) return monthText;
  return `${monthText}-${String(d).padStart(2, '0')}`;
}

/** A person from `Family, Given` or `Given Family` as a source writes it whole. */
export function personFromName(name: string): WorkPerson {
  const text = collapseWhitespace(name);
  const comma = text.indexOf(',');
  if (comma > 0) {
    const given = text.slice(comma + 1).trim();
    return { family: text.slice(0, comma).trim(), ...(given === '' ? {} : { given }) };
  }
  const space = text.lastIndexOf(' ');
  if (space < 0) return { family: text };
  return { family: text.slice(space + 1), given: text.slice(0, space) };
}

/** Text a JSON source gives, trimmed; undefined when empty or not text. */
export function textOf(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return undefined;
  const text = collapseWhitespace(value);
  return text === '' ? undefined : text;
}

/** `{ name: value }`, or nothing when the value is undefined: for building records without undefined fields. */
export function optional<K extends string, V>(name: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [name]: value }) as { [P in K]?: V };
}
