/**
 * One Vite + Vitest configuration for every browser project (agency apps and the design system), so the
 * apps build the same way: React, the workspace's path aliases, relative asset URLs (an app can be served
 * under any path), output in dist/apps/<name>, component tests in jsdom.
 */
import { readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { UserConfig } from 'vite';

const workspaceRoot = resolve(import.meta.dirname, '../..');

function workspaceAliases(): Array<{ find: RegExp; replacement: string }> {
  const tsconfig = JSON.parse(readFileSync(join(workspaceRoot, 'tsconfig.base.json'), 'utf8')) as { compilerOptions: { paths: Record<string, string[]> } };
  return Object.entries(tsconfig.compilerOptions.paths).map(([alias, [target]]) => ({
    find: new RegExp(`^${alias.replace(/[/\\^$+?.()|[\]{}]/g, '\\$&')}$`),
    replacement: join(workspaceRoot, target as string),
  }));
}

export function webProjectConfig(projectDir: string): UserConfig & { test: Record<string, unknown> } {
  const name = basename(projectDir);
  return {
    root: projectDir,
    base: './',
    plugins: [react()],
    resolve: { alias: workspaceAliases() },
    build: { outDir: join(workspaceRoot, 'dist/apps', name), emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 800 },
    // `nx run <app>:serve` next to a running `npm start`: the API is proxied, so the page stays same-origin.
    server: { host: '127.0.0.1', proxy: { '/api': process.env.BAYU_GATEWAY_URL ?? 'http://127.0.0.1:3000' } },
    test: {
      environment: 'jsdom',
      include: ['src/**/*.spec.{ts,tsx}'],
      setupFiles: [join(import.meta.dirname, 'vitest-setup.ts')],
      css: false,
      pool: 'threads',
      maxWorkers: Number(process.env.BAYU_JEST_WORKERS ?? 2),
    },
  };
}
