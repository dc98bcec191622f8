/** The AAS journal macros NASA ADS writes as a venue, read as the journals they stand for. */
import { describe, expect, test } from 'vitest';
import { journalOfAasMacro } from '../../../src/bibtex/aasJournalMacros.js';
import { shortVenueLabel } from '../../../src/bibtex/venueLabel.js';

// Every journal macro aas_macros.sty defines (AASTeX 5.2 and later), its aliases, and AASTeX 6's additions.
const aasMacros = [
  'aj',
  'actaa',
  'araa',
  'apj',
  'apjl',
  'apjs',
  'ao',
  'apss',
  'aap',
  'aapr',
  'aaps',
  'azh',
  'baas',
  'bac',
  'caa',
  'cjaa',
  'icarus',
  'jcap',
  'jrasc',
  'memras',
  'mnras',
  'na',
  'nar',
  'pra',
  'prb',
  'prc',
  'prd',
  'pre',
  'prl',
  'pasa',
  'pasp',
  'pasj',
  'rmxaa',
  'qjras',
  'skytel',
  'solphys',
  'sovast',
  'ssr',
  'zap',
  'nat',
  'iaucirc',
  'aplett',
  'apspr',
  'bain',
  'fcp',
  'gca',
  'grl',
  'jcp',
  'jgr',
  'jqsrt',
  'memsai',
  'nphysa',
  'physrep',
  'physscr',
  'planss',
  'procspie',
  'astap',
  'apjlett',
  'apjsupp',
  'applopt',
  'psj',
  'maps',
  'jaavso',
  'aas',
  'dps',
];

describe('journalOfAasMacro', () => {
  test('every macro of aas_macros.sty is a journal name, never TeX', () => {
    const names = aasMacros.map((macro) => journalOfAasMacro(`\\${macro}`));
    expect(names.filter((name) => name === undefined || /[\\{}]/.test(name))).toStrictEqual([]);
    expect(new Set(names).size).toBe(aasMacros.length - 4);
  });

  test('the label astronomers use for each journal they cite most', () => {
    const labels = ['aap', 'mnras', 'apj', 'apjl', 'apjs', 'aj', 'pasa', 'pasp', 'pasj', 'araa', 'nat', 'physrep'].map(
      (macro) => shortVenueLabel(journalOfAasMacro(`\\${macro}`) ?? ''),
    );
    expect(labels).toStrictEqual([
      'A&A',
      'MNRAS',
      'ApJ',
      'ApJL',
      'ApJS',
      'AJ',
      'PASA',
      'PASP',
      'PASJ',
      'ARA&A',
      'Nature',
      'Phys. Rep.',
    ]);
  });

  test('the aliases name the same journal: \\astap as \\aap, \\apjlett as \\apjl, \\apjsupp as \\apjs', () => {
    expect(['astap', 'apjlett', 'apjsupp', 'applopt'].map((macro) => journalOfAasMacro(`\\${macro}`))).toStrictEqual(
      ['aap', 'apjl', 'apjs', 'ao'].map((macro) => journalOfAasMacro(`\\${macro}`)),
    );
  });

  test('only a field that is the macro alone, braced or not, with or without {}', () => {
    expect(
      ['\\aap', ' {\\aap} ', '\\aap{}', '{\\aap', '\\aap}', '\\aap A', '\\AAP', 'aap', '\\unknown', '', undefined].map(
        journalOfAasMacro,
      ),
    ).toStrictEqual([
      'Astronomy and Astrophysics',
      'Astronomy and Astrophysics',
      'Astronomy and Astrophysics',
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  test('the venue map labels the journals as other exports spell them, the longest name first', () => {
    expect(
      [
        'Astronomy & Astrophysics',
        'The Astrophysical Journal Letters',
        'Research in Astronomy and Astrophysics',
        'Chinese Astronomy and Astrophysics',
        'Monthly Notices of the Royal Astronomical Society: Letters',
        'Physical Review D',
      ].map((venue) => shortVenueLabel(venue)),
    ).toStrictEqual(['A&A', 'ApJL', 'RAA', 'ChA&A', 'MNRAS', 'PRD']);
  });
});
