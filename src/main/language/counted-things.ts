import type { LanguageCode } from './vocabulary'

/**
 * What news counts, as classes shared by Italian and English (issue 9): "morti", "vittime",
 * "deceduti", "killed", "dead" and "death toll" all count deaths, so figures written with any of
 * them can meet in one row. Words are listed as written and looked up by their Snowball stem in
 * the claim's language, so one form of each word is enough.
 *
 * - `nouns`: the head of a counted phrase ("179 vittime", "1,200 mourners").
 * - `cues`: words near a bare or generic figure that say what it counts ("179 people were killed",
 *   "the toll rose to 212", "15 minatori uccisi" when the noun is a generic one).
 *
 * A word missing here only makes alignment rely on the sentence's other words; a wrong entry joins
 * things that differ, so the lists stay to words with one reading in news text.
 */
export interface CountedThingClass {
  id: string
  label: Record<LanguageCode, string>
  /**
   * What happened to those counted (killed, injured, missing, rescued, arrested, displaced): near a
   * figure it outweighs who they were, so "15 minatori uccisi" counts deaths, not miners.
   */
  outcome?: true
  nouns: Record<LanguageCode, readonly string[]>
  cues: Record<LanguageCode, readonly string[]>
}

export const countedThingClasses: readonly CountedThingClass[] = [
  {
    id: 'deaths',
    outcome: true,
    label: { it: 'Morti', en: 'Deaths' },
    nouns: {
      it: ['morti', 'morto', 'vittime', 'vittima', 'deceduti', 'decessi', 'caduti', 'cadaveri', 'corpi', 'salme', 'vite'],
      en: ['deaths', 'dead', 'fatalities', 'victims', 'casualties', 'bodies', 'lives', 'toll']
    },
    cues: {
      it: ['morti', 'morte', 'morto', 'morta', 'uccisi', 'uccise', 'ucciso', 'uccide', 'uccidono', 'deceduti', 'decedute', 'vittime', 'bilancio', 'perso la vita', 'persero la vita', 'hanno perso', 'strage'],
      en: ['killed', 'killing', 'kills', 'died', 'die', 'dead', 'death', 'toll', 'fatalities', 'lives', 'perished', 'slain', 'claimed']
    }
  },
  {
    id: 'injured',
    outcome: true,
    label: { it: 'Feriti', en: 'Injured' },
    nouns: { it: ['feriti', 'ferito', 'ferite', 'ricoverati', 'intossicati', 'contusi'], en: ['injured', 'wounded', 'injuries', 'hospitalized', 'hospitalised'] },
    cues: {
      it: ['feriti', 'ferite', 'ferito', 'ferita', 'ricoverati', 'ricoverate', 'ospedale', 'ospedalizzati', 'intossicati'],
      en: ['injured', 'wounded', 'hurt', 'hospitalized', 'hospitalised', 'injuries', 'hospital']
    }
  },
  {
    id: 'missing',
    outcome: true,
    label: { it: 'Dispersi', en: 'Missing' },
    nouns: { it: ['dispersi', 'disperso', 'scomparsi'], en: ['missing'] },
    cues: { it: ['dispersi', 'disperse', 'scomparsi', 'scomparse', 'mancano all\'appello'], en: ['missing', 'unaccounted'] }
  },
  {
    id: 'survivors',
    outcome: true,
    label: { it: 'Sopravvissuti', en: 'Survivors' },
    nouns: { it: ['sopravvissuti', 'superstiti', 'salvati', 'tratti in salvo'], en: ['survivors', 'rescued'] },
    cues: {
      it: ['sopravvissuti', 'sopravvissute', 'superstiti', 'salvati', 'salvate', 'salvo', 'soccorsi', 'recuperati', 'vivi'],
      en: ['survived', 'survivors', 'rescued', 'saved', 'alive']
    }
  },
  {
    id: 'participants',
    label: { it: 'Partecipanti', en: 'Participants' },
    nouns: {
      it: ['partecipanti', 'manifestanti', 'presenti', 'spettatori', 'fedeli', 'persone in piazza', 'dimostranti', 'iscritti'],
      en: ['participants', 'protesters', 'protestors', 'demonstrators', 'attendees', 'mourners', 'marchers', 'spectators', 'crowd']
    },
    cues: {
      it: ['partecipato', 'partecipano', 'partecipazione', 'corteo', 'piazza', 'manifestazione', 'presenti', 'sfilato', 'radunati', 'affollato'],
      en: ['attended', 'attend', 'gathered', 'marched', 'rallied', 'turned out', 'joined', 'protest', 'rally', 'march']
    }
  },
  {
    id: 'arrivals',
    label: { it: 'Arrivi', en: 'Arrivals' },
    nouns: { it: ['migranti', 'sbarchi', 'arrivi', 'profughi', 'richiedenti asilo', 'naufraghi'], en: ['migrants', 'arrivals', 'asylum seekers', 'refugees'] },
    cues: { it: ['sbarcati', 'sbarcate', 'arrivati', 'arrivate', 'approdati', 'sbarco', 'sbarchi'], en: ['arrived', 'landed', 'crossed', 'arrivals'] }
  },
  {
    id: 'detained',
    outcome: true,
    label: { it: 'Arrestati', en: 'Arrested' },
    nouns: {
      it: ['arresti', 'arrestati', 'fermati', 'fermi', 'detenuti', 'prigionieri', 'indagati', 'imputati', 'ostaggi', 'incriminazioni', 'rinvii a giudizio'],
      en: ['arrests', 'detainees', 'prisoners', 'suspects', 'defendants', 'hostages', 'indictments', 'indicted']
    },
    cues: {
      it: ['arrestati', 'arrestate', 'arrestato', 'fermati', 'denunciati', 'indagati', 'rinviati a giudizio', 'detenuti', 'prigionieri', 'rapiti'],
      en: ['arrested', 'detained', 'indicted', 'charged', 'jailed', 'held', 'captured', 'taken hostage', 'convicted']
    }
  },
  {
    id: 'troops',
    label: { it: 'Soldati', en: 'Troops' },
    nouns: {
      it: ['soldati', 'soldato', 'truppe', 'militari', 'combattenti', 'effettivi', 'mercenari', 'riservisti', 'contingente'],
      en: ['soldiers', 'troops', 'servicemen', 'personnel', 'fighters', 'combatants', 'mercenaries', 'reservists']
    },
    cues: { it: ['schierati', 'dispiegati'], en: ['deployed', 'stationed'] }
  },
  {
    id: 'munitions',
    label: { it: 'Munizioni', en: 'Munitions' },
    nouns: {
      it: ['proiettili', 'colpi', 'munizioni', 'granate', 'ordigni', 'razzi', 'bombe'],
      en: ['shells', 'rounds', 'ammunition', 'munitions', 'projectiles', 'grenades', 'rockets', 'bombs']
    },
    cues: { it: [], en: [] }
  },
  { id: 'missiles', label: { it: 'Missili', en: 'Missiles' }, nouns: { it: ['missili', 'missile'], en: ['missiles', 'missile'] }, cues: { it: [], en: [] } },
  { id: 'drones', label: { it: 'Droni', en: 'Drones' }, nouns: { it: ['droni', 'drone'], en: ['drones', 'uavs'] }, cues: { it: [], en: [] } },
  {
    id: 'aircraft',
    label: { it: 'Aerei', en: 'Aircraft' },
    nouns: { it: ['aerei', 'velivoli', 'caccia', 'elicotteri', 'voli'], en: ['aircraft', 'planes', 'jets', 'helicopters', 'flights'] },
    cues: { it: [], en: [] }
  },
  { id: 'vehicles', label: { it: 'Veicoli', en: 'Vehicles' }, nouns: { it: ['veicoli', 'mezzi', 'carri', 'auto', 'automobili'], en: ['vehicles', 'tanks', 'cars'] }, cues: { it: [], en: [] } },
  { id: 'ships', label: { it: 'Navi', en: 'Ships' }, nouns: { it: ['navi', 'imbarcazioni', 'barconi', 'pescherecci'], en: ['ships', 'vessels', 'boats'] }, cues: { it: [], en: [] } },
  {
    id: 'workers',
    label: { it: 'Lavoratori', en: 'Workers' },
    nouns: { it: ['lavoratori', 'lavoratrici', 'operai', 'dipendenti', 'addetti', 'occupati', 'minatori'], en: ['workers', 'employees', 'staff', 'laborers', 'labourers', 'miners'] },
    cues: { it: ['licenziati', 'assunti', 'esuberi'], en: ['laid off', 'hired', 'employed'] }
  },
  {
    id: 'jobs',
    label: { it: 'Posti di lavoro', en: 'Jobs' },
    nouns: { it: ['posti di lavoro', 'posti', 'impieghi'], en: ['jobs', 'positions'] },
    cues: { it: [], en: [] }
  },
  {
    id: 'homes',
    label: { it: 'Abitazioni', en: 'Homes' },
    nouns: { it: ['case', 'abitazioni', 'edifici', 'alloggi', 'appartamenti'], en: ['homes', 'houses', 'buildings', 'dwellings', 'apartments'] },
    cues: { it: [], en: [] }
  },
  {
    id: 'displaced',
    outcome: true,
    label: { it: 'Sfollati', en: 'Displaced' },
    nouns: { it: ['sfollati', 'evacuati', 'senzatetto'], en: ['displaced', 'evacuees', 'homeless'] },
    cues: { it: ['evacuati', 'evacuate', 'sfollati'], en: ['evacuated', 'displaced', 'fled'] }
  },
  {
    id: 'children',
    label: { it: 'Bambini', en: 'Children' },
    nouns: { it: ['bambini', 'bambine', 'minori', 'ragazzi', 'studenti', 'alunni'], en: ['children', 'kids', 'minors', 'students', 'pupils'] },
    cues: { it: [], en: [] }
  },
  {
    id: 'votes',
    label: { it: 'Voti', en: 'Votes' },
    nouns: { it: ['voti', 'preferenze', 'schede', 'votanti', 'elettori'], en: ['votes', 'ballots', 'voters'] },
    cues: { it: ['votato', 'votanti'], en: ['voted'] }
  },
  { id: 'seats', label: { it: 'Seggi', en: 'Seats' }, nouns: { it: ['seggi', 'deputati', 'senatori'], en: ['seats', 'lawmakers', 'deputies'] }, cues: { it: [], en: [] } },
  {
    id: 'cases',
    label: { it: 'Casi', en: 'Cases' },
    nouns: { it: ['casi', 'contagi', 'positivi', 'contagiati', 'infezioni'], en: ['cases', 'infections'] },
    cues: { it: ['contagiati', 'positivi'], en: ['infected', 'tested positive'] }
  },
  {
    id: 'users',
    label: { it: 'Utenti', en: 'Users' },
    nouns: { it: ['utenti', 'clienti', 'account', 'abbonati', 'iscritti'], en: ['users', 'customers', 'accounts', 'subscribers'] },
    cues: { it: [], en: [] }
  },
  { id: 'companies', label: { it: 'Aziende', en: 'Companies' }, nouns: { it: ['aziende', 'imprese', 'società'], en: ['companies', 'firms', 'businesses'] }, cues: { it: [], en: [] } },
  { id: 'countries', label: { it: 'Paesi', en: 'Countries' }, nouns: { it: ['paesi', 'nazioni', 'stati'], en: ['countries', 'nations', 'states'] }, cues: { it: [], en: [] } },
  {
    id: 'passengers',
    label: { it: 'Passeggeri', en: 'Passengers' },
    nouns: { it: ['passeggeri', 'viaggiatori', 'pendolari'], en: ['passengers', 'travellers', 'travelers', 'commuters'] },
    cues: { it: ['a bordo'], en: ['on board', 'aboard'] }
  }
]

/**
 * Nouns that say only that people were counted: the class comes from the cues around the figure
 * ("179 persone sono morte" counts deaths), else the figure counts people.
 */
export const genericCountNouns: Record<LanguageCode, readonly string[]> = {
  it: ['persone', 'persona', 'individui', 'cittadini', 'connazionali', 'italiani', 'uomini', 'donne', 'civili', 'abitanti', 'residenti', 'famiglie'],
  en: ['people', 'persons', 'person', 'individuals', 'citizens', 'nationals', 'men', 'women', 'civilians', 'residents', 'families']
}

export const peopleClassLabel: Record<LanguageCode, string> = { it: 'Persone', en: 'People' }
