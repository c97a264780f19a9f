import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { assertSpansExact, BODY, entityNamed } from './helpers';

interface Case {
  text: string;
  name: string;
  role?: string | null;
  rank?: string | null;
  affiliation?: string | null;
  mentions?: string[];
}

describe('people, titles and attributes', () => {
  const cases: Case[] = [
    { text: 'Chief of the Naval Staff Yusuf Karimov met reporters in Tashkent.', name: 'Yusuf Karimov', role: 'Chief of the Naval Staff' },
    { text: 'Kenyan Foreign Minister Amara Wanjiku arrived in Oslo. Wanjiku said talks went well.', name: 'Amara Wanjiku', role: 'Foreign Minister', affiliation: 'Kenya', mentions: ['Amara Wanjiku', 'Wanjiku'] },
    { text: 'Lt. Gen. Tomasz Nowicki toured the base on Monday.', name: 'Tomasz Nowicki', rank: 'Lieutenant General' },
    { text: 'Lt-Gen. Ahmed Sharif Chaudhry briefed reporters.', name: 'Ahmed Sharif Chaudhry', rank: 'Lieutenant General' },
    { text: 'In Geneva, Ambassador Ali Khan of Pakistan spoke.', name: 'Ali Khan', role: 'Ambassador', affiliation: 'Pakistan' },
    { text: 'Air Chief Marshal Farid Rahimi, the air force chief, spoke first.', name: 'Farid Rahimi', rank: 'Air Chief Marshal' },
    { text: 'Sheikh Hamad bin Khalifa Al Thani greeted guests. Hamad bin Khalifa smiled.', name: 'Hamad bin Khalifa Al Thani', rank: 'Sheikh', mentions: ['Hamad bin Khalifa Al Thani', 'Hamad bin Khalifa'] },
    { text: 'Mr. R. Venkataraman, Finance Minister, left Delhi.', name: 'R. Venkataraman', role: 'Finance Minister' },
    { text: 'Brazil\'s Vice President Ana Ribeiro spoke. Ribeiro later left.', name: 'Ana Ribeiro', role: 'Vice President', affiliation: 'Brazil' },
    { text: 'Minister of Energy of Ghana Kwame Boateng opened the plant.', name: 'Kwame Boateng', role: 'Minister of Energy of Ghana', affiliation: 'Ghana' },
    { text: 'Paula Grigoryan, spokeswoman for the Armenian Foreign Ministry, declined to comment.', name: 'Paula Grigoryan', role: 'spokeswoman for the Armenian Foreign Ministry', affiliation: 'Armenia' },
    { text: 'President Malik Haddad of Jordan visited Cairo.', name: 'Malik Haddad', role: 'President', affiliation: 'Jordan' },
    { text: 'Dr. Ingrid Solberg, chairwoman of Nordlys Energy, signed the deal.', name: 'Ingrid Solberg', rank: 'Dr.', affiliation: 'Nordlys Energy' },
    { text: 'Separately, the Emir of Kano, Alhaji Musa Bello, opened the hall.', name: 'Musa Bello', rank: 'Alhaji', role: 'Emir of Kano' },
    { text: 'Vietnamese Defence Minister Tran Jun held talks in Hanoi.', name: 'Tran Jun', role: 'Defence Minister', affiliation: 'Vietnam' },
    { text: 'NATO Secretary General Ilse Jansen arrived in Riga.', name: 'Ilse Jansen', role: 'NATO Secretary General', affiliation: 'NATO', rank: null },
    { text: 'Egypt’s President Omar el-Masri spoke. El-Masri left.', name: 'Omar el-Masri', role: 'President', affiliation: 'Egypt', mentions: ['Omar el-Masri', 'El-Masri'] },
    { text: 'ACCRA, May 1 - The deal was signed, spokesman Kofi Asante said.', name: 'Kofi Asante', role: 'spokesman', affiliation: null },
    { text: 'The World Health Organization’s Director-General Ana Costa met envoys.', name: 'Ana Costa', role: 'Director-General', affiliation: 'World Health Organization' },
    { text: 'Somali President Abdi Sheikh Warsame spoke. Warsame left.', name: 'Abdi Sheikh Warsame', mentions: ['Abdi Sheikh Warsame', 'Warsame'] },
    { text: 'Kestrel Freight Chief Executive Mara Lind said costs rose.', name: 'Mara Lind', role: 'Kestrel Freight Chief Executive', affiliation: 'Kestrel Freight' },
    { text: 'Fisheries Minister Tomas Aalto met trawler owners.', name: 'Tomas Aalto', role: 'Fisheries Minister', affiliation: null },
    { text: 'Foreign Relations Secretary Lena Varga flew to Oslo.', name: 'Lena Varga', role: 'Foreign Relations Secretary', affiliation: null },
    { text: 'Union leader Mara Holt, who heads the Dock Workers’ Federation, objected.', name: 'Mara Holt', role: 'leader', affiliation: 'Dock Workers’ Federation' },
    { text: 'Mara Holt, who met the Dock Workers’ Federation, objected.', name: 'Mara Holt', affiliation: null },
    { text: 'Union Minister of Water Shri Arvind Rao opened the dam.', name: 'Arvind Rao', role: 'Union Minister of Water', rank: null },
    { text: 'Dizon will call on Emperor Akihiro on Friday.', name: 'Akihiro', role: 'Emperor' },
    { text: 'Chairman Senate Yusuf Qadir opened the session.', name: 'Yusuf Qadir', role: 'Chairman Senate' },
    { text: 'Senator Farah Adan of the Kestrel Party (KP) spoke.', name: 'Farah Adan', role: 'Senator' },
    { text: 'She met the head of the Coastal Relief Committee (CRC), Mirjam Keller, in Oslo.', name: 'Mirjam Keller', role: 'head of the Coastal Relief Committee', affiliation: 'Coastal Relief Committee' },
    { text: 'Volkmar Brandt, the chief executive of Kestrel Freight, said sales rose.', name: 'Volkmar Brandt', role: 'chief executive of Kestrel Freight', affiliation: 'Kestrel Freight' },
    { text: "Lt. Gen. Oleh Pavlenko, commander of Kenya's ground forces, spoke.", name: 'Oleh Pavlenko', role: "commander of Kenya's ground forces", affiliation: 'Kenya' },
  ];
  for (const c of cases) {
    it(`${c.name} in ${JSON.stringify(c.text.slice(0, 40))}…`, () => {
      const text = BODY + c.text;
      const a = analyze(text);
      assertSpansExact(text, a);
      const e = entityNamed(a, c.name);
      assert.equal(e.kind, 'person');
      if (c.role !== undefined) assert.equal(e.role?.value ?? null, c.role);
      if (c.rank !== undefined) assert.equal(e.rank?.value ?? null, c.rank);
      if (c.affiliation !== undefined) assert.equal(e.affiliation?.value ?? null, c.affiliation);
      if (c.mentions) assert.deepEqual(e.aliases, c.mentions);
      for (const ev of [e.role, e.rank, e.affiliation]) if (ev) assert.ok(text.slice(ev.span.start, ev.span.end).length > 0);
    });
  }

  it('does not take courtesy forms into names or titles', () => {
    const text = BODY + 'Mrs. Halima Yusuf thanked Mr Okafor Eze.';
    const a = analyze(text);
    entityNamed(a, 'Halima Yusuf');
    entityNamed(a, 'Okafor Eze');
    assert.deepEqual(a.titles, []);
  });

  it('keeps the possessive out of a mention', () => {
    const text = BODY + "General Ravi Menon met staff. Menon's plan was approved.";
    const a = analyze(text);
    const e = entityNamed(a, 'Ravi Menon');
    assert.deepEqual(e.mentions.map((m) => text.slice(m.start, m.end)), ['Ravi Menon', 'Menon']);
  });

  it('links a name written with and without diacritics', () => {
    const text = BODY + 'Defence Minister Mehmet Yılmaz arrived. Yilmaz later spoke.';
    const a = analyze(text);
    assert.deepEqual(entityNamed(a, 'Mehmet Yılmaz').aliases, ['Mehmet Yılmaz', 'Yilmaz']);
  });
});

