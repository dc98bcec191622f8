/**
 * RIS (Scopus, Web of Science, Mendeley, EndNote, Zotero; the old and the new tag sets) read as work records with
 * citation-js's RIS plugin, record by record so that one bad record is reported at its line and the rest imported.
 * What the plugin drops is taken from the tags: the record's `ID`, a DOI or arXiv id only in `UR`, `DO` or `N1`,
 * PubMed's `AN`. A file that is not UTF-8 (old EndNote and WoS exports) is read as Windows-1252/Latin-1.
 */
import { clearCitationJsLog, loadCitationJs } from '../citationJs.js';
import { monthFromName } from '../model/partialDate.js';
import { cslWork } from './cslJson.js';
import { bareArxiv, bareDoi } from './sourceValues.js';
import type { SourceReading, UnreadWork, WorkRecord } from './workRecord.js';

type Json = Record<string, unknown>;

type RisParser = (record: string) => Json[];

let loading: Promise<RisParser> | undefined;

function loadRisParser(): Promise<RisParser> {
  loading ??= (async () => {
    const core = await loadCitationJs<typeof import('@citation-js/core').default>(
      () => import('@citation-js/plugin-ris'),
    );
    return (record: string) => {
      try {
        return core.plugins.input.chain(record, { target: '@csl/list+object', generateGraph: false }) as Json[];
      } finally {
        clearCitationJsLog(core);
      }
    };
  })();
  return loading;
}

/** The bytes as text: UTF-8 when they are, else Latin-1 (Windows-1252), which every byte is. */
export function decodeRisText(bytes: Uint8Array): { text: string; latin1: boolean } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), latin1: false };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), latin1: true };
  }
}

/** Each record: the lines from `TY  -` to `ER  -`, with the line it starts on. */
function splitRecords(text: string): { line: number; lines: string[] }[] {
  const records: { line: number; lines: string[] }[] = [];
  let current: { line: number; lines: string[] } | undefined;
  text.split(/\r\n?|\n/).forEach((line, index) => {
    const tag = /^([A-Z][A-Z0-9]) {2}-(?: (.*))?$/.exec(line.replace(/^\uFEFF/, ''));
    if (tag?.[1] === 'TY') {
      current = { line: index + 1, lines: [] };
      records.push(current);
    }
    if (current === undefined) return;
    current.lines.push(line);
    if (tag?.[1] === 'ER') current = undefined;
  });
  return records;
}

function tagValues(lines: readonly string[], tag: string): string[] {
  return lines.flatMap((line) => {
    const match = /^([A-Z][A-Z0-9]) {2}-(?: (.*))?$/.exec(line);
    return match?.[1] === tag && match[2] !== undefined && match[2].trim() !== '' ? [match[2].trim()] : [];
  });
}

/**
 * Web of Science writes the year apart (`PY  - 2010`) from the month and day (`DA  - SEP 22`, `DA  - SEP`); the
 * plugin reads DA alone and loses the year. Without a year of its own, the date is PY's (or Y1's) year with DA's
 * month and day where DA names them.
 */
function issuedWithYear(issued: unknown, lines: readonly string[]): unknown {
  const first = (issued as { 'date-parts'?: unknown[][] } | undefined)?.['date-parts']?.[0]?.[0];
  if (Number(first) >= 1000) return issued;
  const year = /^\d{4}/.exec(tagValues(lines, 'PY')[0] ?? tagValues(lines, 'Y1')[0] ?? '')?.[0];
  if (year === undefined) return issued;
  const named = /^([A-Za-z]{3})[A-Za-z]*\.?(?: (\d{1,2}))?$/.exec(tagValues(lines, 'DA')[0] ?? '');
  const month = named === null ? 0 : (monthFromName(named[1] as string) ?? 0);
  const day = month > 0 && named?.[2] !== undefined ? [Number(named[2])] : [];
  return { 'date-parts': [[Number(year), ...(month > 0 ? [month, ...day] : [])]] };
}

export async function readRis(bytes: Uint8Array, file: string): Promise<SourceReading> {
  const { text, latin1 } = decodeRisText(bytes);
  const parse = await loadRisParser();
  const works: WorkRecord[] = [];
  const unread: UnreadWork[] = [];
  for (const record of splitRecords(text)) {
    const body = `${record.lines.join('\n')}\n`;
    let items: Json[];
    try {
      items = parse(body);
    } catch (error) {
      unread.push({
        file,
        line: record.line,
        reason: `cannot be read as RIS (${error instanceof Error ? error.message : String(error)})`,
      });
      continue;
    }
    const item = items[0];
    if (item === undefined || typeof item.title !== 'string') {
      unread.push({ file, line: record.line, reason: 'has no title (TI or T1)' });
      continue;
    }
    const work = cslWork({ ...item, issued: issuedWithYear(item.issued, record.lines) }, file, record.line);
    const ids = { ...work.ids };
    const urls = [...tagValues(record.lines, 'UR'), ...tagValues(record.lines, 'L2')];
    const notes = [...tagValues(record.lines, 'N1'), ...tagValues(record.lines, 'M3')];
    ids.doi ??= [...tagValues(record.lines, 'DO'), ...tagValues(record.lines, 'DI'), ...urls]
      .map(bareDoi)
      .find(Boolean);
    ids.arxiv ??= [...urls, ...notes]
      .filter((value) => /arxiv/i.test(value))
      .map((value) => bareArxiv(value.replace(/^.*?(arxiv[:.]|abs\/|pdf\/)/i, '$1')))
      .find(Boolean);
    const accession = tagValues(record.lines, 'AN')[0];
    if (
      ids.pmid === undefined &&
      accession !== undefined &&
      /^\d{1,9}$/.test(accession) &&
      /pubmed|medline/i.test(tagValues(record.lines, 'DB').join(' '))
    ) {
      ids.pmid = accession;
    }
    const key = tagValues(record.lines, 'ID')[0];
    const warnings = [...(work.warnings ?? [])];
    if (latin1 && works.length === 0 && unread.length === 0) {
      warnings.push('the file is not UTF-8; it was read as Latin-1 (Windows-1252)');
    }
    // citation-js makes up an id when the record has no `ID`: never a key, which must be the same next time.
    const { key: _madeUp, ...rest } = work;
    works.push({
      ...rest,
      ...(key === undefined || /[\s,{}()"#%=\\]/.test(key) ? {} : { key }),
      ids,
      ...(warnings.length > 0 ? { warnings } : {}),
    });
  }
  return { works, unread };
}
