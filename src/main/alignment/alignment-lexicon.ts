/**
 * Word lists the aligner reads claims with (issue 4), Italian first, English second. Every list is
 * written as surface words and looked up by their light stem (see `stemWord`), so singular, plural
 * and gendered forms ("soldato", "soldati", "soldier", "soldiers") need listing only once each.
 *
 * The lists are deliberately small: a word missing here only makes alignment more cautious (claims
 * stay apart, the user can merge them), while a wrong entry merges things that differ.
 */

/** A counted thing the aligner knows in both languages, with the English label rows show. */
export interface ConceptEntry {
  id: string
  /** Row label stem, e.g. "Troops" in "Troops sent · soldiers". */
  label: string
  words: string[]
}

export const countedConcepts: ConceptEntry[] = [
  {
    id: 'troops',
    label: 'Troops',
    words: ['soldato', 'soldati', 'soldatessa', 'truppa', 'truppe', 'militari', 'combattente', 'combattenti', 'contingente',
      'soldier', 'soldiers', 'troop', 'troops', 'servicemen', 'fighters']
  },
  {
    id: 'munitions',
    label: 'Artillery shells and munitions',
    words: ['proiettile', 'proiettili', 'colpo', 'colpi', 'munizione', 'munizioni', 'granata', 'granate',
      'shell', 'shells', 'round', 'rounds', 'ammunition', 'munition', 'munitions', 'projectile', 'projectiles', 'cartridge', 'cartridges']
  },
  { id: 'rockets', label: 'Rockets', words: ['razzo', 'razzi', 'rocket', 'rockets'] },
  { id: 'missiles', label: 'Missiles', words: ['missile', 'missili', 'missiles'] },
  { id: 'drones', label: 'Drones', words: ['drone', 'droni', 'drones', 'uav', 'uavs'] },
  { id: 'launchers', label: 'Launchers', words: ['lanciarazzi', 'lanciamissili', 'launcher', 'launchers'] },
  { id: 'howitzers', label: 'Howitzers', words: ['obice', 'obici', 'howitzer', 'howitzers'] },
  { id: 'tanks', label: 'Tanks', words: ['carro', 'carri', 'tank', 'tanks'] },
  { id: 'aircraft', label: 'Aircraft', words: ['aereo', 'aerei', 'velivolo', 'velivoli', 'aircraft', 'plane', 'planes', 'jet', 'jets'] },
  { id: 'vehicles', label: 'Vehicles', words: ['veicolo', 'veicoli', 'vehicle', 'vehicles'] },
  { id: 'weapons', label: 'Weapons', words: ['arma', 'armi', 'armamenti', 'weapon', 'weapons', 'arms'] },
  { id: 'containers', label: 'Containers', words: ['container', 'containers', 'contenitore', 'contenitori'] },
  { id: 'trains', label: 'Trains', words: ['treno', 'treni', 'train', 'trains', 'convoglio', 'convogli'] },
  { id: 'workers', label: 'Workers', words: ['lavoratore', 'lavoratori', 'lavoratrici', 'operaio', 'operai', 'worker', 'workers', 'labourer', 'labourers', 'laborer', 'laborers'] },
  { id: 'members', label: 'Members', words: ['membro', 'membri', 'member', 'members'] },
  { id: 'deaths', label: 'Deaths', words: ['morto', 'morti', 'vittima', 'vittime', 'deceduti', 'decessi', 'death', 'deaths', 'dead', 'victim', 'victims', 'fatalities', 'casualties', 'caduti'] },
  { id: 'wounded', label: 'Wounded', words: ['ferito', 'feriti', 'wounded', 'injured'] },
  { id: 'prisoners', label: 'Prisoners', words: ['prigioniero', 'prigionieri', 'prisoner', 'prisoners', 'detenuti', 'detainees'] },
  { id: 'civilians', label: 'Civilians', words: ['civile', 'civili', 'civilian', 'civilians'] },
  { id: 'children', label: 'Children', words: ['bambino', 'bambini', 'minori', 'child', 'children', 'kids'] },
  { id: 'refugees', label: 'Refugees', words: ['rifugiato', 'rifugiati', 'profugo', 'profughi', 'refugee', 'refugees'] },
  { id: 'migrants', label: 'Migrants', words: ['migrante', 'migranti', 'migrant', 'migrants'] },
  { id: 'people', label: 'People', words: ['persona', 'persone', 'individui', 'people', 'persons', 'person', 'individuals'] },
  { id: 'residents', label: 'Residents', words: ['abitante', 'abitanti', 'residenti', 'resident', 'residents', 'inhabitants'] },
  { id: 'voters', label: 'Voters', words: ['elettore', 'elettori', 'votanti', 'voter', 'voters'] },
  { id: 'votes', label: 'Votes', words: ['voto', 'voti', 'preferenze', 'vote', 'votes', 'ballots'] },
  { id: 'jobs', label: 'Jobs', words: ['impiego', 'impieghi', 'job', 'jobs'] },
  { id: 'countries', label: 'Countries', words: ['paese', 'paesi', 'nazione', 'country', 'countries', 'nation', 'nations'] },
  { id: 'cases', label: 'Cases', words: ['caso', 'casi', 'case', 'cases', 'contagi', 'infections'] },
  { id: 'companies', label: 'Companies', words: ['azienda', 'aziende', 'impresa', 'imprese', 'società', 'company', 'companies', 'firms', 'businesses'] }
]

