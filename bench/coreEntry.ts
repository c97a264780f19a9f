// The analysis core alone, bundled the way the extension bundles it: the
// cold-start probe requires this file in a fresh process.
export { analyze } from '../src/core/analyze';
export { createAnalyzer } from '../src/core/analyzer';
export { SpanIndex } from '../src/core/lookup';
