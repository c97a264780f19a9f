import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { BODY } from './helpers';

describe('meetings', () => {
  // [sentence, expected pairs as "A <> B" in text order]
  const cases: [string, string[]][] = [
    ['Foreign Minister Anna Berg met Defence Minister Omar Said on Monday.', ['Anna Berg <> Omar Said']],
    ['General Karl Otto on Friday met with Admiral Piet Smit in Accra.', ['Karl Otto <> Piet Smit']],
    ['Minister Anna Berg received in audience the Ambassador of Peru, Luis Paredes.', ['Anna Berg <> Luis Paredes']],
    ['Minister Anna Berg called on President Ivo Kral.', ['Anna Berg <> Ivo Kral']],
    ['Minister Anna Berg called on President Ivo Kral to resign.', []],
    ['Minister Anna Berg and President Ivo Kral held talks in Oslo.', ['Anna Berg <> Ivo Kral']],
    ['Minister Anna Berg will meet President Ivo Kral next week.', []],
    ['Minister Anna Berg plans to meet President Ivo Kral.', []],
    ['The talks between Minister Anna Berg and President Ivo Kral lasted an hour.', ['Anna Berg <> Ivo Kral']],
    ['Minister Anna Berg held a bilateral meeting with President Ivo Kral and Admiral Piet Smit.', ['Anna Berg <> Ivo Kral', 'Anna Berg <> Piet Smit']],
    ['Minister Anna Berg praised President Ivo Kral.', []],
    ['Minister Anna Berg held talks via video link with President Ivo Kral.', ['Anna Berg <> Ivo Kral']],
    ['Minister Anna Berg flew to Oslo on Monday, meeting President Ivo Kral.', ['Anna Berg <> Ivo Kral']],
    ['Separately, Minister Anna Berg met President Ivo Kral.', ['Anna Berg <> Ivo Kral']],
    ['Minister Anna Berg paid a courtesy call on President Ivo Kral.', ['Anna Berg <> Ivo Kral']],
    ['Minister Anna Berg is due to meet President Ivo Kral.', []],
    ['Minister Anna Berg and President Ivo Kral met for three hours on Monday.', ['Anna Berg <> Ivo Kral']],
    ['Minister Anna Berg later met Swedish central bank governor Ivo Kral.', ['Anna Berg <> Ivo Kral']],
    ['Minister Anna Berg told the World Health Assembly that more aid would come.', []],
    ['Minister Anna Berg arrived in Oslo on Monday and met President Ivo Kral.', ['Anna Berg <> Ivo Kral']],
    ['Minister Anna Berg had planned to meet President Ivo Kral, but the talks were cancelled.', []],
    ['Swedish Minister Anna Berg spoke. The Swedish minister later spoke with President Ivo Kral by phone.', ['Anna Berg <> Ivo Kral']],
    ['Minister Anna Berg told a news conference that President Ivo Kral would travel.', []],
    ['President Ivo Kral welcomed it and spoke by phone with Minister Anna Berg on Tuesday, his spokesman, Omar Said, said.', ['Ivo Kral <> Anna Berg']],
    ['During a phone call with President Ivo Kral on Monday, Minister Anna Berg urged calm.', ['Anna Berg <> Ivo Kral']],
    ['Minister Anna Berg and President Ivo Kral agreed on Monday to cut tariffs. At their summit in Oslo, the two leaders also signed a pact.', ['Anna Berg <> Ivo Kral']],
    ['Minister Anna Berg and President Ivo Kral agreed to cut tariffs. Admiral Piet Smit said at their summit that the navy was ready.', []],
    ['Senator Anna Berg of the Kestrel Party (KP) called on Chairman Senate Ivo Kral in Oslo.', ['Anna Berg <> Ivo Kral']],
    ['President Ivo Kral received on Monday a phone call from Minister Anna Berg, his office said.', ['Ivo Kral <> Anna Berg']],
    ['Minister Anna Berg welcomed the decision of President Ivo Kral.', []],
    ['Minister Anna Berg told President Ivo Kral that talks must go on.', ['Anna Berg <> Ivo Kral']],
    ['Minister Anna Berg met with President Ivo Kral Wednesday.', ['Anna Berg <> Ivo Kral']],
    ['Minister Anna Berg spoke during a joint press conference in Oslo with President Ivo Kral.', ['Anna Berg <> Ivo Kral']],
  ];
  for (const [sentence, pairs] of cases) {
    it(sentence, () => {
      const text = BODY + sentence;
      const a = analyze(text);
      const name = (id: string) => a.entities.find((e) => e.id === id)?.name;
      assert.deepEqual(a.meetings.map((m) => `${name(m.a)} <> ${name(m.b)}`), pairs);
      for (const m of a.meetings) assert.equal(text.slice(m.verbSpan.start, m.verbSpan.end), m.verb);
    });
  }
});
