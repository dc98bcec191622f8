/** The `add-…` command of each CV kind: its argument, its flags and what it asks for; one table, read by the CLI. */
import type { CvItemKind } from './items.js';

export interface CvFieldSpec {
  /** The front-matter field. */
  field: string;
  /** The flag without `--`. */
  flag: string;
  type: 'text' | 'date' | 'flag' | 'url';
  describe: string;
  /** Asked for on a terminal and needed without one. */
  required?: boolean;
  /** The question asked on a terminal. */
  prompt?: string;
}

export interface CvKindSpec {
  kind: CvItemKind;
  /** `add-` and the kind. */
  command: string;
  /** `education entry`: for messages. */
  noun: string;
  /** The positional argument: the field a person names the item by. */
  argument: CvFieldSpec;
  options: CvFieldSpec[];
  example: string;
}

/** A field whose flag has the field's own name. */
const option = (
  field: string,
  type: CvFieldSpec['type'],
  describe: string,
  asked?: Pick<CvFieldSpec, 'required' | 'prompt'>,
): CvFieldSpec => ({ field, flag: field, type, describe, ...asked });

const period = (what: string): CvFieldSpec[] => [
  option('start', 'date', `when the ${what} began (2019, 2019-09)`),
  option('end', 'date', `when it ended (2024, 2024-06)`),
  option('current', 'flag', 'it is still going on (no --end)'),
];
const url: CvFieldSpec = option('url', 'url', 'a link for the entry');

/** The rows, without the command that follows from each row's kind. */
const cvKindRows: Omit<CvKindSpec, 'command'>[] = [
  {
    kind: 'education',
    noun: 'education entry',
    argument: option('degree', 'text', 'the degree (PhD, MSc, BEng)', { prompt: 'Degree:' }),
    options: [
      option('field', 'text', 'the field of study'),
      option('institution', 'text', 'the university', { required: true, prompt: 'Institution:' }),
      option('location', 'text', 'city, country'),
      ...period('studies'),
      option('advisor', 'text', 'the advisor(s)'),
      option('thesis', 'text', 'the title of the thesis'),
      url,
    ],
    example:
      'profile add-education PhD --field "Computer Science" --institution "Zhejiang University" --start 2020 --end 2025',
  },
  {
    kind: 'position',
    noun: 'position',
    argument: option('title', 'text', 'the job title', { prompt: 'Title:' }),
    options: [
      option('organisation', 'text', 'the employer', { required: true, prompt: 'Organisation:' }),
      option('location', 'text', 'city, country'),
      ...period('position'),
      url,
    ],
    example: 'profile add-position "Research Scientist" --organisation "Tongyi Lab" --start 2025-07 --current',
  },
  {
    kind: 'award',
    noun: 'award',
    argument: option('name', 'text', 'the award or honour', { prompt: 'Award:' }),
    options: [
      option('by', 'text', 'who gave it'),
      option('date', 'date', 'when (2025, 2025-07)', { required: true, prompt: 'Date:' }),
      url,
    ],
    example: 'profile add-award "Best Poster Award" --by "MobiUK 2025" --date 2025-07',
  },
  {
    kind: 'teaching',
    noun: 'teaching entry',
    argument: option('course', 'text', 'the course', { prompt: 'Course:' }),
    options: [
      option('role', 'text', 'lecturer, teaching assistant, …'),
      option('institution', 'text', 'where'),
      option('term', 'text', 'as the institution writes it (Spring 2024)'),
      option('date', 'date', 'when, for the order (2024-02)'),
      url,
    ],
    example: 'profile add-teaching "Machine Learning" --role "Teaching Assistant" --term "Spring 2023" --date 2023-02',
  },
  {
    kind: 'student',
    noun: 'student',
    argument: option('name', 'text', "the student's name", { prompt: 'Name:' }),
    options: [
      option('level', 'text', 'PhD, MSc, undergraduate, intern'),
      ...period('supervision'),
      option('now', 'text', 'where they are now'),
      url,
    ],
    example: 'profile add-student "Ada Lovelace" --level MSc --start 2023 --end 2024 --now "PhD student at ETH"',
  },
  {
    kind: 'grant',
    noun: 'grant',
    argument: option('title', 'text', 'the project or grant', { prompt: 'Title:' }),
    options: [
      option('funder', 'text', 'who funds it'),
      option('role', 'text', 'PI, co-PI, participant'),
      option('amount', 'text', 'as written (CNY 300,000)'),
      ...period('grant'),
      url,
    ],
    example: 'profile add-grant "Federated Model Editing" --funder "NSFC" --role PI --start 2026',
  },
];

export const cvKindSpecs: readonly CvKindSpec[] = cvKindRows.map((spec) => ({ ...spec, command: `add-${spec.kind}` }));

export function cvKindSpec(kind: CvItemKind): CvKindSpec {
  const spec = cvKindSpecs.find((candidate) => candidate.kind === kind);
  if (!spec) throw new Error(`no CV kind ${kind}`);
  return spec;
}

/** `--organisation` → `organisation`, as commander names options. */
export function optionKey(flag: string): string {
  return flag.replace(/-([a-z])/g, (_match, letter: string) => letter.toUpperCase());
}
