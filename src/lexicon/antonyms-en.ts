/**
 * Opposites WordNet lacks, added to the lexicon by `scripts/build-lexicon.ts` as if they were `!` pointers. WordNet
 * 3.1 opposes 'rise'/'fall', 'win'/'lose' and 'accept'/'reject', but not 'confirm'/'deny', 'support'/'oppose' or
 * 'impose'/'lift': pairs that news reports of one event use when they disagree ("the ministry confirmed the
 * talks" / "denied the talks", "sanctions were imposed" / "lifted").
 *
 * Found by probing the verbs and nouns of politics, courts, markets and conflict for an opposite with no link; only
 * pairs whose two words cannot both hold of the same participant in the same event are here (not 'arrest'/'release'
 * or 'start'/'end', which follow one another, nor 'join'/'leave', whose 'leave' has many other senses). The conflict
 * rules still need a word both sentences hold beside the two (rules.ts). The build fails if a lemma here is not in
 * WordNet, so the list cannot rot silently.
 */
export const SUPPLEMENTARY_ANTONYMS: readonly (readonly [string, string])[] = [
  ['accept', 'decline'],
  ['allow', 'ban'],
  ['ally', 'enemy'],
  ['ally', 'foe'],
  ['approval', 'rejection'],
  ['approve', 'reject'],
  ['approve', 'veto'],
  ['attend', 'boycott'],
  ['attend', 'skip'],
  ['boost', 'cut'],
  ['confirm', 'deny'],
  ['confirm', 'refute'],
  ['confirmation', 'denial'],
  ['expand', 'shrink'],
  ['friend', 'enemy'],
  ['gain', 'lose'],
  ['grow', 'shrink'],
  ['impose', 'lift'],
  ['increase', 'cut'],
  ['increase', 'drop'],
  ['increase', 'fall'],
  ['legalize', 'ban'],
  ['lock', 'open'],
  ['permit', 'ban'],
  ['praise', 'condemn'],
  ['profit', 'loss'],
  ['raise', 'cut'],
  // Leaving a post by one's own choice against being removed from it: "the minister resigned" / "was dismissed". Not
  // 'oust', which news uses of a leader forced to resign as well.
  ['resign', 'dismiss'],
  ['resign', 'fire'],
  ['resign', 'sack'],
  ['rise', 'decline'],
  ['rise', 'drop'],
  ['sign', 'veto'],
  ['supporter', 'opponent'],
  ['support', 'oppose'],
  ['surplus', 'deficit'],
  ['survive', 'die'],
];
