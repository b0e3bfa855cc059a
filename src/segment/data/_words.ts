/** Splits a whitespace-separated word list, so data files stay compact and readable. */
export function words(list: string): readonly string[] {
  return list.split(/\s+/).filter((w) => w.length > 0);
}
