// Module boundaries are the point of this file: apps never import apps, a service's code is
// reachable only from its own scope, contracts depend on nothing but util, test tooling stays in tests.
import nx from '@nx/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';

const layers = [
  { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:util', 'type:contracts', 'type:ui'] },
  { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:util'] },
  { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:util', 'type:contracts', 'type:testing', 'type:tool', 'type:data-access'] },
  { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:util', 'type:contracts', 'type:ui'] },
  { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:util', 'type:contracts'] },
  { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:util'] },
  { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
  { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:testing', 'type:feature', 'type:data-access', 'type:util', 'type:contracts', 'type:tool'] },
  { sourceTag: 'type:tool', onlyDependOnLibsWithTags: ['type:tool', 'type:util', 'type:contracts', 'type:data-access'] },
];

const scopes = [
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
  { sourceTag: 'scope:testing', onlyDependOnLibsWithTags: ['scope:testing', 'scope:shared', 'scope:dev'] },
  { sourceTag: 'scope:gateway', onlyDependOnLibsWithTags: ['scope:gateway', 'scope:shared'] },
  { sourceTag: 'scope:registry', onlyDependOnLibsWithTags: ['scope:registry', 'scope:shared'] },
  { sourceTag: 'scope:campaign', onlyDependOnLibsWithTags: ['scope:campaign', 'scope:shared'] },
  { sourceTag: 'scope:dev', onlyDependOnLibsWithTags: ['scope:dev', 'scope:shared'] },
  // Browser code: the agency apps and their design system, API client and sign-in; never a service's code.
  { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
  { sourceTag: 'scope:platform-e2e', onlyDependOnLibsWithTags: ['scope:shared', 'scope:dev', 'scope:testing'] },
  { sourceTag: 'scope:web-e2e', onlyDependOnLibsWithTags: ['scope:shared', 'scope:dev', 'scope:testing', 'scope:web'] },
];

/** Tests may also use the test tooling (dev broker, dev SSO, testing lib); shipped code may not. */
const forTests = (constraints, extra) => constraints.map((c) => ({ ...c, onlyDependOnLibsWithTags: [...new Set([...c.onlyDependOnLibsWithTags, ...extra])] }));

const boundaries = (depConstraints) => ({
  '@nx/enforce-module-boundaries': ['error', { enforceBuildableLibDependency: false, banTransitiveDependencies: false, allow: [], depConstraints }],
});

const TESTS = ['**/*.spec.ts', '**/*.spec.tsx', '**/*.e2e-spec.ts', '**/test/**/*.ts'];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/node_modules', '**/generated', '**/build', '.nx', 'tmp', 'coverage', '**/*.d.ts'],
  },
  {
    // Project source only: config files (jest.config.js and friends) reach the workspace root by design.
    files: ['**/src/**/*.ts', '**/src/**/*.tsx'],
    ignores: TESTS,
    rules: boundaries([...layers, ...scopes]),
  },
  {
    files: TESTS,
    rules: boundaries([...forTests(layers, ['type:testing', 'type:tool']), ...forTests(scopes, ['scope:testing', 'scope:dev'])]),
  },
  {
    files: ['**/*.tsx', 'apps/web-*/src/**/*.ts', 'libs/ui/src/**/*.ts', 'libs/web-auth/src/**/*.ts', 'libs/api-client/src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    files: [...TESTS, '**/cli.ts', '**/generate-*.ts', '**/scripts/*.ts', 'tools/**/*.ts', 'tools/**/*.mjs', 'bench/**/*'],
    rules: { 'no-console': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
];
