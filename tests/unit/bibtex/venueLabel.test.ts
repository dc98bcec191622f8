/**
 * Venue labels: the longest matching pattern wins, the profile's own patterns first, a year appended once; without a
 * match, the acronym the venue writes, never the long venue string.
 */
import { describe, expect, test } from 'vitest';
import { acronymInVenue, labelOfVenue, shortVenueLabel, withYear } from '../../../src/bibtex/venueLabel.js';

describe('labelOfVenue', () => {
  test.each([
    ['Advances in Neural Information Processing Systems', 'NeurIPS'],
    ['Proceedings of the 40th International Conference on Machine Learning', 'ICML'],
    ['Findings of the Association for Computational Linguistics: EMNLP 2023', 'ACL Findings'],
    [
      'Proceedings of the 2019 Conference of the North American Chapter of the Association for Computational Linguistics',
      'NAACL',
    ],
    [
      'Proceedings of the 46th International ACM SIGIR Conference on Research and Development in Information Retrieval',
      'SIGIR',
    ],
    ['IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)', 'CVPR'],
    ['SIAM International Conference on Data Mining', 'SDM'],
    ['Patterns', undefined],
  ])('%s → %s', (venue, label) => {
    expect(labelOfVenue(venue, [])).toBe(label);
  });

  test("the profile's pattern wins even when a default is longer", () => {
    expect(
      labelOfVenue('Advances in Neural Information Processing Systems', [
        { match: 'Neural Information', label: 'NIPS' },
      ]),
    ).toBe('NIPS');
  });

  test('matches whole words only, ignoring case and accents', () => {
    expect(labelOfVenue('international conference on machine learning', [])).toBe('ICML');
    expect(
      labelOfVenue('Workshop on Machine Learningish Things', [{ match: 'Machine Learning', label: 'ML' }]),
    ).toBeUndefined();
    expect(labelOfVenue('Conférence Française', [{ match: 'Conference Francaise', label: 'CF' }])).toBe('CF');
  });
});

describe('withYear', () => {
  test.each([
    ['NeurIPS', 2024, 'NeurIPS 2024'],
    ['NeurIPS 2024', 2024, 'NeurIPS 2024'],
    ["ICML'23", 2023, "ICML'23"],
    ['Patterns', undefined, 'Patterns'],
  ])('%s, %s → %s', (label, year, expected) => {
    expect(withYear(label, year)).toBe(expected);
  });
});

