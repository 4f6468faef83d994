import { parseFileEntries } from './parse-file-entries'
import { serveParseRequests } from './parse-worker-protocol'

/** Entry of a parse worker thread (bundled beside the main entry as `parse-worker.js`). */
serveParseRequests(parseFileEntries)
