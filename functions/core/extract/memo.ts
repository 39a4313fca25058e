// Remembered answers of pure text tests. The scan asks the same question of the same sentence several times
// (as a trigger's sentence, as the sentence before the next one, as a list's lead-in): each cue regex then runs
// once per distinct sentence instead of once per question. The memory lasts one document (extractMentions
// starts each with forgetAnswers): nothing of one document is kept while the next is read.

/** Distinct first arguments remembered; past this the memory starts over (bounded, whatever the input). */
export const MEMO_ENTRIES = 1024;

const memories: Map<unknown, unknown>[] = [];

/** Drops every remembered answer: called when a new document starts. */
export function forgetAnswers(): void {
  // Most memories are still empty when a document (a negative one above all) ends: emptying a map allocates its
  // table anew, so an empty one is left alone.
  for (const m of memories) if (m.size > 0) m.clear();
}

/**
 * `fn` remembered per pair of strings. `fn` must be pure (same strings, same answer: no global regex state,
 * no other input), which makes the remembered answer the answer.
 */
export function memoizeByStrings<R>(
  fn: (a: string, b: string) => R,
  max = MEMO_ENTRIES,
): (a: string, b: string) => R {
  // Two levels, so that no key is built by concatenating two sentences.
  const memory = new Map<string, Map<string, R>>();
  memories.push(memory);
  return (a, b) => {
    let inner = memory.get(a);
    if (inner === undefined) {
      if (memory.size >= max) memory.clear();
      inner = new Map();
      memory.set(a, inner);
    } else if (inner.has(b)) return inner.get(b) as R;
    const answer = fn(a, b);
    inner.set(b, answer);
    return answer;
  };
}

/** A map that lasts one document, as the remembered answers do: `forgetAnswers` empties it with them. */
export function perDocumentMap<K, V>(): Map<K, V> {
  const memory = new Map<K, V>();
  memories.push(memory as Map<unknown, unknown>);
  return memory;
}