describe('shortVenueLabel on venues as DBLP, Google Scholar and ACM write them', () => {
  test.each([
    // DBLP booktitles (decoded): the acronym before the year
    [
      '18th IEEE International Conference on Mobile Data Management, MDM 2017, Daejeon, South Korea, May 29 - June 1, 2017',
      'MDM',
    ],
    ['36th IEEE International Conference on Data Engineering, ICDE 2020, Dallas, TX, USA, April 20-24, 2020', 'ICDE'],
    [
      "STOC '21: 53rd Annual ACM SIGACT Symposium on Theory of Computing, Virtual Event, Italy, June 21-25, 2021",
      'STOC',
    ],
    [
      '62nd IEEE Annual Symposium on Foundations of Computer Science, FOCS 2021, Denver, CO, USA, February 7-10, 2022',
      'FOCS',
    ],
    [
      '36th Computational Complexity Conference, CCC 2021, July 20-23, 2021, Toronto, Ontario, Canada (Virtual Conference)',
      'CCC',
    ],
    [
      '13th Innovations in Theoretical Computer Science Conference, ITCS 2022, January 31 - February 3, 2022, Berkeley, CA, USA',
      'ITCS',
    ],
    [
      '38th International Symposium on Theoretical Aspects of Computer Science, STACS 2021, March 16-19, 2021, Saarbrücken, Germany (Virtual Conference)',
      'STACS',
    ],
    [
      'Proceedings of the 2021 ACM-SIAM Symposium on Discrete Algorithms, SODA 2021, Virtual Conference, January 10 - 13, 2021',
      'SODA',
    ],
    ['SIGMOD Conference', 'SIGMOD'],
    ['STOC', 'STOC'],
    ['NIPS', 'NeurIPS'],
    ['ICLR (Poster)', 'ICLR'],
    ['2019 IEEE Symposium on Security and Privacy, SP 2019, San Francisco, CA, USA, May 19-23, 2019', 'IEEE S&P'],
    ['30th USENIX Security Symposium, USENIX Security 2021, August 11-13, 2021', 'USENIX Security'],
    [
      "PLDI '21: 42nd ACM SIGPLAN International Conference on Programming Language Design and Implementation, Virtual Event, Canada, June 20-25, 2021",
      'PLDI',
    ],
    [
      "CHI '22: CHI Conference on Human Factors in Computing Systems, New Orleans, LA, USA, 29 April 2022 - 5 May 2022",
      'CHI',
    ],
    [
      'IEEE/RSJ International Conference on Intelligent Robots and Systems, IROS 2022, Kyoto, Japan, October 23-27, 2022',
      'IROS',
    ],
    // Google Scholar's long forms: the acronym in parentheses, or the venue map
    ['2019 IEEE 35th International Conference on Data Engineering (ICDE)', 'ICDE'],
    ['Proceedings of the 53rd Annual ACM SIGACT Symposium on Theory of Computing', 'STOC'],
    ['Proceedings of the 2022 International Conference on Management of Data', 'SIGMOD'],
    // Journals as DBLP abbreviates them (ISO 4)
    ['Commun. ACM', 'CACM'],
    ['VLDB J.', 'VLDBJ'],
    ['Proc. VLDB Endow.', 'PVLDB'],
    ['J. ACM', 'JACM'],
    ['SIAM J. Comput.', 'SICOMP'],
    ['IEEE Trans. Knowl. Data Eng.', 'TKDE'],
    ['ACM Trans. Database Syst.', 'TODS'],
    ['IEEE Trans. Pattern Anal. Mach. Intell.', 'TPAMI'],
    ['J. Mach. Learn. Res.', 'JMLR'],
    ['Proc. ACM Program. Lang.', 'PACMPL'],
    // A short venue is its own label; a long one without an acronym has none
    ['GeoInformatica', 'GeoInformatica'],
    ['Nature', 'Nature'],
    ['Proceedings of the Annual Meeting of the Cognitive Science Society', undefined],
  ])('%s → %s', (venue, label) => {
    expect(shortVenueLabel(venue)).toBe(label);
  });

  test("the profile's venue map comes first", () => {
    expect(shortVenueLabel('VLDB J.', [{ match: 'VLDB J.', label: 'VLDB Journal' }])).toBe('VLDB Journal');
  });

  test.each([
    // OpenReview's booktitle for a NeurIPS workshop paper, and the forms people write
    [
      'International Workshop on Federated Learning in the Age of Foundation Models in Conjunction with NeurIPS 2023',
      'NeurIPS Workshop',
    ],
    ['NeurIPS 2024 Workshop on Federated Learning', 'NeurIPS Workshop'],
    ['ICLR 2024 Workshop on Reliable and Responsible Foundation Models', 'ICLR Workshop'],
    // Google Scholar's CVF form (the venue map's CVPR) and DBLP's
    [
      'Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR) Workshops',
      'CVPR Workshop',
    ],
    [
      'IEEE/CVF Conference on Computer Vision and Pattern Recognition Workshops, CVPR Workshops 2023, Vancouver, BC, Canada, June 17-24, 2023',
      'CVPR Workshop',
    ],
    ['CVPR Workshops', 'CVPR Workshop'],
    [
      'IEEE/CVF International Conference on Computer Vision Workshops, ICCVW 2023, Paris, France, October 2-6, 2023',
      'ICCV Workshop',
    ],
    // A workshop's own acronym is its name
    ['Proceedings of the 5th Workshop on Online Abuse and Harms (WOAH 2021)', 'WOAH'],
    // The conference itself is unchanged
    ['Advances in Neural Information Processing Systems', 'NeurIPS'],
  ])('a workshop held with a conference is labelled as its workshop: %s → %s', (venue, label) => {
    expect(shortVenueLabel(venue)).toBe(label);
  });

  test("the profile's venue map labels a workshop as it says", () => {
    const rules = [{ match: 'Federated Learning in the Age of Foundation Models', label: 'FL@FM-NeurIPS' }];
    const venue =
      'International Workshop on Federated Learning in the Age of Foundation Models in Conjunction with NeurIPS 2023';
    expect(shortVenueLabel(venue, rules)).toBe('FL@FM-NeurIPS');
    expect(shortVenueLabel('NeurIPS 2023 Workshop on X', [{ match: 'NeurIPS', label: 'NeurIPS' }])).toBe('NeurIPS');
  });

  test('TACL is a journal: a workshop paper never takes its label as a workshop of it', () => {
    expect(shortVenueLabel('Transactions of the Association for Computational Linguistics')).toBe('TACL');
  });

  test.each([
    // A journal family's acronym before the journal's subject (real al-folio files of medicine and biology)
    ['JAMA psychiatry', 'JAMA psychiatry'],
    ['AIMS neuroscience', 'AIMS neuroscience'],
    ['AIMS Medical Science', 'AIMS Medical Science'],
    ['BMC Bioinformatics', 'BMC Bioinformatics'],
    ['ACS Nano', 'ACS Nano'],
    ['PLOS ONE', 'PLOS ONE'],
    ['PNAS Nexus', 'PNAS Nexus'],
    // A conference's acronym with the words DBLP and people write after it is still the conference's
    ['ACL (1)', 'ACL'],
    ['EMNLP (Findings)', 'EMNLP'],
    ['CHI Extended Abstracts', 'CHI'],
    ['NeurIPS Datasets and Benchmarks', 'NeurIPS'],
    ['IEEE INFOCOM', 'INFOCOM'],
  ])('an acronym names a short venue only when the other words qualify it: %s → %s', (venue, label) => {
    expect(shortVenueLabel(venue)).toBe(label);
  });

  test('organisations and numbering next to a year are no acronym', () => {
    expect(acronymInVenue('Proceedings of the IEEE 2019 Workshop on Things, Part II 2019')).toBeUndefined();
  });
});
