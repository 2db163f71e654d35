import { describe, expect, it } from 'vitest';
import { messages } from './messages';

/** The source of every module, to find the message keys it uses. */
const sources = import.meta.glob<string>(['./**/*.ts', './**/*.tsx', '!./**/*.spec.ts', '!./**/*.spec.tsx', '!./**/messages.ts'], { query: '?raw', import: 'default', eager: true });

const PREFIXES = 'app|nav|form|error|worker|gender|nationalId|stats|target|workers|lookup|register|detail|reveal|certificate|honour|imports|import';
const KEY = new RegExp(`['\`]((?:${PREFIXES})\\.[A-Za-z.\${}-]+)['\`]`, 'g');

describe('the messages', () => {
  it('have the same keys in Chinese and English, none of them blank', () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages['zh-CN']).sort());
    for (const bundle of [messages['zh-CN'], messages.en]) for (const value of Object.values(bundle)) expect(value.trim()).not.toBe('');
  });

  it('define every key the screens use, including the ones built from a code', () => {
    const used = new Set<string>();
    for (const source of Object.values(sources)) for (const match of source.matchAll(KEY)) used.add(match[1] ?? '');
    expect(used.size).toBeGreaterThan(100);
    const keys = Object.keys(messages['zh-CN']);
    const missing = [...used].filter((key) => (key.includes('${') ? !keys.some((k) => k.startsWith(key.slice(0, key.indexOf('${')))) : !(key in messages['zh-CN'])));
    expect(missing).toEqual([]);
  });
});
