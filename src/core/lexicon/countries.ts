/**
 * Countries: each line is `names | demonyms | cities`, comma-separated. The
 * first name is the normal form; every name, demonym and city maps to it.
 * General world knowledge, not tied to any article.
 */
const TABLE = `
Afghanistan|Afghan|Kabul
Albania|Albanian|Tirana
Algeria|Algerian|Algiers
Angola|Angolan|Luanda
Argentina|Argentine,Argentinian|Buenos Aires
Armenia|Armenian|Yerevan
Australia|Australian|Canberra,Sydney,Melbourne
Austria|Austrian|Vienna
Azerbaijan|Azerbaijani,Azeri|Baku
Bahrain|Bahraini|Manama
Bangladesh|Bangladeshi|Dhaka
Belarus|Belarusian|Minsk
Belgium|Belgian|Brussels
Benin|Beninese|Porto-Novo,Cotonou
Bolivia|Bolivian|La Paz,Sucre
Bosnia and Herzegovina,Bosnia|Bosnian|Sarajevo
Botswana|Botswanan|Gaborone
Brazil|Brazilian|Brasilia,Brasília,Rio de Janeiro,Sao Paulo,São Paulo
Bulgaria|Bulgarian|Sofia
Burkina Faso|Burkinabe|Ouagadougou
Cambodia|Cambodian|Phnom Penh
Cameroon|Cameroonian|Yaounde,Yaoundé
Canada|Canadian|Ottawa,Toronto
Chad|Chadian|N'Djamena
Chile|Chilean|Santiago
China,People's Republic of China,People’s Republic of China,PRC|Chinese|Beijing,Shanghai
Colombia|Colombian|Bogota,Bogotá
Congo,Democratic Republic of the Congo,DRC|Congolese|Kinshasa,Brazzaville
Croatia|Croatian|Zagreb
Cuba|Cuban|Havana
Cyprus|Cypriot|Nicosia
Czech Republic,Czechia|Czech|Prague
Denmark|Danish|Copenhagen
Djibouti|Djiboutian|
Ecuador|Ecuadorian|Quito
Egypt|Egyptian|Cairo
Eritrea|Eritrean|Asmara
Estonia|Estonian|Tallinn
Ethiopia,Federal Democratic Republic of Ethiopia|Ethiopian|Addis Ababa
Finland|Finnish|Helsinki
France|French|Paris
Gabon|Gabonese|Libreville
Georgia|Georgian|Tbilisi
Germany|German|Berlin
Ghana|Ghanaian|Accra
Greece|Greek|Athens
Guinea|Guinean|Conakry
Hungary|Hungarian|Budapest
Iceland|Icelandic|Reykjavik
India|Indian|New Delhi,Delhi,Mumbai
Indonesia|Indonesian|Jakarta
Iran|Iranian|Tehran
Iraq|Iraqi|Baghdad
Ireland|Irish|Dublin
Israel|Israeli|Jerusalem,Tel Aviv
Italy|Italian|Rome
Ivory Coast,Cote d'Ivoire|Ivorian|Abidjan,Yamoussoukro
Japan|Japanese|Tokyo
Jordan|Jordanian|Amman
Kazakhstan|Kazakh|Astana,Almaty
Kenya|Kenyan|Nairobi
Kuwait|Kuwaiti|Kuwait City
Kyrgyzstan|Kyrgyz|Bishkek
Laos|Lao,Laotian|Vientiane
Latvia|Latvian|Riga
Lebanon|Lebanese|Beirut
Libya|Libyan|Tripoli
Lithuania|Lithuanian|Vilnius
Malaysia|Malaysian|Kuala Lumpur
Mali|Malian|Bamako
Mexico|Mexican|Mexico City
Moldova|Moldovan|Chisinau
Mongolia|Mongolian|Ulaanbaatar
Morocco|Moroccan|Rabat
Mozambique|Mozambican|Maputo
Myanmar,Burma|Myanmar,Burmese|Naypyidaw,Yangon
Namibia|Namibian|Windhoek
Nepal|Nepali,Nepalese|Kathmandu
Netherlands,Holland|Dutch|Amsterdam,The Hague
New Zealand|New Zealander|Wellington
Niger|Nigerien|Niamey
Nigeria|Nigerian|Abuja,Lagos
North Korea,DPRK|North Korean|Pyongyang
Norway|Norwegian|Oslo
Oman|Omani|Muscat
Pakistan|Pakistani|Islamabad,Rawalpindi,Karachi,Lahore
Palestine|Palestinian|Ramallah,Gaza
Peru|Peruvian|Lima
Philippines|Filipino,Philippine|Manila
Poland|Polish|Warsaw
Portugal|Portuguese|Lisbon
Qatar|Qatari|Doha
Romania|Romanian|Bucharest
Russia,Russian Federation|Russian|Moscow
Rwanda|Rwandan|Kigali
Saudi Arabia,Kingdom of Saudi Arabia|Saudi|Riyadh,Jeddah
Senegal|Senegalese|Dakar
Serbia|Serbian|Belgrade
Singapore|Singaporean|
Slovakia|Slovak|Bratislava
Slovenia|Slovenian|Ljubljana
Somalia|Somali|Mogadishu
South Africa|South African|Pretoria,Johannesburg,Cape Town
South Korea,Republic of Korea,ROK,Korea|South Korean,Korean|Seoul
South Sudan|South Sudanese|Juba
Spain|Spanish|Madrid
Sri Lanka|Sri Lankan|Colombo
Sudan|Sudanese|Khartoum
Sweden|Swedish|Stockholm
Switzerland|Swiss|Bern,Geneva
Syria|Syrian|Damascus
Taiwan|Taiwanese|Taipei
Tajikistan|Tajik|Dushanbe
Tanzania|Tanzanian|Dodoma,Dar es Salaam
Thailand|Thai|Bangkok
Tunisia,Republic of Tunisia|Tunisian|Tunis
Turkey,Turkiye,Türkiye|Turkish|Ankara,Istanbul
Turkmenistan|Turkmen|Ashgabat
Uganda|Ugandan|Kampala
Ukraine|Ukrainian|Kyiv,Kiev
United Arab Emirates,UAE,U.A.E.|Emirati|Abu Dhabi,Dubai
United Kingdom,UK,U.K.,Britain,Great Britain|British|London
United States,US,U.S.,U.S,USA,U.S.A.,America,United States of America|American|Washington
Uruguay|Uruguayan|Montevideo
Uzbekistan|Uzbek|Tashkent
Venezuela|Venezuelan|Caracas
Vietnam,Viet Nam|Vietnamese|Hanoi
Yemen|Yemeni|Sanaa,Aden
Zambia|Zambian|Lusaka
Zimbabwe|Zimbabwean|Harare
`;

