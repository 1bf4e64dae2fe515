/**
 * A pure function of a string, remembered: the answer for a key is worked out once and kept, at
 * most `limit` of them (imports and typing can bring any number of keys, so the memo starts over
 * when full rather than growing).
 *
 * Only for functions whose answer depends on the key alone (escaping a name, parsing a URL,
 * highlighting a line): such a memo may be a module constant, since what it holds is the same
 * whoever asks. Anything that depends on a flow is owned by a store or a serializer instead.
 */
export function boundedMemo<V>(compute: (key: string) => V, limit: number): (key: string) => V {
  const answers = new Map<string, V>();
  return (key) => {
    let answer = answers.get(key);
    if (answer === undefined && !answers.has(key)) {
      answer = compute(key);
      if (answers.size >= limit) answers.clear();
      answers.set(key, answer);
    }
    return answer as V;
  };
}
