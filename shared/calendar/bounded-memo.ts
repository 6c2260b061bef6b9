/**
 * The value remembered under `key`, computed once; the memo is emptied when it holds
 * `limit` values, so it stays small whatever the keys (calendar work asks for the same
 * few dates and minutes many times per command).
 */
export function remembered<T>(
  memo: Map<string, T>,
  key: string,
  compute: () => T,
  limit = 4096,
): T {
  const known = memo.get(key);
  if (known !== undefined) return known;
  const value = compute();
  if (memo.size >= limit) memo.clear();
  memo.set(key, value);
  return value;
}
