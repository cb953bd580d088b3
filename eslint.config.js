// Import hygiene only: the layering the design relies on, and no cycles. Formatting is Prettier's.
const { importX, createNodeResolver } = require('eslint-plugin-import-x');
const tseslint = require('typescript-eslint');

const cdk = ['aws-cdk-lib', 'aws-cdk-lib/*', 'cdk-nag', 'cdk-nag/*', 'constructs'];

module.exports = [
  { ignores: ['node_modules/', 'dist/', 'cdk.out/', 'coverage/', 'bench/out/', 'palisade-report/', 'test/**/fixtures/**'] },
  {
    files: ['**/*.ts', '**/*.js'],
    languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: 'module' },
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.json'] })] },
    rules: {
      'import-x/order': [
        'error',
        { groups: ['builtin', 'external', 'parent', 'sibling', 'index'], alphabetize: { order: 'asc' } },
      ],
      'import-x/no-cycle': 'error',
      'import-x/no-self-import': 'error',
      'import-x/no-duplicates': 'error',
      'import-x/no-extraneous-dependencies': [
        'error',
        { devDependencies: ['test/**', 'bench/**', 'scripts/**', 'bin/example-app.ts', 'examples/**', '*.js'] },
      ],
    },
  },
  {
    // The CLI, engine, rules, sources and reports run without CDK loaded.
    files: ['lib/**/*.ts', 'rules/**/*.ts', 'bin/palisade.ts'],
    ignores: ['lib/constructs/**', 'lib/nag/**', 'lib/index.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: cdk, message: 'only lib/constructs and lib/nag may import CDK' }] },
      ],
    },
  },
];
