/**
 * Every id News Lens shares with package.json, in one place. A unit test
 * (test/unit/ids.test.ts) checks that each `newsLens.*` id written in src/ is
 * declared in package.json and that each one declared there is used here.
 */

/** The language of seed files; also the key of the `[news-seed]` settings block. */
export const LANGUAGE_ID = 'news-seed';

export const Commands = {
  annotateFile: 'newsLens.annotateFile',
  revealSpan: 'newsLens.revealSpan',
  nextQuote: 'newsLens.nextQuote',
  previousQuote: 'newsLens.previousQuote',
  refreshPanel: 'newsLens.refreshPanel',
} as const;

export const Views = {
  /** View container ids may not contain dots, so the container alone has no prefix dot. */
  container: 'newsLens',
  whoMetWhom: 'newsLens.whoMetWhom',
  whoSaidWhat: 'newsLens.whoSaidWhat',
} as const;

export const Settings = {
  highlightPeople: 'newsLens.highlight.people',
  highlightRanks: 'newsLens.highlight.ranks',
  highlightOrganizations: 'newsLens.highlight.organizations',
  highlightQuotes: 'newsLens.highlight.quotes',
  workerThresholdKB: 'newsLens.analysis.workerThresholdKB',
  maxFileMB: 'newsLens.analysis.maxFileMB',
} as const;

/** The status-bar item's id: VS Code takes it at run time, package.json cannot declare it. */
export const STATUS_ITEM_ID = 'newsLens.analysisStatus';

/** Ids above that package.json has no place for (the ids test skips exactly these). */
export const RUNTIME_ONLY_IDS: readonly string[] = [STATUS_ITEM_ID];

/** Semantic token types, in legend order (the index is what VS Code receives). */
export const TOKEN_TYPES = ['person', 'organization', 'rank', 'quote'] as const;
export type TokenType = (typeof TOKEN_TYPES)[number];

/** Semantic token modifiers, in legend order (bit i of the modifier set). */
export const TOKEN_MODIFIERS = ['firstMention', 'speaker'] as const;
export type TokenModifier = (typeof TOKEN_MODIFIERS)[number];

/** How long the panel waits after the last edit before it re-reads the analysis. */
export const PANEL_DEBOUNCE_MS = 300;
