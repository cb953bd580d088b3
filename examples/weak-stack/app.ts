#!/usr/bin/env node
/**
 * The weak example app: one stack, in us-east-1 (outside UK data residency, which
 * Palisade also reports). No checks are registered, so it synthesizes despite its
 * weaknesses: `CDK_OUTDIR=out node dist/examples/weak-stack/app.js`.
 */
import { App } from 'aws-cdk-lib';
import { WeakStack } from './weak-stack';

const app = new App();
new WeakStack(app, 'PalisadeWeakExample', {
  env: { region: 'us-east-1' },
  description: 'Palisade demo: a deliberately weak stack',
});
app.synth();
