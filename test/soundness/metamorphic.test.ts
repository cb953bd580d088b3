import fc from 'fast-check';
import { createReferenceEnvironment } from '../../examples/reference-environment';
import { WeakStack } from '../../examples/weak-stack/weak-stack';
import { loadCloudAssembly } from '../../lib/sources/template/cloud-assembly';
import { testApp } from '../constructs/harness';
import { Subject, Violation, corpusSubjects, mutate, mutationArbitrary, templateSubject, violationsOf } from './metamorphic';

/**
 * Soundness, tested metamorphically over the corpus, the weak example and the
 * reference environment: an open choice never passes where a concrete value it
 * allows fails or cannot be decided. `npm test` runs a seeded sample;
 * `npm run fuzz` (PALISADE_FUZZ_RUNS, PALISADE_FUZZ_SEED) runs the long one.
 */
const RUNS = Number(process.env.PALISADE_FUZZ_RUNS ?? 400);
const SEED = Number(process.env.PALISADE_FUZZ_SEED ?? 20261202);

describe('metamorphic soundness', () => {
  let subjects: Subject[];
  beforeAll(() => {
    // Synthesis without CDK's own template validation, which this test does not exercise.
    const app = testApp();
    createReferenceEnvironment(app, { checks: false });
    new WeakStack(app, 'PalisadeWeakExample', { env: { region: 'us-east-1' } });
    const synthesized = loadCloudAssembly(app.synth().directory).map((t) => templateSubject(`cdk:${t.stack}`, t));
    subjects = [...synthesized, ...corpusSubjects('../shared/corpus/cfn-templates')];
  });

  it(`never passes an open choice that a concrete value fails (${RUNS} mutations, seed ${SEED})`, () => {
    let tried = 0;
    const violations: Violation[] = [];
    fc.assert(
      fc.property(mutationArbitrary, (pick) => {
        const m = mutate(subjects[pick.subject % subjects.length], pick);
        if (!m) return true;
        tried++;
        const found = violationsOf(m);
        violations.push(...found);
        return true;
      }),
      { seed: SEED, numRuns: RUNS },
    );
    const summary = `metamorphic: ${tried} mutations tried over ${subjects.length} templates, ${violations.length} violations`;
    // The figures are the point of the long run; a short run reports them too.
    process.stdout.write(`${summary}\n`);
    expect(tried).toBeGreaterThan(RUNS / 4);
    expect(violations.slice(0, 20)).toEqual([]);
  });
});
