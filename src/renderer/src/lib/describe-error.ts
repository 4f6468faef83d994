/** The sentence to show for a failure: main's own message (it says what to do), never a stack. */
export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
