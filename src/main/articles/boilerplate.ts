import type { BoilerplateBlock } from '../../shared/model'

/**
 * Recognizes text that a page wraps around an article (audio players, paywalls, subscription
 * offers, page furniture) so it can be set aside, kept and shown collapsed, rather than read as
 * article text or claims. Patterns are general Italian and English phrasings, each matched against
 * one short block as a whole, never against a whole article: a long paragraph is article text.
 */

export type BoilerplateKind = BoilerplateBlock['kind']

/** Blocks longer than this are article text whatever words they contain. */
const MAX_BOILERPLATE_LENGTH = 400

const TIMESTAMP = String.raw`\d{1,2}:\d{2}(?::\d{2})?`
/** "Ascolta ora 00:00 00:00", "Listen 0:00 / 4:12": a player's label and its clock. */
const AUDIO_PLAYER_PREFIX = new RegExp(
  String.raw`^(?:ascolta(?: ora| l['’]articolo| questo articolo| la notizia)?|listen(?: now| to (?:this|the) (?:article|story))?|riproduci|play)\s+(?:${TIMESTAMP}\s*(?:\/\s*)?)+`,
  'iu'
)
const AUDIO_PLAYER_LINE = new RegExp(
  String.raw`^(?:(?:${TIMESTAMP}\s*(?:\/\s*)?){1,3}|(?:ascolta (?:ora|l['’]articolo|questo articolo|la notizia)|versione audio(?: dell['’]articolo)?|listen to (?:this|the) (?:article|story)|listen now|audio (?:version|of this article))\b.{0,60})$`,
  'iu'
)

