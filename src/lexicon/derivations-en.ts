/**
 * Derivationally related pairs WordNet lacks, added to the lexicon by `scripts/build-lexicon.ts` as if they were
 * `+` pointers. WordNet 3.1 links 'government'/'govern' and 'resignation'/'resign' but not 'appointment'/'appoint'.
 *
 * Found by probing the relations news reports lean on (nominalizations of the verbs of politics and conflict) and
 * by listing every noun that is a verb plus '-ment', '-ion', '-al', '-ance' or '-ence' with no link; only the real
 * derivations among those are here. A suffix rule would not do: it would also pair 'department' with 'depart' and
 * 'basement' with 'base'. The build fails if a lemma here is not in WordNet, so the list cannot rot silently.
 */
export const SUPPLEMENTARY_DERIVATIONS: readonly (readonly [string, string])[] = [
  ['acknowledgement', 'acknowledge'],
  ['acquirement', 'acquire'],
  ['appeasement', 'appease'],
  ['appointment', 'appoint'],
  ['congealment', 'congeal'],
  ['criticism', 'criticize'],
  ['detainment', 'detain'],
  ['displacement', 'displace'],
  ['endangerment', 'endanger'],
  ['judgement', 'judge'],
  ['loss', 'lose'],
  ['nominee', 'nominate'],
  ['sale', 'sell'],
  ['threat', 'threaten'],
];
