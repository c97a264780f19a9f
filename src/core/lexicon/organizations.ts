/**
 * Organisation cue words. A capitalised name that ends in a head word is an
 * organisation ("Turkish Armed Forces", "Kestrel Group"); one that starts with a
 * lead word and "of" is too ("Ministry of Foreign Affairs").
 */
export const ORG_HEADS = new Set([
  'Ministry', 'Forces', 'Force', 'Army', 'Navy', 'Guard', 'Guards', 'Corps', 'Command', 'Staff', 'Relations',
  'Party', 'Agency', 'Council', 'Bank', 'Corporation', 'Corp', 'Corp.', 'Company', 'Co', 'Co.', 'Inc', 'Inc.', 'Ltd',
  'Ltd.', 'Limited', 'LLC', 'PLC', 'Group', 'Holdings', 'Industries', 'Authority', 'Organisation', 'Organization',
  'Association', 'Federation', 'Union', 'Commission', 'Committee', 'Congress', 'Parliament', 'Assembly', 'Senate',
  'Court', 'Tribunal', 'Office', 'Department', 'Directorate', 'Bureau', 'Service', 'Services', 'Institute',
  'Institution', 'University', 'College', 'Academy', 'Foundation', 'Fund', 'Trust', 'Society', 'Alliance',
  'Coalition', 'Front', 'Movement', 'League', 'Network', 'Media', 'News', 'Times', 'Post', 'Herald', 'Tribune',
  'Journal', 'Gazette', 'Press', 'Television', 'TV', 'Radio', 'Broadcasting', 'Airlines', 'Airways', 'Aerospace',
  'Motors', 'Energy', 'Power', 'Petroleum', 'Oil', 'Gas', 'Telecom', 'Properties', 'Hotel', 'Hotels', 'Bank',
  'Exchange', 'Secretariat', 'Cabinet', 'Government', 'Administration', 'Presidency', 'Police', 'Samithi', 'Samiti',
  'Brigade', 'Brigades', 'Battalion', 'Regiment', 'Division', 'Militia', 'Taliban', 'Hamas', 'Hezbollah',
  'Systems', 'Technologies', 'Technology', 'Solutions', 'Partners', 'Capital', 'Investments', 'Enterprises',
  'Mission', 'Embassy', 'Consulate', 'Board', 'Chamber', 'Centre', 'Center', 'Program', 'Programme', 'Agencies',
  'Conference', 'Headquarters', 'HQ', 'Community', 'International',
]);

/** Lead words that make "Lead of X" an organisation. */
export const ORG_LEADS = new Set([
  'Ministry', 'Government', 'Department', 'Directorate', 'Office', 'Bank', 'University', 'Council', 'Committee',
  'Commission', 'Bureau', 'Institute', 'Embassy', 'Consulate', 'Court', 'Parliament', 'Organisation', 'Organization',
  'Federation', 'Union', 'League', 'Standing', 'Board', 'Chamber', 'Academy', 'House', 'Provisional', 'Supreme',
  'Central', 'National', 'Federal', 'General', 'Joint', 'Community',
]);

/** Cue words that make a lower-case or adjectival context name an organisation ("the Solvena news site"). */
export const ORG_APPOSITION_NOUNS = new Set([
  'agency', 'newspaper', 'daily', 'site', 'website', 'broadcaster', 'channel', 'network', 'group', 'company',
  'firm', 'party', 'outlet', 'magazine', 'portal', 'militia', 'movement', 'organisation', 'organization', 'bank',
  'carrier', 'airline', 'manufacturer', 'maker', 'conglomerate', 'startup', 'platform', 'utility', 'operator',
  'lender', 'insurer', 'miner', 'producer', 'supplier', 'exporter', 'retailer', 'developer', 'contractor', 'giant',
  'regulator', 'watchdog', 'think-tank', 'charity', 'union', 'club', 'team', 'university', 'broadcaster',
]);

/** Words that make an organisation part of the state: its people are affiliated to the country. */
export const STATE_BODIES = new Set([
  'Ministry', 'Forces', 'Force', 'Army', 'Navy', 'Government', 'Cabinet', 'Presidency', 'Guard', 'Corps', 'Command',
  'Staff', 'Police', 'Embassy', 'Directorate', 'Department', 'Administration', 'Parliament', 'Senate', 'National',
  'Federal',
]);

/** Plural nouns for members: the capitalised word before them names their organisation ("Kestrel militants"). */
export const ORG_MEMBER_NOUNS = new Set([
  'militants', 'rebels', 'fighters', 'insurgents', 'loyalists', 'militiamen', 'gunmen', 'lawmakers', 'legislators',
  'supporters', 'members', 'activists', 'executives', 'employees', 'officials', 'troops', 'soldiers',
]);

/**
 * Names that are not organisations even though they end in a head word:
 * events and forums (the corpus convention), which read like organisations.
 */
export const EVENT_HEADS = new Set([
  'Summit', 'Dialogue', 'Forum', 'Show', 'Expo', 'Exhibition', 'Games', 'Cup', 'Festival', 'Week', 'Day', 'Olympics',
  'Championship', 'Initiative', 'Strategy', 'Agreement', 'Accord', 'Treaty', 'Declaration', 'Plan', 'Partnership',
  'Pandemic', 'War', 'Crisis', 'Talks', 'Session', 'Meeting', 'Peninsula', 'Strait', 'Sea', 'Ocean', 'Gulf',
]);

/** Upper-case words that are not organisation acronyms. */
export const NON_ORG_ACRONYMS = new Set([
  'US', 'UK', 'USA', 'UAE', 'EU', 'PRC', 'DPRK', 'ROK', 'DRC', 'KSA', 'COVID', 'AM', 'PM', 'GMT', 'UTC', 'CEO', 'MP',
  'TV', 'I', 'II', 'III', 'IV', 'V', 'OK', 'GDP', 'HIV', 'AIDS', 'SARS', 'ID', 'IT', 'AI', 'FM', 'AD', 'BC', 'A', 'HE',
  'HH', 'US$', 'KM', 'KG', 'MW', 'GW', 'PhD', 'DC',
]);
