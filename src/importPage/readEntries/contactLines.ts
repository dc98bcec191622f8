/** A contact section of `Label: value` paragraphs (`Email: a\[at\]b.c / d\[at\]e.f`), read as profile.md's `contact`. */
import { findLinks } from '../readPage/inlineMarkdown.js';

export interface ContactLine {
  label: string;
  emails?: string[];
  text?: string;
  url?: string;
}

export interface PageContact {
  lines: ContactLine[];
  /** The e-mails were written `name\[at\]host`. */
  obfuscated: boolean;
  emails: string[];
  phone?: string;
}

const email = /^[^\s@\\[\]()<>]+@[^\s@\\[\]()<>]+\.[^\s@\\[\]()<>]+$/;
const labelled = /^([\p{L}\p{N} &/()+.,'-]{1,40}?):[ \t]+(\S.*)$/u;

/** Undefined unless every paragraph is one `Label: value` line. */
export function parseContact(paragraphs: readonly string[]): PageContact | undefined {
  const lines: ContactLine[] = [];
  let obfuscated = false;
  for (const paragraph of paragraphs) {
    const match = labelled.exec(paragraph.trim());
    if (!match || paragraph.trim().includes('\n')) return undefined;
    const label = (match[1] ?? '').trim();
    const value = (match[2] ?? '').trim();
    const link = findLinks(value)[0];
    if (link && link.start === 0 && link.end === value.length && !link.image) {
      const shown = link.text.trim();
      lines.push(email.test(shown) ? { label, emails: [shown], url: link.url } : { label, text: shown, url: link.url });
      continue;
    }
    const emails: string[] = [];
    const texts: string[] = [];
    for (const part of value.split(' / ')) {
      const revealed = part.trim().replace('\\[at\\]', '@');
      if (email.test(revealed)) {
        emails.push(revealed);
        if (revealed !== part.trim()) obfuscated = true;
      } else {
        texts.push(part.trim());
      }
    }
    lines.push({
      label,
      ...(emails.length > 0 ? { emails } : {}),
      ...(texts.length > 0 ? { text: texts.join(' / ') } : {}),
    });
  }
  if (lines.length === 0) return undefined;
  const emails = [...new Set(lines.flatMap((line) => line.emails ?? []))];
  const phone = lines.find((line) => /phone|\btel\b|mobile/i.test(line.label) && line.text !== undefined)?.text;
  return { lines, obfuscated, emails, ...(phone ? { phone } : {}) };
}
