import { z } from 'zod';
import { NationalIdVault, parseEncryptionKeys } from './national-id-vault';

const base64Key = z
  .string()
  .transform((s) => Buffer.from(s, 'base64'))
  .refine((b) => b.length >= 32, 'must be base64 of at least 32 bytes');

/**
 * The keys of every service that holds ID numbers, validated at start. The hash key must be the same in
 * every service that matches people by hash; the encryption keys are each service's own.
 */
export const nationalIdKeysEnv = z.object({
  /** `k1:<base64 32 bytes>[,k0:...]`: the first key seals new numbers, older ones still open. */
  NATIONAL_ID_ENCRYPTION_KEYS: z.string().transform((spec, ctx) => {
    try {
      return parseEncryptionKeys(spec);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: error instanceof Error ? error.message : String(error) });
      return z.NEVER;
    }
  }),
  NATIONAL_ID_HASH_KEY: base64Key,
});

export type NationalIdKeys = z.infer<typeof nationalIdKeysEnv>;

/** The vault a service builds from its validated config. */
export function nationalIdVaultFrom(keys: NationalIdKeys): NationalIdVault {
  return new NationalIdVault({ encryptionKeys: keys.NATIONAL_ID_ENCRYPTION_KEYS, hashKey: keys.NATIONAL_ID_HASH_KEY });
}
