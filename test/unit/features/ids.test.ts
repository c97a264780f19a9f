// Every `newsLens.*` id written in src/ must be declared in package.json, and
// every id package.json declares must be used in src/ — so a renamed command
// or setting cannot silently stop working.
import * as assert from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { RUNTIME_ONLY_IDS } from '../../../src/constants';
import { repoRoot } from './root';

const root = repoRoot();
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

function usedInSource(): Set<string> {
  const ids = new Set<string>();
  for (const file of sources(join(root, 'src'))) {
    for (const m of readFileSync(file, 'utf8').matchAll(/['"`](newsLens\.[A-Za-z0-9.]+)['"`]/g)) ids.add(m[1]);
  }
  return ids;
}

function declared(): Map<string, string> {
  const c = pkg.contributes;
  const ids = new Map<string, string>();
  for (const cmd of c.commands) ids.set(cmd.command, 'command');
  for (const key of Object.keys(c.configuration.properties)) ids.set(key, 'setting');
  for (const views of Object.values(c.views) as { id: string }[][]) for (const v of views) ids.set(v.id, 'view');
  return ids;
}

describe('ids shared with package.json', () => {
  it('every newsLens id used in src/ is declared', () => {
    const missing = [...usedInSource()].filter((id) => !declared().has(id) && !RUNTIME_ONLY_IDS.includes(id));
    assert.deepStrictEqual(missing, []);
  });

  it('every declared id is used in src/', () => {
    const used = usedInSource();
    const unused = [...declared().keys()].filter((id) => !used.has(id));
    assert.deepStrictEqual(unused, []);
  });

  it('every declared id has the one prefix; commands have a category, settings a scope and a description', () => {
    for (const id of declared().keys()) assert.match(id, /^newsLens\.[a-z][A-Za-z]*(\.[a-z][A-Za-z]*)?$/);
    for (const cmd of pkg.contributes.commands) assert.strictEqual(cmd.category, 'News Lens', cmd.command);
    for (const [key, s] of Object.entries(pkg.contributes.configuration.properties) as [string, { scope?: string; description?: string }][]) {
      assert.ok(s.scope, `${key} has no scope`);
      assert.ok(s.description && s.description.length > 10, `${key} has no description`);
    }
  });

  it('menus, keybindings and the view container refer only to declared things', () => {
    const c = pkg.contributes;
    const commands = new Set(c.commands.map((x: { command: string }) => x.command));
    for (const items of Object.values(c.menus) as { command: string }[][]) for (const m of items) assert.ok(commands.has(m.command), m.command);
    for (const k of c.keybindings) assert.ok(commands.has(k.command), k.command);
    for (const container of Object.keys(c.views)) {
      assert.ok(c.viewsContainers.activitybar.some((v: { id: string }) => v.id === container), container);
    }
  });

  it('custom semantic token types have a superType and scope fallbacks; activation stays narrow', () => {
    const c = pkg.contributes;
    const scopes = c.semanticTokenScopes[0].scopes;
    for (const t of c.semanticTokenTypes) {
      assert.ok(t.superType, `${t.id} has no superType`);
      assert.ok(scopes[t.id]?.length, `${t.id} has no scope fallback`);
    }
    assert.strictEqual(c.configurationDefaults['[news-seed]']['editor.semanticHighlighting.enabled'], true);
    assert.ok(!pkg.activationEvents.includes('*'));
    assert.deepStrictEqual(pkg.activationEvents, ['onLanguage:plaintext']);
  });
});
