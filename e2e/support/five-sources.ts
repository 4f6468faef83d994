import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

/**
 * Five short Markdown articles of five outlets reporting one story (North Korean troops at Kursk),
 * written for these tests: troops stated as 11.000, circa 12.000, più di 11.000 and 10.000, and
 * tanks as 300 and 250, so the comparison has disagreements, an approximate figure and two rows.
 */
export const fiveSources = [
  {
    file: 'ansa.md',
    outlet: 'ANSA',
    date: '2026-03-02',
    title: 'Corea del Nord, truppe al fronte russo',
    body: "Secondo l'intelligence sudcoreana, Pyongyang ha inviato 11.000 soldati in Russia per sostenere l'offensiva nella regione di Kursk. Il governo di Seul parla di 300 carri armati forniti a Mosca e di un accordo militare firmato a novembre."
  },
  {
    file: 'corriere.md',
    outlet: 'Corriere della Sera',
    date: '2026-03-02',
    title: 'Kursk, i soldati nordcoreani schierati accanto ai russi',
    body: "Circa 12.000 soldati nordcoreani combattono nella regione di Kursk, secondo fonti ucraine. Pyongyang avrebbe consegnato anche 250 carri armati e milioni di proiettili d'artiglieria all'esercito russo."
  },
  {
    file: 'repubblica.md',
    outlet: 'la Repubblica',
    date: '2026-03-03',
    title: 'Le truppe di Pyongyang a Kursk',
    body: 'Sono 11.000 i soldati nordcoreani arrivati in Russia, ha confermato il ministero della difesa di Seul. Secondo gli analisti, la Corea del Nord ha fornito 300 carri armati e sistemi missilistici all\'esercito russo impegnato a Kursk.'
  },
  {
    file: 'stampa.md',
    outlet: 'La Stampa',
    date: '2026-03-03',
    title: 'Kursk, Seul conferma: soldati nordcoreani al fronte',
    body: 'Seul stima che 10.000 soldati nordcoreani siano stati schierati nella regione di Kursk. I servizi sudcoreani aggiungono che Pyongyang ha ceduto alla Russia 280 carri armati e pezzi di artiglieria.'
  },
  {
    file: 'sole.md',
    outlet: 'Il Sole 24 Ore',
    date: '2026-03-04',
    title: "Corea del Nord e Russia, l'alleanza sul fronte di Kursk",
    body: "Più di 11.000 soldati nordcoreani sono stati inviati in Russia, secondo l'intelligence di Seul. L'accordo militare tra Mosca e Pyongyang prevede forniture di carri armati e munizioni per la guerra in Ucraina nella regione di Kursk."
  }
] as const

/** Writes the five articles into `folder` (created), with front matter naming outlet and date. */
export async function writeFiveSources(folder: string): Promise<string> {
  await mkdir(folder, { recursive: true })
  for (const source of fiveSources) {
    const frontMatter = `---\ntitle: ${JSON.stringify(source.title)}\noutlet: ${JSON.stringify(source.outlet)}\ndate: ${source.date}\n---\n\n`
    await writeFile(join(folder, source.file), `${frontMatter}${source.body}\n`)
  }
  return folder
}
