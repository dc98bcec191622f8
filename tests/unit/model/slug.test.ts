/** Slugs made from text: the first words, and never a hanging word at the end. */
import { describe, expect, test } from 'vitest';
import { slugFromText, uniqueStem } from '../../../src/model/slug.js';

describe('slugFromText', () => {
  test.each([
    ['I joined Tongyi Lab, Alibaba Group, as a research scientist.', 'i-joined-tongyi-lab-alibaba-group'],
    ['Learning to scale stochastic routing is hard', 'learning-to-scale-stochastic-routing'],
    ['Two papers at KDD 2026 and ICML 2026', 'two-papers-at-kdd-2026'],
    ['Session chair of the', 'session-chair'],
    ['The', 'the'],
    ['', 'item'],
  ])('%s → %s', (text, slug) => {
    expect(slugFromText(text)).toBe(slug);
  });
});

describe('slugFromText on titles in other languages: the function words at the cut are dropped too', () => {
  test.each([
    // German: Pauli 1925, Einstein 1905, Riemann 1859.
    [
      'Über den Zusammenhang des Abschlusses der Elektronengruppen im Atom mit der Komplexstruktur der Spektren',
      6,
      'ueber-den-zusammenhang-des-abschlusses',
    ],
    ['Ist die Trägheit eines Körpers von seinem Energieinhalt abhängig?', 6, 'ist-die-traegheit-eines-koerpers'],
    ['Über die Anzahl der Primzahlen unter einer gegebenen Grösse', 6, 'ueber-die-anzahl-der-primzahlen'],
    // Einstein and Grossmann 1913: cut at 60 characters after `und`, which goes too.
    [
      'Entwurf einer verallgemeinerten Relativitätstheorie und einer Theorie der Gravitation',
      6,
      'entwurf-einer-verallgemeinerten-relativitaetstheorie',
    ],
    // French: Carnot 1824, Hadamard 1896 (`de la` at seven words), Poincaré 1890 (eight, as for a CV item).
    [
      'Réflexions sur la puissance motrice du feu et sur les machines propres à développer cette puissance',
      6,
      'reflexions-sur-la-puissance-motrice',
    ],
    [
      'Sur la distribution des zéros de la fonction ζ(s) et ses conséquences arithmétiques',
      7,
      'sur-la-distribution-des-zeros',
    ],
    ['Sur le problème des trois corps et les équations de la dynamique', 8, 'sur-le-probleme-des-trois-corps'],
    // Spanish: Ramón y Cajal 1888 and 1899.
    ['Estructura de los centros nerviosos de las aves', 6, 'estructura-de-los-centros-nerviosos'],
    ['Textura del sistema nervioso del hombre y de los vertebrados', 8, 'textura-del-sistema-nervioso-del-hombre'],
    // Italian: Golgi 1873. Portuguese: Chagas 1909; a 2014 textbook. Dutch: Zeeman 1896.
    ['Sulla struttura della sostanza grigia del cervello', 6, 'sulla-struttura-della-sostanza-grigia'],
    [
      'Nova tripanozomiaze humana: estudos sobre a morfolojia e o ciclo evolutivo do Schizotrypanum cruzi',
      6,
      'nova-tripanozomiaze-humana-estudos',
    ],
    ['Introdução à Estatística Espacial para a Saúde Pública', 6, 'introducao-a-estatistica-espacial'],
    [
      'Over de invloed eener magnetisatie op den aard van het door een stof uitgezonden licht',
      6,
      'over-de-invloed-eener-magnetisatie',
    ],
  ] as const)('%s (%i words) → %s', (title, words, slug) => {
    expect(slugFromText(title, words)).toBe(slug);
  });

  test.each([
    // Words that end foreign titles but mean something at the end of an English one stay.
    ['I joined MIT', 'i-joined-mit'],
    ['Invited talk at the UN', 'invited-talk-at-the-un'],
    ['Keynote on trustworthy AI', 'keynote-on-trustworthy-ai'],
    ['New chair of DEI', 'new-chair-of-dei'],
    ['Why neurons die', 'why-neurons-die'],
    ['Verified compilation for a secure OS', 'verified-compilation-for-a-secure-os'],
    ['Our paper on vitamin E', 'our-paper-on-vitamin-e'],
    ['Joined Booking.com', 'joined-booking-com'],
    // Dutch `den` is kept for the same reason: Lorentz 1892, with eight words.
    ['De relatieve beweging van de aarde en den aether', 'de-relatieve-beweging-van-de-aarde-en-den'],
  ])('%s → %s', (text, slug) => {
    expect(slugFromText(text, 8)).toBe(slug);
  });
});

describe('uniqueStem', () => {
  test('gives the stem, then -2, -3 … while they are taken', () => {
    const taken = new Set(['li2011citation', 'li2011citation-2']);
    expect(uniqueStem('li2011citation', (stem) => taken.has(stem))).toBe('li2011citation-3');
    expect(uniqueStem('wang2024wise', (stem) => taken.has(stem))).toBe('wang2024wise');
  });

  test('with a memory of suffixes, gives what it gives without one to a caller that takes every stem', () => {
    const taken = new Set(['li2011citation', 'li2011citation-3', 'chen2020open']);
    const nextSuffix = new Map<string, number>();
    const given = ['li2011citation', 'chen2020open', 'li2011citation', 'li2011citation', 'chen2020open'].map((stem) => {
      const plain = uniqueStem(stem, (candidate) => taken.has(candidate));
      const remembered = uniqueStem(stem, (candidate) => taken.has(candidate), nextSuffix);
      expect(remembered).toBe(plain);
      taken.add(remembered);
      return remembered;
    });
    expect(given).toEqual([
      'li2011citation-2',
      'chen2020open-2',
      'li2011citation-4',
      'li2011citation-5',
      'chen2020open-3',
    ]);
  });
});
