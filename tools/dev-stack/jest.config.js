// The e2e specs run the real orchestrator (services, broker, SSO, databases) as child processes.
module.exports = { ...require('../../jest.preset.js'), rootDir: __dirname, displayName: 'dev-stack', testTimeout: 120000 };
