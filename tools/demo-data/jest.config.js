module.exports = { ...require('../../jest.preset.js'), rootDir: __dirname, displayName: 'demo-data', testTimeout: 120000 };
