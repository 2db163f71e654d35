// Jest resolves `preset` relative to rootDir, so the shared preset is spread in instead.
const path = require('node:path');
const preset = require('../../jest.preset.js');

module.exports = {
  ...preset,
  displayName: 'deploy',
  rootDir: __dirname,
  // kubernetes-models is ES-module only and exports no `require` condition; point jest at its files
  // (they load through Node's require(esm), which tools/scripts/jest enables).
  moduleNameMapper: {
    ...preset.moduleNameMapper,
    '^kubernetes-models/(.*)$': path.join(__dirname, '../../node_modules/kubernetes-models/$1/index.js'),
  },
  // `kubectl kustomize` renders each overlay in a child process: a few seconds on 2 cores.
  testTimeout: 60_000,
};
