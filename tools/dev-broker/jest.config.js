// Integration tests start real mock Kafka clusters: give them time, and run files one at a time
// (2 cores; each cluster brings its own threads). The preset path is relative to rootDir.
module.exports = {
  preset: '../../jest.preset.js',
  rootDir: __dirname,
  displayName: 'dev-broker',
  testTimeout: 30_000,
  maxWorkers: 1,
};
