import { join, resolve } from 'node:path';

/** The workspace root (this file is tools/dev-stack/src/paths.ts). */
export const WORKSPACE_ROOT = resolve(__dirname, '../../..');

/** Require hook that runs workspace TypeScript with @bayu/* aliases (swc). */
export const TS_REGISTER = join(WORKSPACE_ROOT, 'tools/scripts/ts-register.cjs');

/** `node` arguments that run a TypeScript entry of this workspace. */
export function tsEntryArgs(file: string): string[] {
  return ['-r', TS_REGISTER, file];
}