/**
 * Descriptive words and phrases with a language-neutral meaning, so "North Korean troops" and
 * "soldati nordcoreani" share a modifier, while "lavoratori edili" and "lavoratori tessili" differ.
 * Phrases are matched on the normalized words of a subject, stopwords included ("corea del nord").
 * Places (countries, organizations) are set apart: two figures about Russia are not about the same
 * thing for sharing the word "Russia", but figures about Russia and about Ukraine are different ones.
 */
export const neutralModifiers: Array<{ id: string; place?: true; words: string[] }> = [
  { id: 'north-korea', place: true, words: ['nordcoreano', 'nordcoreana', 'nordcoreani', 'nordcoreane', 'nordcorea', 'corea del nord', 'north korea', 'north korean', 'north koreans', 'dprk', 'pyongyang'] },
  { id: 'south-korea', place: true, words: ['sudcoreano', 'sudcoreana', 'sudcoreani', 'sudcoreane', 'corea del sud', 'south korea', 'south korean', 'south koreans', 'seoul'] },
  { id: 'russia', place: true, words: ['russo', 'russa', 'russi', 'russe', 'russia', 'russian', 'russians', 'mosca', 'moscow'] },
  { id: 'ukraine', place: true, words: ['ucraino', 'ucraina', 'ucraini', 'ucraine', 'ukraine', 'ukrainian', 'ukrainians', 'kiev', 'kyiv'] },
  { id: 'usa', place: true, words: ['americano', 'americana', 'americani', 'americane', 'statunitense', 'statunitensi', 'stati uniti', 'american', 'americans', 'united states', 'usa'] },
  { id: 'china', place: true, words: ['cinese', 'cinesi', 'cina', 'china', 'chinese'] },
  { id: 'italy', place: true, words: ['italiano', 'italiana', 'italiani', 'italiane', 'italia', 'italy', 'italian', 'italians'] },
  { id: 'france', place: true, words: ['francese', 'francesi', 'francia', 'france', 'french'] },
  { id: 'germany', place: true, words: ['tedesco', 'tedesca', 'tedeschi', 'tedesche', 'germania', 'germany', 'german', 'germans'] },
  { id: 'israel', place: true, words: ['israeliano', 'israeliani', 'israele', 'israel', 'israeli', 'israelis'] },
  { id: 'palestine', place: true, words: ['palestinese', 'palestinesi', 'palestinian', 'palestinians', 'gaza'] },
  { id: 'united-nations', place: true, words: ['nazioni unite', 'onu', 'united nations'] },
  { id: 'european-union', place: true, words: ['unione europea', 'ue', 'european union', 'eu'] },
  { id: 'nato', place: true, words: ['nato'] },
  { id: 'artillery', words: ['artiglieria', 'artiglierie', 'artillery'] },
  { id: 'ballistic', words: ['balistico', 'balistica', 'balistici', 'balistiche', 'ballistic'] },
  { id: 'cruise', words: ['da crociera', 'cruise'] },
  { id: 'short-range', words: ['corto raggio', 'breve raggio', 'short range'] },
  { id: 'medium-range', words: ['medio raggio', 'medium range', 'intermediate range'] },
  { id: 'long-range', words: ['lungo raggio', 'long range'] },
  { id: 'air-defence', words: ['difesa aerea', 'antiaereo', 'antiaerei', 'antiaerea', 'air defence', 'air defense', 'anti aircraft'] },
  { id: 'heavy', words: ['pesante', 'pesanti', 'heavy'] },
  { id: 'special-forces', words: ['forze speciali', 'special forces'] },
  { id: 'regiment', words: ['reggimento', 'reggimenti', 'regiment', 'regiments'] },
  { id: 'engineering', words: ['ingegneristico', 'ingegneristici', 'genio', 'engineering', 'engineer', 'engineers'] },
  { id: 'construction', words: ['edile', 'edili', 'edilizia', 'costruzioni', 'construction'] },
  { id: 'textile', words: ['tessile', 'tessili', 'textile', 'textiles'] },
  { id: 'monthly', words: ['mensile', 'mensili', 'al mese', 'monthly', 'per month', 'a month'] },
  { id: 'yearly', words: ['annuo', 'annua', 'annui', 'annuale', 'annuali', 'all anno', 'yearly', 'annual', 'per year', 'a year'] },
  { id: 'daily', words: ['giornaliero', 'giornalieri', 'al giorno', 'daily', 'per day', 'a day'] },
  { id: 'inflation', words: ['inflazione', 'inflation'] },
  { id: 'unemployment', words: ['disoccupazione', 'disoccupati', 'unemployment', 'unemployed', 'jobless'] },
  { id: 'turnout', words: ['affluenza', 'turnout'] },
  { id: 'gdp', words: ['pil', 'prodotto interno lordo', 'gdp', 'gross domestic product'] },
  { id: 'growth', words: ['crescita', 'growth'] },
  { id: 'tariff', words: ['dazio', 'dazi', 'tariffa doganale', 'tariff', 'tariffs', 'duties'] },
  { id: 'tax', words: ['tassa', 'tasse', 'imposta', 'imposte', 'tax', 'taxes'] },
  { id: 'interest-rate', words: ['tasso di interesse', 'tassi di interesse', 'interest rate', 'interest rates'] },
  { id: 'population', words: ['popolazione', 'population'] }
]

