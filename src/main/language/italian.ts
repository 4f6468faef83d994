/**
 * Italian: every word Riscontro knows about the language, in one place (issue 10, STYLE.md §14).
 * The claim extractor builds its phrase tables from these lists; the aligner and the cleaner read
 * the same ones.
 */
import type { ClaimQualifier } from '../../shared/model'
import type { Vocabulary } from './vocabulary'

/** The parts Italian number words are fused from ("ventitré", "trecentomila"), see claims/number-words. */
export const italianNumberWordParts = {
  units: ['', 'uno', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove'],
  teens: ['dieci', 'undici', 'dodici', 'tredici', 'quattordici', 'quindici', 'sedici', 'diciassette', 'diciotto', 'diciannove'],
  tens: ['', '', 'venti', 'trenta', 'quaranta', 'cinquanta', 'sessanta', 'settanta', 'ottanta', 'novanta']
} as const

// Prepositions fuse with the article ("più dei", "fino alle"): a qualifier phrase is written once and
// spelled out in every form.
const diForms = ['di', "d'", 'del', 'dello', 'della', 'dei', 'degli', 'delle', "dell'"]
const aForms = ['a', 'ad', 'al', 'allo', 'alla', 'ai', 'agli', 'alle', "all'"]
const articles = ['', 'il', 'lo', 'la', 'i', 'gli', 'le', "l'"]

function withDi(base: string): string[] {
  return diForms.map((form) => `${base} ${form}`)
}
function withA(base: string): string[] {
  return aForms.map((form) => `${base} ${form}`)
}
function withArticle(base: string): string[] {
  return articles.map((article) => (article ? `${base} ${article}` : base))
}

const qualifiers: Array<[string[], ClaimQualifier]> = [
  [[...withArticle('circa'), ...withA('intorno'), ...withA('attorno'), "all'incirca", ...withArticle('approssimativamente'), ...withArticle('quasi'),
    ...withArticle('più o meno'), ...withArticle('pressappoco'), ...withArticle('grosso modo'), 'sui', 'sulle', 'sugli', ...withArticle('stimati'),
    ...withArticle('stimate'), 'una stima di', 'stimati in', 'stimate in', 'stimato in', 'stimata in', 'quantificati in', 'quantificato in',
    'sfiorando quota', 'sfiora quota', 'sfiorano quota', 'sfiorato quota', 'vicino a quota', 'intorno a quota', ...withDi('poco più'), ...withDi('poco meno'), ...withDi('qualcosa più'), ...withDi('appena più')], 'approx'],
  [[...withArticle('almeno'), ...withArticle('ad almeno'), ...withDi('non meno'), ...withDi('un minimo'), ...withArticle('minimo'),
    ...withArticle('perlomeno'), ...withArticle('quantomeno'), ...withArticle('come minimo')], 'at_least'],
  [[...withDi('più'), ...withDi('ben più'), ...withDi('oltre la soglia'), ...withDi('sopra la soglia'), ...withDi('superata la soglia'),
    ...withDi('superato la soglia'), ...withDi('superando la soglia'), ...withDi('supera la soglia'), ...withDi('superato quota'), ...['superato', 'superata', 'superati', 'superate', 'supera', 'superano', 'superando'].flatMap(withArticle), 'oltre quota', 'sopra quota', ...withArticle('oltre'), ...withArticle('ben oltre'), ...withArticle('sopra'),
    ...withA('superiore'), ...withA('superiori')], 'more_than'],
  [[...withA('fino'), ...withA('sino'), ...withArticle('al massimo'), ...withDi('un massimo'), ...withDi('non più'), ...withArticle('non oltre'),
    ...withArticle('massimo')], 'at_most'],
  [[...withDi('meno'), ...withDi('sotto la soglia'), ...withA('inferiore'), ...withA('inferiori'), ...withArticle('sotto'), ...withArticle('sotto i')], 'less_than']
]

/** Italian words before the head noun that still belong to the counted phrase ("3.000 nuovi soldati"). */
export const italianPrenominal: readonly string[] = [
  'nuovi', 'nuove', 'ulteriori', 'veri', 'vere', 'presunti', 'presunte', 'ex', 'giovani', 'piccoli', 'piccole', 'grandi', 'potenziali',
  'possibili', 'principali', 'singoli', 'singole', 'diversi', 'diverse', 'interi', 'intere', 'grossi', 'grosse', 'storici', 'storiche', 'agili',
  'vecchi', 'vecchie', 'belle', 'bei', 'ottimi', 'ottime'
]

/** Of those, the ones that are nouns too: with no noun after them they are the counted thing ("per 220 giovani"). */
export const italianPrenominalNouns: readonly string[] = ['giovani', 'vecchi', 'ex']

/** Italian adjectives after the head noun, beyond what the plural endings below catch. */
export const italianPostnominal: readonly string[] = [
  'russi', 'russe', 'tedeschi', 'tedesche', 'turchi', 'turche', 'greci', 'greche', 'europei', 'europee', 'nuovi', 'nuove', 'vecchi', 'vecchie',
  'giovani', 'piccoli', 'piccole', 'grandi', 'pesanti', 'leggeri', 'leggere', 'armati', 'armate', 'blindati', 'corazzati', 'feriti', 'ferite',
  'morti', 'morte', 'uccisi', 'uccise', 'dispersi', 'disperse', 'arrestati', 'arrestate', 'indagati', 'indagate', 'rimpatriati', 'rimpatriate',
  'stranieri', 'straniere', 'occidentali', 'orientali', 'totali', 'complessivi', 'complessive', 'effettivi', 'effettive', 'ucraini', 'ucraine',
  'palestinesi', 'israeliani', 'cinesi', 'coreani', 'nordcoreani', 'sudcoreani', 'regolari', 'aggiuntivi', 'aggiuntive', 'anziani', 'anziane',
  'minorenni', 'positivi', 'positive', 'guariti', 'guarite', 'contagiati', 'contagiate', 'ricoverati', 'ricoverate', 'intubati', 'deceduti',
  'decedute', 'sfollati', 'sfollate', 'senzatetto', 'iscritti', 'iscritte', 'registrati', 'registrate', 'occupati', 'occupate', 'disoccupati',
  'venduti', 'vendute', 'prodotti', 'prodotte', 'esportati', 'importati', 'stimati', 'stimate', 'previsti', 'previste', 'schierati', 'schierate',
  'impiegati', 'impiegate', 'inviati', 'inviate', 'forniti', 'fornite', 'consegnati', 'consegnate', 'lanciati', 'lanciate', 'abbattuti',
  'abbattute', 'distrutti', 'distrutte', 'catturati', 'catturate'
]

/** Plural adjective endings (counted things are plural): "balistici", "nordcoreani", "militari", "civili". */
export const italianAdjectiveEnding =
  /(?:ici|iche|ali|esi|ani|ane|ivi|ive|ari|arie|isti|iste|osi|ose|ili|ensi|eri|istici|istiche|ali|ei|ee|ori|rici|riche|tici|tiche|nici|niche|ziali)$/

export const italian: Vocabulary = {
  magnitudes: [
    ['mila', 3], ['mille', 3], ['milione', 6], ['milioni', 6], ['mln', 6], ['miliardo', 9], ['miliardi', 9], ['mld', 9], ['mrd', 9],
    // News writes "trilioni" for the English trillion ("1,1 trilioni di euro" of savings), not the long-scale 10^18.
    ['bilione', 12], ['bilioni', 12], ['trilione', 12], ['trilioni', 12]
  ],
  gluedMagnitudes: [['mila', 3], ['mln', 6], ['mld', 9], ['mrd', 9]],
  halfAfterUnit: ['e mezzo', 'e mezza'],
  halfAfterMagnitude: ['e mezzo'],
  vagueMagnitudeNouns: [['decine', 1], ['centinaia', 2], ['migliaia', 3], ['milioni', 6], ['miliardi', 9]],
  vagueCountedBare: ['feriti', 'morti', 'arrestati', 'dispersi', 'evacuati', 'sfollati', 'altri', 'altre'],
  durationPhrases: [['un quarto di secolo', 25, 'year'], ['mezzo secolo', 50, 'year'], ['un secolo e mezzo', 150, 'year'], ['un anno e mezzo', 1.5, 'year'], ['un\'ora e mezza', 1.5, 'h'], ['mezz\'ora', 0.5, 'h'], ['un mese e mezzo', 1.5, 'month']],
  vagueOpeners: [
    'diverse', 'diversi', 'numerose', 'numerosi', 'alcune', 'alcuni', 'varie', 'vari', 'molte', 'molti', 'parecchie', 'parecchi', 'poche', 'pochi',
    'qualche'
  ],
  vagueSingularMagnitudes: [],
  approximateCollectives: [
    ['decina', 10], ['dozzina', 12], ['ventina', 20], ['trentina', 30], ['quarantina', 40], ['cinquantina', 50], ['sessantina', 60],
    ['settantina', 70], ['ottantina', 80], ['novantina', 90], ['centinaio', 100], ['migliaio', 1000], ['paio', 2]
  ],
  qualifiersBefore: qualifiers.flatMap(([phrases, qualifier]) => phrases.map((phrase) => [phrase, qualifier] as const)),
  qualifiersAfter: [['o più', 'at_least'], ['e più', 'at_least'], ['e oltre', 'at_least'], ['o meno', 'at_most'], ['circa', 'approx']],
  rangeOpeners: [
    [['tra', 'fra', 'tra i', 'fra i', 'tra le', 'fra le', 'tra il', 'fra il', "tra l'", "fra l'", 'tra gli', 'fra gli'], ['e', 'ed', 'e i', 'e le', 'e il', "e l'", 'e gli', 'ed i', 'ed il', 'ed le', 'ed gli']],
    [['da', 'dai', 'dal', 'dalle', 'dagli', "dall'", 'dallo', 'dalla'], ['a', 'ad', 'ai', 'al', 'alle', 'agli', "all'", 'alla', 'allo', 'fino a', 'fino ai', 'fino al', 'fino alle']]
  ],
  rangeBareJoiners: ['o', 'od'],
  ratioJoiners: ['su'],
  scoreCues: ['vinto', 'vince', 'vincono', 'perso', 'perde', 'perdono', 'battuto', 'batte', 'pareggiato', 'pareggio', 'vittoria', 'sconfitta', 'risultato', 'punteggio'],
  changeVerbs: [
    'salito', 'salita', 'saliti', 'salite', 'sceso', 'scesa', 'scesi', 'scese', 'passato', 'passata', 'passati', 'passate', 'aumentato', 'aumentata',
    'aumentati', 'aumentate', 'cresciuto', 'cresciuta', 'cresciuti', 'cresciute', 'calato', 'calata', 'calati', 'calate', 'diminuito', 'diminuita',
    'diminuiti', 'diminuite', 'ridotto', 'ridotta', 'ridotti', 'ridotte', 'balzato', 'balzata', 'crollato', 'crollata', 'sale', 'scende', 'passa',
    'cresce', 'cala', 'aumenta', 'diminuisce', 'salgono', 'scendono', 'passano', 'crescono', 'calano', 'aumentano', 'portato', 'portata', 'alzato',
    'alzata', 'abbassato', 'abbassata', 'rivisto', 'rivista', 'corretto', 'corretta'
  ],
  currencyNames: [
    ['dollari', 'USD'], ['dollaro', 'USD'], ['dollari americani', 'USD'], ['dollari statunitensi', 'USD'], ['dollari usa', 'USD'],
    ['dollari canadesi', 'CAD'], ['dollari australiani', 'AUD'], ['dollari di hong kong', 'HKD'], ['euro', 'EUR'], ['rubli', 'RUB'], ['rublo', 'RUB'],
    ['sterline', 'GBP'], ['sterlina', 'GBP'], ['won', 'KRW'], ['yen', 'JPY'], ['yuan', 'CNY'], ['renminbi', 'CNY'], ['franchi svizzeri', 'CHF'],
    ['grivne', 'UAH'], ['hryvnia', 'UAH'], ['rupie', 'INR'], ['lire turche', 'TRY'], ['lire', 'ITL'], ['zloty', 'PLN'], ['pesos', 'MXN'],
    ['shekel', 'ILS'], ['rupia', 'IDR'], ['rupie indonesiane', 'IDR'], ['corone', 'SEK'], ['franchi', 'CHF'], ['franchi francesi', 'FRF'], ['marchi', 'DEM'], ['marchi tedeschi', 'DEM'], ['pesetas', 'ESP'],
    ['fiorini', 'NLG'], ['ecu', 'XEU']
  ],
  centWords: [['centesimi', 'EUR'], ['centesimo', 'EUR'], ['cent', 'EUR']],
  moneyNouns: ['fatturato', 'ricavi', 'utile', 'utili', 'perdita', 'perdite', 'deficit', 'avanzo', 'debito', 'debiti', 'raccolta', 'margine', 'ebitda', 'dividendo'],
  moneyNounModifiers: ['per', 'netto', 'netta', 'lordo', 'lorda', 'operativo', 'operativa', 'consolidato', 'consolidata', 'totale', 'a', 'di', 'pari', 'è', 'sale', 'scende'],
  currencyCountryWords: [['danimarca', 'DKK'], ['danese', 'DKK'], ['copenaghen', 'DKK'], ['svezia', 'SEK'], ['svedese', 'SEK'], ['stoccolma', 'SEK'],
    ['norvegia', 'NOK'], ['norvegese', 'NOK'], ['oslo', 'NOK'], ['cecoslovacchia', 'CZK'], ['ceca', 'CZK'], ['praga', 'CZK'], ['islanda', 'ISK'],
    ['francia', 'FRF'], ['francese', 'FRF'], ['francesi', 'FRF'], ['parigi', 'FRF'], ['belgio', 'BEF'], ['belga', 'BEF'], ['belgi', 'BEF'], ['bruxelles', 'BEF'], ['svizzera', 'CHF'], ['svizzero', 'CHF'], ['svizzeri', 'CHF'], ['zurigo', 'CHF'], ['ginevra', 'CHF'], ['berna', 'CHF']],
  percentWords: [['per cento', '%'], ['percento', '%'], ['punti percentuali', 'pp'], ['punto percentuale', 'pp'], ['punti base', 'bp'], ['punti di base', 'bp']],
  measureUnits: [
    // "35 enne": the age suffix written apart from the digits (see claims/refine-rejections recognizeAges).
    ['enne', 'year'],
    ['km', 'km'], ['chilometri', 'km'], ['chilometro', 'km'], ['kilometri', 'km'], ['metri', 'm'], ['metro', 'm'], ['cm', 'cm'], ['centimetri', 'cm'],
    ['mm', 'mm'], ['millimetri', 'mm'], ['kg', 'kg'], ['chili', 'kg'], ['chilogrammi', 'kg'], ['chilogrammo', 'kg'], ['grammi', 'g'],
    ['tonnellate', 't'], ['tonnellata', 't'], ['litri', 'l'], ['litro', 'l'], ['ettari', 'ha'], ['ettaro', 'ha'], ['miglia', 'mi'],
    ['miglia nautiche', 'nmi'], ['piedi', 'ft'], ['pollici', 'in'], ['libbre', 'lb'], ['barili', 'bbl'], ['barile', 'bbl'],
    ['chilometri quadrati', 'km2'], ['km quadrati', 'km2'], ['kmq', 'km2'], ['km2', 'km2'], ['metri quadrati', 'm2'], ['mq', 'm2'], ['m2', 'm2'],
    ['metri cubi', 'm3'], ['megawatt', 'MW'], ['mw', 'MW'], ['gigawatt', 'GW'], ['gw', 'GW'], ['kw', 'kW'], ['kwh', 'kWh'], ['mwh', 'MWh'],
    ['gwh', 'GWh'], ['twh', 'TWh'], ['volt', 'V'], ['nodi', 'kn'], ['gradi', '°'], ['gradi centigradi', '°C'], ['km orari', 'km/h'], ['chilometri orari', 'km/h'],
    ['km/h', 'km/h'], ['secondi', 's'], ['minuti', 'min'], ['minuto', 'min'], ['ore', 'h'], ['ora', 'h'], ['giorni', 'd'], ['giorno', 'd'],
    ['settimane', 'week'], ['settimana', 'week'], ['mesi', 'month'], ['mese', 'month'], ['anni', 'year'], ['anno', 'year'], ['decenni', 'decade'],
    ['decennio', 'decade'], ['secoli', 'century'], ['secolo', 'century'], ['enne', 'year']
  ],
  frequencyBefore: ['ogni'],
  changeBefore: [
    ...['in calo', 'in ribasso', 'in flessione', 'in discesa', 'in diminuzione', 'calo', 'ribasso', 'flessione', 'diminuzione', 'contrazione',
      'riduzione', 'sceso', 'scesa', 'scesi', 'scese', 'calato', 'calata', 'calati', 'calate', 'diminuito', 'diminuita', 'diminuiti',
      'diminuite', 'crollato', 'crollata', 'ridotto', 'ridotta', 'cala', 'scende', 'perde', 'cede', 'ha ceduto']
      .flatMap((phrase) => withDi(phrase).map((written) => [written, 'fall'] as const)),
    // "perde lo 0,14%" is a fall; "ha perso 3 milioni" an amount lost, a level.
    ...['perde', 'cede', 'ha ceduto', 'lascia sul terreno'].map((phrase) => [phrase, 'fall'] as const),
    ...['in aumento', 'in crescita', 'in rialzo', 'in salita', 'aumento', 'crescita', 'rialzo', 'incremento', 'balzo', 'salito', 'salita', 'saliti',
      'salite', 'aumentato', 'aumentata', 'aumentati', 'aumentate', 'cresciuto', 'cresciuta', 'cresciuti', 'cresciute', 'balzato', 'balzata',
      'sale', 'cresce', 'aumenta', 'guadagna', 'ha guadagnato', 'hanno guadagnato']
      .flatMap((phrase) => withDi(phrase).map((written) => [written, 'rise'] as const)),
    ...['guadagna', 'ha guadagnato', 'hanno guadagnato'].map((phrase) => [phrase, 'rise'] as const)
  ],
  changeAfter: [],
  ageBefore: [
    "all'età di", "d'età di", 'età di', 'di età di', 'età compresa', "d'età compresa", 'ha compiuto', 'compiuto', 'compie', 'aveva', 'ha', 'età', 'hai', 'ho', 'avevo',
    // "uccisa a 18 anni", "l'uscita a 67 anni": what happens at an age ("condannato a 18 anni" is a sentence, not listed).
    'morto a', 'morta a', 'morti a', 'ucciso a', 'uccisa a', 'scomparso a', 'scomparsa a', 'rapito a', 'rapita a', 'uscita a', 'pensione a',
    'sposato a', 'sposata a', 'diventato padre a', 'diventata madre a'
  ],
  ageAfter: ["d'età", 'di età', 'compiuti'],
  personNouns: [
    'uomo', 'donna', 'ragazzo', 'ragazza', 'ragazzino', 'ragazzina', 'bambino', 'bambina', 'bimbo', 'bimba', 'giovane', 'anziano', 'anziana',
    'pensionato', 'pensionata', 'figlio', 'figlia', 'padre', 'madre', 'studente', 'studentessa', 'operaio', 'operaia', 'turista', 'cittadino',
    'cittadina', 'imprenditore', 'imprenditrice', 'medico', 'autista', 'conducente', 'pilota', 'militare', 'soldato', 'agente', 'vittima',
    'paziente', 'giovani', 'uomini', 'donne', 'ragazzi', 'ragazze', 'bambini', 'bambine', 'anziani', 'anziane', 'complice', 'complici', 'ladro',
    'ladra', 'ladri', 'rapinatore', 'rapinatrice', 'malvivente', 'malviventi', 'borseggiatore', 'borseggiatrice', 'spacciatore', 'spacciatrice',
    'arrestato', 'arrestata', 'fermato', 'fermata', 'denunciato', 'denunciata', 'indagato', 'indagata', 'ciclista', 'pedone', 'motociclista',
    'automobilista', 'passante', 'residente', 'titolare', 'commerciante', 'dipendente', 'infermiere', 'infermiera', 'moglie', 'marito', 'compagno',
    'compagna', 'fidanzato', 'fidanzata', 'nipote', 'nonno', 'nonna', 'signora', 'signore', 'cliente', 'straniero', 'straniera', 'connazionale',
    'migrante', 'profugo', 'detenuto', 'detenuta', 'insegnante', 'professore', 'professoressa', 'sindaco', 'imputato', 'imputata', 'operaio',
    'lavoratore', 'lavoratrice', 'badante', 'vicino', 'vicina', 'amico', 'amica', 'coniuge', 'figli', 'nipoti', 'fratello', 'fratelli', 'sorella',
    'sorelle', 'coniugi', 'genitori', 'pregiudicato', 'pregiudicata', 'pregiudicati', 'manager', 'dirigente', 'sacerdote', 'prete', 'suora', 'calciatore', 'calciatrice', 'allenatore',
    'giocatore', 'giocatrice', 'attore', 'attrice', 'cantante', 'deputato', 'deputata', 'senatore', 'senatrice', 'ministro', 'ministra', 'clochard', 'senzatetto', 'latitante', 'evaso', 'evasa',
    // Crime news names a person by nationality or town: "un albanese di 27 anni", "un modenese di 41 anni".
    'italiano', 'italiana', 'marocchino', 'marocchina', 'tunisino', 'tunisina', 'algerino', 'algerina', 'albanese', 'romeno', 'romena',
    'rumeno', 'rumena', 'nigeriano', 'nigeriana', 'senegalese', 'egiziano', 'egiziana', 'cinese', 'pakistano', 'pakistana', 'indiano',
    'indiana', 'bengalese', 'ucraino', 'ucraina', 'moldavo', 'moldava', 'polacco', 'polacca', 'peruviano', 'peruviana', 'ecuadoriano',
    'ecuadoriana', 'brasiliano', 'brasiliana', 'gambiano', 'ghanese', 'ivoriano', 'filippino', 'filippina', 'georgiano', 'georgiana', 'russo',
    'russa', 'bulgaro', 'bulgara', 'serbo', 'serba', 'kosovaro', 'macedone', 'tedesco', 'tedesca', 'francese', 'spagnolo', 'spagnola',
    'inglese', 'americano', 'americana', 'libico', 'eritreo', 'somalo', 'siriano', 'afghano', 'iracheno', 'turco', 'turca', 'cubano', 'cubana',
    'colombiano', 'colombiana', 'argentino', 'argentina', 'dominicano', 'dominicana', 'modenese', 'bolognese', 'reggiano', 'reggiana',
    'napoletano', 'napoletana', 'siciliano', 'siciliana', 'calabrese', 'pugliese', 'romano', 'romana', 'milanese', 'torinese', 'ferrarese',
    'parmense', 'carpigiano', 'carpigiana', 'sassolese', 'veneto', 'sardo', 'sarda', 'campano', 'lombardo', 'emiliano', 'emiliana', 'toscano', 'toscana'
  ],
  ageBandBefore: ['gli', 'i', 'le', 'degli', 'agli', 'dagli', 'sugli', 'negli', 'tra', 'fra', 'persone', 'pazienti', 'categoria'],
  phoneCues: ['chiamare', 'chiamato', 'chiamata', 'chiamando', 'contattare', 'contattato', 'numero', 'telefono', 'tel', 'il', 'al', 'allo', 'dal', 'del', 'emergenza'],
  levelVerbs: ['sono', 'erano', 'superato', 'superati', 'superate', 'superano', 'supera', 'sfiorano', 'sfiora', 'sfiorando', 'salgono', 'salgano', 'saliti', 'salite', 'scesi', 'scese', 'scendono', 'ammontano', 'raggiungono', 'toccano', 'arrivano', 'restano', 'rimangono'],
  levelAdverbs: ['finora', 'ormai', 'già', 'complessivamente', 'attualmente', 'in tutto', 'in totale', 'oggi', 'ieri', 'adesso', 'ora'],
  ordinalMagnitudes: ['millesimo', 'millesima', 'milionesimo', 'milionesima', 'miliardesimo', 'miliardesima'],
  temperatureWords: ['febbre', 'temperatura', 'febbricola'],
  stockIndexWords: ['indice', 'indici', 'ftse', 'mib', 'dax', 'cac', 'nikkei', 'nasdaq', 'dow', 'kospi', 'hang seng'],
  othersWords: ['altri', 'altre'],
  singleWords: ['solo', 'sola', 'unico', 'unica', 'singolo', 'singola'],
  months: [
    ['gennaio', 1], ['febbraio', 2], ['marzo', 3], ['aprile', 4], ['maggio', 5], ['giugno', 6], ['luglio', 7], ['agosto', 8], ['settembre', 9],
    ['ottobre', 10], ['novembre', 11], ['dicembre', 12], ['gen', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['mag', 5], ['giu', 6], ['lug', 7], ['ago', 8],
    ['set', 9], ['sett', 9], ['ott', 10], ['nov', 11], ['dic', 12]
  ],
  ambiguousMonthWords: ['mar', 'set', 'ago', 'mag', 'gen', 'sett', 'nov', 'feb', 'apr', 'giu', 'lug', 'ott', 'dic'],
  weekdays: ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica'],
  // Italian years take the article ("il 2050", "tra il 1377 e il 1380"); counts never take a singular one.
  yearCues: [
    'il', 'nel', 'dal', 'del', 'al', 'entro', 'anno', "nell'", "dall'", 'sino', 'fino', 'estate', 'inverno', 'primavera', 'autunno', 'inizio', 'fine',
    'metà', 'in', 'circa', 'anni', 'stagione', 'datato', 'datata', 'datati', 'datate'
  ],
  clockCues: ['alle', 'le', 'ore', 'dalle', 'entro le', 'verso le'],
  clockAfter: ['gmt', 'utc', 'cet'],
  identifierNouns: [
    'risoluzione', 'risoluzioni', 'articolo', 'articoli', 'art', 'comma', 'commi', 'legge', 'decreto', 'numero', 'n', 'nr', 'num', 'pagina', 'pagine',
    'pag', 'p', 'pp', 'volo', 'voli', 'linea', 'sezione', 'capitolo', 'paragrafo', 'versione', 'modello', 'tipo', 'serie', 'codice', 'canale', 'stanza',
    'camera', 'lotto', 'gate', 'binario', 'autostrada', 'statale', 'provinciale', 'via', 'viale', 'piazza', 'corso', 'civico', 'interno', 'cap', 'tel',
    'fax', 'id', 'punto', 'fase', 'livello', 'categoria', 'grado', 'quota', 'seggio', 'collegio', 'distretto', 'regione', 'zona', 'settore',
    'tabella', 'figura', 'allegato', 'edizione', 'tomo', 'fila', 'posto', 'squadra', 'maglia', 'classe', 'atto', 'protocollo', 'pratica', 'ruolo',
    'sentenza', 'ordinanza', 'circolare', 'dpcm', 'dl', 'dlgs', 'calibro', 'matricola', 'targa', 'telaio', 'sp', 'ss', 'sr'
  ],
  pageFurnitureCues: [
    ['di questo articolo', 'line'], ['iscriviti', 'line'], ['ascolta ora', 'line'], ['questo articolo è riservato', 'line'],
    ['abbonamenti', 'sentence'], ['abbonati a', 'sentence'], ['abbonati ora', 'sentence'], ['sei già abbonato', 'sentence'],
    ['abbonamento digitale', 'sentence'], ['registrati per', 'sentence'], ['accedi per', 'sentence'], ['continua a leggere', 'sentence'],
    ['leggi anche', 'sentence'], ['prova gratis', 'sentence'], ['newsletter', 'sentence'], ['cookie', 'sentence'],
    ['tutti i diritti riservati', 'sentence'], ['©', 'sentence'], ['copyright', 'sentence'], ['condividi su', 'sentence']
  ],
  auxiliaries: ['sono', 'furono', 'erano', 'è', 'fu', 'era', 'stati', 'state', 'stato', 'stata', 'rimasti', 'rimaste', 'restati', 'restate', 'risultano', 'risultavano'],
  stopWords: [
    'il', 'lo', 'la', 'i', 'gli', 'le', "l'", 'un', 'uno', 'una', "un'", 'di', "d'", 'a', 'ad', 'da', 'in', 'con', 'su', 'per', 'tra', 'fra', 'del',
    'dello', 'della', 'dei', 'degli', 'delle', "dell'", 'al', 'allo', 'alla', 'ai', 'agli', 'alle', "all'", 'dal', 'dallo', 'dalla', 'dai', 'dagli',
    'dalle', "dall'", 'nel', 'nello', 'nella', 'nei', 'negli', 'nelle', "nell'", 'sul', 'sullo', 'sulla', 'sui', 'sugli', 'sulle', "sull'", 'col',
    'coi', 'e', 'ed', 'o', 'od', 'ma', 'che', 'se', 'come', 'quando', 'mentre', 'perché', 'però', 'anche', 'né', 'cui', 'quale', 'quali', 'questo',
    'questa', 'questi', 'queste', 'quello', 'quella', 'quelli', 'quelle', 'li', 'ne', 'ci', 'vi', 'si', 'mi', 'ti', 'loro', 'suo', 'sua', 'suoi',
    'sue', 'non', 'più', 'meno', 'già', 'ancora', 'solo', 'soltanto', 'circa', 'quasi', 'oltre', 'almeno', 'poi', 'sempre', 'mai', 'molto',
    'tanto', 'poco', 'ben', 'bene', 'ora', 'è', 'sono', 'era', 'erano', 'fu', 'furono', 'sarà', 'saranno', 'sia', 'siano', 'stato', 'stata',
    'stati', 'state', 'essere', 'ha', 'hanno', 'aveva', 'avevano', 'avrà', 'avranno', 'abbia', 'abbiano', 'avere', 'fa', 'fanno', 'può', 'possono',
    'deve', 'devono', 'viene', 'vengono', 'risulta', 'risultano', 'sembra', 'sembrano', 'resta', 'restano', 'contro', 'verso', 'sopra', 'sotto',
    'dopo', 'prima', 'durante', 'secondo', 'entro', 'fino', 'presso', 'senza', 'dentro', 'fuori', 'ogni', 'tutti', 'tutte', 'tutto', 'tutta',
    'altri', 'altre', 'altro', 'altra', 'nessuno', 'ciascuno', 'cioè', 'ossia', 'ovvero', 'dove', 'chi', 'cosa', 'qui', 'qua', 'lì', 'là',
    'sì', 'no', 'dunque', 'quindi', 'infatti', 'inoltre', 'tuttavia', 'invece', 'oppure', 'nonché', 'ecc', 'così', 'tale', 'tali', 'stesso',
    'stessi', 'stesse', 'proprio', 'propri', 'ciò', 'esso', 'essi', 'esse', 'lui', 'lei', 'noi', 'voi', 'io', 'tu', 'mio', 'tuo', 'nostro',
    'vostro', 'nostri', 'vostri', 'ha', 'ho', 'hai', 'abbiamo', 'avete', 'siamo', 'siete', 'sei', 'c', "c'", 'ecco', 'fino', 'volta', 'contenenti',
    'compresi', 'comprese', 'inclusi', 'incluse', 'tratta', 'riguarda', 'ogni', 'rispetto', 'dall', 'nell', 'dell', 'all', 'sull', 'pari', 'contro', 'ieri', 'oggi', 'domani', 'stamattina', 'stanotte', 'stasera'
  ],
  sourceBefore: [
    'secondo', 'stando a', 'a detta di', 'come riferito da', 'come riportato da', 'come ha spiegato', 'come spiega', 'secondo quanto riportato da',
    'secondo quanto riferito da', 'secondo quanto reso noto da', 'secondo quanto riportato dal', 'secondo quanto riportato dalla', 'secondo quanto riferisce',
    'secondo quanto riporta', 'secondo le stime di', 'secondo le stime del', 'secondo le stime della', 'secondo i dati di', 'secondo i dati del',
    'secondo i dati della', 'secondo fonti', 'riferisce', 'riporta', 'scrive', 'fa sapere', 'secondo quanto scrive', 'secondo quanto afferma',
    'secondo quanto dichiarato da', 'secondo quanto comunicato da', 'stando ai dati di', 'stando ai dati del'
  ],
  speechVerbs: [
    'ha confermato', 'hanno confermato', 'ha detto', 'hanno detto', 'ha dichiarato', 'hanno dichiarato', 'ha affermato', 'hanno affermato',
    'ha riferito', 'hanno riferito', 'ha reso noto', 'hanno reso noto', 'ha annunciato', 'hanno annunciato', 'ha spiegato', 'hanno spiegato',
    'ha scritto', 'hanno scritto', 'ha stimato', 'hanno stimato', 'ha riportato', 'hanno riportato', 'ha rivelato', 'hanno rivelato',
    'ha menzionato', 'ha comunicato', 'hanno comunicato', 'ha precisato', 'ha sottolineato', 'ha ammesso', 'ha denunciato', 'ha sostenuto',
    // Present tenses that are not also nouns or adjectives ("la stima", "una conferma", "precisa" are left out).
    'afferma', 'affermano', 'sostiene', 'sostengono', 'dichiara', 'stimano', 'confermano', 'rivela', 'rivelano', 'riferiscono', 'scrivono',
    'annuncia', 'comunica', 'spiega'
  ],
  sourceDeterminers: ["l'", 'il', 'lo', 'la', 'i', 'gli', 'le', 'un', "un'", 'una', 'uno', 'quanto'],
  relativeTimePhrases: [
    "l'anno scorso", 'lo scorso anno', "quest'anno", "l'anno prossimo", 'il prossimo anno', "l'anno precedente", 'lo stesso anno', 'ieri', 'oggi',
    'stamattina', 'stanotte', 'domani', 'la settimana scorsa', 'il mese scorso', 'lo scorso mese', 'questo mese', 'questa settimana',
    "nell'ultimo anno", 'negli ultimi mesi', 'nelle ultime settimane', 'negli ultimi giorni'
  ],
  periodStartCues: ['dal', "dall'", 'dalla', 'dallo', 'dai', 'da', 'partire'],
  periodEndCues: ['fino', 'entro', 'sino']
}