export interface CountryEntry {
  /** Normal form. */
  country: string;
  /** Every name the country goes by. */
  names: string[];
}

/** Name or demonym → entry. */
export const COUNTRY_BY_NAME = new Map<string, CountryEntry>();
/** Demonym → entry. */
export const COUNTRY_BY_DEMONYM = new Map<string, CountryEntry>();
/** City → entry (for datelines). */
export const COUNTRY_BY_CITY = new Map<string, CountryEntry>();

for (const line of TABLE.split('\n')) {
  if (!line.trim()) continue;
  const [names, demonyms, cities] = line.split('|').map((s) => s.split(',').map((x) => x.trim()).filter(Boolean));
  const entry: CountryEntry = { country: names[0], names };
  for (const n of names) COUNTRY_BY_NAME.set(n, entry);
  for (const d of demonyms) COUNTRY_BY_DEMONYM.set(d, entry);
  for (const c of cities) COUNTRY_BY_CITY.set(c, entry);
}

/** Places that are not countries but never name a person or organisation. */
export const REGIONS = new Set([
  'Africa', 'Asia', 'Europe', 'America', 'Americas', 'Oceania', 'Antarctica', 'Middle East', 'Gulf', 'Caucasus',
  'Balkans', 'Caribbean', 'Latin America', 'North America', 'South America', 'Central Asia', 'South Asia',
  'East Asia', 'Southeast Asia', 'West Asia', 'Central Europe', 'Eastern Europe', 'Western Europe', 'Northeast Asia',
  'Horn', 'Sahel', 'Pacific', 'Atlantic', 'Indian Ocean', 'Mediterranean', 'Arctic', 'Korean Peninsula', 'Peninsula',
  'Strait', 'Sea', 'Ocean', 'Island', 'Islands', 'Province', 'Region', 'State', 'City', 'Valley', 'River',
]);
