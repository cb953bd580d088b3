// Bundles the CLI into one file so `palisade --help` starts fast. The CLI must
// run on a plain template without CDK: importing aws-cdk-lib, cdk-nag or
// constructs from anything the CLI reaches fails the build, naming the importer.
const { build } = require('esbuild');

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

module.exports = { bundle };

if (require.main === module) {
  bundle(process.argv[2]).catch(() => {
    process.exitCode = 1; // esbuild has already printed the errors
  });
}
