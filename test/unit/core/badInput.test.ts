import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { createAnalyzer } from '../../../src/core/analyzer';
import { assertSpansExact, entityNamed } from './helpers';

describe('bad input never breaks the analysis', () => {
  const cases: [string, string][] = [
    ['empty', ''],
    ['white space only', '   \n\t  \n'],
    ['no header', 'President Lina Haddad met Minister Omar Said.'],
    ['malformed date', ' date 2024-99-99 President Lina Haddad spoke.'],
    ['CRLF line ends', ' date 2024-05-01 President Lina Haddad spoke.\r\n\r\n"We are here to stay," Haddad said.\r\n'],
    ['NUL and binary bytes', ' date 2024-05-01 \u0000\u0001\u0002President \u0000Lina Haddad\u0007 met \uFFFD\uFFFE.'],
    ['unbalanced quotes', " date 2024-05-01 ''He said \" and “ then ‘ and '' again \" « "],
    ['lone surrogates', ' date 2024-05-01 \uD800 President Lina \uDC00Haddad \uD83D spoke.'],
    ['right-to-left scripts', ' date 2024-05-01 قال الرئيس President Lina Haddad שלום met Minister Omar Said.'],
    ['only punctuation', ' date 2024-05-01 ... ,,, !!! ??? ---'],
    ['capitalised run', ' date 2024-05-01 ' + 'Alpha Beta Gamma Delta '.repeat(500)],
  ];
  for (const [label, text] of cases) {
    it(label, () => {
      const a = analyze(text);
      assertSpansExact(text, a);
      for (const s of a.sentences) assert.ok(s.start >= 0 && s.end <= text.length);
    });
  }

  it('notes NUL bytes and a missing header', () => {
    const notes = analyze('President Lina\u0000 Haddad spoke.').notes.join(' ');
    assert.match(notes, /No seed header/);
    assert.match(notes, /NUL bytes/);
    assert.deepEqual(analyze(' date 2024-05-01 President Lina Haddad spoke.').notes, []);
  });

  it('says why an empty article has no analysis', () => {
    const a = analyze('');
    assert.equal(a.header.date, null);
    assert.ok(a.notes.length > 0);
  });

  it('keeps spans exact after emoji and astral characters', () => {
    const text = ' date 2024-05-01 😀𝒜🇵🇰 President Lina Haddad 👍 met Minister Omar Said.';
    const a = analyze(text);
    assertSpansExact(text, a);
    const e = entityNamed(a, 'Lina Haddad');
    assert.equal(text.slice(e.mentions[0].start, e.mentions[0].end), 'Lina Haddad');
  });

  it('analyses a 1 MB single line', function () {
    this.timeout(120_000);
    const sentence = 'President Lina Haddad met Minister Omar Said in Accra and "talks were good," Haddad said. ';
    const text = ' date 2024-05-01 ' + sentence.repeat(Math.ceil(1_000_000 / sentence.length));
    const a = analyze(text);
    assert.ok(a.entities.length >= 2);
    assert.ok(a.quotes.length > 1000);
  });

  it('the incremental analyzer agrees with a fresh analysis after an edit', () => {
    const analyzer = createAnalyzer();
    const before = ' date 2024-05-01 President Lina Haddad met Minister Omar Said. "We agree," Haddad said.';
    analyzer.analyze(before);
    const after = before.replace('Omar Said', 'Omar Saeed');
    assert.deepEqual(analyzer.analyze(after), analyze(after));
    assert.ok(analyzer.cached.sentences > 0 && analyzer.cached.segments === 1);
  });
});
