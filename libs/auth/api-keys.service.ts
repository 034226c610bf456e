import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { AuditActor, SYSTEM_ACTOR } from '@feedloop/audit/audit-actor';
import { AuditLog } from '@feedloop/audit/audit-log.service';
import { AuthConfig } from '@feedloop/core/config/app-config';
import { InvalidInputError } from '@feedloop/core/errors/domain-error';
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
    private readonly audit: AuditLog,
  ) {}

  /**
   * `departmentId` binds the key to one department's feedback items (a
   * department's own integration); the caller checks it names a department.
   * The key itself is returned here only: just its hash is stored, and the
   * audit row names the key by its prefix.
   */
  async create(name: string, createdBy: string | null = null, departmentId: string | null = null, actor: AuditActor = SYSTEM_ACTOR): Promise<{ key: string; apiKey: ApiKeyEntity }> {
    const label = (name ?? '').trim();
    if (label.length < 1 || label.length > 100) throw new InvalidInputError('name must be 1 to 100 characters long', 'name');
    const prefix = randomBytes(6).toString('base64url');
    const key = `fl_${prefix}_${randomBytes(24).toString('base64url')}`;
    const apiKey = await this.repo.transaction(async (m) => {
      const created = await this.repo.create({ name: label, keyPrefix: prefix, keyHash: hashKey(key), createdBy, departmentId }, m);
      await this.audit.record(m, actor, { action: 'api_key.created', entityType: 'api_key', entityId: created.id, after: auditSnapshot(created) });
      return created;
    });
    return { key, apiKey };
  }

  list(): Promise<ApiKeyEntity[]> {
    return this.repo.list();
  }

  /** False when there is no such key or it was revoked already. */
  async revoke(id: string, actor: AuditActor = SYSTEM_ACTOR): Promise<boolean> {
    if (!isUUID(id)) return false;
    const revoked = await this.repo.transaction(async (m) => {
      const before = await this.repo.findById(id, m);
      if (!before || before.revokedAt || !(await this.repo.revoke(id, m))) return false;
      const after = (await this.repo.findById(id, m))!;
      await this.audit.record(m, actor, { action: 'api_key.revoked', entityType: 'api_key', entityId: id, before: auditSnapshot(before), after: auditSnapshot(after) });
      return true;
    });
    // After the commit, so a request in between can not cache the key as still valid.
    this.cache.clear();
    return revoked;
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

/** The key as the audit log shows it: its public prefix, never its hash. */
function auditSnapshot(k: ApiKeyEntity) {
  return { name: k.name, keyPrefix: k.keyPrefix, departmentId: k.departmentId, revokedAt: k.revokedAt ? new Date(k.revokedAt).toISOString() : null };
}

function hashKey(key: string): Buffer {
  return createHash('sha256').update(key).digest();
}
