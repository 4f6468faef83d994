/**
 * English: every word Riscontro knows about the language, in one place (issue 10, STYLE.md §14).
 * The claim extractor builds its phrase tables from these lists; the aligner and the cleaner read
 * the same ones.
 */
import type { Vocabulary } from './vocabulary'

/** English number words below twenty and the tens, see claims/number-words. */
export const englishNumberWordParts = {
  small: [
    ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9],
    ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16],
    ['seventeen', 17], ['eighteen', 18], ['nineteen', 19]
  ],
  tens: [['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90]]
} as const satisfies { small: ReadonlyArray<readonly [string, number]>; tens: ReadonlyArray<readonly [string, number]> }

/**
 * English nouns whose counted thing is the "of" phrase after them ("4 million rounds of ammunition",
 * "tons of rice" is a measure): the phrase is kept whole, the head stays the first noun.
 */
export const englishPartitiveHeads: readonly string[] = ['rounds', 'pieces', 'units', 'items', 'members', 'batches', 'boxes', 'shipments', 'containers', 'sets']

/**
 * Adjectives that stand before a counted noun and are never one ("six major industrialised nations",
 * "4,400 current employees", "a 19-strong panel"): a phrase that ends on one has no counted thing yet.
 */
export const englishAttributiveAdjectives: readonly string[] = [
  'major', 'minor', 'new', 'current', 'former', 'other', 'additional', 'big', 'large', 'small', 'leading', 'senior', 'junior', 'strong', 'key',
  'main', 'separate', 'different', 'similar', 'further', 'extra', 'local', 'foreign', 'domestic', 'private', 'public', 'young', 'consecutive',
  'straight', 'previous', 'full', 'top', 'largest', 'biggest', 'smallest', 'remaining', 'possible', 'potential', 'prospective', 'existing'
]

/** Words glued by a hyphen after a model number ("an 80386-based PC", "747-class jets"): the number names a model. */
export const englishModelSuffixes: readonly string[] = ['based', 'powered', 'compatible', 'class', 'series', 'equipped']

export const english: Vocabulary = {
  magnitudes: [
    ['hundred', 2], ['thousand', 3], ['million', 6], ['millions', 6], ['mn', 6], ['billion', 9], ['bn', 9], ['trillion', 12], ['tn', 12],
    ['tln', 12], ['trn', 12], ['bln', 9], ['mln', 6], ['mil', 6]
  ],
  gluedMagnitudes: [['k', 3], ['m', 6], ['mn', 6], ['bn', 9], ['b', 9], ['tn', 12], ['tln', 12], ['trn', 12]],
  halfAfterUnit: ['and a half'],
  halfAfterMagnitude: ['and a half'],
  vagueMagnitudeNouns: [['tens', 1], ['dozens', 1], ['scores', 1], ['hundreds', 2], ['thousands', 3], ['millions', 6], ['billions', 9], ['trillions', 12]],
  vagueCountedBare: ['injured', 'wounded', 'killed', 'dead', 'arrested', 'detained', 'missing', 'evacuated', 'displaced', 'more'],
  durationPhrases: [['a quarter of a century', 25, 'year'], ['a quarter century', 25, 'year'], ['half a century', 50, 'year'], ['a century and a half', 150, 'year'], ['a year and a half', 1.5, 'year'], ['half an hour', 0.5, 'h'], ['an hour and a half', 1.5, 'h']],
  vagueOpeners: ['several', 'many', 'some', 'few', 'various', 'numerous'],
  vagueSingularMagnitudes: [['hundred', 2], ['thousand', 3], ['million', 6], ['billion', 9]],
  approximateCollectives: [],
  qualifiersBefore: [
    ...(['about', 'around', 'approximately', 'approx.', 'roughly', 'nearly', 'almost', 'some', 'an estimated', 'estimated', 'close to', 'circa',
      'an approximate', 'just about', 'more or less', 'around the'] as const).map((phrase) => [phrase, 'approx'] as const),
    ...(['at least', 'no fewer than', 'no less than', 'not less than', 'a minimum of', 'at minimum'] as const).map((phrase) => [phrase, 'at_least'] as const),
    ...(['more than', 'over', 'upwards of', 'in excess of', 'above', 'just over', 'greater than', 'well over', 'well above', 'more than the'] as const).map(
      (phrase) => [phrase, 'more_than'] as const
    ),
    ...(['up to', 'as many as', 'as much as', 'at most', 'no more than', 'not more than', 'a maximum of', 'at the most', 'as high as', 'as large as'] as const).map(
      (phrase) => [phrase, 'at_most'] as const
    ),
    ...(['less than', 'fewer than', 'under', 'below', 'just under', 'just below', 'lower than', 'well under', 'well below'] as const).map(
      (phrase) => [phrase, 'less_than'] as const
    )
  ],
  qualifiersAfter: [['or more', 'at_least'], ['and more', 'at_least'], ['or so', 'approx'], ['or fewer', 'at_most'], ['or less', 'at_most']],
  rangeOpeners: [
    [['between', 'between the'], ['and', 'and the']],
    [['from'], ['to']]
  ],
  rangeBareJoiners: ['to', 'or'],
  ratioJoiners: ['in', 'out of'],
  scoreCues: ['won', 'win', 'wins', 'winning', 'beat', 'beats', 'beating', 'lost', 'lose', 'loses', 'losing', 'drew', 'draw', 'victory', 'defeat', 'defeated', 'scoreline', 'score'],
  changeVerbs: [
    'rose', 'risen', 'rise', 'rises', 'fell', 'fallen', 'fall', 'falls', 'increased', 'increase', 'increases', 'decreased', 'decrease', 'grew',
    'grown', 'grow', 'grows', 'dropped', 'drop', 'drops', 'climbed', 'climb', 'climbs', 'jumped', 'jump', 'jumps', 'declined', 'decline',
    'declines', 'slipped', 'slid', 'soared', 'surged', 'plunged', 'plummeted', 'raised', 'raise', 'raises', 'cut', 'cuts', 'lowered', 'lower',
    'boosted', 'expanded', 'shrank', 'narrowed', 'widened', 'up', 'down', 'revised', 'changed', 'moved', 'went', 'increasing', 'rising', 'falling'
  ],
  currencyNames: [
    ['dollars', 'USD'], ['dollar', 'USD'], ['dlrs', 'USD'], ['dlr', 'USD'], ['us dollars', 'USD'], ['u.s. dollars', 'USD'], ['american dollars', 'USD'], ['canadian dollars', 'CAD'],
    ['australian dollars', 'AUD'], ['hong kong dollars', 'HKD'], ['euros', 'EUR'], ['euro', 'EUR'], ['pounds sterling', 'GBP'], ['sterling', 'GBP'],
    ['rubles', 'RUB'], ['roubles', 'RUB'], ['ruble', 'RUB'], ['won', 'KRW'], ['yen', 'JPY'], ['yuan', 'CNY'], ['renminbi', 'CNY'],
    ['swiss francs', 'CHF'], ['francs', 'CHF'], ['swiss franc', 'CHF'], ['french francs', 'FRF'], ['french franc', 'FRF'], ['belgian francs', 'BEF'],
    ['luxembourg francs', 'LUF'], ['guilders', 'NLG'], ['dutch guilders', 'NLG'], ['lire', 'ITL'], ['italian lire', 'ITL'], ['marks', 'DEM'],
    ['mark', 'DEM'], ['german marks', 'DEM'], ['deutsche marks', 'DEM'], ['pesetas', 'ESP'], ['escudos', 'PTE'], ['schillings', 'ATS'],
    ['drachmas', 'GRD'], ['finnish markka', 'FIM'], ['markka', 'FIM'], ['stg', 'GBP'], ['swedish crowns', 'SEK'], ['danish crowns', 'DKK'],
    ['norwegian crowns', 'NOK'], ['danish kroner', 'DKK'], ['norwegian kroner', 'NOK'], ['swedish kronor', 'SEK'], ['cruzados', 'BRL'], ['sucres', 'ECS'], ['bolivianos', 'BOB'], ['australs', 'ARS'], ['australes', 'ARS'], ['intis', 'PEN'],
    ['australian dlrs', 'AUD'], ['n.z. dlrs', 'NZD'], ['h.k. dlrs', 'HKD'], ['n.z. dollars', 'NZD'], ['singapore dlrs', 'SGD'], ['singapore dollars', 'SGD'], ['new zealand dlrs', 'NZD'], ['new zealand dollars', 'NZD'],
    ['taiwan dlrs', 'TWD'], ['u.s. dlr', 'USD'], ['hong kong dlrs', 'HKD'], ['canadian dlrs', 'CAD'], ['hk dlrs', 'HKD'], ['u.s. dlrs', 'USD'], ['us dlrs', 'USD'], ['rupees', 'INR'], ['hryvnias', 'UAH'], ['lira', 'TRY'], ['liras', 'TRY'], ['rupiah', 'IDR'],
    ['ringgit', 'MYR'], ['baht', 'THB'], ['pesos', 'MXN'], ['rand', 'ZAR'], ['shekels', 'ILS'], ['zlotys', 'PLN'], ['zloty', 'PLN'],
    ['dinars', 'DZD'], ['naira', 'NGN'], ['crowns', 'CZK'], ['kronor', 'SEK'], ['kroner', 'NOK'], ['reais', 'BRL'], ['riyals', 'SAR'],
    ['dirhams', 'AED'], ['australian dollar', 'AUD'], ['new taiwan dollars', 'TWD'],
    // Headlines write the unit singular before a noun: "750 MLN FRANC BOND", "75 MLN CAN DLR BOND".
    ['franc', 'CHF'], ['can dlr', 'CAD'], ['can dlrs', 'CAD'], ['canadian dlr', 'CAD'], ['australian dlr', 'AUD'], ['n.z. dlr', 'NZD'],
    ['h.k. dlr', 'HKD'], ['hk dlr', 'HKD'], ['singapore dlr', 'SGD'], ['guilder', 'NLG'], ['ecus', 'XEU'], ['ecu', 'XEU']
  ],
  centWords: [
    ['cts', 'USD'], ['cents', 'USD'], ['cent', 'USD'], ['pence', 'GBP'], ['euro cents', 'EUR'], ['u.s. cts', 'USD'], ['u.s. cents', 'USD'], ['h.k. cents', 'HKD'],
    ['h.k. cts', 'HKD']
  ],
  moneyNouns: ['sales', 'revenues', 'revenue', 'revs', 'net', 'profit', 'profits', 'loss', 'losses', 'income', 'earnings', 'turnover', 'deficit', 'surplus', 'assets', 'deposits', 'loans', 'backlog', 'dividends', 'dividend', 'payout', 'ebitda', 'debit', 'credit', 'credits', 'charge', 'charges', 'gain', 'gains', 'expenditure', 'spending'],
  moneyNounModifiers: ['oper', 'operating', 'pretax', 'pre-tax', 'gross', 'total', 'premium', 'after-tax', 'of', 'at', 'to', 'was', 'were', 'totaled', 'totalled'],
  currencyCountryWords: [['denmark', 'DKK'], ['danish', 'DKK'], ['copenhagen', 'DKK'], ['sweden', 'SEK'], ['swedish', 'SEK'], ['stockholm', 'SEK'],
    ['norway', 'NOK'], ['norwegian', 'NOK'], ['oslo', 'NOK'], ['czechoslovakia', 'CZK'], ['czech', 'CZK'], ['prague', 'CZK'], ['iceland', 'ISK'], ['icelandic', 'ISK'],
    ['france', 'FRF'], ['french', 'FRF'], ['paris', 'FRF'], ['belgium', 'BEF'], ['belgian', 'BEF'], ['brussels', 'BEF'], ['switzerland', 'CHF'], ['swiss', 'CHF'], ['zurich', 'CHF'], ['geneva', 'CHF'], ['berne', 'CHF'], ['bern', 'CHF']],
  percentWords: [['percent', '%'], ['per cent', '%'], ['pct', '%'], ['percentage points', 'pp'], ['percentage point', 'pp'],
    ['basis points', 'bp'], ['basis point', 'bp'], ['pct points', 'pp'], ['pct point', 'pp']],
  measureUnits: [
    // Newswire abbreviations of time spans ("nine mths", "two yrs").
    ['mths', 'month'], ['mth', 'month'], ['yrs', 'year'], ['wks', 'week'],
    ['km', 'km'], ['kilometers', 'km'], ['kilometres', 'km'], ['kilometer', 'km'], ['kilometre', 'km'], ['meters', 'm'], ['metres', 'm'],
    ['meter', 'm'], ['metre', 'm'], ['cm', 'cm'], ['centimeters', 'cm'], ['centimetres', 'cm'], ['mm', 'mm'], ['millimeters', 'mm'],
    ['millimetres', 'mm'], ['kg', 'kg'], ['kilograms', 'kg'], ['kilogrammes', 'kg'], ['kilos', 'kg'], ['grams', 'g'], ['tons', 't'], ['tonnes', 't'],
    ['ton', 't'], ['tonne', 't'], ['metric tons', 't'], ['long tons', 't'], ['short tons', 't'], ['yards', 'yd'], ['yard', 'yd'], ['m2', 'm2'], ['liters', 'l'], ['litres', 'l'], ['gallons', 'gal'], ['hectares', 'ha'], ['acres', 'acre'], ['hectare', 'ha'], ['acre', 'acre'],
    ['miles', 'mi'], ['mile', 'mi'], ['nautical miles', 'nmi'], ['feet', 'ft'], ['foot', 'ft'], ['ft', 'ft'], ['inches', 'in'], ['inch', 'in'],
    ['pounds', 'lb'], ['lbs', 'lb'], ['lb', 'lb'], ['barrels', 'bbl'], ['barrel', 'bbl'], ['bpd', 'bbl/d'], ['barrels per day', 'bbl/d'],
    ['square kilometers', 'km2'], ['square kilometres', 'km2'], ['sq km', 'km2'], ['square miles', 'mi2'], ['square meters', 'm2'],
    ['square metres', 'm2'], ['square feet', 'ft2'], ['megawatts', 'MW'], ['megawatt', 'MW'], ['mw', 'MW'], ['gigawatts', 'GW'], ['gw', 'GW'],
    ['kw', 'kW'], ['kwh', 'kWh'], ['mwh', 'MWh'], ['gwh', 'GWh'], ['twh', 'TWh'], ['volts', 'V'], ['volt', 'V'], ['knots', 'kn'], ['degrees', '°'], ['degrees celsius', '°C'],
    ['degrees fahrenheit', '°F'], ['mph', 'mph'], ['km/h', 'km/h'], ['seconds', 's'], ['second', 's'], ['minutes', 'min'], ['minute', 'min'],
    ['hours', 'h'], ['hour', 'h'], ['days', 'd'], ['day', 'd'], ['weeks', 'week'], ['week', 'week'], ['months', 'month'], ['month', 'month'],
    ['years', 'year'], ['year', 'year'], ['decades', 'decade'], ['decade', 'decade'], ['centuries', 'century'], ['century', 'century']
  ],
  frequencyBefore: ['every', 'each'],
  // "lost 7 mln dlrs", "a gain of 75 mln dlrs" are amounts of a loss or a profit, levels: not changes.
  changeBefore: [
    ...['fell', 'falls', 'fall', 'dropped', 'drops', 'drop', 'declined', 'declines', 'slipped', 'slips', 'slid', 'slides', 'shed',
      'sheds', 'eased', 'eases', 'plunged', 'plunges', 'tumbled', 'tumbles', 'sank', 'sinks', 'decreased', 'decreases', 'shrank', 'shrinks',
      'down', 'cut', 'cuts', 'lowered', 'reduced', 'a drop of', 'a fall of', 'a decline of', 'a decrease of', 'a cut of', 'falling',
      'dropping', 'declining', 'slipping', 'sliding', 'easing', 'plunging', 'tumbling', 'shedding']
      .flatMap((phrase) => [[phrase, 'fall'] as const, [`${phrase} by`, 'fall'] as const]),
    ...['rose', 'rises', 'rise', 'increased', 'increases', 'climbed', 'climbs', 'jumped', 'jumps', 'gained', 'gains', 'grew', 'grows', 'soared',
      'soars', 'surged', 'surges', 'advanced', 'advances', 'added', 'adds', 'up', 'raised', 'boosted', 'a rise of', 'an increase of',
      'a jump of', 'rising', 'climbing', 'gaining', 'jumping', 'increasing', 'advancing', 'soaring', 'surging']
      .flatMap((phrase) => [[phrase, 'rise'] as const, [`${phrase} by`, 'rise'] as const])
  ],
  changeAfter: [
    ['increase', 'rise'], ['rise', 'rise'], ['gain', 'rise'], ['jump', 'rise'], ['hike', 'rise'], ['increase from', 'rise'],
    ['decrease', 'fall'], ['drop', 'fall'], ['decline', 'fall'], ['fall', 'fall'], ['cut', 'fall'], ['reduction', 'fall']
  ],
  ageBefore: ['aged', 'age', 'ages', 'age of', 'the age of', 'at age', 'turned', 'turns', 'died at', 'dies at', 'dead at', 'retire at', 'retired at', 'retirement at'],
  ageAfter: ['old', 'of age', 'years old', 'year old', 'years of age'],
  personNouns: [],
  ageBandBefore: ['the', 'those', 'people', 'adults', 'patients', 'residents', 'anyone', 'everyone', 'men', 'women', 'aged'],
  phoneCues: ['call', 'calls', 'called', 'calling', 'dial', 'dialed', 'dialled', 'dialing', 'phone', 'hotline'],
  levelVerbs: ['reached', 'reach', 'reaches', 'totaled', 'totalled', 'totals', 'stood', 'stands', 'was', 'were', 'rose', 'fell', 'climbed', 'dropped', 'increased', 'decreased', 'declined', 'jumped', 'grew', 'amounted', 'numbered', 'hit', 'topped', 'exceeded', 'surpassed'],
  levelAdverbs: ['so far', 'now', 'already', 'currently', 'altogether', 'in all', 'in total', 'today', 'yesterday'],
  ordinalMagnitudes: ['hundredth', 'thousandth', 'millionth', 'billionth'],
  temperatureWords: ['fever', 'temperature'],
  stockIndexWords: ['index', 'indices', 'industrials', 'dow', 'nikkei', 'ftse', 'dax', 'cac', 'nasdaq', 'kospi', 'hang seng', 's&p'],
  othersWords: ['others'],
  singleWords: ['single', 'lone', 'sole'],
  months: [
    ['january', 1], ['february', 2], ['march', 3], ['april', 4], ['may', 5], ['june', 6], ['july', 7], ['august', 8], ['september', 9],
    ['october', 10], ['november', 11], ['december', 12], ['jan', 1], ['feb', 2], ['feb.', 2], ['mar', 3], ['apr', 4], ['jun', 6], ['jul', 7],
    ['aug', 8], ['sept', 9], ['sep', 9], ['oct', 10], ['nov', 11], ['dec', 12]
  ],
  ambiguousMonthWords: ['may', 'march', 'mar', 'jan', 'feb', 'apr', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
  weekdays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  yearCues: [
    'in', 'since', 'by', 'from', 'of', 'until', 'till', 'year', 'summer', 'winter', 'spring', 'autumn', 'fall', 'early', 'late', 'mid', 'through',
    'before', 'after', 'during', 'circa', 'years', 'season', 'fiscal', 'fy', 'class'
  ],
  clockCues: ['at'],
  clockAfter: ['hrs', 'am', 'pm', 'a.m', 'p.m', 'gmt', 'utc', 'cet', 'et', 'est', 'kst', 'pst', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pdt', 'bst', 'jst', 'hkt'],
  identifierNouns: [
    'resolution', 'resolutions', 'article', 'articles', 'section', 'sections', 'chapter', 'paragraph', 'clause', 'page', 'pages', 'p', 'pp', 'flight',
    'route', 'highway', 'interstate', 'version', 'model', 'type', 'series', 'code', 'channel', 'room', 'gate', 'platform', 'number', 'no', 'nos', 'n',
    'district', 'precinct', 'ward', 'level', 'category', 'phase', 'stage', 'grade', 'step', 'rule', 'amendment', 'title', 'form', 'docket', 'case',
    'bill', 'act', 'exhibit', 'appendix', 'figure', 'fig', 'table', 'edition', 'issue', 'vol', 'volume', 'lane', 'street', 'st', 'avenue', 'ave',
    'road', 'rd', 'box', 'suite', 'unit', 'apt', 'row', 'seat', 'jersey', 'class', 'caliber', 'calibre', 'tel', 'fax', 'id', 'band', 'lane'
  ],
  pageFurnitureCues: [
    ['of this article', 'line'], ['subscribe now', 'line'], ['listen to this article', 'line'], ['this article is for subscribers', 'line'],
    ['subscribe to', 'sentence'], ['subscribe for', 'sentence'], ['already a subscriber', 'sentence'], ['sign up for', 'sentence'],
    ['sign up to', 'sentence'], ['sign in to', 'sentence'], ['log in to', 'sentence'], ['free trial', 'sentence'], ['continue reading', 'sentence'],
    ['read more', 'sentence'], ['newsletter', 'sentence'], ['cookie', 'sentence'], ['privacy policy', 'sentence'], ['all rights reserved', 'sentence'],
    ['©', 'sentence'], ['copyright', 'sentence'], ['share this', 'sentence'], ['(attn:', 'parenthesis']
  ],
  auxiliaries: ['were', 'was', 'are', 'is', 'been', 'have', 'has', 'had', 'being', 'got', 'remain', 'remained'],
  stopWords: [
    'the', 'a', 'an', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'without', 'into', 'onto', 'over', 'under', 'about', 'around',
    'as', 'than', 'and', 'or', 'but', 'nor', 'so', 'yet', 'if', 'that', 'which', 'who', 'whom', 'whose', 'what', 'when', 'where', 'while', 'this',
    'these', 'those', 'it', 'its', 'they', 'them', 'their', 'there', 'here', 'his', 'her', 'he', 'she', 'we', 'us', 'our', 'you', 'your', 'i',
    'my', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'shall', 'should',
    'can', 'could', 'may', 'might', 'must', 'not', 'no', 'also', 'more', 'less', 'most', 'least', 'many', 'much', 'some', 'any', 'each', 'every',
    'all', 'both', 'either', 'neither', 'such', 'only', 'just', 'very', 'said', 'says', 'say', 'told', 'according', 'including', 'per', 'vs',
    'versus', 'plus', 'minus', 'up', 'down', 'out', 'off', 'than', 'then', 'now', 'after', 'before', 'since', 'during', 'until', 'against',
    'between', 'among', 'amid', 'near', 'outside', 'inside', 'through', 'across', 'along', 'behind', 'beyond', 'despite', 'toward', 'towards', 'upon', 'via', 'within',
    'because', 'although', 'though', 'unless', 'whether', 'how', 'why', 'whereas', 'ago', 'later', 'earlier', 'last', 'next', 'another',
    'others', 'same', 'own', 'few', 'several', 'various', 'each', 'get', 'got', 'gets', 'went', 'go', 'goes', 'came', 'come', 'comes', 'made',
    'make', 'makes', 'took', 'take', 'takes', 'gave', 'give', 'gives', 'still', 'even', 'again', 'already', 'almost', 'nearly', 'about',
    'roughly', 'approximately', 'around', 'those', 'too', 'like', 'unlike', 'away', 'back', 'well', 'were', 'am', 'whereby', 'hence', 'thus',
    'there', 'what', 'something', 'anything', 'nothing', 'everything', 'someone', 'anyone', 'everyone', 'one', 'ones', 'once', 'twice', 'times',
    'percent', 'per', 'mr', 'mrs', 'ms', 'dr', 'higher', 'lower', 'better', 'worse', 'stronger', 'weaker', 'firmer', 'easier', 'steady', 'yesterday', 'today', 'tomorrow', 'tonight',
    // Irregular past tenses: they end a counted phrase ("179 people lost", "179 victims wept").
    'lost', 'wept', 'fled', 'left', 'held', 'paid', 'sent', 'spent', 'built', 'began', 'saw', 'ran', 'fought', 'brought', 'bought', 'caught',
    'thought', 'kept', 'felt', 'found', 'stood', 'sat', 'lay', 'hid', 'flew', 'drove', 'rode', 'wrote', 'broke', 'spoke', 'chose', 'stole',
    'wore', 'shot', 'hit', 'hurt', 'put', 'set', 'let', 'shut', 'spread', 'quit', 'met', 'fell', 'rose', 'grew', 'won', 'knew', 'led', 'fed',
    'sold', 'struck', 'became', 'remain', 'remained', 'remains', 'face', 'faced', 'faces', 'plan', 'plans', 'planned', 'need', 'needs', 'want',
    'wants', 'live', 'work', 'died', 'arrived', 'including', 'such', 'total', 'per'
  ],
  sourceBefore: ['according to', 'as reported by', 'reported by', 'estimates by', 'data from', 'figures from', 'a report by', 'a report from'],
  speechVerbs: [
    // Only verb forms that are rarely nouns: "claims", "reports", "estimates", "states" are left out.
    'said', 'says', 'say', 'told', 'reported', 'estimated', 'announced', 'confirmed', 'wrote', 'stated', 'claimed', 'noted', 'added',
    'revealed', 'disclosed', 'has said', 'have said', 'has confirmed', 'have confirmed', 'has estimated', 'have estimated', 'has reported',
    'have reported'
  ],
  sourceDeterminers: ['the', 'a', 'an'],
  relativeTimePhrases: [
    'last year', 'this year', 'next year', 'a year earlier', 'a year ago', 'the previous year', 'the same year', 'yesterday', 'today', 'tomorrow',
    'last week', 'this week', 'last month', 'this month', 'next month', 'the past year', 'in recent months', 'in recent weeks'
  ],
  periodStartCues: ['since'],
  periodEndCues: ['until', 'till', 'through', 'by']
}
