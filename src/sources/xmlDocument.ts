/**
 * XML read safely for the DBLP and arXiv readers: fast-xml-parser, loaded on first use, with no DOCTYPE entities
 * (a document declaring any is refused: entity expansion is how XML bombs work) and only XML's and HTML's named
 * characters decoded. Inline markup of chosen elements (DBLP's `<i>` in titles) is kept as text, tags removed.
 */

export type XmlNode = Record<string, unknown>;

export interface XmlReadOptions {
  /** Elements read as text whatever markup they hold (`title`). */
  textElements: readonly string[];
  /** Elements that may repeat: always arrays. */
  lists: readonly string[];
}

export async function readXml(text: string, options: XmlReadOptions): Promise<XmlNode> {
  if (/<!ENTITY/i.test(text)) throw new Error('the XML declares entities, which are refused (an XML bomb?)');
  const { XMLParser } = await import('fast-xml-parser');
  const lists = new Set(options.lists);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    textNodeName: '#text',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    processEntities: true,
    htmlEntities: true,
    stopNodes: options.textElements.map((name) => `*.${name}`),
    isArray: (name) => lists.has(name),
  });
  return parser.parse(text) as XmlNode;
}

/** An element's text: a plain value, or `#text` of one with attributes; inline tags removed, entities decoded. */
export function xmlText(node: unknown): string | undefined {
  const raw =
    typeof node === 'string'
      ? node
      : typeof node === 'object' && node !== null
        ? (node as XmlNode)['#text']
        : undefined;
  if (typeof raw !== 'string') return typeof raw === 'number' ? String(raw) : undefined;
  const text = decodeCharacters(raw.replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
  return text === '' ? undefined : text;
}

const named: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** What a text element kept raw may still hold: `&amp;`, `&#233;`, `&#xE9;`. */
function decodeCharacters(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]+));/gi, (whole, decimal, hex, name) => {
    const code = decimal !== undefined ? Number(decimal) : hex !== undefined ? Number.parseInt(hex, 16) : undefined;
    if (code !== undefined) return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    return named[String(name).toLowerCase()] ?? whole;
  });
}

export function asList(value: unknown): unknown[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}
