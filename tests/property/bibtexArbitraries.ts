/**
 * fast-check generators of BibTeX entries as reference managers and people write them, each with what it means: the
 * raw TeX of every field once `@string` macros and `#` are expanded, and the title, authors and date a reader sees.
 */
import fc from 'fast-check';

/** A piece of TeX and the text it shows. */
interface Atom {
  tex: string;
  text: string;
}

const atom = (tex: string, text = tex): Atom => ({ tex, text });

const asciiWord = fc.stringMatching(/^[A-Za-z][a-z0-9]{0,6}$/).map((word) => atom(word));
const textAtoms = fc.oneof(
  { weight: 5, arbitrary: asciiWord },
  fc.constantFrom(
    // UTF-8 as written by Zotero and Better BibTeX.
    atom('Müller'),
    atom('naïve'),
    atom('中文'),
    atom('Жук'),
    atom('😀'),
    // Accents, braced or not, and special letters.
    atom('{\\"u}ber', 'über'),
    atom("caf{\\'e}", 'café'),
    atom("\\'{e}t\\'{e}", 'été'),
    atom('{\\`a}', 'à'),
    atom('{\\^o}', 'ô'),
    atom('Espa{\\~n}a', 'España'),
    atom('gar{\\c{c}}on', 'garçon'),
    atom('Stra{\\ss}e', 'Straße'),
    atom("Garc{\\'\\i}a", 'García'),
    atom("{\\L}{\\'o}d{\\'z}", 'Łódź'),
    atom('{\\o}l', 'øl'),
    // Case protected and nested braces.
    atom('{BERT}', 'BERT'),
    atom('{{Deep} {L}earning}', 'Deep Learning'),
    atom('{Na{\\"i}ve}', 'Naïve'),
    atom('{{{GPT}}}', 'GPT'),
    // Escaped specials, dashes and math.
    atom('\\&', '&'),
    atom('100\\%', '100%'),
    atom('a\\_b', 'a_b'),
    atom('\\$5', '$5'),
    atom('C\\#', 'C#'),
    atom('{"}', '"'),
    atom('x~y', 'x y'),
    atom('1--2', '1–2'),
    atom('$\\alpha$-test', 'α-test'),
  ),
);

/** A written value split into parts joined by `#`: braced, quoted, or a macro defined by an `@string`. */
type Part = { kind: 'braced' | 'quoted'; content: string } | { kind: 'macro'; name: string; content: string };

export interface GeneratedValue {
  parts: Part[];
  /** The raw TeX the value stands for: the parts' contents concatenated, a line break read as a space. */
  raw: string;
  /** What the value shows. */
  text: string;
}

const separator = fc.constantFrom(' ', ' ', ' ', '\n    ');
const partKind = fc.constantFrom('braced', 'quoted', 'macro');

/** Atoms and separators; a part may end after any atom or after any separator. */
const textValue: fc.Arbitrary<Omit<GeneratedValue, 'parts'> & { parts: Omit<Part, 'name'>[] }> = fc
  .record({
    atoms: fc.array(fc.record({ atom: textAtoms, separator, split: fc.constantFrom('none', 'before', 'after') }), {
      minLength: 1,
      maxLength: 6,
    }),
    kinds: fc.array(partKind, { minLength: 13, maxLength: 13 }),
  })
  .map(({ atoms, kinds }) => {
    const contents: string[] = [''];
    atoms.forEach(({ atom: next, separator: gap, split }, index) => {
      contents[contents.length - 1] += next.tex;
      if (index === atoms.length - 1) return;
      if (split === 'before') contents.push('');
      contents[contents.length - 1] += gap;
      if (split === 'after') contents.push('');
    });
    const parts = contents.map((content, index) => ({
      kind: kinds[index] ?? 'braced',
      content,
    })) as Omit<Part, 'name'>[];
    const raw = contents.join('').replace(/[ \t]*\n[ \t]*/g, ' ');
    return { parts, raw, text: atoms.map((entry) => entry.atom.text).join(' ') };
  });

