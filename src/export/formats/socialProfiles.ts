/** The owner's e-mail, home page and accounts (GitHub, ORCID, Google Scholar, …) in the forms CV formats check. */
import type { Owner } from '../../model/schema.js';

export interface SocialNetwork {
  /** RenderCV's spelling: `GitHub`, `Google Scholar`, `ORCID`, `LinkedIn`, `X`. */
  network: string;
  username: string;
}

export interface SocialProfiles {
  email?: string;
  phone?: string;
  /** The first link that is no known network: the home page. */
  website?: string;
  networks: SocialNetwork[];
}

const networkPatterns: [string, RegExp][] = [
  ['GitHub', /^https?:\/\/(?:www\.)?github\.com\/([A-Za-z0-9-]{1,39})\/?$/],
  ['GitLab', /^https?:\/\/(?:www\.)?gitlab\.com\/([A-Za-z0-9_.-]+)\/?$/],
  ['LinkedIn', /^https?:\/\/(?:[a-z]{2,3}\.)?linkedin\.com\/in\/([A-Za-z0-9_-]+)\/?$/],
  ['ORCID', /^https?:\/\/(?:www\.)?orcid\.org\/(\d{4}-\d{4}-\d{4}-\d{3}[\dX])\/?$/],
  ['Google Scholar', /^https?:\/\/scholar\.google\.[a-z.]+\/citations\?(?:[^#\s]*&)?user=([A-Za-z0-9_-]+)/],
  ['X', /^https?:\/\/(?:www\.)?(?:x|twitter)\.com\/([A-Za-z0-9_]{1,15})\/?$/],
  ['ResearchGate', /^https?:\/\/(?:www\.)?researchgate\.net\/profile\/([A-Za-z0-9_-]+)\/?$/],
];

export function socialProfiles(owner: Owner): SocialProfiles {
  const networks: SocialNetwork[] = [];
  let website: string | undefined;
  for (const link of owner.links ?? []) {
    const url = link.url.trim();
    const known = networkPatterns.find(([, pattern]) => pattern.test(url));
    const username = known?.[1].exec(url)?.[1];
    if (known && username) {
      if (!networks.some((network) => network.network === known[0])) networks.push({ network: known[0], username });
    } else if (website === undefined && /^https?:\/\/[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$/.test(url)) {
      website = url;
    }
  }
  const emails = [...(owner.email ?? []), ...(owner.contact ?? []).flatMap((line) => line.emails ?? [])];
  const email = emails.find(isEmailAddress);
  return {
    ...(email === undefined ? {} : { email }),
    ...(owner.phone === undefined ? {} : { phone: owner.phone.trim() }),
    ...(website === undefined ? {} : { website }),
    networks,
  };
}

/** Stricter than the e-mail checks of JSON Schema and RenderCV, so that what passes here passes there. */
export function isEmailAddress(email: string): boolean {
  const atom = "[\\w!#$%&'*+/=?^`{|}~-]+";
  const label = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
  return new RegExp(`^${atom}(?:\\.${atom})*@${label}(?:\\.[A-Za-z]{2,63})+$`).test(email) && email.length <= 254;
}
