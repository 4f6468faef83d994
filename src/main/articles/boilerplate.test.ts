import { describe, expect, it } from 'vitest'
import { measureAudioPlayerPrefix, classifyBoilerplate } from './boilerplate'

describe('classifyBoilerplate', () => {
  it.each([
    // Audio players
    ['Ascolta ora 00:00 00:00', 'audio-player'],
    ["Ascolta l'articolo", 'audio-player'],
    ['Listen to this article', 'audio-player'],
    ['Listen to this article · 4 min', 'audio-player'],
    ['0:00 / 3:42', 'audio-player'],
    // Paywalls
    ["C'è ancora il 75% di questo articolo da leggere, Iscriviti per accedervi!", 'paywall'],
    ['Ti resta da leggere l’80% dell’articolo', 'paywall'],
    ['Abbonati per continuare a leggere', 'paywall'],
    ['Questo articolo è riservato agli abbonati', 'paywall'],
    ['Contenuto riservato agli abbonati. Sei già abbonato? Accedi', 'paywall'],
    ['Subscribe to continue reading', 'paywall'],
    ['This article is for subscribers only', 'paywall'],
    ['This content is available to subscribers', 'paywall'],
    ["You've reached your free article limit", 'paywall'],
    ['Sign in to read the full article', 'paywall'],
    // Subscription offers
    ['Iscriviti alla newsletter', 'subscription'],
    ['Abbonati ora: prova gratis per 30 giorni', 'subscription'],
    ['Subscribe now', 'subscription'],
    ['Sign up for our newsletter and get the day’s news', 'subscription'],
    ['Digital access for $4.99/month', 'subscription'],
    // Page furniture
    ['sommario', 'page-furniture'],
    ['Le ultime novità', 'page-furniture'],
    ['Leggi anche', 'page-furniture'],
    ['LEGGI ANCHE: Kim e Putin, amici per i missili', 'page-furniture'],
    ['Read more: Trump declares national emergency', 'page-furniture'],
    ['© Riproduzione riservata', 'page-furniture'],
    ['© RIPRODUZIONE RISERVATA', 'page-furniture'],
    ['Riproduzione riservata', 'page-furniture'],
    ['Copyright 2019 The Associated Press. All rights reserved.', 'page-furniture'],
    ['Reuter', 'page-furniture'],
    ['REUTER', 'page-furniture'],
    ['kyongae.choi@yna.co.kr(END)', 'page-furniture'],
    ['14 febbraio 2020', 'page-furniture'],
    ['17 febbraio 2020 (modifica il 17 febbraio 2020 | 14:54)', 'page-furniture'],
    ['February 16, 2020', 'page-furniture'],
    ['Advertisement', 'page-furniture'],
    ['Story continues below advertisement', 'page-furniture'],
    ['Continue reading the main story', 'page-furniture'],
    ['Seguici su Facebook e Instagram', 'page-furniture']
  ])('%s → %s', (text, kind) => {
    expect(classifyBoilerplate(text)).toBe(kind)
  })

  // Article text that shares words with boilerplate must stay article text: a claim in it would be lost.
  it.each([
    'Gli abbonamenti sono cresciuti del 5% nel 2024, a 2,3 milioni di abbonati.',
    'Il ministro ha detto che rimane in vigore l’articolo 18 dello Statuto dei lavoratori.',
    'Netflix said subscribers rose by 8.8 million to reach 230 million, beating forecasts.',
    'The warrants give the right to subscribe to ordinary shares at 50 francs each.',
    'I carabinieri hanno registrato 300 casi per leggere meglio il fenomeno.',
    'Share prices fell 3% on Monday.',
    'Reuters reported that 11,000 soldiers had been sent.',
    'Copyright infringement cases rose 20% last year.',
    'La Russia ha fornito alla Corea del Nord equipaggiamenti avanzati per la difesa aerea.',
    'I missili di Kim che hanno aiutato Putin',
    'Le ultime novità sul fronte ucraino indicano 11.000 soldati nordcoreani a Kursk.',
    'Ascolta il presidente, ha detto il ministro, prima di decidere.'
  ])('%s → article text', (text) => {
    expect(classifyBoilerplate(text)).toBeNull()
  })

  it('never classifies a long paragraph, whatever it says', () => {
    const paragraph = `Subscribe to continue reading. ${'Kim ha inviato 11.000 soldati in Russia. '.repeat(12)}`
    expect(classifyBoilerplate(paragraph)).toBeNull()
  })
})

describe('measureAudioPlayerPrefix', () => {
  it.each([
    ['Ascolta ora 00:00 00:00 La Russia ha fornito alla Corea del Nord', 'Ascolta ora 00:00 00:00 '],
    ['Listen 0:00 / 4:12 President Trump said Friday', 'Listen 0:00 / 4:12 '],
    ['La Russia ha fornito alla Corea del Nord', '']
  ])('%s', (text, prefix) => {
    expect(text.slice(0, measureAudioPlayerPrefix(text))).toBe(prefix)
  })
})