/**
 * What happens to the quantity, read from the words near the number. `transfer` is weak: a count
 * of troops and a count of troops sent are usually the same figure, so an unknown action agrees
 * with it. The others change what is counted ("nine soldiers" are not "nine soldiers killed"), so
 * claims only share a row with claims of the same action (see `claim-features.ts`).
 */
export type WeakAction = 'transfer' | 'produce'
export type StrongAction = 'loss' | 'wounded' | 'capture'

export const weakActionWords: Record<WeakAction, string[]> = {
  transfer: [
    'inviare', 'inviato', 'inviata', 'inviati', 'inviate', 'invia', 'inviano', 'inviò', 'invio', 'invii',
    'spedire', 'spedito', 'spedita', 'spediti', 'spedite', 'spedisce', 'spedizione', 'spedizioni',
    'mandare', 'mandato', 'mandati', 'fornire', 'fornito', 'fornita', 'forniti', 'fornite', 'fornisce', 'forniscono', 'fornitura', 'forniture',
    'trasferire', 'trasferito', 'trasferita', 'trasferiti', 'trasferite', 'trasferimento', 'trasferimenti',
    'consegnare', 'consegnato', 'consegnati', 'consegna', 'consegne', 'schierare', 'schierato', 'schierati', 'schieramento', 'schieramenti',
    'dispiegare', 'dispiegato', 'dispiegati', 'dispiegamento', 'arrivo', 'arrivati', 'arrivate', 'giunti',
    'acquisire', 'acquisito', 'acquisizione', 'acquistare', 'acquistato', 'acquistati', 'acquisto', 'acquisti', 'comprato', 'comprati',
    'vendere', 'venduto', 'venduti', 'vendita', 'vendite', 'esportare', 'esportato', 'esportati', 'esportazione', 'esportazioni',
    'ricevere', 'ricevuto', 'ricevuti', 'ricevendo', 'scambio', 'scambi', 'aiuti',
    'send', 'sends', 'sent', 'sending', 'ship', 'ships', 'shipped', 'shipment', 'shipments', 'supply', 'supplied', 'supplies', 'supplying',
    'provide', 'provided', 'provides', 'providing', 'transfer', 'transferred', 'transfers', 'deliver', 'delivered', 'delivery', 'deliveries',
    'deploy', 'deployed', 'deploying', 'deployment', 'dispatch', 'dispatched', 'arrive', 'arrived', 'arrival',
    'acquire', 'acquired', 'acquisition', 'buy', 'bought', 'purchase', 'purchased', 'sell', 'sold',
    'export', 'exported', 'exports', 'imported', 'imports', 'receive', 'received', 'trade', 'traded', 'exchange'
  ],
  produce: [
    'produrre', 'prodotto', 'prodotti', 'produce', 'producono', 'produzione', 'fabbricato', 'fabbricati', 'fabbricazione',
    'produced', 'produces', 'producing', 'production', 'manufacture', 'manufactured', 'manufacturing'
  ]
}

