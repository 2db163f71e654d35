import { uuidv7, uuidv7Time } from './uuidv7';

describe('uuidv7', () => {
  it('is a valid version-7, variant-1 UUID carrying its creation time', () => {
    const id = uuidv7(Date.UTC(2026, 10, 23, 8, 0, 0));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(uuidv7Time(id).toISOString()).toBe('2026-11-23T08:00:00.000Z');
  });

  it('sorts in creation order, also within one millisecond', () => {
    const ids = Array.from({ length: 5_000 }, () => uuidv7(1_800_000_000_000));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
