module.exports = { ...require('../../jest.preset.js'), rootDir: __dirname, displayName: 'platform-e2e', testTimeout: 60_000 };
