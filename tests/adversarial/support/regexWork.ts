/**
 * Counts the work the regular expressions of a piece of code are asked to do, without a clock: every call a
 * regular expression gets (exec, test, and the replace/match/split/search a string method hands to it) is counted
 * as the characters it may scan. A search that finds nothing may scan to the end of its input; one that finds a
 * match scans to the end of it; a sticky attempt that fails is counted as one step (it is anchored where it
 * starts). That count is what a regular expression of linear time costs, so code that asks it of the engine a
 * linear number of times is linear. Whether each pattern itself runs in linear time is a property of the pattern,
 * not of one run: `superLinearPatterns` asks scslre, which finds the patterns whose time grows with the square (or
 * worse) of an input that repeats one character, and the patterns are collected from the run itself, so that no
 * pattern applied to the input is missed.
 */
import { analyse } from 'scslre';

export interface PatternSeen {
  source: string;
  flags: string;
  /** The first frame of our own code (src/) that applied it; undefined for a dependency's own pattern. */
  caller: string | undefined;
}

export interface RegexWork {
  /** The characters the patterns may have scanned, by the model above. */
  steps: number;
  /** The patterns applied, by `/source/flags`. */
  patterns: Map<string, PatternSeen>;
}

type Method = (this: RegExp, ...args: unknown[]) => unknown;

const proto = RegExp.prototype as unknown as Record<string | symbol, Method>;
const wholeInputMethods = [Symbol.replace, Symbol.match, Symbol.split, Symbol.search] as const;

/** Runs `run` with every regular-expression call counted; calls nested inside a counted one are not counted again. */
export async function measureRegexWork(run: () => unknown): Promise<RegexWork> {
  const work: RegexWork = { steps: 0, patterns: new Map() };
  let depth = 0;
  const originals = new Map<string | symbol, Method>();
  const remember = (regex: RegExp) => {
    const key = `/${regex.source}/${regex.flags}`;
    if (!work.patterns.has(key)) work.patterns.set(key, { source: regex.source, flags: regex.flags, caller: caller() });
  };
  const wrap = (
    name: string | symbol,
    count: (regex: RegExp, input: string, result: unknown, start: number) => number,
  ) => {
    const original = proto[name] as Method;
    originals.set(name, original);
    proto[name] = function (this: RegExp, ...args: unknown[]) {
      if (depth > 0) return original.apply(this, args);
      const input = String(args[0]);
      const start = this.lastIndex;
      depth++;
      try {
        const result = original.apply(this, args);
        remember(this);
        work.steps += count(this, input, result, start);
        return result;
      } finally {
        depth--;
      }
    };
  };
  const searched = (regex: RegExp, input: string, found: boolean, start: number) => {
    if (regex.sticky) return found ? Math.max(1, regex.lastIndex - start) : 1;
    if (!found && !regex.global && anchoredAtStart(regex)) return 1;
    const from = regex.global ? start : 0;
    if (!found) return input.length - from + 1;
    return regex.global ? Math.max(1, regex.lastIndex - from) : input.length - from + 1;
  };
  wrap('exec', (regex, input, result, start) => searched(regex, input, result !== null, start));
  wrap('test', (regex, input, result, start) => searched(regex, input, result === true, start));
  for (const name of wholeInputMethods)
    wrap(name, (regex, input, result) => {
      // `text.slice(at).match(/^…/)`, as markdown-it reads an entity or a tag at `at`: one attempt where it starts.
      if (name !== Symbol.match || regex.global || !anchoredAtStart(regex)) return input.length + 1;
      return Array.isArray(result) ? Math.max(1, (result[0] ?? '').length) : 1;
    });
  try {
    await run();
  } finally {
    for (const [name, original] of originals) proto[name] = original;
  }
  return work;
}

/**
 * A pattern that can only match at the start of its input (`^…` without the `m` flag, no `|` outside a group) makes
 * one attempt there, as a sticky one does: it is counted the same way.
 */
function anchoredAtStart(regex: RegExp): boolean {
  if (!regex.source.startsWith('^') || regex.multiline) return false;
  let depth = 0;
  let inClass = false;
  for (let at = 1; at < regex.source.length; at++) {
    const char = regex.source[at];
    if (char === '\\') at++;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === '|' && depth === 0) return false;
  }
  return true;
}

/** The innermost caller of the pattern, when it is our own code (src/), not a dependency's. */
function caller(): string | undefined {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 50;
  const frames = (new Error().stack ?? '').split('\n').slice(1);
  Error.stackTraceLimit = limit;
  const innermost = frames.find((frame) => !frame.includes('regexWork') && !/\(<anonymous>\)|\(native\)/.test(frame));
  if (innermost === undefined || !/[\\/]src[\\/]/.test(innermost) || /node_modules/.test(innermost)) return undefined;
  return innermost.trim().replace(/^at\s+/, '');
}

/** The patterns of our own code whose worst case is super-linear, with scslre's reason. */
export function superLinearPatterns(patterns: Iterable<PatternSeen>): string[] {
  const found: string[] = [];
  for (const pattern of patterns) {
    if (pattern.caller === undefined) continue;
    const { reports } = analyse({ source: pattern.source, flags: pattern.flags });
    for (const report of reports) {
      found.push(
        `/${pattern.source}/${pattern.flags} (${report.type}, "${report.character.pick}"…) at ${pattern.caller}`,
      );
    }
  }
  return [...new Set(found)];
}
