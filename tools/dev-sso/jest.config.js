// Jest resolves `preset` relative to rootDir, so the shared preset is spread in instead.
const path = require('node:path');

module.exports = {
  ...require(path.join(__dirname, '../../jest.preset.js')),
  displayName: 'dev-sso',
  rootDir: __dirname,
  // Each e2e file starts its own dev SSO child process; that takes a second or two on a 2-core machine.
  testTimeout: 60_000,
};
