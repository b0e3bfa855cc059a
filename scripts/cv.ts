/**
 * 5-fold cross-validation of the relation classifier on SICK train, the check behind the network sizes in
 * scripts/fit.ts and the SICK figures the README quotes beside the trial set's (whose 500 pairs move with every
 * refit by the refit's own spread).
 *
 *   npm run cv                       # seed 2 (the shipped one), the shipped sizes
 *   npm run cv -- --seeds 2,3,4      # several seeds; each seed's figures and their average
 *   npm run cv -- --hidden 16 --l2 1e-3
 *
 * Folds are round-robin (item i in fold i % 5); each fold's classifier is fitted on the other four folds of SICK
 * train beside all of MRPC train, as `npm run fit` fits the shipped one on all of SICK train beside MRPC, with the
 * standardizer of STS-B train plus SICK train. It reports 3-way accuracy (agreement = ENTAILMENT, contradiction =
 * CONTRADICTION, anything else NEUTRAL; the classifier's own argmax, without the fact rule, which SICK never fires)
 * and contradiction F1, averaged over the folds. Data from ../shared/datasets (training splits only).
 */
import { parseArgs } from 'node:util';
import { datasetsDir, fold, mrpc, sick, stsb } from './_datasets';
import { featurize, predictClasses, scoreLabels, standardizer, train } from './_train';
import { classOf, RELATION_TRAINING } from './fit';

const LABELS = ['ENTAILMENT', 'CONTRADICTION', 'NEUTRAL'] as const;

function main(): void {
  const { values } = parseArgs({
    options: {
      seeds: { type: 'string', default: String(RELATION_TRAINING.seed) },
      hidden: { type: 'string', default: String(RELATION_TRAINING.hidden) },
      l2: { type: 'string', default: String(RELATION_TRAINING.l2) },
      folds: { type: 'string', default: '5' },
    },
  });
  const dir = datasetsDir();
  if (!dir) {
    console.log('npm run cv: ../shared/datasets is absent; nothing to cross-validate.');
    return;
  }
  const sickTrain = sick(dir, 'train');
  const mrpcTrain = mrpc(dir);
  const xs = featurize(sickTrain);
  const xm = featurize(mrpcTrain);
  const std = standardizer([...featurize(stsb(dir, 'train')), ...xs]);
  const ys = sickTrain.map(classOf);
  const ym = mrpcTrain.map(classOf);
  const k = Number(values.folds);
  const options = { ...RELATION_TRAINING, hidden: Number(values.hidden), l2: Number(values.l2) };
  const seeds = values.seeds.split(',').map(Number);
  let sumAccuracy = 0;
  let sumF1 = 0;
  for (const seed of seeds) {
    let accuracy = 0;
    let f1 = 0;
    for (let f = 0; f < k; f++) {
      const trainIdx = sickTrain.flatMap((_, i) => (fold(i, k) === f ? [] : [i]));
      const testIdx = sickTrain.flatMap((_, i) => (fold(i, k) === f ? [i] : []));
      const net = train(
        [...trainIdx.map((i) => xs[i]!), ...xm],
        [...trainIdx.map((i) => ys[i]!), ...ym],
        std,
        { ...options, seed },
      );
      const predicted = testIdx.map((i) => {
        const p = predictClasses(net, std, xs[i]!);
        const c = p[1]! >= p[0]! && p[1]! >= p[2]! ? 1 : p[0]! >= p[2]! ? 0 : 2;
        return LABELS[c]!;
      });
      const s = scoreLabels(
        testIdx.map((i) => sickTrain[i]!.label!),
        predicted,
        'CONTRADICTION',
      );
      accuracy += s.accuracy / k;
      f1 += s.f1 / k;
    }
    console.log(
      `seed ${String(seed)}: SICK train ${String(k)}-fold CV accuracy ${accuracy.toFixed(3)}, contradiction F1 ${f1.toFixed(3)} (hidden ${String(options.hidden)}, l2 ${String(options.l2)})`,
    );
    sumAccuracy += accuracy;
    sumF1 += f1;
  }
  if (seeds.length > 1) {
    console.log(
      `average of ${String(seeds.length)} seeds: ${(sumAccuracy / seeds.length).toFixed(3)} / ${(sumF1 / seeds.length).toFixed(3)}`,
    );
  }
}

main();
