/**
 * Work that citeproc does while building an engine, made cheaper without changing a result: each change computes
 * exactly what citeproc computes, only later (on first use, which a page of unsorted entries never reaches) or
 * once instead of on every call. Applied once per loaded module; hand code, as citeproc has no option for it.
 */
import type { CiteprocEngine, CiteprocModule } from 'citeproc';

const patched = new WeakSet<CiteprocModule>();

/** The module with its engine-building shortcuts in place (idempotent). */
export function withCheaperEngines(CSL: CiteprocModule): CiteprocModule {
  if (patched.has(CSL)) return CSL;
  patched.add(CSL);
  deferSortCompare(CSL);
  indexMacroLookups(CSL);
  return CSL;
}

/**
 * Every engine makes citeproc's string comparison when it is built, and to make it compares two strings with an
 * ICU collator, although a page of entries that the style does not sort never compares. The comparison is made
 * on its first use instead: it is a pure function of the locale it was asked for, so it compares exactly as before.
 */
function deferSortCompare(CSL: CiteprocModule): void {
  const makeCompare = CSL.getSortCompare;
  CSL.getSortCompare = function (this: unknown, locale) {
    let compare: ((a: string, b: string) => number) | undefined;
    return (a, b) => {
      compare ??= makeCompare.call(this, locale);
      return compare(a, b);
    };
  };
}

/**
 * The engine's constructor also asks ICU, once, whether `"dale|"` sorts before `"daleb"` in the sort locale, to
 * choose the separator (`opt.sort_sep`) that only sort keys use; the first ICU comparison of a process loads
 * collation data (about a twentieth of `--style apa`). Built through this function, the engine gets the same
 * answer, asked on first read of `sort_sep`: the constructor's question is recorded, not answered, while it runs.
 */
export function engineWithLazySortSeparator(
  CSL: CiteprocModule,
  ...args: ConstructorParameters<CiteprocModule['Engine']>
): CiteprocEngine {
  const localeCompare = String.prototype.localeCompare;
  let question: { locales: Parameters<typeof localeCompare>[1] } | undefined;
  // biome-ignore lint/suspicious/noExplicitAny: String.prototype.localeCompare is overloaded; this keeps its arguments as given.
  String.prototype.localeCompare = function (this: string, ...compareArgs: any[]) {
    if (question === undefined && String(this) === 'dale|' && compareArgs[0] === 'daleb' && compareArgs.length === 2) {
      question = { locales: compareArgs[1] };
      return 0;
    }
    return localeCompare.apply(this, compareArgs as Parameters<typeof localeCompare>);
  } as typeof localeCompare;
  let engine: CiteprocEngine;
  try {
    engine = new CSL.Engine(...args);
  } finally {
    String.prototype.localeCompare = localeCompare;
  }
  if (question !== undefined) {
    const { locales } = question;
    let separator: unknown;
    let answered = false;
    // The constructor's own expression, evaluated when first needed; a later assignment wins, as it would.
    Object.defineProperty(engine.opt, 'sort_sep', {
      get: () => {
        if (!answered) {
          separator = localeCompare.call('dale|', 'daleb', locales) > -1 ? '@' : '|';
          answered = true;
        }
        return separator;
      },
      set: (value: unknown) => {
        separator = value;
        answered = true;
      },
      enumerable: true,
      configurable: true,
    });
  }
  return engine;
}

/** citeproc's JSON form of a style's XML element. */
interface XmlJsonNode {
  name?: string;
  attrs?: Record<string, string>;
  children?: unknown[];
}

interface XmlJson {
  dataObj: XmlJsonNode;
  getNodesByName(node: XmlJsonNode, name: string, nameAttribute?: string, found?: XmlJsonNode[]): XmlJsonNode[];
}

/**
 * Building the token lists, citeproc finds each `<macro name="…">` it expands by walking the whole style (the
 * same macro as often as it is called: 73 walks of a thousand nodes for APA). The walk finds macro nodes in
 * document order; it is made once per style and its macro nodes grouped by name, in that order, which is the list
 * every later walk would return: the style's macro nodes are not added, removed or renamed after the style is read
 * (what the engine inserts later are localised dates, which hold no macro). Other lookups walk as before.
 */
function indexMacroLookups(CSL: CiteprocModule): void {
  const prototype = (CSL as unknown as { XmlJSON?: { prototype: XmlJson } }).XmlJSON?.prototype;
  const walk = prototype?.getNodesByName;
  if (prototype === undefined || walk === undefined) return;
  const macrosByStyle = new WeakMap<XmlJsonNode, Map<string, XmlJsonNode[]>>();
  prototype.getNodesByName = function (this: XmlJson, node, name, nameAttribute, found) {
    if (
      name !== 'macro' ||
      found !== undefined ||
      node !== this.dataObj ||
      typeof nameAttribute !== 'string' ||
      nameAttribute === ''
    )
      return walk.call(this, node, name, nameAttribute, found);
    let macros = macrosByStyle.get(node);
    if (macros === undefined) {
      macros = new Map();
      for (const macro of walk.call(this, node, 'macro')) {
        const macroName = macro.attrs?.name;
        if (typeof macroName !== 'string') continue;
        const list = macros.get(macroName);
        if (list) list.push(macro);
        else macros.set(macroName, [macro]);
      }
      macrosByStyle.set(node, macros);
    }
    return [...(macros.get(nameAttribute) ?? [])];
  };
}
