import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const IV_BYTES = 12;
const TAG_BYTES = 16;

/** A new signing secret: 32 random bytes, prefixed so it is recognisable in a receiver's configuration. */
export function generateSigningSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

/** The last characters of a secret, shown to admins so they can tell which one a receiver holds. */
export function secretHint(secret: string): string {
  return secret.slice(-4);
}

/**
 * AES-256-GCM, stored as iv ‖ tag ‖ ciphertext. The endpoint id is the
 * associated data, so a ciphertext copied onto another endpoint's row does
 * not decrypt.
 */
export function sealSecret(secret: string, key: Buffer, endpointId: string): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(endpointId));
  const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), ciphertext]);
}

/** Throws when the key is not the one the secret was sealed with. */
export function openSecret(sealed: Buffer, key: Buffer, endpointId: string): string {
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, IV_BYTES));
  decipher.setAAD(Buffer.from(endpointId));
  decipher.setAuthTag(sealed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(sealed.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
}