const singlePart = (content: string, kind: 'braced' | 'quoted' = 'braced'): GeneratedValue => ({
  parts: [{ kind, content }],
  raw: content,
  text: content,
});

// Names: capitalised words (an upper-case first letter, accented or not), particles, and braced multi-word names.
const givenWord = fc.constantFrom<Atom>(
  atom('Ada'),
  atom('Jean'),
  atom('J.'),
  atom('R.'),
  atom('Zexi'),
  atom('Élodie'),
  atom("{\\'E}mile", 'Émile'),
  atom('J{\\"o}rg', 'Jörg'),
  atom('{\\L}ukasz', 'Łukasz'),
  atom('太郎'),
);
const familyWord = fc.constantFrom<Atom>(
  atom('Lovelace'),
  atom('Li'),
  atom('Wang'),
  atom('M{\\"u}ller', 'Müller'),
  atom("Garc{\\'\\i}a", 'García'),
  atom('{\\"O}zil', 'Özil'),
  atom('Šimić'),
  atom('中村'),
  atom('{Van Dyke}', 'Van Dyke'),
  atom('{de la Cruz}', 'de la Cruz'),
);
const particle = fc.constantFrom('van', 'von der', 'de', 'da');

export type ExpectedAuthor = { family: string; given?: string } | { literal: string };

interface GeneratedName {
  tex: string;
  author: ExpectedAuthor;
}

const person: fc.Arbitrary<GeneratedName> = fc
  .record({
    given: fc.array(givenWord, { minLength: 0, maxLength: 2 }),
    particle: fc.option(particle, { nil: undefined }),
    family: familyWord,
    form: fc.constantFrom('last-first', 'first-last'),
  })
  .map(({ given, particle: von, family, form }) => {
    const familyTex = von === undefined ? family.tex : `${von} ${family.tex}`;
    const familyText = von === undefined ? family.text : `${von} ${family.text}`;
    const givenTex = given.map((word) => word.tex).join(' ');
    const givenText = given.map((word) => word.text).join(' ');
    const tex =
      givenTex === '' ? familyTex : form === 'last-first' ? `${familyTex}, ${givenTex}` : `${givenTex} ${familyTex}`;
    // A name that is one braced group, `{Van Dyke}`, is a name BibTeX does not split: an organisation's.
    if (tex === family.tex && /^\{[^\\].*\}$/.test(tex)) return { tex, author: { literal: familyText } };
    return { tex, author: givenText === '' ? { family: familyText } : { family: familyText, given: givenText } };
  });
const organisation = fc
  .constantFrom(atom('{Google Research}', 'Google Research'), atom('{The {BERT} Team}', 'The BERT Team'))
  .map((name): GeneratedName => ({ tex: name.tex, author: { literal: name.text } }));

const authorList = fc
  .record({
    names: fc.array(fc.oneof({ weight: 5, arbitrary: person }, organisation), { minLength: 1, maxLength: 4 }),
    others: fc.boolean(),
    wrapped: fc.boolean(),
  })
  .map(({ names, others, wrapped }) => {
    const all = others ? [...names, { tex: 'others', author: { literal: 'others' } }] : names;
    const tex = all.map((name) => name.tex).join(wrapped ? '\n    and ' : ' and ');
    return {
      value: { ...singlePart(tex, names.length % 2 === 0 ? 'braced' : 'quoted'), raw: tex.replace(/\n\s*/g, ' ') },
      authors: all.map((name) => name.author),
    };
  });

