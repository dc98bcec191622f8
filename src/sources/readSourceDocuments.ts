/** Every work of the documents given to `profile import`, each read by the reader of its format. */
import { readArxivAtom as arxivAtom } from './arxivAtom.js';
import { crossrefItems, crossrefWork } from './crossrefWorks.js';
import { cslWork, isCslItem } from './cslJson.js';
import { readDblpPerson } from './dblpPersonXml.js';
import { type Detection, detectSourceFormat, type SourceFormat } from './detectSourceFormat.js';
import { BrokenElement, parseElement } from './jsonListElements.js';
import { readMedline } from './medline.js';
import { openAlexWork } from './openAlexWorks.js';
import { orcidSummaryWorks, orcidWork } from './orcidWorks.js';
import { parseSourceJson } from './parseSourceJson.js';
import { readRis } from './ris.js';
import { semanticScholarPaper } from './semanticScholarPapers.js';
import type { SourceDocument } from './sourceDocument.js';
import type { SourceReading, UnreadWork, WorkRecord } from './workRecord.js';

type Json = Record<string, unknown>;

export interface ReadOptions {
  /** `2026-12-02`: dates citation counts whose source does not say when it counted. */
  today: string;
}

export interface DocumentReading extends SourceReading {
  name: string;
  format?: SourceFormat;
  /** The document is a list that holds no works (an author or a record with none yet): 0 works, not a problem. */
  listsNone?: true;
}

export async function readSourceDocuments(
  documents: readonly SourceDocument[],
  options: ReadOptions,
): Promise<DocumentReading[]> {
  const readings: DocumentReading[] = [];
  for (const document of documents) readings.push(await readSourceDocument(document, options));
  return readings;
}

export async function readSourceDocument(document: SourceDocument, options: ReadOptions): Promise<DocumentReading> {
  try {
    return await readAs(detectSourceFormat(document), document, options);
  } catch (error) {
    if (!(error instanceof BrokenElement)) throw error;
    // A work of a split page is not JSON: the page is read whole, so that the problem is JSON.parse's own.
    return readAs(detectSourceFormat(document, { whole: true }), document, options);
  }
}

async function readAs(detected: Detection, document: SourceDocument, options: ReadOptions): Promise<DocumentReading> {
  const name = document.name;
  if (detected.format === undefined) {
    return { name, works: [], unread: [{ file: name, line: 1, reason: detected.reason, hint: detected.hint }] };
  }
  const reading = await readDetected(detected, document, options);
  if (reading.works.length === 0 && reading.unread.length === 0 && listsNoWorks(detected)) {
    return { name, format: detected.format, ...reading, listsNone: true };
  }
  if (reading.works.length === 0 && reading.unread.length === 0) {
    reading.unread.push({
      file: name,
      line: 1,
      reason: 'lists no publication',
      hint: 'check that it is the list you meant (a record with no works, or a query that found none)',
    });
  }
  return { name, format: detected.format, ...reading };
}

/**
 * Whether a document that gave no work says that the list it is holds none: an author, a record or a library with no
 * works (yet), such as OpenAlex's `{"meta":{"count":0,…},"results":[]}`, ORCID's `{"group":[],…}`, Semantic Scholar's
 * `{"offset":0,"data":[]}`, a DBLP person of no records, an empty CSL-JSON list. A page past the end of a longer list
 * (`meta.count` above 0; an `offset` beyond 0), an empty arXiv feed (a lookup that found nothing) or an empty file
 * (which a failed download also gives) says no such thing.
 */
function listsNoWorks(detected: Detection & { format: SourceFormat }): boolean {
  const json = detected.json as Json | unknown[] | undefined;
  const object = (Array.isArray(json) ? {} : (json ?? {})) as Json;
  const empty = (value: unknown) => Array.isArray(value) && value.length === 0;
  const zero = (value: unknown) => value === undefined || value === 0;
  switch (detected.format) {
    case 'openalex-works':
      return (detected.elements?.length ?? 0) === 0 && empty(object.results) && zero((object.meta as Json)?.count);
    case 'semantic-scholar-papers':
      return Array.isArray(json) ? json.length === 0 : empty(object.data) && zero(object.offset);
    case 'crossref-works': {
      const message = (object.message ?? {}) as Json;
      return empty(message.items) && zero(message['total-results']);
    }
    case 'orcid-works':
      return empty(object.group);
    case 'orcid-work':
      return empty(object.bulk);
    case 'csl-json':
      return Array.isArray(json) ? json.length === 0 : empty(object.items);
    case 'dblp-person-xml': {
      const person = /<dblpperson\b[^>]*>/.exec(detected.text)?.[0] ?? '';
      return !/<r[\s>]/.test(detected.text) && zero(optionalNumber(/\sn="(\d+)"/.exec(person)?.[1]));
    }
    default:
      return false;
  }
}

