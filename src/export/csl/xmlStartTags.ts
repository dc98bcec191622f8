/** A small, strict reader of XML structure: every start tag with its attributes, enough to check and edit a CSL style. */

export interface XmlAttribute {
  readonly name: string;
  /** As written between the quotes: entities are not decoded. */
  readonly rawValue: string;
}

export interface XmlStartTag {
  /** As written, `name` or `cs:name`. */
  readonly name: string;
  /** Without a namespace prefix. */
  readonly localName: string;
  readonly attributes: readonly XmlAttribute[];
  /** The local name of the enclosing element; undefined for the root. */
  readonly parent: string | undefined;
  readonly selfClosing: boolean;
  /** Offsets of the `<` and just after the `>`. */
  readonly start: number;
  readonly end: number;
}

export class XmlSyntaxError extends Error {
  constructor(
    message: string,
    /** 1-based. */
    readonly line: number,
  ) {
    super(message);
    this.name = 'XmlSyntaxError';
  }
}

const nameChars = '[\\p{L}_][\\p{L}\\p{N}_.:-]*';
const startTagName = new RegExp(`<(${nameChars})`, 'uy');
const attribute = new RegExp(`\\s+(${nameChars})\\s*=\\s*("[^"<]*"|'[^'<]*')`, 'uy');
const startTagClose = /\s*(\/?)>/y;
const endTag = new RegExp(`</(${nameChars})\\s*>`, 'uy');
// Only the five predefined entities exist without a DTD, plus character references.
const badAmpersand = /&(?!(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);)/;

function localNameOf(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

/** Reads the whole document; a document that is not well-formed throws XmlSyntaxError with its line. */
export function scanXmlStartTags(text: string): XmlStartTag[] {
  const lineAt = (offset: number) => text.slice(0, offset).split('\n').length;
  const fail = (message: string, offset: number): never => {
    throw new XmlSyntaxError(message, lineAt(offset));
  };
  const tags: XmlStartTag[] = [];
  const open: string[] = [];
  let rootDone = false;
  let position = text.startsWith('\uFEFF') ? 1 : 0;

  const checkText = (from: number, to: number) => {
    const content = text.slice(from, to);
    if (open.length === 0 && content.trim() !== '') fail('text outside the root element', from);
    const ampersand = badAmpersand.exec(content);
    if (ampersand) fail('an & that starts no entity (write &amp;)', from + ampersand.index);
  };
  const skipPast = (from: number, terminator: string, what: string): number => {
    const end = text.indexOf(terminator, from);
    if (end < 0) fail(`${what} is never closed`, from);
    return end + terminator.length;
  };

  while (position < text.length) {
    const lt = text.indexOf('<', position);
    checkText(position, lt < 0 ? text.length : lt);
    if (lt < 0) break;
    if (text.startsWith('<!--', lt)) {
      position = skipPast(lt + 4, '-->', 'a comment');
    } else if (text.startsWith('<![CDATA[', lt)) {
      if (open.length === 0) fail('CDATA outside the root element', lt);
      position = skipPast(lt + 9, ']]>', 'a CDATA section');
    } else if (text.startsWith('<?', lt)) {
      position = skipPast(lt + 2, '?>', 'a processing instruction');
    } else if (text.startsWith('<!DOCTYPE', lt)) {
      if (tags.length > 0) fail('a DOCTYPE after the root element', lt);
      const close = text.indexOf('>', lt);
      if (close < 0) fail('a DOCTYPE is never closed', lt);
      const bracket = text.indexOf('[', lt);
      // An internal subset ([...]) may itself contain `>`.
      position =
        bracket >= 0 && bracket < close ? skipPast(skipPast(bracket, ']', 'a DOCTYPE'), '>', 'a DOCTYPE') : close + 1;
    } else if (text.startsWith('</', lt)) {
      endTag.lastIndex = lt;
      const match = endTag.exec(text);
      if (!match) return fail('a malformed end tag', lt);
      const expected = open.pop();
      if (expected !== match[1]) {
        fail(expected === undefined ? `</${match[1]}> closes nothing` : `</${match[1]}> closes <${expected}>`, lt);
      }
      if (open.length === 0) rootDone = true;
      position = endTag.lastIndex;
    } else {
      position = readStartTag(lt);
    }
  }
  if (open.length > 0) fail(`<${open[open.length - 1]}> is never closed`, text.length);
  if (tags.length === 0) fail('no root element', text.length);
  return tags;

  function readStartTag(lt: number): number {
    startTagName.lastIndex = lt;
    const nameMatch = startTagName.exec(text);
    if (!nameMatch?.[1]) return fail('a < that starts no tag (write &lt;)', lt);
    const name = nameMatch[1];
    if (rootDone) fail(`<${name}> after the root element`, lt);
    const attributes: XmlAttribute[] = [];
    let cursor = startTagName.lastIndex;
    for (;;) {
      attribute.lastIndex = cursor;
      const match = attribute.exec(text);
      if (!match?.[1] || match[2] === undefined) break;
      const attributeName = match[1];
      if (attributes.some((existing) => existing.name === attributeName)) {
        fail(`<${name}> has the attribute ${attributeName} twice`, lt);
      }
      const rawValue = match[2].slice(1, -1);
      if (badAmpersand.test(rawValue)) fail(`an & that starts no entity in ${attributeName} (write &amp;)`, lt);
      attributes.push({ name: attributeName, rawValue });
      cursor = attribute.lastIndex;
    }
    startTagClose.lastIndex = cursor;
    const close = startTagClose.exec(text);
    if (!close) return fail(`<${name}> is malformed (an attribute needs name="value")`, lt);
    const selfClosing = close[1] === '/';
    const parent = open[open.length - 1];
    tags.push({
      name,
      localName: localNameOf(name),
      attributes,
      parent: parent === undefined ? undefined : localNameOf(parent),
      selfClosing,
      start: lt,
      end: startTagClose.lastIndex,
    });
    if (selfClosing) {
      if (open.length === 0) rootDone = true;
    } else {
      open.push(name);
    }
    return startTagClose.lastIndex;
  }
}

/** The text with some start tags rewritten; `edit` returns the new attributes of a tag, or undefined to keep it. */
export function rewriteStartTags(
  text: string,
  tags: readonly XmlStartTag[],
  edit: (tag: XmlStartTag) => readonly XmlAttribute[] | undefined,
): string {
  let result = '';
  let copied = 0;
  for (const tag of tags) {
    const attributes = edit(tag);
    if (attributes === undefined) continue;
    const written = attributes.map((item) => ` ${item.name}="${item.rawValue.replaceAll('"', '&quot;')}"`).join('');
    result += `${text.slice(copied, tag.start)}<${tag.name}${written}${tag.selfClosing ? '/' : ''}>`;
    copied = tag.end;
  }
  return result + text.slice(copied);
}
