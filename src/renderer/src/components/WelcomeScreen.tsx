import { useAppStore } from '../store/app-store'

/**
 * The first start: what Riscontro does in three steps, each with its button, and the sample
 * articles one click away. Shown in the reading pane until the user opens a folder of their own.
 */
export function WelcomeScreen() {
  const library = useAppStore((state) => state.library)
  const chooseFolder = useAppStore((state) => state.chooseFolder)
  const openSampleLibrary = useAppStore((state) => state.openSampleLibrary)
  const compareWholeLibrary = useAppStore((state) => state.compareWholeLibrary)
  const sampleOpen = library?.isSample === true
  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <h1 id="welcome-title">Compare how sources report the same figures</h1>
      <p className="muted">Riscontro reads a folder of articles on your computer, finds every figure they state and lines up the ones that count the same thing. Nothing leaves your machine.</p>
      <ol className="welcome-steps">
        <li>
          <h2>Open a folder</h2>
          <p>Articles saved as text, Markdown, web pages, PDF, Word, e-mail or feeds. You can also drop a folder on the window.</p>
          <button type="button" className="primary" onClick={() => void chooseFolder()}>
            Open folder…
          </button>
        </li>
        <li>
          <h2>Read</h2>
          <p>Choose an article in the list: each figure is highlighted, with what it counts, and you can note what you check.</p>
        </li>
        <li>
          <h2>Compare</h2>
          <p>Pick articles with Ctrl/Cmd+click, then Compare: the same quantity from every source sits in one row, with a verdict that says why.</p>
          {sampleOpen ? (
            <button type="button" onClick={() => void compareWholeLibrary()}>
              Compare the sample articles
            </button>
          ) : (
            <button type="button" onClick={() => void openSampleLibrary()}>
              Open the sample articles
            </button>
          )}
        </li>
      </ol>
    </section>
  )
}
