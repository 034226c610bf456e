import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AuthConfig } from '@feedloop/core/config/app-config';
import { ApiKeyEntity } from './api-key.entity';
import { ApiKeysRepository } from './api-keys.repository';

export interface AuthenticatedApiKey {
  id: string;
  name: string;
  /** Bound to one department: sees only its feedback items. */
  departmentId: string | null;
}

const KEY_PATTERN = /^fl_[A-Za-z0-9_-]{8}_[A-Za-z0-9_-]{32,}$/;

/**
 * API keys are 190-bit random strings, so a fast SHA-256 is a safe lookup hash
 * (a slow password hash buys nothing against brute force of that space and
 * would cost milliseconds on every request). Hits are cached briefly because
 * every ingestion request needs one; a revoked key stops working within
 * API_KEY_CACHE_SECONDS.
 */
@Injectable()
export class ApiKeysService {
  private readonly cache = new Map<string, { key: AuthenticatedApiKey | null; until: number }>();

  constructor(
    private readonly repo: ApiKeysRepository,
    private readonly config: AuthConfig,
  ) {}

  /** `departmentId` binds the key to one department's feedback items (a department's own integration). */
  async create(name: string, createdBy: string | null = null, departmentId: string | null = null): Promise<{ key: string; apiKey: ApiKeyEntity }> {
    const prefix = randomBytes(6).toString('base64url');
    const key = `fl_${prefix}_${randomBytes(24).toString('base64url')}`;
    const apiKey = await this.repo.create({ name, keyPrefix: prefix, keyHash: hashKey(key), createdBy, departmentId });
    return { key, apiKey };
  }

  list(): Promise<ApiKeyEntity[]> {
    return this.repo.list();
  }

  async revoke(id: string): Promise<boolean> {
    this.cache.clear();
    return this.repo.revoke(id);
  }

  async authenticate(key: string): Promise<AuthenticatedApiKey | null> {
    if (!KEY_PATTERN.test(key)) return null;
    const hash = hashKey(key);
    const cacheKey = hash.toString('base64');
    const now = Date.now();
    const cached = this.cache.get(cacheKey);
    if (cached && cached.until > now) return cached.key;

    const row = await this.repo.findActiveByHash(hash);
    const found = row ? { id: row.id, name: row.name, departmentId: row.departmentId } : null;
    if (this.config.apiKeyCacheSeconds > 0) {
      if (this.cache.size > 10_000) this.cache.clear();
      this.cache.set(cacheKey, { key: found, until: now + this.config.apiKeyCacheSeconds * 1000 });
    }
    if (found) void this.repo.touch(found.id).catch(() => undefined);
    return found;
  }
}

function hashKey(key: string): Buffer {
  return createHash('sha256').update(key).digest();
}
