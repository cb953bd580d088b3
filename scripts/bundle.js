// Bundles the CLI into one file so `palisade --help` starts without loading aws-cdk-lib.
const { buildSync } = require('esbuild');

buildSync({
  entryPoints: ['bin/palisade.ts'],
  outfile: 'dist/palisade.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  minify: false,
  sourcemap: 'linked',
  external: ['aws-cdk-lib', 'cdk-nag', 'constructs'],
  mainFields: ['module', 'main'], // jsonc-parser's UMD build cannot be bundled; its ESM build can
  logLevel: 'warning',
});
