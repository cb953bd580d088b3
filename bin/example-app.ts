#!/usr/bin/env node
/**
 * The Palisade reference environment (the app cdk.json runs). Synthesizes with no AWS
 * account or credentials: `npm run synth`, or `node dist/bin/example-app.js` with
 * CDK_OUTDIR set. Context: `palisade:alertEmail`, `palisade:domainName`.
 */
import { App } from 'aws-cdk-lib';
import { createReferenceEnvironment } from '../examples/reference-environment';

// Cross-stack references stay 'strong' (an export a consumer still uses cannot be deleted); said
// explicitly because CDK warns when it is left to the default. cdk.json context takes precedence.
const app = new App({ context: { '@aws-cdk/core:defaultCrossStackReferences': 'strong' } });
createReferenceEnvironment(app, {
  alertEmail: app.node.tryGetContext('palisade:alertEmail'),
  domainName: app.node.tryGetContext('palisade:domainName'),
});
app.synth();
