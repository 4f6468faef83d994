import { mkdirSync, writeFileSync } from 'node:fs'
import * as f from './src/main/articles/fixtures/document-fixtures'
const dir = process.argv[2]!
mkdirSync(dir, { recursive: true })
writeFileSync(`${dir}/garda.txt`, f.makeStoryText())
writeFileSync(`${dir}/rapporto.pdf`, await f.makeStoryPdf())
writeFileSync(`${dir}/comunicato.docx`, f.makeStoryDocx())
