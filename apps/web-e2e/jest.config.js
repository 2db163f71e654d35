module.exports = { ...require('../../jest.preset.js'), rootDir: __dirname, displayName: 'web-e2e', testTimeout: 90_000 };
