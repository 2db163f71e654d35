module.exports = { ...require('../../jest.preset.js'), rootDir: __dirname, displayName: 'workspace-checks', testTimeout: 60_000 };