function optionalNumber(digits: string | undefined): number | undefined {
  return digits === undefined ? undefined : Number(digits);
}

/** The JSON formats whose works are each read alone: where the document keeps its works, and the reader of one. */
const eachWorkReaders = {
  'openalex-works': { worksOf: (json: Json) => listIn(json, 'results'), read: openAlexWork },
  'semantic-scholar-papers': { worksOf: (json: Json) => listIn(json, 'data'), read: semanticScholarPaper },
  'crossref-works': { worksOf: crossrefItems, read: crossrefWork },
} as const satisfies Partial<
  Record<
    SourceFormat,
    { worksOf: (json: Json) => Json[]; read: (work: Json, file: string, line: number, today: string) => WorkRecord }
  >
>;

async function readDetected(
  detected: Detection & { format: SourceFormat },
  document: SourceDocument,
  options: ReadOptions,
): Promise<SourceReading> {
  const file = document.name;
  const json = detected.json as Json;
  const works: WorkRecord[] = [];
  const unread: UnreadWork[] = [];
  switch (detected.format) {
    case 'orcid-works':
      works.push(...orcidSummaryWorks(json, file));
      break;
    case 'orcid-work': {
      const bulk = Array.isArray(json.bulk) ? (json.bulk as Json[]) : [{ work: json }];
      bulk.forEach((item, index) => {
        if (item.work !== undefined) works.push(orcidWork(item.work as Json, file, index + 1));
        else unread.push({ file, line: index + 1, reason: `is an ORCID error: ${errorText(item.error)}` });
      });
      break;
    }
    case 'openalex-works':
    case 'semantic-scholar-papers':
    case 'crossref-works': {
      if (detected.elements !== undefined) {
        // An OpenAlex page split at its works: each parsed as it is read, its abstract index by the scanner (every
        // index JSON.parse reads gets shapes of its own: 5,000 works took about 60 ms more CPU time that way).
        detected.elements.forEach((element, index) => {
          works.push(openAlexWork(parseElement(element, parseSourceJson) as Json, file, index + 1, options.today));
        });
        break;
      }
      const { worksOf, read } = eachWorkReaders[detected.format];
      worksOf(json).forEach((work, index) => {
        works.push(read(work, file, index + 1, options.today));
      });
      break;
    }
    case 'openalex-jsonl':
      detected.text.split('\n').forEach((line, index) => {
        if (line.trim() === '') return;
        try {
          works.push(openAlexWork(JSON.parse(line) as Json, file, index + 1, options.today));
        } catch {
          unread.push({
            file,
            line: index + 1,
            reason: 'is not a whole JSON work (a download cut short?)',
            hint: 'download it again',
          });
        }
      });
      break;
    case 'csl-json':
      listIn(json, 'items').forEach((item, index) => {
        if (isCslItem(item)) works.push(cslWork(item, file, index + 1));
        else unread.push({ file, line: index + 1, reason: 'is not a CSL-JSON item (it needs a type and a title)' });
      });
      break;
    case 'dblp-person-xml':
    case 'arxiv-atom':
    case 'ris':
    case 'medline': {
      try {
        const reading =
          detected.format === 'dblp-person-xml'
            ? await readDblpPerson(detected.text, file)
            : detected.format === 'arxiv-atom'
              ? await arxivAtom(detected.text, file)
              : detected.format === 'ris'
                ? await readRis(document.bytes, file)
                : readMedline(detected.text, file);
        works.push(...reading.works);
        unread.push(...reading.unread);
      } catch (error) {
        unread.push({
          file,
          line: 1,
          reason: `cannot be read: ${error instanceof Error ? error.message : String(error)}`,
        });
      }
      break;
    }
    case 'bibtex':
      unread.push({
        file,
        line: 1,
        reason: 'is BibTeX',
        hint: `import it with profile import-bib ${file}`,
      });
      break;
  }
  return { works, unread };
}

/** The works of a JSON document: the document when it is a list, else its list at `field` (a page), else itself alone. */
function listIn(json: Json, field: string): Json[] {
  if (Array.isArray(json)) return json as Json[];
  return Array.isArray(json[field]) ? (json[field] as Json[]) : [json];
}

function errorText(error: unknown): string {
  const message = (error as Json | undefined)?.['developer-message'] ?? (error as Json | undefined)?.['user-message'];
  return typeof message === 'string' ? message : 'no work';
}