const monthNames = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const fullMonthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A date written as `year` (+ `month`, + `day`) or as biblatex's `date`, with the ISO date it means. */
const dateFields = fc
  .record({
    year: fc.integer({ min: 1900, max: 2099 }),
    month: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
    day: fc.option(fc.integer({ min: 1, max: 28 }), { nil: undefined }),
    yearForm: fc.constantFrom('number', 'braced', 'quoted'),
    monthForm: fc.constantFrom(
      'macro',
      'number',
      'braced-number',
      'name',
      'quoted-macro',
      'joined-day',
      'day-joined',
      'joined-range',
    ),
    joinedWith: fc.constantFrom(' # ', '#', '\n    # '),
    biblatex: fc.boolean(),
  })
  .map(({ year, month, day: dayField, yearForm, monthForm, joinedWith, biblatex }) => {
    const two = (value: number) => String(value).padStart(2, '0');
    // `dec # "~24"`: the day is in the month's join, not in a field; a range of days gives no day.
    const joined = !biblatex && monthForm.includes('joined');
    const day = monthForm === 'joined-range' && !biblatex ? undefined : dayField;
    const iso = [String(year), month === undefined ? undefined : two(month), month === undefined ? undefined : day]
      .filter((part) => part !== undefined)
      .map((part) => (typeof part === 'number' ? two(part) : part))
      .join('-');
    const fields: [string, BareOrValue][] = [];
    if (biblatex) {
      fields.push(['date', { value: singlePart(iso) }]);
      return { fields, iso };
    }
    fields.push([
      'year',
      yearForm === 'number' ? { bare: String(year), raw: String(year) } : { value: singlePart(String(year), yearForm) },
    ]);
    if (month !== undefined && joined) {
      const macro = monthNames[month - 1] as string;
      const parts =
        day === undefined
          ? [macro, '" 28{--}30"']
          : monthForm === 'day-joined'
            ? [`"${day}~"`, macro.charAt(0).toUpperCase() + macro.slice(1)]
            : [macro, `{~${day}}`];
      // Written back as written, the macro in lower case: the style spells it, so BibTeX prints the same.
      const raw = parts.map((part) => (/^[A-Z]/.test(part) ? part.toLowerCase() : part)).join(' # ');
      fields.push(['month', { bare: parts.join(joinedWith), raw }]);
    } else if (month !== undefined) {
      const macro = monthNames[month - 1] as string;
      fields.push([
        'month',
        monthForm === 'macro'
          ? { bare: macro, raw: macro }
          : monthForm === 'number'
            ? { bare: String(month), raw: String(month) }
            : monthForm === 'braced-number'
              ? { value: singlePart(String(month)) }
              : monthForm === 'name'
                ? monthNameValue(fullMonthNames[month - 1] as string)
                : // The text "jul" is kept in braces, apart from the macro `jul`.
                  { value: { ...singlePart(macro, 'quoted'), raw: `{${macro}}` } },
      ]);
      if (day !== undefined) fields.push(['day', { value: singlePart(String(day)) }]);
    }
    return { fields, iso };
  });

/** A month's name in braces; "May" is also a macro's name, so it is kept braced, apart from the macro `may`. */
function monthNameValue(name: string): BareOrValue {
  const value = singlePart(name);
  return { value: monthNames.includes(name.toLowerCase()) ? { ...value, raw: `{${name}}` } : value };
}

/** A field written bare (a number, a month macro) or as a value of parts. */
export type BareOrValue = { bare: string; raw: string } | { value: GeneratedValue };

const entryTypes = ['article', 'inproceedings', 'book', 'misc', 'techreport', 'phdthesis', 'incollection', 'online'];
const otherFieldNames = [
  'journal',
  'booktitle',
  'publisher',
  'note',
  'abstract',
  'keywords',
  'abbr',
  'address',
  'series',
  'howpublished',
];
const verbatimValues = fc.oneof(
  fc.stringMatching(/^[a-z0-9]{1,8}$/).map((path) => ['url', `https://example.org/${path}_x%20y~z`] as const),
  fc.stringMatching(/^[a-z0-9]{1,8}$/).map((suffix) => ['doi', `10.1000/${suffix}_1`] as const),
  fc.stringMatching(/^[a-z0-9]{1,8}$/).map((name) => ['pdf', `${name}.pdf`] as const),
  fc.constant(['selected', 'true'] as const),
  fc.constant(['pages', '12--34'] as const),
);

export interface GeneratedEntry {
  /** The file: the `@string` definitions, then the entry. */
  bib: string;
  key: string;
  type: string;
  /** Every field, lower-case names in the order written, with the raw TeX it stands for. */
  rawFields: Record<string, string>;
  title: string;
  authors: ExpectedAuthor[];
  /** The names of an entry that names editors only (an edited book, DBLP's `@proceedings`), which has no authors. */
  editors?: ExpectedAuthor[];
  /** The ISO date at the precision written. */
  date: string;
}

