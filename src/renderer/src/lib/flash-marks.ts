/** Scrolls the first mark to the middle of its pane and flashes them all, restarting the flash when it is already running. */
export function revealAndFlash(marks: ArrayLike<HTMLElement>, behavior: ScrollBehavior = 'auto'): void {
  if (!marks.length) return
  marks[0]!.scrollIntoView({ block: 'center', behavior })
  for (const mark of Array.from(marks)) {
    mark.classList.remove('flash')
    // Reading the layout between the two class changes is what makes the animation start over.
    void mark.offsetWidth
    mark.classList.add('flash')
  }
}
