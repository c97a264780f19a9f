import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { assertSpansExact, BODY } from './helpers';

describe('quotes and their speakers', () => {
  // [sentence, quote texts, speaker names (null: none)]
  const cases: [string, string[], (string | null)[]][] = [
    ['Foreign Minister Lina Haddad arrived. "We want calm and order," Haddad said.', ['We want calm and order,'], ['Lina Haddad']],
    ["The Defence Ministry of Ruritania (DMR) spoke. ''Talks were productive and long,'' it said.", ['Talks were productive and long,'], ['Defence Ministry of Ruritania']],
    ['President Omar Bashir spoke. “We will rebuild the roads,” said Bashir.', ['We will rebuild the roads,'], ['Omar Bashir']],
    ['Prime Minister Sara Lind met them. ‘This is a good day for us,’ she said.', ['This is a good day for us,'], ['Sara Lind']],
    ['Minister Aidan Roe said, "We are ready to help now."', ['We are ready to help now.'], ['Aidan Roe']],
    ['Minister Aidan Roe spoke. "First part of it. "Second paragraph goes on," Roe added.', ['First part of it.', 'Second paragraph goes on,'], ['Aidan Roe', 'Aidan Roe']],
    ['The talks were held in a "friendly tone" on Monday.', ['friendly tone'], [null]],
    ['He backed the ‘Clean Seas’ campaign.', [], []],
    ['It was called "historic" by many.', [], []],
    ["The country's army and the soldiers' families waited.", [], []],
    ['Minister Aidan Roe arrived. ‘‘We are partners for good,’’ Roe said.', ['We are partners for good,'], ['Aidan Roe']],
    ['Ambassador Ali Khan met officials, and the statement later read: "Talks will go on."', ['Talks will go on.'], [null]],
    ['The Red Cross Committee (RCC) met. According to the RCC, "the talks went well today."', ['the talks went well today.'], ['Red Cross Committee']],
    ['Minister Aidan Roe told the World Health Assembly: "We must act now."', ['We must act now.'], ['Aidan Roe']],
    ['"We are partners," Minister Aidan Roe said. Leader Bo Lind criticised the plan, saying: "It will fail soon."', ['We are partners,', 'It will fail soon.'], ['Aidan Roe', 'Bo Lind']],
    ['An unclosed "quotation runs on to the end', ['quotation runs on to the end'], [null]],
    ['Minister Aidan Roe called it "a sign of real support." Secretary Bo Lind said more aid would come.', ['a sign of real support.'], ['Aidan Roe']],
    ['Minister Aidan Roe spoke. "One part, here," Roe said at the U.S. embassy. "The next part goes on."', ['One part, here,', 'The next part goes on.'], ['Aidan Roe', 'Aidan Roe']],
    ['It was criticised by spokeswoman Bo Lind, who said: "The plan has no basis."', ['The plan has no basis.'], ['Bo Lind']],
    ['Minister Aidan Roe met Envoy Bo Lind, who urged both sides to "keep talking in good faith".', ['keep talking in good faith'], ['Bo Lind']],
  ];
  for (const [sentence, texts, speakers] of cases) {
    it(JSON.stringify(sentence.slice(0, 50)), () => {
      const text = BODY + sentence;
      const a = analyze(text);
      assertSpansExact(text, a);
      assert.deepEqual(a.quotes.map((q) => q.text), texts);
      const names = a.quotes.map((q) => (q.speakerId ? a.entities.find((e) => e.id === q.speakerId)?.name ?? '?' : null));
      assert.deepEqual(names, speakers);
      for (const q of a.quotes) if (q.cue) assert.ok(text.slice(q.cue.start, q.cue.end).length > 0);
    });
  }
});
