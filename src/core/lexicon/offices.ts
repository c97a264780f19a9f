/**
 * Office and job words. A title phrase is built around a head word, widened
 * to the left over modifiers and to the right over a complement
 * ("Assistant Minister of Defence of Saudi Arabia").
 */

/** Head words of office titles, capitalised form. Lower-case use is allowed for those in LOWERCASE_HEADS. */
export const OFFICE_HEADS = new Set([
  'President', 'President-elect', 'Vice-President', 'Premier', 'Chancellor', 'Minister', 'Ministers', 'Secretary',
  'Secretary-General', 'Ambassador', 'Envoy', 'Spokesperson', 'Spokesman', 'Spokeswoman', 'Chairman', 'Chairwoman',
  'Chairperson', 'Chair', 'Governor', 'Commander', 'Commander-in-Chief', 'Chief', 'Director', 'Director-General',
  'Head', 'Leader', 'Adviser', 'Advisor', 'Speaker', 'Senator', 'Mayor', 'Consul', 'Commissioner', 'High Commissioner',
  'King', 'Queen', 'Emperor', 'Empress', 'Emir', 'Amir', 'Sultan', 'CEO', 'Founder', 'Delegate', 'Representative', 'Lawmaker', 'MP',
  'Judge', 'Attorney General', 'Attorney-General', 'Treasurer', 'Coordinator', 'Counsellor', 'Counselor', 'Attaché',
  'Attache', 'Chargé', 'Prosecutor', 'Principal', 'Rector', 'Dean', 'Captain', 'Coach', 'Manager', 'Officer',
  'Executive', 'Aide', 'Superintendent', 'Inspector', 'Auditor', 'Registrar', 'Administrator', 'Vice-Chancellor',
  'Crown Prince', 'Deputy', 'Investor', 'Nominee', 'Secretary General', 'Director General', 'Solicitor General',
  'Inspector General', 'Governor General', 'Governor-General', 'Consul General', 'Surgeon General', 'Auditor General',
  'Chief Executive', 'Chief Executive Officer', 'Editor', 'Correspondent', 'Legislator',
]);

/** Heads of a company's offices: any capitalised name written before them is the company ("Nordic Rail Chief Executive"). */
export const CORPORATE_HEADS = new Set(['chief executive', 'chief executive officer', 'executive', 'ceo', 'chairman', 'chairwoman', 'chairperson', 'founder']);

/** Heads that also form a title in lower case ("the chairman of …", "chief of staff"). */
export const LOWERCASE_HEADS = new Set([
  'president', 'vice-president', 'premier', 'chancellor', 'minister', 'secretary', 'secretary-general', 'ambassador',
  'envoy', 'spokesperson', 'spokesman', 'spokeswoman', 'chairman', 'chairwoman', 'chairperson', 'governor',
  'commander', 'chief', 'director', 'director-general', 'head', 'leader', 'adviser', 'advisor', 'speaker', 'senator',
  'mayor', 'consul', 'commissioner', 'ceo', 'founder', 'representative', 'lawmaker', 'judge', 'treasurer',
  'coordinator', 'counsellor', 'counselor', 'prosecutor', 'investor', 'nominee', 'editor', 'aide', 'legislator',
  'executive',
]);

/** Words that can stand before a head inside the title ("Deputy Prime Minister", "Foreign Relations Secretary"). */
export const OFFICE_MODIFIERS = new Set([
  'Deputy', 'Vice', 'Assistant', 'Associate', 'Special', 'Senior', 'Chief', 'Acting', 'Interim', 'Executive',
  'Managing', 'National', 'Supreme', 'First', 'Second', 'Principal', 'Permanent', 'Prime', 'Foreign', 'Defence',
  'Defense', 'Interior', 'Finance', 'Home', 'Planning', 'Trade', 'Commerce', 'Economy', 'Economic', 'Education',
  'Health', 'Justice', 'Information', 'Energy', 'Petroleum', 'Oil', 'Agriculture', 'Industry', 'Labour', 'Labor',
  'Transport', 'Culture', 'Tourism', 'Environment', 'Security', 'Union', 'Federal', 'State', 'Provincial',
  'Presidential', 'Relations', 'Affairs', 'External', 'Military', 'Army', 'Navy', 'Naval', 'Air', 'Force',
  'Intelligence', 'Water', 'Power', 'Railways', 'Communications', 'Media', 'Press', 'Cabinet', 'General', 'Crown',
  'Sports', 'Youth', 'Women', 'Science', 'Technology', 'Housing', 'Works', 'Public', 'Legal', 'Political',
  'Strategic', 'Regional', 'Global', 'Private', 'Independent', 'Non-Executive', 'Vice-', 'Foreign-Policy', 'Treasury',
  'Infrastructure', 'Digital', 'Climate', 'Fisheries', 'Mining', 'Mines', 'Employment', 'Welfare', 'Immigration',
  'Veterans', 'Family', 'Social', 'Development', 'Investment', 'Aviation', 'Maritime', 'Telecommunications', 'Lands',
  'Forestry', 'Rural', 'Urban', 'Heritage', 'Religious', 'Minorities', 'Disaster', 'Emergency', 'Budget', 'Revenue',
  'Customs', 'Railway', 'Shipping', 'Ports', 'Highways', 'Roads', 'Irrigation', 'Livestock', 'Food', 'Consumer',
]);

/** The same in lower case, for lower-case titles ("presidential envoy", "national security adviser"). */
export const LOWERCASE_MODIFIERS = new Set([
  'deputy', 'vice', 'assistant', 'associate', 'special', 'senior', 'chief', 'acting', 'interim', 'executive',
  'managing', 'national', 'security', 'presidential', 'foreign', 'defence', 'defense', 'military', 'army', 'navy',
  'private', 'personal', 'press', 'political', 'economic', 'general', 'independent', 'legal', 'media', 'party',
]);

/** Prepositions that open a title's complement ("Minister of …", "Envoy for …", "Ambassador to …", "Adviser on …"). */
export const COMPLEMENT_PREPOSITIONS = new Set(['of', 'for', 'to', 'on']);

/** Heads whose "to <country>" names the host country, not their own ("Ambassador to Nigeria"). */
export const HOST_HEADS = /\b(ambassador|envoy|high commissioner|consul|delegate|representative|attach[ée])\b/i;

/** Adjectives before a title that belong to neither title nor name ("Outgoing Tunisian Ambassador"). */
export const TITLE_SKIP_ADJECTIVES = new Set([
  'Outgoing', 'outgoing', 'Incoming', 'incoming', 'Former', 'former', 'Then', 'then', 'Newly', 'newly', 'New',
  'Late', 'late', 'Current', 'current', 'Visiting', 'visiting', 'Top', 'top', 'Veteran', 'veteran', 'Serving',
]);