export const bibtexEntry: fc.Arbitrary<GeneratedEntry> = fc
  .record({
    key: fc.stringMatching(/^[A-Za-z][A-Za-z0-9:_./-]{0,15}$/),
    type: fc.constantFrom(...entryTypes),
    upperType: fc.boolean(),
    title: textValue,
    authors: authorList,
    // One entry in four names its editors only, as an edited volume does.
    namesField: fc.constantFrom('author', 'author', 'author', 'editor'),
    date: dateFields,
    others: fc.uniqueArray(fc.tuple(fc.constantFrom(...otherFieldNames), textValue), {
      maxLength: 3,
      selector: ([name]) => name,
    }),
    verbatim: fc.uniqueArray(verbatimValues, { maxLength: 3, selector: ([name]) => name }),
    volume: fc.option(fc.integer({ min: 1, max: 999 }), { nil: undefined }),
    capitalisedNames: fc.boolean(),
    concatenation: fc.constantFrom(' # ', '#', '\n    # '),
    stringQuoted: fc.boolean(),
    trailingComma: fc.boolean(),
  })
  .map((generated) => {
    const fields: [string, BareOrValue][] = [
      ['title', { value: namedParts(generated.title, 't') }],
      [generated.namesField, { value: namedParts(generated.authors.value, 'a') }],
      ...generated.date.fields,
      ...generated.others.map(([name, value], index): [string, BareOrValue] => [
        name,
        { value: namedParts(value, `o${String.fromCharCode(97 + index)}`) },
      ]),
      ...generated.verbatim.map(([name, value]): [string, BareOrValue] => [name, { value: singlePart(value) }]),
      ...(generated.volume === undefined
        ? []
        : [['volume', { bare: String(generated.volume), raw: String(generated.volume) }] as [string, BareOrValue]]),
    ];
    const strings: string[] = [];
    const lines = fields.map(([name, field]) => {
      const written = generated.capitalisedNames ? name.charAt(0).toUpperCase() + name.slice(1) : name;
      if ('bare' in field) return `  ${written} = ${field.bare}`;
      const parts = field.value.parts.map((part) => {
        if (part.kind !== 'macro') return delimited(part.content, part.kind);
        strings.push(
          `@string{${part.name} = ${delimited(part.content, generated.stringQuoted ? 'quoted' : 'braced')}}`,
        );
        return part.name;
      });
      return `  ${written} = ${parts.join(generated.concatenation)}`;
    });
    const type = generated.upperType
      ? generated.type.charAt(0).toUpperCase() + generated.type.slice(1)
      : generated.type;
    const bib = [
      ...strings,
      '',
      `@${type}{${generated.key},`,
      `${lines.join(',\n')}${generated.trailingComma ? ',' : ''}`,
      '}',
      '',
    ].join('\n');
    return {
      bib,
      key: generated.key,
      type: generated.type,
      rawFields: Object.fromEntries(
        fields.map(([name, field]) => [name, 'bare' in field ? field.raw : field.value.raw.trim()]),
      ),
      title: generated.title.text,
      ...(generated.namesField === 'editor'
        ? { authors: [], editors: generated.authors.authors }
        : { authors: generated.authors.authors }),
      date: generated.date.iso,
    };
  });

/** Gives each macro part a name of its own (`zzta`, `zztb`…), none a predefined macro or a month. */
function namedParts(value: Omit<GeneratedValue, 'parts'> & { parts: Omit<Part, 'name'>[] }, prefix: string) {
  return {
    ...value,
    parts: value.parts.map((part, index) =>
      part.kind === 'macro' ? { ...part, name: `zz${prefix}${String.fromCharCode(97 + index)}` } : part,
    ) as Part[],
  };
}

function delimited(content: string, kind: 'braced' | 'quoted'): string {
  return kind === 'braced' ? `{${content}}` : `"${content}"`;
}
