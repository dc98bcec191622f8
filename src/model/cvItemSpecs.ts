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
  command: string;
  /** `education entry`: for messages. */
  noun: string;
  /** The positional argument: the field a person names the item by. */
  argument: CvFieldSpec;
  options: CvFieldSpec[];
  example: string;
}

const period = (what: string): CvFieldSpec[] => [
  { field: 'start', flag: 'start', type: 'date', describe: `when the ${what} began (2019, 2019-09)` },
  { field: 'end', flag: 'end', type: 'date', describe: `when it ended (2024, 2024-06)` },
  { field: 'current', flag: 'current', type: 'flag', describe: 'it is still going on (no --end)' },
];
const url: CvFieldSpec = { field: 'url', flag: 'url', type: 'url', describe: 'a link for the entry' };

export const cvKindSpecs: readonly CvKindSpec[] = [
  {
    kind: 'education',
    command: 'add-education',
    noun: 'education entry',
    argument: {
      field: 'degree',
      flag: 'degree',
      type: 'text',
      describe: 'the degree (PhD, MSc, BEng)',
      prompt: 'Degree:',
    },
    options: [
      { field: 'field', flag: 'field', type: 'text', describe: 'the field of study' },
      {
        field: 'institution',
        flag: 'institution',
        type: 'text',
        describe: 'the university',
        required: true,
        prompt: 'Institution:',
      },
      { field: 'location', flag: 'location', type: 'text', describe: 'city, country' },
      ...period('studies'),
      { field: 'advisor', flag: 'advisor', type: 'text', describe: 'the advisor(s)' },
      { field: 'thesis', flag: 'thesis', type: 'text', describe: 'the title of the thesis' },
      url,
    ],
    example:
      'profile add-education PhD --field "Computer Science" --institution "Zhejiang University" --start 2020 --end 2025',
  },
  {
    kind: 'position',
    command: 'add-position',
    noun: 'position',
    argument: { field: 'title', flag: 'title', type: 'text', describe: 'the job title', prompt: 'Title:' },
    options: [
      {
        field: 'organisation',
        flag: 'organisation',
        type: 'text',
        describe: 'the employer',
        required: true,
        prompt: 'Organisation:',
      },
      { field: 'location', flag: 'location', type: 'text', describe: 'city, country' },
      ...period('position'),
      url,
    ],
    example: 'profile add-position "Research Scientist" --organisation "Tongyi Lab" --start 2025-07 --current',
  },
  {
    kind: 'award',
    command: 'add-award',
    noun: 'award',
    argument: { field: 'name', flag: 'name', type: 'text', describe: 'the award or honour', prompt: 'Award:' },
    options: [
      { field: 'by', flag: 'by', type: 'text', describe: 'who gave it' },
      { field: 'date', flag: 'date', type: 'date', describe: 'when (2025, 2025-07)', required: true, prompt: 'Date:' },
      url,
    ],
    example: 'profile add-award "Best Poster Award" --by "MobiUK 2025" --date 2025-07',
  },
  {
    kind: 'teaching',
    command: 'add-teaching',
    noun: 'teaching entry',
    argument: { field: 'course', flag: 'course', type: 'text', describe: 'the course', prompt: 'Course:' },
    options: [
      { field: 'role', flag: 'role', type: 'text', describe: 'lecturer, teaching assistant, …' },
      { field: 'institution', flag: 'institution', type: 'text', describe: 'where' },
      { field: 'term', flag: 'term', type: 'text', describe: 'as the institution writes it (Spring 2024)' },
      { field: 'date', flag: 'date', type: 'date', describe: 'when, for the order (2024-02)' },
      url,
    ],
    example: 'profile add-teaching "Machine Learning" --role "Teaching Assistant" --term "Spring 2023" --date 2023-02',
  },
  {
    kind: 'student',
    command: 'add-student',
    noun: 'student',
    argument: { field: 'name', flag: 'name', type: 'text', describe: "the student's name", prompt: 'Name:' },
    options: [
      { field: 'level', flag: 'level', type: 'text', describe: 'PhD, MSc, undergraduate, intern' },
      ...period('supervision'),
      { field: 'now', flag: 'now', type: 'text', describe: 'where they are now' },
      url,
    ],
    example: 'profile add-student "Ada Lovelace" --level MSc --start 2023 --end 2024 --now "PhD student at ETH"',
  },
  {
    kind: 'grant',
    command: 'add-grant',
    noun: 'grant',
    argument: { field: 'title', flag: 'title', type: 'text', describe: 'the project or grant', prompt: 'Title:' },
    options: [
      { field: 'funder', flag: 'funder', type: 'text', describe: 'who funds it' },
      { field: 'role', flag: 'role', type: 'text', describe: 'PI, co-PI, participant' },
      { field: 'amount', flag: 'amount', type: 'text', describe: 'as written (CNY 300,000)' },
      ...period('grant'),
      url,
    ],
    example: 'profile add-grant "Federated Model Editing" --funder "NSFC" --role PI --start 2026',
  },
];

export function cvKindSpec(kind: CvItemKind): CvKindSpec {
  const spec = cvKindSpecs.find((candidate) => candidate.kind === kind);
  if (!spec) throw new Error(`no CV kind ${kind}`);
  return spec;
}

/** `--organisation` → `organisation`, as commander names options. */
export function optionKey(flag: string): string {
  return flag.replace(/-([a-z])/g, (_match, letter: string) => letter.toUpperCase());
}
