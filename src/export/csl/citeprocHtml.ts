/** citeproc's HTML output as units, one per tag and one per character (character references decoded). */

const unitPattern = /<[^<>]*>|&#(\d{1,7});|&#x([0-9A-Fa-f]{1,6});|[\s\S]/gu;

export function htmlUnits(html: string): string[] {
  return Array.from(html.matchAll(unitPattern), (match) => {
    const code =
      match[1] !== undefined ? Number(match[1]) : match[2] !== undefined ? Number.parseInt(match[2], 16) : -1;
    return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match[0];
  });
}

/** A decoded `<` is a one-character unit; a tag is longer. */
export function isTag(unit: string): boolean {
  return unit.length > 1 && unit.startsWith('<');
}

export function isEndTag(unit: string): boolean {
  return unit.startsWith('</');
}

export function tagName(unit: string): string {
  return /^<\/?([A-Za-z][\w-]*)/.exec(unit)?.[1]?.toLowerCase() ?? '';
}

/** An attribute of a start tag, character references decoded. */
export function tagAttribute(unit: string, name: string): string | undefined {
  const value = new RegExp(`\\s${name}="([^"]*)"`).exec(unit)?.[1];
  return value === undefined ? undefined : htmlUnits(value).join('');
}
