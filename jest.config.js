/** Tests are transformed by swc (no type checking per file); `npm run typecheck` checks types once. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.tsx?$': ['@swc/jest', { jsc: { target: 'es2022' } }],
    // stream-json and stream-chain ship only ES modules, which jest's CommonJS runtime cannot load
    '/node_modules/stream-(json|chain)/.+\\.js$': ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!stream-(json|chain)/)'],
  testTimeout: 60000,
  // removes the temporary directories each test file's synthesis made
  setupFilesAfterEnv: ['<rootDir>/test/support/temp-dirs.ts'],
};
