/**
 * The canonical counted thing of a claim (issue 3: `unit` is "the canonical counted thing (lemma)").
 * Common news nouns map, in either language, to one English lemma, so "11.000 soldati", "11,000
 * troops" and "12.000 militari" line up; any other noun gets a simple singular of its own.
 */
import type { LanguageCode } from '../language'

const synonyms: Record<LanguageCode, Record<string, string>> = {
  it: {
    soldati: 'soldier', soldato: 'soldier', truppe: 'soldier', militari: 'soldier', militare: 'soldier', combattenti: 'soldier', uomini: 'man',
    effettivi: 'soldier', mercenari: 'soldier', riservisti: 'soldier', proiettili: 'munition', proiettile: 'munition', colpi: 'munition',
    colpo: 'munition', munizioni: 'munition', munizione: 'munition', granate: 'munition', ordigni: 'munition', missili: 'missile',
    missile: 'missile', razzi: 'rocket', razzo: 'rocket', droni: 'drone', drone: 'drone', lavoratori: 'worker', lavoratore: 'worker',
    lavoratrici: 'worker', operai: 'worker', dipendenti: 'employee', membri: 'member', membro: 'member', persone: 'person', persona: 'person',
    individui: 'person', abitanti: 'resident', residenti: 'resident', cittadini: 'citizen', morti: 'death', decessi: 'death', vittime: 'victim',
    feriti: 'injured', container: 'container', contenitori: 'container', civili: 'civilian', bambini: 'child', bambino: 'child', minori: 'child',
    migranti: 'migrant', profughi: 'refugee', rifugiati: 'refugee', sfollati: 'displaced', veicoli: 'vehicle', mezzi: 'vehicle', carri: 'tank',
    aerei: 'aircraft', aereo: 'aircraft', velivoli: 'aircraft', caccia: 'aircraft', elicotteri: 'helicopter', navi: 'ship', nave: 'ship',
    paesi: 'country', stati: 'country', nazioni: 'country', studenti: 'student', studente: 'student', casi: 'case', contagi: 'infection',
    positivi: 'infection', seggi: 'seat', voti: 'vote', aziende: 'company', imprese: 'company', società: 'company', utenti: 'user',
    clienti: 'customer', account: 'account', italiani: 'italian', connazionali: 'national', cittadine: 'citizen', arresti: 'arrest',
    arrestati: 'arrest', detenuti: 'prisoner', prigionieri: 'prisoner', ostaggi: 'hostage', case: 'home', abitazioni: 'home', edifici: 'building',
    posti: 'job', volte: 'time', ore: 'hour', lanciarazzi: 'launcher', sistemi: 'system', armi: 'weapon', fucili: 'rifle', obici: 'howitzer',
    cannoni: 'gun', pezzi: 'piece', tonnellate: 'tonne', dosi: 'dose', vaccini: 'vaccine', tamponi: 'test', test: 'test', voli: 'flight',
    passeggeri: 'passenger', turisti: 'tourist', visitatori: 'visitor', agenti: 'officer', poliziotti: 'officer', medici: 'doctor',
    infermieri: 'nurse', pazienti: 'patient', ricoverati: 'patient', famiglie: 'family', giornalisti: 'journalist', manifestanti: 'protester',
    attacchi: 'attack', incidenti: 'accident', reati: 'crime', denunce: 'complaint', indagati: 'suspect', imputati: 'defendant',
    piloti: 'pilot', vite: 'life', punti: 'point', punto: 'point', testimoni: 'witness', testimone: 'witness', pagine: 'page', ospiti: 'guest', visitatrici: 'visitor',
    auto: 'car', automobili: 'car', vetture: 'car', moto: 'motorcycle', foto: 'photo'
  },
  en: {
    soldiers: 'soldier', soldier: 'soldier', troops: 'soldier', troop: 'soldier', servicemen: 'soldier', personnel: 'soldier', fighters: 'soldier',
    combatants: 'soldier', mercenaries: 'soldier', reservists: 'soldier', shells: 'munition', shell: 'munition', rounds: 'munition',
    ammunition: 'munition', munitions: 'munition', projectiles: 'munition', grenades: 'munition', missiles: 'missile', missile: 'missile',
    rockets: 'rocket', rocket: 'rocket', drones: 'drone', drone: 'drone', uavs: 'drone', workers: 'worker', worker: 'worker', laborers: 'worker',
    labourers: 'worker', employees: 'employee', staff: 'employee', members: 'member', member: 'member', people: 'person', persons: 'person',
    person: 'person', individuals: 'person', residents: 'resident', inhabitants: 'resident', citizens: 'citizen', deaths: 'death', dead: 'death',
    fatalities: 'death', victims: 'victim', injured: 'injured', wounded: 'injured', injuries: 'injured', containers: 'container',
    civilians: 'civilian', children: 'child', child: 'child', kids: 'child', minors: 'child', migrants: 'migrant', immigrants: 'migrant',
    refugees: 'refugee', vehicles: 'vehicle', tanks: 'tank', aircraft: 'aircraft', planes: 'aircraft', jets: 'aircraft', warplanes: 'aircraft',
    helicopters: 'helicopter', ships: 'ship', vessels: 'ship', countries: 'country', nations: 'country', states: 'state', students: 'student',
    cases: 'case', infections: 'infection', seats: 'seat', votes: 'vote', companies: 'company', firms: 'company', businesses: 'company',
    users: 'user', customers: 'customer', accounts: 'account', arrests: 'arrest', prisoners: 'prisoner', detainees: 'prisoner', hostages: 'hostage',
    homes: 'home', houses: 'home', buildings: 'building', jobs: 'job', times: 'time', hours: 'hour', launchers: 'launcher', systems: 'system',
    weapons: 'weapon', arms: 'weapon', rifles: 'rifle', howitzers: 'howitzer', guns: 'gun', pieces: 'piece', doses: 'dose', vaccines: 'vaccine',
    tests: 'test', flights: 'flight', passengers: 'passenger', tourists: 'tourist', visitors: 'visitor', officers: 'officer', police: 'officer',
    doctors: 'doctor', nurses: 'nurse', patients: 'patient', families: 'family', journalists: 'journalist', protesters: 'protester',
    demonstrators: 'protester', attacks: 'attack', accidents: 'accident', crimes: 'crime', suspects: 'suspect', defendants: 'defendant',
    counts: 'count', charges: 'charge', men: 'man', women: 'woman', shares: 'share', barrels: 'barrel', lives: 'life', pilots: 'pilot',
    pages: 'page', page: 'page', points: 'point', point: 'point', witnesses: 'witness', witness: 'witness',
    cars: 'car', motorcycles: 'motorcycle', photos: 'photo'
  }
}