export const strongActionWords: Record<StrongAction, string[]> = {
  loss: [
    'morte', 'morti', 'morto', 'morta', 'uccisi', 'ucciso', 'uccise', 'uccisa', 'caduti', 'caduto', 'vittime', 'vittima',
    'deceduti', 'decessi', 'perdite', 'killed', 'kill', 'dead', 'death', 'deaths', 'died', 'die', 'fatalities', 'casualties', 'losses'
  ],
  wounded: ['feriti', 'ferito', 'ferite', 'ferita', 'wounded', 'injured', 'injuries'],
  capture: ['catturati', 'catturato', 'catturate', 'captured', 'capture', 'taken prisoner']
}

/** Words saying a number adds to an earlier one ("altri 3.000 soldati"): a different quantity. */
export const incrementWords = ['altri', 'altre', 'altro', 'altra', 'ulteriori', 'ulteriore', 'another', 'additional', 'further', 'extra']

/** Words before a year saying the period starts there ("dal 2023 in poi", "since 2023"). */
export const periodStartWords = ['dal', 'dall', 'dalla', 'dallo', 'da', 'since', 'from', 'partire', 'starting', 'tra', 'fra', 'between']
/** Words before a second year that closes the period ("dal 2023 al 2024", "between 2023 and 2024"). */
export const periodEndWords = ['al', 'all', 'alla', 'a', 'fino', 'e', 'to', 'until', 'through', 'and']

/** Words in a money claim's sentence that make the row an arms-trade value (label only). */
export const armsWords = ['arma', 'armi', 'armamenti', 'munizioni', 'missili', 'arms', 'weapons', 'munitions', 'ammunition', 'missiles']

/** Function words, number words and currency names: never a topic. */
export const stopwords = [
  // Italian
  'il', 'lo', 'la', 'i', 'gli', 'le', 'l', 'un', 'uno', 'una', 'di', 'del', 'dello', 'della', 'dei', 'degli', 'delle', 'dell', 'd',
  'da', 'dal', 'dallo', 'dalla', 'dai', 'dagli', 'dalle', 'dall', 'in', 'nel', 'nello', 'nella', 'nei', 'negli', 'nelle', 'nell',
  'su', 'sul', 'sullo', 'sulla', 'sui', 'sugli', 'sulle', 'con', 'per', 'tra', 'fra', 'e', 'ed', 'o', 'od', 'a', 'ad', 'al', 'allo',
  'alla', 'ai', 'agli', 'alle', 'all', 'che', 'chi', 'cui', 'ci', 'si', 'non', 'piu', 'meno', 'come', 'anche', 'oltre', 'circa',
  'quasi', 'almeno', 'fino', 'loro', 'suo', 'sua', 'suoi', 'sue', 'questo', 'questa', 'questi', 'queste', 'quello', 'quella',
  'quelli', 'quelle', 'quei', 'ha', 'hanno', 'ho', 'abbia', 'abbiano', 'sono', 'stato', 'stata', 'stati', 'state', 'era', 'erano',
  'essere', 'avere', 'avrebbe', 'sarebbe', 'c', 'ancora', 'gia', 'poi', 'ora', 'mentre', 'dopo', 'prima', 'durante', 'secondo',
  'tutti', 'tutte', 'tutto', 'ogni', 'alcuni', 'alcune', 'diversi', 'diverse', 'vari', 'varie', 'molti', 'molte', 'pochi',
  'centinaia', 'migliaia', 'decine', 'mila', 'milione', 'milioni', 'miliardo', 'miliardi', 'tipi', 'tipo', 'sia', 'ne', 'se', 'ma',
  'dollaro', 'dollari', 'euro', 'sterlina', 'sterline', 'rublo', 'rubli', 'franchi', 'yen', 'yuan', 'won', 'per cento', 'percento',
  'cento', 'punti', 'anno', 'anni', 'mese', 'mesi', 'giorno', 'giorni', 'scorso', 'scorsa', 'primi', 'prime', 'fine', 'inizio',
  // English
  'the', 'a', 'an', 'of', 'on', 'at', 'to', 'for', 'from', 'with', 'by', 'and', 'or', 'that', 'this', 'these', 'those', 'more',
  'than', 'about', 'around', 'nearly', 'almost', 'least', 'up', 'some', 'several', 'its', 'their', 'his', 'her', 'over', 'under',
  'as', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'which', 'who', 'whom', 'whose', 'it', 'they', 'them',
  'into', 'than', 'many', 'few', 'hundreds', 'thousands', 'tens', 'dozens', 'thousand', 'million', 'millions', 'billion', 'billions',
  'trillion', 'dollar', 'dollars', 'euros', 'pound', 'pounds', 'rouble', 'roubles', 'ruble', 'rubles', 'percent', 'per', 'cent',
  'year', 'years', 'month', 'months', 'day', 'days', 'last', 'first', 'early', 'late', 'end', 'start', 'usd', 'eur', 'gbp'
]

