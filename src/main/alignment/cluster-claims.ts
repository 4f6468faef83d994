/**
 * Average-linkage clustering of one story's claims from their pair weights (issue 9): two groups
 * join while the average weight over their pairs of different articles is at least the threshold,
 * best pair first. Average linkage rather than connected components, so one strong link cannot
 * chain two quantities together (A~B, B~C ⇒ A~C).
 *
 * Hard constraint: a group never holds two claims of one article unless they state the same figure
 * of the same thing (the same mention repeated, as in a headline and its body).
 */

export interface ClusterItem {
  articleId: string
  /**
   * Claims of one article may share a group only when they restate one figure of one thing: the
   * same `thing`, and the same `figure` unless one of them gives none ("milioni di munizioni" beside
   * "fino a otto milioni di munizioni"). Null: the claim can share a group with no other of its article.
   */
  repeat: { thing: string; figure: string | null } | null
}

/** A weighted pair of item indexes (i < j), of different articles. */
export interface ScoredPair {
  i: number
  j: number
  weight: number
}

export interface ClusterOptions {
  threshold: number
  /** The weight assumed for pairs of different articles that were not scored (they share nothing). */
  unscoredWeight: number
}

interface Group {
  members: number[]
  /** Article id → its members' repeat signatures (a null one: no other member of that article may join). */
  articles: Map<string, Array<ClusterItem['repeat']>>
  /** Neighbour group → [sum of scored weights, scored pair count]. */
  links: Map<number, [number, number]>
  version: number
}

/** Groups of item indexes, each in ascending order, groups ordered by their first member. */
export function clusterItems(items: readonly ClusterItem[], pairs: readonly ScoredPair[], options: ClusterOptions): number[][] {
  const groups: Array<Group | null> = items.map((item, index) => ({
    members: [index],
    articles: new Map([[item.articleId, [item.repeat]]]),
    links: new Map(),
    version: 0
  }))
  for (const { i, j, weight } of pairs) {
    addLink(groups[i]!, j, weight, 1)
    addLink(groups[j]!, i, weight, 1)
  }
  const heap = new CandidateHeap()
  for (let index = 0; index < groups.length; index += 1) pushLinks(heap, groups, index, options)

  for (let candidate = heap.pop(); candidate; candidate = heap.pop()) {
    const a = groups[candidate.a]
    const b = groups[candidate.b]
    if (!a || !b || a.version !== candidate.versionA || b.version !== candidate.versionB) continue
    if (!mergeable(a, b)) continue
    // b joins a.
    a.members.push(...b.members)
    for (const [article, repeats] of b.articles) a.articles.set(article, [...(a.articles.get(article) ?? []), ...repeats])
    a.links.delete(candidate.b)
    for (const [neighbour, [sum, count]] of b.links) {
      if (neighbour === candidate.a) continue
      addLink(a, neighbour, sum, count)
      const other = groups[neighbour]!
      const moved = other.links.get(candidate.b)!
      other.links.delete(candidate.b)
      addLink(other, candidate.a, moved[0], moved[1])
    }
    groups[candidate.b] = null
    // Only pairs with the merged group changed: other groups' candidates stay valid.
    a.version += 1
    pushLinks(heap, groups, candidate.a, options)
  }
  return groups
    .filter((group): group is Group => group !== null)
    .map((group) => group.members.sort((x, y) => x - y))
    .sort((x, y) => x[0]! - y[0]!)
}

function addLink(group: Group, neighbour: number, sum: number, count: number): void {
  const link = group.links.get(neighbour)
  if (link) {
    link[0] += sum
    link[1] += count
  } else group.links.set(neighbour, [sum, count])
}

/** Pairs of different articles between two groups. */
function crossPairs(a: Group, b: Group): number {
  const [smaller, larger] = a.articles.size <= b.articles.size ? [a, b] : [b, a]
  let same = 0
  for (const [article, repeats] of smaller.articles) same += repeats.length * (larger.articles.get(article)?.length ?? 0)
  return a.members.length * b.members.length - same
}

function mergeable(a: Group, b: Group): boolean {
  const [smaller, larger] = a.articles.size <= b.articles.size ? [a, b] : [b, a]
  for (const [article, repeats] of smaller.articles) {
    const others = larger.articles.get(article)
    if (!others) continue
    for (const x of repeats) for (const y of others) if (!restate(x, y)) return false
  }
  return true
}

function restate(x: ClusterItem['repeat'], y: ClusterItem['repeat']): boolean {
  if (x === null || y === null || x.thing !== y.thing) return false
  return x.figure === null || y.figure === null || x.figure === y.figure
}

function pushLinks(heap: CandidateHeap, groups: ReadonlyArray<Group | null>, index: number, options: ClusterOptions): void {
  const group = groups[index]!
  for (const [neighbour, [sum, count]] of group.links) {
    // Unscored pairs weigh the least any pair can, so the scored pairs' mean bounds the average.
    if (sum / count < options.threshold) continue
    const other = groups[neighbour]!
    const pairs = group.members.length === 1 && other.members.length === 1 ? 1 : crossPairs(group, other)
    if (pairs === 0) continue
    const average = (sum + options.unscoredWeight * (pairs - count)) / pairs
    if (average < options.threshold) continue
    const [a, b] = index < neighbour ? [index, neighbour] : [neighbour, index]
    heap.push({ a, b, average, versionA: groups[a]!.version, versionB: groups[b]!.version })
  }
}

interface Candidate {
  a: number
  b: number
  average: number
  versionA: number
  versionB: number
}

/** A max-heap of candidate merges: highest average first, then lowest indexes (deterministic). */
class CandidateHeap {
  private readonly items: Candidate[] = []

  push(candidate: Candidate): void {
    const items = this.items
    items.push(candidate)
    let index = items.length - 1
    while (index > 0) {
      const parent = (index - 1) >> 1
      if (!before(items[index]!, items[parent]!)) break
      ;[items[index], items[parent]] = [items[parent]!, items[index]!]
      index = parent
    }
  }

  pop(): Candidate | undefined {
    const items = this.items
    const top = items[0]
    const last = items.pop()
    if (items.length > 0 && last) {
      items[0] = last
      let index = 0
      for (;;) {
        const left = index * 2 + 1
        const right = left + 1
        let best = index
        if (left < items.length && before(items[left]!, items[best]!)) best = left
        if (right < items.length && before(items[right]!, items[best]!)) best = right
        if (best === index) break
        ;[items[index], items[best]] = [items[best]!, items[index]!]
        index = best
      }
    }
    return top
  }
}

function before(x: Candidate, y: Candidate): boolean {
  if (x.average !== y.average) return x.average > y.average
  if (x.a !== y.a) return x.a < y.a
  return x.b < y.b
}
