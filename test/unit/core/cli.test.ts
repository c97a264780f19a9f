import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { main } from '../../../src/cli';

function sink(): Writable & { text: string } {
  const w = new Writable({ write(chunk, _enc, done) { w.text += String(chunk); done(); } }) as Writable & { text: string };
  w.text = '';
  return w;
}

describe('news-lens CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'news-lens-cli-'));
  const file = join(dir, '901_0000000000000001.txt');
  writeFileSync(file, ' date 2024-05-01 Foreign Minister Lina Haddad met Defence Minister Omar Said. "We agree on much," Haddad said.\n\n');

  it('prints the JSON of one file', () => {
    const out = sink();
    assert.equal(main(['analyze', file], out as never, sink() as never), 0);
    const json = JSON.parse(out.text);
    assert.deepEqual(json.people.map((p: { name: string }) => p.name), ['Lina Haddad', 'Omar Said']);
    assert.deepEqual(json.meetings.map((m: { a: string; b: string }) => [m.a, m.b]), [['Lina Haddad', 'Omar Said']]);
    assert.equal(json.quotes[0].speaker, 'Lina Haddad');
  });

  it('writes DIR/<base>.json with --out and goes on past a missing file', () => {
    const out = join(dir, 'out');
    const err = sink();
    assert.equal(main(['analyze', '--out', out, join(dir, 'missing.txt'), file], sink() as never, err as never), 1);
    assert.match(err.text, /cannot read .*missing\.txt: ENOENT/);
    assert.equal(err.text.trim().split('\n').length, 1);
    assert.ok(JSON.parse(readFileSync(join(out, '901_0000000000000001.json'), 'utf8')).people.length === 2);
  });

  const usage: string[][] = [[], ['analyse', file], ['analyze'], ['analyze', '--out'], ['analyze', file, file], ['analyze', '--bogus', file]];
  for (const argv of usage) {
    it(`exit 2 for ${JSON.stringify(argv)}`, () => {
      const err = sink();
      assert.equal(main(argv, sink() as never, err as never), 2);
      assert.match(err.text, /usage: news-lens analyze/);
    });
  }
});
