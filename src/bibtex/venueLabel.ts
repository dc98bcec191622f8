/** The short venue label of a publication (`NeurIPS 2024`): from `abbr`, else the venue map, else the venue. */

export interface VenueRule {
  /** Words the venue contains, compared ignoring case, accents and punctuation. */
  match: string;
  label: string;
}

/** Shipped defaults; `venueMap` in profile.md adds to them and wins over them. */
export const defaultVenueMap: readonly VenueRule[] = [
  { match: 'Advances in Neural Information Processing Systems', label: 'NeurIPS' },
  { match: 'Neural Information Processing Systems', label: 'NeurIPS' },
  { match: 'International Conference on Machine Learning', label: 'ICML' },
  { match: 'International Conference on Learning Representations', label: 'ICLR' },
  { match: 'AAAI Conference on Artificial Intelligence', label: 'AAAI' },
  { match: 'International Joint Conference on Artificial Intelligence', label: 'IJCAI' },
  { match: 'Conference on Computer Vision and Pattern Recognition', label: 'CVPR' },
  { match: 'International Conference on Computer Vision', label: 'ICCV' },
  { match: 'European Conference on Computer Vision', label: 'ECCV' },
  { match: 'Annual Meeting of the Association for Computational Linguistics', label: 'ACL' },
  { match: 'Findings of the Association for Computational Linguistics', label: 'ACL Findings' },
  { match: 'Empirical Methods in Natural Language Processing', label: 'EMNLP' },
  { match: 'North American Chapter of the Association for Computational Linguistics', label: 'NAACL' },
  { match: 'International Conference on Computational Linguistics', label: 'COLING' },
  { match: 'Conference on Language Modeling', label: 'COLM' },
  { match: 'Knowledge Discovery and Data Mining', label: 'KDD' },
  { match: 'SIGIR Conference on Research and Development in Information Retrieval', label: 'SIGIR' },
  { match: 'The Web Conference', label: 'WWW' },
  { match: 'ACM Web Conference', label: 'WWW' },
  { match: 'International World Wide Web Conference', label: 'WWW' },
  { match: 'International Conference on Web Search and Data Mining', label: 'WSDM' },
  { match: 'Conference on Information and Knowledge Management', label: 'CIKM' },
  { match: 'International Conference on Data Mining', label: 'ICDM' },
  { match: 'SIAM International Conference on Data Mining', label: 'SDM' },
  { match: 'International Conference on Data Engineering', label: 'ICDE' },
  { match: 'International Conference on Management of Data', label: 'SIGMOD' },
  { match: 'Proceedings of the VLDB Endowment', label: 'VLDB' },
  { match: 'International Conference on Very Large Data Bases', label: 'VLDB' },
  { match: 'International Conference on Artificial Intelligence and Statistics', label: 'AISTATS' },
  { match: 'Conference on Uncertainty in Artificial Intelligence', label: 'UAI' },
  { match: 'Conference on Learning Theory', label: 'COLT' },
  { match: 'Conference on Robot Learning', label: 'CoRL' },
  { match: 'International Conference on Robotics and Automation', label: 'ICRA' },
  { match: 'International Conference on Intelligent Robots and Systems', label: 'IROS' },
  { match: 'International Conference on Acoustics, Speech and Signal Processing', label: 'ICASSP' },
  { match: 'International Conference on Multimedia and Expo', label: 'ICME' },
  { match: 'ACM International Conference on Multimedia', label: 'ACM MM' },
  { match: 'Computer and Communications Security', label: 'CCS' },
  { match: 'IEEE Symposium on Security and Privacy', label: 'IEEE S&P' },
  { match: 'USENIX Security Symposium', label: 'USENIX Security' },
  { match: 'Network and Distributed System Security Symposium', label: 'NDSS' },
  { match: 'Transactions on Machine Learning Research', label: 'TMLR' },
  { match: 'Journal of Machine Learning Research', label: 'JMLR' },
  { match: 'IEEE Transactions on Pattern Analysis and Machine Intelligence', label: 'TPAMI' },
  { match: 'IEEE Transactions on Neural Networks and Learning Systems', label: 'TNNLS' },
  { match: 'IEEE Transactions on Knowledge and Data Engineering', label: 'TKDE' },
  { match: 'IEEE Transactions on Image Processing', label: 'TIP' },
  { match: 'IEEE Transactions on Mobile Computing', label: 'TMC' },
  { match: 'IEEE Transactions on Big Data', label: 'TBD' },
  { match: 'International Journal of Computer Vision', label: 'IJCV' },
];

/** Lower-case words without accents or punctuation, padded so that matches fall on word boundaries. */
export function venueWords(text: string): string {
  return ` ${text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

// Thousands of entries share a few hundred venues: each is looked up once per rule list.
const labelsByRules = new WeakMap<readonly VenueRule[], Map<string, string | undefined>>();
const patternWords = new Map<string, string>();

/** The label of the longest matching rule, the profile's own rules first. */
export function labelOfVenue(
  venue: string,
  profileRules: readonly VenueRule[],
  defaults: readonly VenueRule[] = defaultVenueMap,
): string | undefined {
  let cache = labelsByRules.get(profileRules);
  if (!cache) {
    cache = new Map();
    labelsByRules.set(profileRules, cache);
  }
  const cacheKey = defaults === defaultVenueMap ? venue : undefined;
  if (cacheKey !== undefined && cache.has(cacheKey)) return cache.get(cacheKey);
  const label = findLabel(venueWords(venue), profileRules) ?? findLabel(venueWords(venue), defaults);
  if (cacheKey !== undefined) cache.set(cacheKey, label);
  return label;
}

function findLabel(words: string, rules: readonly VenueRule[]): string | undefined {
  let best: { label: string; length: number } | undefined;
  for (const rule of rules) {
    let pattern = patternWords.get(rule.match);
    if (pattern === undefined) {
      pattern = venueWords(rule.match);
      patternWords.set(rule.match, pattern);
    }
    if (pattern.trim() !== '' && words.includes(pattern) && pattern.length > (best?.length ?? 0)) {
      best = { label: rule.label, length: pattern.length };
    }
  }
  return best?.label;
}

/** `NeurIPS` and 2024 → `NeurIPS 2024`; a label that already names a year is left as it is. */
export function withYear(label: string, year: number | undefined): string {
  if (year === undefined || /\b(?:19|20)\d{2}\b|'\d{2}\b/.test(label)) return label;
  return `${label} ${year}`;
}