export const monthNames = [
  'gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'
]

/** Row label words for actions: "Troops sent", "Members killed". */
export const actionLabels: Record<WeakAction | StrongAction, string> = {
  transfer: 'sent',
  produce: 'produced',
  loss: 'killed',
  wounded: 'wounded',
  capture: 'captured'
}

/** Row label of a measure without a subject, by the extractor's canonical unit ("Duration · h"). */
export const measureLabels: Record<string, string> = {
  km: 'Length', m: 'Length', cm: 'Length', mm: 'Length', ft: 'Length', mi: 'Length',
  kg: 'Weight', g: 'Weight', t: 'Weight', lb: 'Weight',
  s: 'Duration', min: 'Duration', h: 'Duration', d: 'Duration', week: 'Duration', month: 'Duration', year: 'Duration', decade: 'Duration', century: 'Duration',
  'km/h': 'Speed', mph: 'Speed',
  kw: 'Power', mw: 'Power', gw: 'Power',
  kwh: 'Energy', mwh: 'Energy', gwh: 'Energy', twh: 'Energy',
  km2: 'Area', m2: 'Area', ha: 'Area'
}

/**
 * Words too common in news to tell two stories apart ("said", "governo"), and capitalized titles
 * that are not names ("President", "Mr"): left out of a sentence's context (see `contextOf` in claim-features.ts).
 */
export const genericContextWords = [
  // Italian
  'detto', 'dichiarato', 'riferito', 'spiegato', 'annunciato', 'aggiunto', 'sottolineato', 'secondo', 'rapporto', 'fonti', 'fonte',
  'governo', 'presidente', 'ministro', 'paese', 'paesi', 'oggi', 'ieri', 'domani', 'settimana', 'totale', 'circa', 'nuovo', 'nuovi',
  'nuova', 'nuove', 'solo', 'sempre', 'molto', 'ogni', 'altro', 'altri', 'altra', 'altre', 'stesso', 'stessa', 'parte', 'volta',
  'volte', 'caso', 'modo', 'fatto', 'essere', 'fare', 'dire', 'signor', 'signora', 'dott', 'sig',
  // English
  'said', 'says', 'say', 'told', 'tell', 'according', 'reported', 'reports', 'report', 'announced', 'added', 'including', 'include',
  'includes', 'included', 'would', 'could', 'should', 'will', 'can', 'may', 'might', 'must', 'also', 'just', 'only', 'other', 'others',
  'total', 'new', 'news', 'time', 'times', 'week', 'weeks', 'today', 'yesterday', 'tomorrow', 'government', 'official', 'officials',
  'president', 'minister', 'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'not', 'no', 'all', 'now', 'then', 'there', 'here', 'when',
  'where', 'what', 'how', 'why', 'while', 'after', 'before', 'since', 'during', 'being', 'made', 'make', 'per', 'cent', 'percent',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'lunedi', 'martedi', 'mercoledi', 'giovedi',
  'venerdi', 'sabato', 'domenica', 'we', 'he', 'she', 'you', 'our', 'his', 'him', 'us', 'one', 'two', 'three', 'percento'
]
