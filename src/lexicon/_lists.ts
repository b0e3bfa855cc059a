/** Compact word lists for the cue data files. */

/** A whitespace-separated list as a set. */
export function wordSet(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter((w) => w.length > 0));
}

/** "name value name value ..." as a map; several names may share a value. */
export function wordMap(list: string): ReadonlyMap<string, number> {
  const parts = list.split(/\s+/).filter((w) => w.length > 0);
  const map = new Map<string, number>();
  for (let i = 0; i + 1 < parts.length; i += 2) map.set(parts[i]!, Number(parts[i + 1]));
  return map;
}
