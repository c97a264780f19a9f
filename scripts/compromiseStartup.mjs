// An esbuild plugin that takes compromise's start-up work out of the bundle's
// load time, without changing what compromise computes.
//
// When compromise/two is first imported, its pre-tagger model module unpacks
// the compressed lexicon and then grows it (every verb conjugated, every
// noun pluralised, every adjective compared): about 65 ms of a cold start on
// this machine, the same result every time. This plugin runs that module once
// at build time, in node, and puts its result into the bundle as data:
//   - preTagger/model/index.js gets the finished lexicon, switches, multi-word
//     cache and uncountable nouns from a generated module instead of unpacking
//     and expanding them;
//   - API/extend.js merges plugin models with plain assignment instead of
//     `Object.assign(model, { [key]: value })`, which builds a one-key object
//     per lexicon word (the same [[Set]], ~15 ms less).
// Every replaced line must be found exactly once, so a compromise upgrade that
// moves them fails the build with a message instead of bundling something
// else. test/unit/core/compromiseModel.test.ts checks that the model and the
// tags equal stock compromise's.
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';

const require = createRequire(import.meta.url);
const MODEL = /[\\/]compromise[\\/]src[\\/]2-two[\\/]preTagger[\\/]model[\\/]index\.js$/;
const EXTEND = /[\\/]compromise[\\/]src[\\/]API[\\/]extend\.js$/;
const DATA = 'news-lens:compromise-lexicon';

/** Replaces each `[from, to]` in `source`; every `from` must occur exactly once. */
function patch(source, file, pairs) {
  for (const [from, to] of pairs) {
    const count = source.split(from).length - 1;
    if (count !== 1) throw new Error(`compromiseStartup: expected "${from}" once in ${file}, found ${count}: compromise changed, update scripts/compromiseStartup.mjs`);
    source = source.replace(from, () => to);
  }
  return source;
}

/** Evaluates compromise's own pre-tagger model module in node and returns its model. */
async function computeModel(modelPath) {
  const built = await esbuild.build({ entryPoints: [modelPath], bundle: true, write: false, format: 'cjs', platform: 'node', logLevel: 'silent' });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', built.outputFiles[0].text)(module, module.exports, require);
  return module.exports.default;
}

// numbers as single printable ASCII characters from '#' on, skipping the backslash
const BASE = 90;
const digit = (n) => String.fromCharCode(n + 35 >= 92 ? n + 36 : n + 35);

/**
 * A word-keyed object as source text that rebuilds it: the keys sorted and
 * front-coded (each key is one character for the length of the prefix it
 * shares with the key before, then the rest; newline-separated), and each
 * value as an index into a table of the distinct values. Key order is not
 * kept: nothing in compromise iterates these tables, it only looks words up.
 */
function encode(object) {
  const keys = Object.keys(object).sort();
  const bad = keys.find((k) => k.includes('\n'));
  if (bad !== undefined) throw new Error(`compromiseStartup: a lexicon key holds a newline: ${JSON.stringify(bad)}`);
  const table = [];
  const index = new Map();
  const ids = keys.map((k) => {
    const id = JSON.stringify(object[k]);
    if (!index.has(id)) index.set(id, table.push(object[k]) - 1);
    return index.get(id);
  });
  const width = Math.max(1, Math.ceil(Math.log(table.length) / Math.log(BASE)));
  const codes = ids.map((id) => {
    let s = '';
    for (let i = 0; i < width; i++, id = Math.floor(id / BASE)) s = digit(id % BASE) + s;
    return s;
  });
  let previous = '';
  const coded = keys.map((k) => {
    let shared = 0;
    while (shared < BASE - 1 && shared < k.length && k[shared] === previous[shared]) shared++;
    previous = k;
    return digit(shared) + k.slice(shared);
  });
  return `decode(${JSON.stringify(coded.join('\n'))}, ${JSON.stringify(codes.join(''))}, ${width}, ${JSON.stringify(table)})`;
}

const DECODE = `
const undigit = (c) => (c > 92 ? c - 36 : c - 35);
function decode(coded, codes, width, table) {
  const out = {};
  const list = coded.split('\\n');
  let key = '';
  for (let i = 0; i < list.length; i++) {
    const entry = list[i];
    key = key.slice(0, undigit(entry.charCodeAt(0))) + entry.slice(1);
    let id = 0;
    for (let j = 0; j < width; j++) id = id * ${BASE} + undigit(codes.charCodeAt(i * width + j));
    const value = table[id];
    out[key] = Array.isArray(value) ? value.slice() : value;
  }
  return out;
}`;

/** The generated module: what compromise's model module would have computed. */
async function dataModule(modelPath) {
  const model = await computeModel(modelPath);
  return [
    '// generated at build time by scripts/compromiseStartup.mjs from compromise\'s own model module',
    DECODE,
    `export const lexicon = ${encode(model.one.lexicon)};`,
    `export const switches = ${encode(model.two.switches)};`,
    `export const multiCache = ${encode(model.one._multiCache)};`,
    `export const uncountable = ${encode(model.two.uncountable)};`,
  ].join('\n');
}

export function compromiseStartup() {
  let data; // one computation per build process, shared by every bundle
  return {
    name: 'compromise-startup',
    setup(build) {
      build.onResolve({ filter: new RegExp(`^${DATA}$`) }, (args) => ({ path: args.importer, namespace: DATA }));
      build.onLoad({ filter: /.*/, namespace: DATA }, async (args) => {
        data ??= dataModule(args.path);
        return { contents: await data, loader: 'js' };
      });
      build.onLoad({ filter: MODEL }, (args) => ({
        contents: patch(readFileSync(args.path, 'utf8'), args.path, [
          ["import { lexicon, switches, frozenLex } from './lexicon/index.js'", `import frozenLex from './lexicon/frozenLex.js'\nimport { lexicon, switches, multiCache, uncountable } from '${DATA}'`],
          ["import expandLexicon from './_expand/index.js'", ''],
          ['_multiCache: {},', '_multiCache: multiCache,'],
          ['uncountable: {},', 'uncountable,'],
          ['model = expandLexicon(model)', ''],
        ]),
        resolveDir: dirname(args.path),
        loader: 'js',
      }));
      build.onLoad({ filter: EXTEND }, (args) => ({
        contents: patch(readFileSync(args.path, 'utf8'), args.path, [['Object.assign(model, { [key]: plugin[key] })', 'model[key] = plugin[key]']]),
        resolveDir: dirname(args.path),
        loader: 'js',
      }));
    },
  };
}