/** True when the head noun is one of the common news nouns above ("child", "witness", "soldati"). */
export function isCommonCountedThing(head: string, language: LanguageCode): boolean {
  return synonyms[language][head.toLowerCase().replaceAll('’', "'")] !== undefined
}

/** The canonical counted thing for a head noun as written. */
export function canonicalCountUnit(head: string, language: LanguageCode): string {
  const lower = head.toLowerCase().replaceAll('’', "'")
  const known = synonyms[language][lower]
  if (known) return known
  return language === 'it' ? singularItalian(lower) : singularEnglish(lower)
}

/**
 * A singular where the ending tells it ("lavoratori" → "lavoratore", "negozi" → "negozio"), else the
 * word as written: a plural in -i may come from -o or -e ("mesi", "anni"), and a guessed singular
 * ("meso") is a word no reader knows.
 */
function singularItalian(word: string): string {
  const rules: Array<[RegExp, string]> = [
    [/tori$/, 'tore'], [/ieri$/, 'iere'], [/ggi$/, 'ggio'], [/cci$/, 'ccio'], [/isti$/, 'ista'], [/zioni$/, 'zione'], [/sioni$/, 'sione'], [/ioni$/, 'ione'], [/oni$/, 'one'], [/nti$/, 'nte'],
    [/ati$/, 'ato'], [/iti$/, 'ito'], [/uti$/, 'uto'], [/tti$/, 'tto'], [/rsi$/, 'rso'], [/zi$/, 'zio'], [/gli$/, 'glio'], [/chi$/, 'co'], [/ghi$/, 'go'], [/che$/, 'ca'], [/ghe$/, 'ga'], [/ii$/, 'io'], [/ali$/, 'ale'], [/ili$/, 'ile'], [/ari$/, 'ario'], [/e$/, 'a']
  ]
  for (const [ending, replacement] of rules) if (ending.test(word) && word.length > 3) return word.replace(ending, replacement)
  return word
}

function singularEnglish(word: string): string {
  if (word.length <= 3 || /(?:ss|us|is)$/.test(word)) return word
  if (/ies$/.test(word)) return word.replace(/ies$/, 'y')
  if (/(?:ches|shes|xes|sses|zes)$/.test(word)) return word.slice(0, -2)
  if (/s$/.test(word)) return word.slice(0, -1)
  return word
}
