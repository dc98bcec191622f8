/** Which format a source document is in, told from its content (never its name): JSON shapes, XML roots, text tags. */
import { splitList } from './jsonListElements.js';
import { parseSourceJson } from './parseSourceJson.js';
import type { SourceDocument } from './sourceDocument.js';

export type SourceFormat =
  | 'orcid-works'
  | 'orcid-work'
  | 'openalex-works'
  | 'openalex-jsonl'
  | 'semantic-scholar-papers'
  | 'crossref-works'
  | 'csl-json'
  | 'dblp-person-xml'
  | 'arxiv-atom'
  | 'ris'
  | 'medline'
  | 'bibtex';

type Json = Record<string, unknown>;

export interface DetectedFormat {
  format: SourceFormat;
  /** The parsed JSON, for JSON formats (parsed once). */
  json?: unknown;
  /** The document as text, for text and XML formats. */
  text: string;
  /** An OpenAlex page split at its works (then `json` is the page with its first work only), each parsed when read. */
  elements?: Uint8Array[];
}

export type Detection = DetectedFormat | { format: undefined; text: string; reason: string; hint: string };

/**
 * Recognises the format; `text` is the document decoded as UTF-8 (readers of Latin-1 formats decode again). An OpenAlex
 * page comes split at its works unless `whole` is set.
 */
export function detectSourceFormat(document: SourceDocument, { whole = false } = {}): Detection {
  const page = whole ? undefined : openAlexPage(document.bytes);
  if (page !== undefined) return page;
  const text = decodeText(document.bytes);
  const start = text.trimStart();
  if (start.startsWith('{') || start.startsWith('[')) return detectJson(text);
  if (start.startsWith('<')) {
    const head = start.slice(0, 4000);
    if (/<dblpperson\b/.test(head)) return { format: 'dblp-person-xml', text };
    if (/<feed\b/.test(head) && /arxiv/i.test(head)) return { format: 'arxiv-atom', text };
    return unknown(text, /<html\b/i.test(head) ? 'is an HTML page, not a publication list' : 'is XML of no known kind');
  }
  if (/^TY {2}- /m.test(start.slice(0, 2000))) return { format: 'ris', text };
  if (/^PMID- ?\d/m.test(start.slice(0, 2000))) return { format: 'medline', text };
  if (/^\s*@[A-Za-z]+\s*[{(]/m.test(start.slice(0, 4000))) return { format: 'bibtex', text };
  return unknown(text, start === '' ? 'is empty' : 'is in no format profile import reads');
}

function decodeText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}

// An OpenAlex page names its list near its start, after `meta`; a document that does not is not split.
const resultsKey = /"results"\s*:/;

/** An OpenAlex works page (`results`), split at its works; undefined for any other document. */
function openAlexPage(bytes: Uint8Array): Detection | undefined {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 65_536));
  if (!head.trimStart().startsWith('{') || !resultsKey.test(head)) return undefined;
  const list = splitList(bytes, 'results');
  // The page's first work tells its format as the whole page would: the rules before the `results` one see no list.
  if (list === undefined || jsonFormat(list.skeleton) !== 'openalex-works') return undefined;
  let text: string | undefined;
  return {
    format: 'openalex-works',
    json: list.skeleton,
    elements: list.elements,
    get text() {
      text ??= decodeText(bytes);
      return text;
    },
  };
}

function detectJson(text: string): Detection {
  let json: unknown;
  try {
    json = parseSourceJson(text);
  } catch (error) {
    const lines = text.split('\n').filter((line) => line.trim() !== '');
    if (lines.length > 1 && lines.every((line) => line.trimStart().startsWith('{'))) {
      // JSON lines (an OpenAlex snapshot): each line a work; a cut-off last line is reported by the reader.
      return { format: 'openalex-jsonl', text };
    }
    const message = error instanceof Error ? error.message : String(error);
    // Cut short: the parser stops at (or just before) the end of the text.
    const position = Number(/position (\d+)/.exec(message)?.[1] ?? Number.NaN);
    const truncated = /end of (?:JSON )?input|Unterminated/i.test(message) || position >= text.trimEnd().length - 2;
    return {
      format: undefined,
      text,
      reason: truncated ? 'ends in the middle of its JSON (a download cut short?)' : `is not valid JSON (${message})`,
      hint: truncated ? 'download it again; nothing of it was imported' : 'check that it is the file you meant',
    };
  }
  const format = jsonFormat(json);
  return format === undefined ? unknown(text, 'is JSON of no kind profile import reads') : { format, json, text };
}

function jsonFormat(json: unknown): SourceFormat | undefined {
  if (Array.isArray(json)) {
    const first = json.find((item) => item !== null && typeof item === 'object') as Json | undefined;
    if (first === undefined) return json.length === 0 ? 'csl-json' : undefined;
    if (typeof first.paperId === 'string') return 'semantic-scholar-papers';
    if (isOpenAlexWork(first)) return 'openalex-works';
    if (typeof first.type === 'string') return 'csl-json';
    return undefined;
  }
  if (json === null || typeof json !== 'object') return undefined;
  const object = json as Json;
  if (Array.isArray(object.group) && (typeof object.path === 'string' || 'last-modified-date' in object)) {
    return 'orcid-works';
  }
  // A works summary kept without its envelope (a client's recording keeps `group` alone): known by its groups.
  if (Array.isArray(object.group) && Array.isArray((object.group[0] as Json | undefined)?.['work-summary'])) {
    return 'orcid-works';
  }
  if (Array.isArray(object.bulk) || ('put-code' in object && 'title' in object)) return 'orcid-work';
  if (Array.isArray(object.results) && (object.results.length === 0 || isOpenAlexWork(object.results[0]))) {
    return 'openalex-works';
  }
  if (isOpenAlexWork(object)) return 'openalex-works';
  if (Array.isArray(object.data) && object.data.every((item) => typeof (item as Json)?.paperId === 'string')) {
    return 'semantic-scholar-papers';
  }
  if (typeof object.paperId === 'string') return 'semantic-scholar-papers';
  if (object.message !== null && typeof object.message === 'object' && 'message-type' in object) {
    return 'crossref-works';
  }
  if (typeof object.type === 'string' && ('title' in object || 'author' in object || 'issued' in object)) {
    return 'csl-json';
  }
  if (Array.isArray(object.items) && object.items.every((item) => typeof (item as Json)?.type === 'string')) {
    return 'csl-json';
  }
  return undefined;
}

function isOpenAlexWork(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  const work = value as Json;
  return typeof work.id === 'string' && /^https:\/\/openalex\.org\/W\d+$/i.test(work.id);
}

function unknown(text: string, reason: string): Detection {
  return {
    format: undefined,
    text,
    reason,
    hint: 'profile import reads ORCID, OpenAlex, Semantic Scholar, Crossref and CSL-JSON, DBLP person XML, arXiv Atom, RIS and MEDLINE; import-bib reads BibTeX',
  };
}