describe('organisations', () => {
  const cases: [string, string, string[]][] = [
    ['The Joint Staff Headquarters Directorate (JSHD) said on Monday. The JSHD added more.', 'Joint Staff Headquarters Directorate', ['Joint Staff Headquarters Directorate', 'JSHD']],
    ['Officials of the Ministry of Water Resources met.', 'Ministry of Water Resources', ['Ministry of Water Resources']],
    ['Engineers from Kestrel Aerospace arrived.', 'Kestrel Aerospace', ['Kestrel Aerospace']],
    ['Soldiers of the Ghanaian Armed Forces paraded.', 'Ghanaian Armed Forces', ['Ghanaian Armed Forces']],
    ["The Dairy Farmers' Federation, which has 9,000 members, objected.", "Dairy Farmers' Federation", ["Dairy Farmers' Federation"]],
    ['The Economic Community of Coastal States (ECOCS) met. ECOCS said more.', 'Economic Community of Coastal States', ['Economic Community of Coastal States', 'ECOCS']],
    ['Clearwater International called the plan flawed.', 'Clearwater International', ['Clearwater International']],
    ['The Ministry of Fisheries and Forestry said on Monday.', 'Ministry of Fisheries and Forestry', ['Ministry of Fisheries and Forestry']],
  ];
  for (const [sentence, name, aliases] of cases) {
    it(name, () => {
      const text = BODY + sentence;
      const a = analyze(text);
      assertSpansExact(text, a);
      const e = entityNamed(a, name);
      assert.equal(e.kind, 'organization');
      assert.deepEqual(e.aliases, aliases);
    });
  }
  it('reads "the State Department" and "X, the Spanish utility," as organisations', () => {
    const text = BODY + 'Officials met at the State Department. Solvena, the Spanish utility, will invest.';
    const a = analyze(text);
    assert.deepEqual(a.entities.map((e) => [e.name, e.kind]), [['State Department', 'organization'], ['Solvena', 'organization']]);
  });
  it('takes no dateline place for an organisation, and reads its country', () => {
    const text = ' date 2024-05-01 BALUA, Kenya (AP) — President Amara Wanjiku spoke.';
    const a = analyze(text);
    assert.deepEqual(a.entities.map((e) => e.name), ['Amara Wanjiku', 'AP']);
    assert.equal(entityNamed(a, 'Amara Wanjiku').affiliation?.value, 'Kenya');
  });
  it('keeps two organisations joined by "and" apart', () => {
    const a = analyze(BODY + 'The Ministry of Defence and Kestrel Group signed. The Ministry of Trade and the Ministry of Labour met.');
    assert.deepEqual(a.entities.map((e) => e.name), ['Ministry of Defence', 'Kestrel Group', 'Ministry of Trade', 'Ministry of Labour']);
  });
  it('does not take a country for an organisation', () => {
    const a = analyze(BODY + 'Kenya and Uganda signed a pact.');
    assert.deepEqual(a.entities, []);
  });
});
