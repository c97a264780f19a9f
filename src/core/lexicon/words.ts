/** Small words of English that the name and phrase rules need to know. */

/** Words that join the parts of names and phrases. */
export const FUNCTION_WORDS = new Set(['of', 'the', 'for', 'to', 'and', 'in', 'on', 'with', 'at', 'by', 'from', "'s", '’s', '&']);

/** Particles inside personal names ("bin", "de", "da", "Al"), as written. */
export const NAME_PARTICLES = new Set([
  'bin', 'bint', 'ibn', 'de', 'da', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'le', 'la', 'du', 'dos', 'das',
  'al', 'el', 'y', 'ben', 'abu', 'Bin', 'Al', 'El', 'Ibn', 'Abu', 'Ben', 'Van', 'Von', 'De', 'Da', 'Le', 'La',
]);

/** Capitalised words that never start or make a name: determiners, pronouns, connectives, numbers. */
export const NOT_NAME_WORDS = new Set([
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'It', 'He', 'She', 'They', 'We', 'I', 'You', 'His', 'Her',
  'Their', 'Our', 'Its', 'My', 'Your', 'During', 'Both', 'Meanwhile', 'However', 'But', 'And', 'Or', 'In', 'On',
  'At', 'For', 'With', 'From', 'By', 'To', 'Of', 'As', 'After', 'Before', 'While', 'When', 'Where', 'Why', 'How',
  'What', 'Who', 'Which', 'Neither', 'Nor', 'Any', 'Each', 'Every', 'All', 'Some', 'Many', 'Most', 'Other',
  'According', 'Asked', 'Regarding', 'Speaking', 'Also', 'Although', 'Though', 'If', 'Since', 'Until', 'Under',
  'Over', 'Amid', 'Among', 'Between', 'Despite', 'Following', 'Let', 'There', 'Here', 'Then', 'Now', 'Today',
  'Yesterday', 'Tomorrow', 'Earlier', 'Later', 'One', 'Two', 'Three', 'No', 'Not', 'Yes', 'Thanks', 'Thank',
  'Please', 'Such', 'Further', 'Again', 'Only', 'Just', 'Even', 'So', 'Yet', 'Still', 'Because', 'Unless',
  'Whether', 'Once', 'Instead', 'Indeed', 'Besides', 'Moreover', 'Furthermore', 'Nevertheless', 'Otherwise', 'Thus',
  'Hence', 'Therefore',
]);

/** Days and relative days: they end a name ("met Omar Said Wednesday"). */
export const WEEKDAYS = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday|Tomorrow|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?$/;

/** Words written with a final period that belongs to the word ("Dr.", "Gen.", "Nov."). */
export const ABBREVIATIONS = new Set([
  'Dr', 'Mr', 'Mrs', 'Ms', 'Mx', 'Lt', 'Gen', 'Col', 'Maj', 'Brig', 'Capt', 'Adm', 'Sgt', 'Cpl', 'St', 'Jr', 'Sr',
  'Prof', 'Rev', 'Hon', 'Gov', 'Sen', 'Rep', 'Cmdr', 'Cdr', 'No', 'Mme', 'Smt', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun',
  'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Corp', 'Inc', 'Ltd', 'Co', 'vs', 'etc', 'approx', 'Vol', 'Fig',
]);

/** Lower-case nouns for people that can stand right before a name ("his counterpart Luis Paredes"). */
export const PERSON_NOUNS = new Set([
  'counterpart', 'hero', 'activist', 'colleague', 'wife', 'husband', 'son', 'daughter', 'brother', 'sister',
  'lawyer', 'businessman', 'businesswoman', 'journalist', 'analyst', 'expert', 'economist', 'writer', 'author',
  'opponent', 'rival', 'successor', 'predecessor', 'deputy', 'aide', 'friend', 'candidate', 'politician',
]);

/** Words of time or sequence between a subject and its verb ("The minister later met …"), whatever compromise tags them. */
export const TIME_ADVERBS = new Set([
  'later', 'earlier', 'then', 'also', 'again', 'separately', 'subsequently', 'previously', 'recently', 'finally',
  'first', 'briefly', 'meanwhile', 'jointly', 'personally', 'reportedly',
]);

/** Nouns for an office holder in "the <demonym> <noun>" ("the Somali leader"). */
export const PERSON_HEADS = new Set([
  'leader', 'president', 'premier', 'minister', 'general', 'admiral', 'envoy', 'diplomat', 'official', 'chief',
  'king', 'prince', 'monarch', 'ruler', 'commander', 'ambassador',
]);
