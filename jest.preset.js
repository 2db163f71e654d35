// Shared jest preset: swc for speed (keeps decorator metadata), tsconfig path aliases, UTC clock.
const path = require('node:path');
const fs = require('node:fs');

const root = __dirname;
const tsconfig = JSON.parse(fs.readFileSync(path.join(root, 'tsconfig.base.json'), 'utf8'));
const swcrc = JSON.parse(fs.readFileSync(path.join(root, '.swcrc'), 'utf8'));

const moduleNameMapper = {};
for (const [alias, [target]] of Object.entries(tsconfig.compilerOptions.paths)) {
  moduleNameMapper[`^${alias.replace(/[/\\^$+?.()|[\]{}]/g, '\\$&').replace(/\*/g, '(.*)')}$`] =
    path.join(root, target.replace(/\*/g, '$1'));
}

process.env.TZ = 'UTC';

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j)s$': ['@swc/jest', { ...swcrc, sourceMaps: 'inline', swcrc: false }],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper,
  testMatch: ['**/*.spec.ts', '**/*.e2e-spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  transformIgnorePatterns: ['/node_modules/'],
};
