import { accountFeatures } from '../../src/features/index';
import { segment } from '../../src/index';

/** Two texts segmented and read as two accounts, as compare() reads them. */
export function accounts(a: string, b: string) {
  const sa = segment(a);
  const sb = segment(b);
  const fa = accountFeatures(sa);
  const fb = accountFeatures(sb, fa.titles);
  return { sa, sb, fa: fa.features, fb: fb.features };
}
