import { randomBytes } from 'node:crypto';
import { composeNationalId, maskNationalId, parseNationalId } from './national-id';
import { NationalIdVault, parseEncryptionKeys } from './national-id-vault';

describe('national ID numbers (GB 11643)', () => {
  const valid = composeNationalId('500229', '1984-06-12', 311, 'male');

  it('accepts a well-formed number and reads birth date and gender from it', () => {
    const result = parseNationalId(valid.toLowerCase());
    expect(result).toEqual({ ok: true, facts: { normalised: valid, regionCode: '500229', birthDate: '1984-06-12', gender: 'male' } });
  });

  it('accepts the official sample with an X check character', () => {
    expect(parseNationalId('11010519491231002X')).toMatchObject({ ok: true, facts: { gender: 'female', birthDate: '1949-12-31' } });
  });

  it.each([
    ['too short', '50022919840612311', 'format'],
    ['letters', '5002291984061231AB', 'format'],
    ['not a province', '990229198406123110', 'region'],
    ['30 February', composeNationalId('500103', '1990-02-28', 1, 'male').replace('19900228', '19900230'), 'birth-date'],
    ['born in the future', composeNationalId('500103', '2099-01-01', 1, 'male'), 'birth-date'],
  ])('rejects a number that is %s', (_why, input, problem) => {
    expect(parseNationalId(input)).toMatchObject({ ok: false, problem });
  });

  it('rejects a number with one digit mistyped', () => {
    const typo = valid.slice(0, 10) + String((Number(valid[10]) + 1) % 10) + valid.slice(11);
    expect(parseNationalId(typo)).toMatchObject({ ok: false });
  });

  it('masks the birth date digits', () => {
    expect(maskNationalId(valid)).toBe(`500229********${valid.slice(14)}`);
  });
});

describe('national ID vault', () => {
  const keys = parseEncryptionKeys(`k2:${randomBytes(32).toString('base64')},k1:${randomBytes(32).toString('base64')}`);
  const vault = new NationalIdVault({ encryptionKeys: keys, hashKey: randomBytes(32) });
  const id = composeNationalId('500103', '1979-03-08', 42, 'female');

  it('round-trips through encryption and never stores the number in clear', () => {
    const sealed = vault.encrypt(id);
    expect(sealed).toMatch(/^k2:/);
    expect(sealed).not.toContain(id);
    expect(vault.decrypt(sealed)).toBe(id);
    expect(vault.encrypt(id)).not.toBe(sealed);
  });

  it('still decrypts values sealed with an older key after rotation', () => {
    const old = new NationalIdVault({ encryptionKeys: [keys[1]!], hashKey: randomBytes(32) }).encrypt(id);
    expect(vault.decrypt(old)).toBe(id);
  });

  it('detects tampering with the ciphertext', () => {
    const sealed = vault.encrypt(id);
    const raw = Buffer.from(sealed.slice(3), 'base64');
    raw[raw.length - 1] = (raw[raw.length - 1] ?? 0) ^ 1;
    expect(() => vault.decrypt(`k2:${raw.toString('base64')}`)).toThrow();
  });

  it('hashes the same person to the same value however the number was typed', () => {
    expect(vault.hash(id.toLowerCase() + ' ')).toBe(vault.hash(id));
    expect(vault.hash(id)).toMatch(/^[0-9a-f]{64}$/);
  });
});
