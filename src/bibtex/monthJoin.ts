/**
 * A BibTeX `month` written as a `#` join around month macros (`dec # "~24"`, `"31~" # jan`, `may # " 28{--}30"`,
 * `jun # "-" # aug`), kept as written: the style spells a macro's month ("December", "Dec."), not the file, so no
 * expanded text (`12~24`) could be written back for BibTeX to print what it printed before.
 */

/** BibTeX's month macros, in the order of the months. */
export const monthMacros = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** One part of a join: a month macro (lower case), or what a number, a `"…"` or a `{…}` part holds. */
export type MonthJoinPart = { macro: string } | { text: string };

/**
 * The parts of a month join written on one line (`dec # "~24"`), or undefined when `value` is anything else: at least
 * two parts and one month macro; the other parts numbers, `"…"` or `{…}` with their braces balanced, as BibTeX reads
 * them. What this accepts is written back as it is, so it can neither end the entry early nor start another. It
 * refuses a join that opens with `{{` or `{%`, which al-folio's Liquid-safe writing would put between quotes.
 */
export function monthJoinParts(value: string): MonthJoinPart[] | undefined {
  if (!value.includes('#') || value.includes('\n') || /^\{[{%]/.test(value)) return undefined;
  const parts: MonthJoinPart[] = [];
  let at = 0;
  for (;;) {
    const part = readPart(value, at);
    if (part === undefined) return undefined;
    parts.push(part.part);
    at = skipSpaces(value, part.end);
    if (at === value.length) break;
    if (value[at] !== '#') return undefined;
    at = skipSpaces(value, at + 1);
  }
  return parts.length >= 2 && parts.some((part) => 'macro' in part) ? parts : undefined;
}

/**
 * The month a join names (the first macro's: `jun # "-" # aug` is June) and its day where the text around a single
 * macro is one day and nothing else (`dec # "~24"`, `"31~" # jan`); a range (`may # " 28{--}30"`) gives no day.
 */
export function monthJoinDate(value: string | undefined): { month: number; day?: number } | undefined {
  const parts = value === undefined ? undefined : monthJoinParts(value);
  if (parts === undefined) return undefined;
  const macros = parts.flatMap((part) => ('macro' in part ? [part.macro] : []));
  const month = monthMacros.indexOf(macros[0] as string) + 1;
  if (macros.length > 1) return { month };
  const text = parts.map((part) => ('text' in part ? part.text : ' ')).join('');
  const day = /^[\s~.,]*(\d{1,2})(?:st|nd|rd|th)?[\s~.,]*$/.exec(text.replace(/[{}]/g, ''))?.[1];
  return day === undefined ? { month } : { month, day: Number(day) };
}

function skipSpaces(value: string, from: number): number {
  let at = from;
  while (value[at] === ' ' || value[at] === '\t') at++;
  return at;
}

function readPart(value: string, from: number): { part: MonthJoinPart; end: number } | undefined {
  const char = value[from];
  if (char === '"' || char === '{') {
    const end = closingOf(value, from);
    return end === undefined ? undefined : { part: { text: value.slice(from + 1, end) }, end: end + 1 };
  }
  const word = /^[A-Za-z]+|^\d+/.exec(value.slice(from))?.[0];
  if (word === undefined) return undefined;
  if (/^\d/.test(word)) return { part: { text: word }, end: from + word.length };
  const macro = word.toLowerCase();
  return monthMacros.includes(macro) ? { part: { macro }, end: from + word.length } : undefined;
}

/** The index of the `"` or `}` that closes the part opened at `from`, braces counted as BibTeX counts them. */
function closingOf(value: string, from: number): number | undefined {
  const quoted = value[from] === '"';
  let depth = quoted ? 0 : 1;
  for (let at = from + 1; at < value.length; at++) {
    const char = value[at];
    if (char === '{') depth++;
    else if (char === '}') {
      depth--;
      if (depth < 0) return undefined;
      if (depth === 0 && !quoted) return at;
    } else if (char === '"' && quoted && depth === 0) return at;
  }
  return undefined;
}
