import { describe, expect, it } from 'vitest'
import { visitWords } from './names'
import { groupStories, type StoryArticle } from './stories'

function article(id: string, date: string, title: string, text: string, language = 'en'): StoryArticle {
  return { id, title, date, language, text: `${title}\n\n${text}` }
}

/** Unrelated articles, each on a subject of its own: they make a library large enough to be grouped by its own word counts. */
const others: StoryArticle[] = [
  ['Orchard growers expect a smaller apple harvest', 'Growers in the valley said frost in April damaged blossoms across hundreds of hectares.'],
  ['Museum reopens its Egyptian wing', 'The restored galleries show papyri and painted coffins that had been in storage for decades.'],
  ['Ferry timetable changes for the winter', 'Crossings to the islands will run twice a day until March because of maintenance at the harbour.'],
  ['Chess prodigy wins junior title', 'The twelve-year-old player beat three grandmasters in the final rounds of the tournament.'],
  ['Bakery chain recalls seeded loaves', 'Customers were told to return bread that may contain undeclared sesame.'],
  ['Astronomers spot a comet near Jupiter', 'The faint object was found in telescope images taken over three nights.'],
  ['Library extends opening hours for students', 'Reading rooms will stay open until midnight during the examination period.'],
  ['Vineyard owners fear drought', 'Dry soil and heat have cut the expected grape yield in the southern hills.'],
  ['Cycling race diverted by landslide', 'Organisers moved the mountain stage after rocks blocked the pass overnight.'],
  ['Orchestra names new conductor', 'The ensemble chose a violinist who has led chamber groups in several capitals.'],
  ['Zoo welcomes twin panda cubs', 'Keepers said mother and cubs were healthy and would stay indoors for weeks.'],
  ['Beekeepers report colony losses', 'Mites and a wet spring killed a third of the hives in the upland farms.']
].map(([title, text], index) => article(`other-${index}`, '2026-03-10', title!, text!))

function storyOf(stories: ReturnType<typeof groupStories>, id: string): string[] {
  return stories.find((story) => story.articleIds.includes(id))!.articleIds
}

describe('groupStories', () => {
  it('joins two reports of one event that name the same place and people', () => {
    const library = [
      ...others,
      article('shooting-a', '2026-02-01', 'Milano: rapinatore ruba la pistola a una guardia giurata e spara alla polizia', 'La sparatoria è avvenuta a Rogoredo nel primo pomeriggio. Gli agenti hanno risposto al fuoco e ferito il rapinatore, ricoverato al Niguarda.', 'it'),
      article('shooting-b', '2026-02-01', 'Sparatoria a Rogoredo, ferito il rapinatore che aveva rubato una pistola', 'Il giovane aveva colpito una guardia giurata per sottrarle l\'arma, poi ha sparato contro una volante a Rogoredo. È ricoverato al Niguarda.', 'it')
    ]
    expect(storyOf(groupStories(library), 'shooting-a')).toEqual(['shooting-a', 'shooting-b'])
  })

  it('keeps apart reports of the same kind that share only the words of their kind', () => {
    // A wire's earnings statements: one layout, different companies. Every line of the layout is
    // shared, so only the names (none shared) tell them apart.
    const companies = ['Alderwood Tools', 'Brightwater Foods', 'Castlegate Mining', 'Dunmore Textiles', 'Elmbrook Chemicals', 'Fairhaven Shipping', 'Glenrock Paper', 'Hollis Instruments', 'Ironvale Steel', 'Juniper Retail', 'Kestrel Airlines', 'Larchmont Insurance']
    const cities = ['Cleveland', 'Omaha', 'Denver', 'Charlotte', 'Houston', 'Seattle', 'Portland', 'Boston', 'Pittsburgh', 'Atlanta', 'Dallas', 'Hartford']
    const notes = [
      'Note: Current year net includes a gain on the sale of a warehouse.',
      'Avg shrs diluted unchanged.',
      'Note: Year-ago results restated for a change in accounting for exploration costs.',
      'Results include a subsidiary acquired in August.'
    ]
    const earnings = companies.map((company, index) =>
      article(
        `earnings-${index}`,
        `2026-03-${String(10 + (index % 5)).padStart(2, '0')}`,
        `${company.toUpperCase()} INC ${index % 2 === 0 ? '1ST QTR' : 'YEAR'} NET`,
        [
          `${cities[index]!.toUpperCase()}, March ${10 + (index % 5)} - Shr profit ${10 + index} cts vs ${index % 3 === 0 ? 'loss four cts' : `${8 + index} cts`}`,
          `Net profit ${1 + index},${200 + index * 7},000 vs ${index + 2},${100 + index * 3},000`,
          index % 2 === 0 ? `Sales ${40 + index}.2 mln vs ${38 + index}.9 mln` : `Revs ${90 + index}.4 mln vs ${85 + index}.1 mln`,
          notes[index] ?? ''
        ].join('\n')
      )
    )
    const stories = groupStories([...others, ...earnings])
    for (const report of earnings) expect(storyOf(stories, report.id)).toEqual([report.id])
  })
})

describe('visitWords', () => {
  function names(text: string, language: 'it' | 'en' = 'en'): string[] {
    const found: string[] = []
    visitWords(text, language, (word, isName) => {
      if (isName) found.push(word)
      return true
    })
    return found
  }

  it('reads capitals inside a sentence as names, not those that start a sentence, a line or a dateline', () => {
    expect(names('Police said the gunman fled towards Rogoredo. Officers found him near the station, Reuters reported.')).toEqual(['rogoredo', 'reuters'])
    expect(names('DENVER, March 12 - Oper shr five cts\nRevs rose')).toEqual([])
  })

  it('does not take months and weekdays for names', () => {
    expect(names('The strike called for Monday 9 March was backed by IG Metall', 'en')).toEqual(['metall'])
    expect(names('La sparatoria di lunedì a Rogoredo', 'it')).toEqual(['rogoredo'])
  })
})
