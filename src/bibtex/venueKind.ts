/**
 * What a venue typed by hand is (`add-pub --venue ICML`): a conference, a workshop, a journal or a preprint server,
 * from the shipped venue map, an acronym the venue writes, or the words it uses. So that a paper added by hand is
 * exported as BibTeX styles expect (`@inproceedings` with a `booktitle` for ICML, not `@article` in a journal ICML).
 */
import { preprintVenue } from './preprintVenue.js';
import { acronymInVenue, isWorkshopVenue, labelOfVenue, noVenueRules } from './venueLabel.js';
import { conferenceLabels, journalLabels, venueKindRules } from './venueMap.js';

export type VenueCategory = 'conference' | 'workshop' | 'journal' | 'preprint';

// Not `Proceedings`: the Proceedings of the IEEE, of the Royal Society, of the National Academy are journals.
const conferenceWords = /\b(?:conference|conf\.|symposium|symp\.|congress|colloquium|summit|meeting)(?=\s|$|[,;:)])/i;
const journalWords =
  /\b(?:journal|j\.|transactions|trans\.|letters|lett\.|magazine|mag\.|annals|ann\.|bulletin|bull\.|quarterly|review|reviews)(?=\s|$|[,;:)])/i;

/** The venue's category, or undefined when nothing tells. */
export function categoryOfVenue(venue: string): VenueCategory | undefined {
  const text = venue.replace(/[{}]/g, '').trim();
  if (text === '') return undefined;
  if (preprintVenue.test(text)) return 'preprint';
  if (isWorkshopVenue(text)) return 'workshop';
  // The longest shipped rule the venue matches, as for its label: its label here is what the venue is.
  const mapped = labelOfVenue(text, noVenueRules, venueKindRules);
  if (mapped !== undefined) return mapped as 'conference' | 'journal';
  const acronym = acronymInVenue(text);
  if (acronym !== undefined && conferenceLabels.has(acronym)) return 'conference';
  if (acronym !== undefined && journalLabels.has(acronym)) return 'journal';
  // `Transactions … Conference` does not occur; `Journal of … Symposium Series` does: a journal's word wins.
  if (journalWords.test(text)) return 'journal';
  if (conferenceWords.test(text)) return 'conference';
  return undefined;
}
