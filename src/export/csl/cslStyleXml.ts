/** A CSL style checked and prepared for page entries: each entry standalone, and a copy that marks every name. */
import { nameEnd, nameStart } from './cslMarkers.js';
import {
  rewriteStartTags,
  scanXmlStartTags,
  type XmlAttribute,
  type XmlStartTag,
  XmlSyntaxError,
} from './xmlStartTags.js';

export interface PreparedCslStyle {
  /** The style with what only makes sense in a running bibliography turned off. */
  readonly plainXml: string;
  /** The same, with every name the style prints wrapped in the name markers. */
  readonly markedXml: string;
  /** The style's `default-locale`, if it has one. */
  readonly defaultLocale: string | undefined;
}

export class CslStyleError extends Error {
  constructor(
    message: string,
    readonly line: number | undefined,
  ) {
    super(message);
    this.name = 'CslStyleError';
  }
}

/** Throws CslStyleError when the text is not well-formed XML or not an independent CSL style with a bibliography. */
export function prepareCslStyle(xml: string): PreparedCslStyle {
  let tags: XmlStartTag[];
  try {
    tags = scanXmlStartTags(xml);
  } catch (error) {
    if (error instanceof XmlSyntaxError) {
      throw new CslStyleError(`not well-formed XML: ${error.message}`, error.line);
    }
    throw error;
  }
  const root = tags[0];
  if (root?.localName !== 'style') {
    throw new CslStyleError(`not a CSL style: the root element is <${root?.name ?? ''}>, not <style>`, undefined);
  }
  const hasBibliography = tags.some((tag) => tag.localName === 'bibliography' && tag.parent === 'style');
  const hasLayout = tags.some((tag) => tag.localName === 'layout' && tag.parent === 'bibliography');
  if (!hasBibliography || !hasLayout) {
    throw new CslStyleError(
      'the style has no <bibliography> with a <layout>, so it cannot format reference lists',
      undefined,
    );
  }
  const bare = withoutUnseenParts(xml, tags);
  const bareTags = bare === xml ? tags : scanXmlStartTags(bare);
  return {
    plainXml: rewriteStartTags(bare, bareTags, (tag) => standaloneAttributes(tag)),
    markedXml: rewriteStartTags(bare, bareTags, (tag) => markedNameAttributes(tag) ?? standaloneAttributes(tag)),
    defaultLocale: root.attributes.find((item) => item.name === 'default-locale')?.rawValue,
  };
}

/** A part of the style text replaced by another. */
interface XmlEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * A page shows bibliography entries only, each on its own, yet citeproc builds and runs for every item the
 * citation layout (to find ambiguous citations) and the bibliography's sort keys, with all the macros they call:
 * for APA most of its time. Neither reaches an entry once disambiguation is off (below), except through a test of
 * `disambiguate` or a citation number, which keep the style as written; so the citation becomes the title alone
 * and the bibliography is not sorted. Anything unexpected keeps the style as written too.
 */
function withoutUnseenParts(xml: string, tags: readonly XmlStartTag[]): string {
  if (tags.some((tag) => tag.attributes.some((item) => item.name === 'disambiguate'))) return xml;
  const edits: XmlEdit[] = [];
  const citation = tags.find((tag) => tag.localName === 'citation' && tag.parent === 'style');
  const citationEnd = citation === undefined ? undefined : endTagOffset(xml, tags, citation);
  if (citation !== undefined && !citation.selfClosing && citationEnd !== undefined) {
    const prefix = namespacePrefix(citation);
    const text = `<${prefix}layout><${prefix}text variable="title"/></${prefix}layout>`;
    edits.push({ start: citation.end, end: citationEnd, text });
  }
  const sort = tags.find((tag) => tag.localName === 'sort' && tag.parent === 'bibliography');
  const sortEnd = sort === undefined ? undefined : endTagOffset(xml, tags, sort);
  if (sort !== undefined && sortEnd !== undefined && !xml.includes('citation-number')) {
    edits.push({ start: sort.start, end: sort.selfClosing ? sort.end : xml.indexOf('>', sortEnd) + 1, text: '' });
  }
  return edits
    .sort((a, b) => b.start - a.start)
    .reduce((text, edit) => text.slice(0, edit.start) + edit.text + text.slice(edit.end), xml);
}

function namespacePrefix(tag: XmlStartTag): string {
  return tag.name.slice(0, tag.name.length - tag.localName.length);
}

/** Where the element's end tag starts (its own end for an empty element); undefined when that is not clear. */
function endTagOffset(xml: string, tags: readonly XmlStartTag[], element: XmlStartTag): number | undefined {
  if (element.selfClosing) return element.end;
  const close = new RegExp(`</${namespacePrefix(element).replaceAll('.', '\\.')}${element.localName}\\s*>`, 'g');
  close.lastIndex = element.end;
  const end = close.exec(xml)?.index;
  const nextSibling = tags.find((tag) => tag.start > element.start && tag.parent === element.parent);
  return end === undefined || (nextSibling !== undefined && nextSibling.start < end) ? undefined : end;
}

// A page lists entries one by one, in its own order: "———" for the previous entry's authors, "2023a" year
// suffixes and given names spelt out to tell citations apart all refer to neighbours the reader does not see.
const runningBibliographyAttributes: Readonly<Record<string, readonly string[]>> = {
  bibliography: ['subsequent-author-substitute', 'subsequent-author-substitute-rule'],
  citation: [
    'disambiguate-add-year-suffix',
    'disambiguate-add-names',
    'disambiguate-add-givenname',
    'givenname-disambiguation-rule',
  ],
};

function standaloneAttributes(tag: XmlStartTag): XmlAttribute[] | undefined {
  const dropped = tag.parent === 'style' ? runningBibliographyAttributes[tag.localName] : undefined;
  if (dropped === undefined || !tag.attributes.some((item) => dropped.includes(item.name))) return undefined;
  return tag.attributes.filter((item) => !dropped.includes(item.name));
}

/** citeproc applies the affixes of `<name>` to each name it prints, so markers inside them delimit every name. */
function markedNameAttributes(tag: XmlStartTag): XmlAttribute[] | undefined {
  if (tag.localName !== 'name' || tag.parent !== 'names') return undefined;
  const value = (name: string) => tag.attributes.find((item) => item.name === name)?.rawValue ?? '';
  return [
    ...tag.attributes.filter((item) => item.name !== 'prefix' && item.name !== 'suffix'),
    { name: 'prefix', rawValue: `${value('prefix')}${nameStart}` },
    { name: 'suffix', rawValue: `${nameEnd}${value('suffix')}` },
  ];
}
