/** The headings of the CV sections a page import reads as items: Education, Experience (and its other names), Awards, Teaching. */
import type { CvItemKind } from '../../model/items.js';

/** The CV kinds a page section is read as. */
export type PageCvKind = Extract<CvItemKind, 'education' | 'position' | 'award' | 'teaching'>;

const namesByKind: readonly (readonly [PageCvKind, string])[] = [
  ['education', '(?:academic )?(?:education|educations|educational background|academic background)'],
  [
    'position',
    '(?:(?:work|working|professional|research|industry|industrial|academic) )?(?:experience|experiences)|(?:academic |professional |research )?(?:positions?|appointments?)|employment|(?:research )?internships?|work|positions and experience',
  ],
  [
    'award',
    '(?:selected )?(?:honou?rs|awards|honou?rs and awards|awards and honou?rs|awards and achievements|honou?rs and achievements|awards and scholarships|scholarships and awards|awards and fellowships|fellowships and awards|honou?rs and scholarships|prizes and awards|awards and prizes)',
  ],
  ['teaching', '(?:teaching|teaching experience|teaching experiences|teaching and mentoring|courses taught)'],
];

/** The heading's words (`honors and awards`, see headingWords) name one of these sections. */
export const cvHeadingKind = {
  pattern: new RegExp(`^(?:${namesByKind.map(([, names]) => names).join('|')})$`),
  of(words: string): PageCvKind | undefined {
    return namesByKind.find(([, names]) => new RegExp(`^(?:${names})$`).test(words))?.[0];
  },
};
