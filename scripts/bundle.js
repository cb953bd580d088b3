// Bundles the CLI into one file so `palisade --help` starts fast. The CLI must
// run on a plain template without CDK: importing aws-cdk-lib, cdk-nag or
// constructs from anything the CLI reaches fails the build, naming the importer.
const path = require('path');
const { build, buildSync } = require('esbuild');

const FORBIDDEN = /^(aws-cdk-lib|cdk-nag|constructs)(\/|$)/;

const forbidCdk = {
  name: 'forbid-cdk',
  setup(build) {
    build.onResolve({ filter: FORBIDDEN }, (args) => ({
      errors: [
        {
          text: `${args.path} is imported by ${args.importer}; the CLI bundle must not load CDK (keep it to lib/constructs and lib/nag)`,
        },
      ],
    }));
  },
};

function bundle(outfile = 'dist/palisade.js') {
  return build({
    entryPoints: ['bin/palisade.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    minify: false,
    sourcemap: 'linked',
    plugins: [forbidCdk],
    mainFields: ['module', 'main'], // jsonc-parser's UMD build cannot be bundled; its ESM build can
    logLevel: 'warning',
  });
}

/**
 * The AWS Config custom rules' Lambda handler with the whole catalogue, as
 * `<outdir>/index.js`. Synchronous, so the PalisadeConfigRules construct can call it
 * while it synthesizes in a checkout; CDK in the bundle is an error naming its importer.
 */
function bundleConfigRules(outdir = 'dist/config-rules') {
  const root = path.join(__dirname, '..');
  const result = buildSync({
    absWorkingDir: root,
    entryPoints: [path.join(root, 'lib/config-rules/handler.ts')],
    outfile: path.join(path.resolve(root, outdir), 'index.js'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minify: true,
    legalComments: 'linked',
    metafile: true,
    mainFields: ['module', 'main'],
    logLevel: 'warning',
  });
  const inputs = result.metafile.inputs;
  const cdk = Object.keys(inputs).filter((f) => /(^|\/)node_modules\/(aws-cdk-lib|cdk-nag|constructs)\//.test(f));
  if (cdk.length) {
    const importers = Object.keys(inputs).filter((f) => !cdk.includes(f) && inputs[f].imports.some((i) => cdk.includes(i.path)));
    throw new Error(`the Config rules handler bundle must not load CDK: ${cdk[0]} is imported by ${importers.join(', ')}`);
  }
  return result;
}

module.exports = { bundle, bundleConfigRules };

if (require.main === module) {
  try {
    bundleConfigRules();
  } catch (e) {
    console.error(e.message);
    process.exitCode = 1;
  }
  bundle(process.argv[2]).catch(() => {
    process.exitCode = 1; // esbuild has already printed the errors
  });
}