const PAYWALL_PATTERNS: readonly RegExp[] = [
  // "C'è ancora il 75% di questo articolo da leggere", "Ti resta da leggere l'80% dell'articolo"
  /\b(?:c['’]è ancora|ti resta(?:no)?(?: ancora)?(?: da leggere)?|rimane(?: ancora)?)\s+(?:il |l['’])?\d{1,3}\s?%\s+(?:di questo|dell['’])\s*articolo\b/iu,
  /\b(?:iscriviti|abbonati|registrati|accedi)\b.{0,40}\b(?:per (?:accedervi|accedere|continuare|leggere|proseguire)|e continua a leggere)/iu,
  /\bper (?:continuare a leggere|proseguire la lettura|leggere l['’]articolo(?: completo)?)\b/iu,
  /\b(?:articolo|contenuto|notizia) (?:è )?(?:riservat[oa]|dedicat[oa]|esclusiv[oa]) (?:agli|per gli|ai) (?:abbonati|iscritti|utenti registrati)\b/iu,
  /\bsei già abbonato\b/iu,
  /\b(?:subscribe|sign up|log in|sign in|register)\b.{0,40}\bto (?:continue|keep) reading\b/iu,
  /\bto (?:continue|keep) reading\b.{0,60}\b(?:subscribe|subscription|sign in|log in|register)\b/iu,
  /\b(?:subscribe|sign in|log in)\b.{0,40}\bto (?:read|unlock|access) (?:the |this )?(?:full |whole |rest of the )?(?:article|story)\b/iu,
  /\bthis (?:article|story|content) is (?:only )?(?:available |reserved |exclusive(?:ly)? )?(?:for|to) (?:our )?(?:subscribers|members|premium)/iu,
  /\byou(?:'ve| have) reached (?:your|the) (?:free )?(?:article |monthly |story )?limit\b/iu,
  /\balready (?:a )?subscriber\?/iu
]

/** Offer text: shown as "subscription" when it stands alone or follows a paywall. */
const SUBSCRIPTION_CALL = /^(?:Abbonati|Iscriviti|Subscribe|Sign up)(?: (?:ora|subito|now|today))?\b.{0,60}$/u
const SUBSCRIPTION_LINE =
  /\b(?:iscriviti alla (?:nostra )?newsletter|sign up for (?:our|the) newsletter|prova gratis|free trial)\b|(?:€|\$|£)\s?\d+(?:[.,]\d{2})?\s*(?:\/|al|a|per)\s*(?:mese|settimana|anno|month|week|year)\b/iu

const SUBSCRIPTION_KEYWORDS = /newsletter|prova|trial|[€$£]/i

const MONTHS =
  'gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre|january|february|march|april|may|june|july|august|september|october|november|december'

const PAGE_FURNITURE_PATTERNS: readonly RegExp[] = [
  // Lone section labels and widgets.
  /^(?:sommario|indice|in breve|leggi anche|leggi pure|vedi anche|see also|read also|le ultime(?: notizie| novità)?|ultime notizie|ultim['’]ora|potrebbe interessarti|ti potrebbe interessare|articoli correlati|correlati|approfondimenti|approfondisci|condividi(?: su [\p{L} ]{1,30})?|commenta|commenti|pubblicità|i più letti|più lett[ie]|più visti|torna su|torna all['’]inizio|continua a leggere|read more|related(?: articles| stories| content| coverage| topics)?|more on this story|share(?: this)?(?: article| story| page)?|advertisement|sponsored(?: content)?|most (?:read|popular|viewed)|top stories|trending(?: now)?|you may also like|recommended(?: for you)?|continue reading the main story|story continues below(?: advertisement)?|skip to (?:main )?content|site (?:mobile |search )?navigation|image caption|media playback is unsupported on your device)\s*[:.!]?$/iu,
  // "Leggi anche: <headline>", "Read more: <headline>"
  /^(?:leggi anche|leggi pure|vedi anche|guarda anche|guarda il video|read more|read also|see also|also read|related|watch)\s*[:»>|–—-]\s*.{1,200}$/iu,
  /^(?:leggi anche|vedi anche|guarda anche)\b.{1,200}$/iu,
  // Rights lines and agency sign-offs.
  /^(?:©|(?:\(c\)|copyright)\s*(?:©|\(c\)|\d{4}))\s*.{0,120}$/iu,
  /^(?:riproduzione riservata|tutti i diritti riservati|all rights reserved)\s*[.©]?$/iu,
  /^(?:reuter|reuters|\(end\)|-{2,}\s*end\s*-{2,}|ansa)\s*\.?$/iu,
  /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*(?:\(end\))?$/iu,
  // "Follow us on …", "Seguici su …"
  /^(?:seguici|follow us)\b.{0,80}$/iu,
  // A date standing alone on its line: the page's dateline, not a sentence of the article.
  // (Corriere adds "(modifica il 17 febbraio 2020 | 14:54)".)
  new RegExp(String.raw`^(?:\d{1,2} (?:${MONTHS}) \d{4}|(?:${MONTHS}) \d{1,2},? \d{4})(?:,? (?:ore )?\d{1,2}[:.]\d{2})?(?: \([^()]{1,60}\))?$`, 'iu')
]

/** The kind of boilerplate `text` (one block, whitespace-normalized) is, or null for article text. */
export function classifyBoilerplate(text: string): BoilerplateKind | null {
  if (text.length > MAX_BOILERPLATE_LENGTH) return null
  if (AUDIO_PLAYER_LINE.test(text)) return 'audio-player'
  if (isPaywall(text)) return 'paywall'
  if (PAGE_FURNITURE_PATTERNS.some((pattern) => pattern.test(text))) return 'page-furniture'
  if (text.length <= 200 && (SUBSCRIPTION_CALL.test(text) || (SUBSCRIPTION_KEYWORDS.test(text) && SUBSCRIPTION_LINE.test(text)))) {
    return 'subscription'
  }
  return null
}

/** Every paywall pattern needs one of these words: one cheap test spares the rest on ordinary paragraphs. */
const PAYWALL_KEYWORDS = /abbona|iscri|regist|accedi|lettura|leggere|articolo|contenuto|notizia|subscri|sign|log in|reading|limit/i
/**
 * The narrower words each pattern above really needs (with the patterns' own flags, so it never
 * rules out a match): "signed", "limited" or "registered" pass the first test in one paragraph out
 * of twenty, and would otherwise run all eleven patterns; this leaves about one in seven of those.
 */
const PAYWALL_REQUIRED_WORDS = /abbona|iscri|registrat|accedi|lettura|leggere|articolo|subscri|sign in|log in|reading|reached|this (?:article|story|content) is/iu

export function isPaywall(text: string): boolean {
  return (
    text.length <= MAX_BOILERPLATE_LENGTH &&
    PAYWALL_KEYWORDS.test(text) &&
    PAYWALL_REQUIRED_WORDS.test(text) &&
    PAYWALL_PATTERNS.some((pattern) => pattern.test(text))
  )
}

/** True for a line that must stay on its own even in hard-wrapped text (a sign-off such as " Reuter"). */
export function isStandaloneFurniture(line: string): boolean {
  return line.length <= 120 && classifyBoilerplate(line) !== null
}

/**
 * Text after a paywall that belongs to the offer, not the article: short blocks (the offer is often
 * wrapped over several lines, "I Abbonamenti classici…" / "a partire da € 1,99…").
 */
export function isOfferFragment(text: string): boolean {
  return text.length <= MAX_BOILERPLATE_LENGTH
}

/** Length of an audio-player label fused onto the start of a paragraph ("Ascolta ora 00:00 00:00 La Russia…"), or 0. */
export function measureAudioPlayerPrefix(text: string): number {
  const match = AUDIO_PLAYER_PREFIX.exec(text)
  return match ? match[0].length : 0
}
