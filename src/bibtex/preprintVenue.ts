/** A venue that is a preprint server (arXiv/CoRR, ECCC, HAL, SSRN, bioRxiv, IACR ePrint…), not a place of publication. */
export const preprintVenue =
  /^(?:arxiv|corr|biorxiv|medrxiv|chemrxiv|techrxiv|psyarxiv|ssrn|hal|eccc|research square|openreview|osf preprints)\b|\b(?:arxiv|ssrn|biorxiv|openreview) preprint\b|^preprint$|electron(?:ic|\.)? colloquium (?:on )?comput|cryptol(?:ogy|\.)? eprint arch|\bhal open science\b/i;
