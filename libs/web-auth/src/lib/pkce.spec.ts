import { describe, expect, it } from 'vitest';
import { base64Url, jwtPayload, randomToken, s256Challenge } from './pkce';

describe('PKCE pieces', () => {
  it('derives the S256 challenge of RFC 7636 appendix B', async () => {
    expect(await s256Challenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });

  it('makes URL-safe verifiers that differ every time', () => {
    const a = randomToken(48);
    expect(a).toMatch(/^[A-Za-z0-9_-]{64}$/);
    expect(randomToken(48)).not.toBe(a);
    expect(base64Url(new Uint8Array([251, 255]))).toBe('-_8');
  });

  it('reads a JWT payload with Chinese text in it', () => {
    const payload = base64Url(new TextEncoder().encode(JSON.stringify({ display_name: '渝中区人力社保局' })));
    expect(jwtPayload(`h.${payload}.s`)).toEqual({ display_name: '渝中区人力社保局' });
    expect(() => jwtPayload('nope')).toThrow('not a JWT');
  });
});
