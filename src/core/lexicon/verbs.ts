/** Verbs and phrases that report speech: "X said", "said X", "X added". Lower case, any inflection listed. */
export const REPORTING_VERBS = new Set([
  'said', 'says', 'say', 'added', 'adds', 'told', 'tells', 'stated', 'states', 'noted', 'notes', 'remarked',
  'stressed', 'stresses', 'emphasised', 'emphasized', 'underlined', 'explained', 'explains', 'declared', 'announced',
  'asserted', 'insisted', 'argued', 'claimed', 'warned', 'wrote', 'writes', 'tweeted', 'posted', 'replied',
  'responded', 'answered', 'continued', 'concluded', 'observed', 'commented', 'acknowledged', 'affirmed',
  'reaffirmed', 'maintained', 'recalled', 'revealed', 'disclosed', 'reported', 'quoted', 'hailed', 'hail', 'hails',
  'described', 'called', 'pointed', 'urged', 'vowed', 'promised', 'assured', 'confirmed', 'conceded', 'admitted',
  'suggested', 'predicted', 'cautioned', 'mentioned', 'highlighted', 'expressed', 'saying', 'adding', 'telling',
]);

/** Reporting verbs strong enough to attribute a quote that stands before them ("…," X said). */
export const QUOTE_CUE_VERBS = new Set([
  'said', 'says', 'added', 'adds', 'told', 'tells', 'stated', 'noted', 'remarked', 'stressed', 'emphasised',
  'emphasized', 'explained', 'declared', 'announced', 'asserted', 'insisted', 'argued', 'claimed', 'warned', 'wrote',
  'tweeted', 'posted', 'replied', 'responded', 'answered', 'continued', 'concluded', 'observed', 'commented',
  'recalled', 'revealed', 'reported', 'quoted', 'hailed', 'hail', 'described', 'vowed', 'assured', 'confirmed',
  'admitted', 'cautioned', 'mentioned', 'highlighted', 'saying', 'adding', 'underlined', 'affirmed', 'maintained',
]);


/** Nouns of meeting events: "held talks with", "a phone call with", "summit with". */
export const MEETING_NOUNS = new Set([
  'talks', 'meeting', 'meetings', 'call', 'phone', 'conversation', 'summit', 'encounter', 'discussion',
  'discussions', 'audience', 'dialogue', 'session', 'consultations', 'luncheon', 'dinner', 'breakfast', 'lunch',
]);

/** Words before a verb that make the event not (yet) happen: "will meet", "plans to meet". */
export const IRREALIS = new Set([
  'will', 'would', 'shall', 'should', 'could', 'may', 'might', 'must', 'to', 'plan', 'plans', 'planned',
  'expected', 'scheduled', 'set', 'due', 'hope', 'hopes', 'wants', 'want', 'intends', 'intend', 'seeks', 'seek',
  'not', "n't", 'never', 'no', 'cancelled', 'canceled', 'postponed', 'going', 'whether', 'if', 'unless', 'likely',
]);

/** Verbs of a relative clause that make the person part of the organisation after them ("X, who heads the Y Federation,"). */
export const LEADING_VERBS = new Set([
  'heads', 'headed', 'leads', 'led', 'chairs', 'chaired', 'runs', 'ran', 'directs', 'directed', 'founded', 'co-founded',
]);
