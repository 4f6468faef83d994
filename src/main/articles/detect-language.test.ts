import { describe, expect, it } from 'vitest'
import { detectLanguage } from './detect-language'

// Openings of corpus articles (BBC News 2004, la Repubblica 2020, Gazzetta di Modena 2020), inlined
// because the corpus is not shipped with the app.
const ENGLISH =
  'Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn (£600m) for the three months to December, from $639m year-earlier.\n\nThe firm, which is now one of the biggest investors in Google, benefited from sales of high-speed internet connections and higher advert sales. TimeWarner said fourth quarter sales rose 2% to $11.1bn from $10.9bn.'
const ITALIAN =
  "ROMA - E' in volo il Boeing KC-767 dell'Aeronautica militare attrezzato per il trasporto in biocontenimento. Fa rotta a Wuhan, in Cina, per andare a prendere Niccolò, lo studente italiano 17enne rimasto bloccato nei giorni scorsi nella città cinese focolaio dell'epidemia di coronavirus."
const ITALIAN_LOCAL =
  'Furto d’auto sabato sera, attorno alle 22, nei pressi di via Fratelli Rosselli. Alle 20.30 il proprietario della vettura rubata, un 40 enne di Crespellano, raggiunge come di consueto il suo amico a Spilamberto e lascia l’auto parcheggiata nella via.'

describe('detectLanguage', () => {
  it.each([
    { name: 'English news (BBC)', text: ENGLISH, language: 'en' },
    { name: 'Italian news (la Repubblica)', text: ITALIAN, language: 'it' },
    { name: 'Italian local news (Gazzetta di Modena)', text: ITALIAN_LOCAL, language: 'it' },
    { name: 'a short English headline and lead', text: 'Trump declares emergency on border. President Trump said Friday he is declaring a national emergency.', language: 'en' },
    {
      name: 'French (through franc)',
      text: "Le gouvernement a présenté mercredi un projet de loi qui prévoit une hausse des dépenses militaires de près de 3 milliards d'euros par an, selon le ministre des Armées.",
      language: 'fr'
    },
    {
      name: 'German (through franc)',
      text: 'Die Bundesregierung hat am Mittwoch einen Gesetzentwurf vorgelegt, der eine Erhöhung der Verteidigungsausgaben um fast drei Milliarden Euro pro Jahr vorsieht.',
      language: 'de'
    },
    {
      name: 'Spanish (through franc)',
      text: 'El gobierno presentó el miércoles un proyecto de ley que prevé un aumento del gasto militar de casi tres mil millones de euros al año, según el ministro.',
      language: 'es'
    },
    {
      name: 'an English earnings table franc would call French',
      text: 'U.S. INTEC INC <INTK> 4TH QTR NET\n\nPORT ARTHUR, Texas, March 2 - Qtly div six cts vs five cts\n\nYear\n\nShr 81 cts vs 1.45 dlrs\n\nNOTE: 1985 year net includes gain 500,000 dlrs from life insurance on deceased director.\n\n1985 quarter net includes 150,000 dlr tax credit of the company.',
      language: 'en'
    },
    { name: 'too short', text: 'Kim e Putin', language: 'und' },
    { name: 'a table of figures', text: 'May 146.75 146.75 147.00\n\nJun 146.00 146.00 146.50\n\nTOTAL SALES 75', language: 'und' },
    { name: 'empty', text: '', language: 'und' }
  ])('$name → $language', ({ text, language }) => {
    expect(detectLanguage(text)).toBe(language)
  })
})
