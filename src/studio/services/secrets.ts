/**
 * Random secrets and how they are kept. A secret (session id, API token, invitation or set-up
 * code) has 256 random bits and is stored only as its SHA-256: a high-entropy secret needs no
 * slow hash, and a leaked database holds nothing that signs anyone in.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';

export const API_TOKEN_PREFIX = 'rcml_';

export const randomSecret = (): string => randomBytes(32).toString('base64url');

export const newApiToken = (): string => `${API_TOKEN_PREFIX}${randomSecret()}`;

export const hashSecret = (secret: string): string =>
  createHash('sha256').update(secret).digest('hex');

export const newId = (): string => randomUUID();
