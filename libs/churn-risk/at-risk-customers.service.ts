import { Injectable, OnModuleInit } from '@nestjs/common';
import type { AccessScope } from '@feedloop/auth/access-scope';
import { AccessDeniedError } from '@feedloop/auth/auth.errors';
import { NotFoundError } from '@feedloop/core/errors/domain-error';
import { decodeCursor, encodeExactCursor, keysetPage } from '@feedloop/core/http/cursor';
import { PersonalDataRegistry } from '@feedloop/core/personal-data/personal-data.registry';
import { AtRiskCustomerDto, AtRiskCustomerPageDto, ListAtRiskCustomersQueryDto } from './dto/at-risk-customers.dto';
import { ListedFlag, RiskFlagsRepository } from './risk-flags.repository';
import { evidenceKeys } from './risk-rules';

/** The list's cursor id: `score:uuid`, since the list is ordered by score first. */
const POSITION_ID = /^[0-4]:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The early-warning list the retention team works: customers flagged by
 * RiskEvaluationService, and their dismissal. Churn risk is the company's
 * business, not a department's: admins, analysts and retention agents (and
 * API keys not bound to a department) see it; department heads and
 * department-bound keys get ACCESS_DENIED.
 */
@Injectable()
export class AtRiskCustomersService implements OnModuleInit {
  constructor(
    private readonly flags: RiskFlagsRepository,
    private readonly personalData: PersonalDataRegistry,
  ) {}

  onModuleInit(): void {
    this.personalData.register({
      section: 'churnRisk',
      export: async (customerId, m) => (await this.flags.exportCustomer(customerId, m)).map(({ dismissedEvidence: _, ...row }) => row),
      // A flag is derived from the customer's answers and contacts: nothing statistics need, so it goes (evaluation skips erased customers).
      erase: (customerId, m) => this.flags.deleteCustomers([customerId], m),
    });
  }

  /** Active flags, highest score first, then the most recently flagged. */
  async list(scope: AccessScope, query: ListAtRiskCustomersQueryDto): Promise<AtRiskCustomerPageDto> {
    assertSeesChurnRisk(scope);
    const limit = query.limit ?? 50;
    const cursor = decodeCursor(query.cursor, POSITION_ID);
    const after = cursor ? { score: Number(cursor.id.slice(0, 1)), at: cursor.at, id: cursor.id.slice(2) } : null;
    const rows = await this.flags.list({ reason: query.reason, minScore: query.minScore }, after, limit + 1);
    return keysetPage(rows, limit, (last) => encodeExactCursor(last.cursorAt, `${last.score}:${last.id}`), toDto);
  }

  /** The customer's entry whatever its status (for a case opened from the list, and the customer page); NOT_FOUND if never flagged. */
  async get(scope: AccessScope, customerId: string): Promise<AtRiskCustomerDto> {
    assertSeesChurnRisk(scope);
    const row = await this.flags.findListed(customerId);
    if (!row) throw new NotFoundError(`customer ${customerId} has not been flagged as at risk`, 'customerId');
    return toDto(row);
  }

  /**
   * Takes an active flag off the list. It returns only when a piece of
   * evidence appears that it did not have now (a new detractor answer, a
   * further contact, another overdue item). Dismissing a dismissed flag
   * changes nothing; a customer not on the list is NOT_FOUND.
   */
  async dismiss(scope: AccessScope, customerId: string): Promise<AtRiskCustomerDto> {
    assertSeesChurnRisk(scope);
    return this.flags.transaction(async (m) => {
      await this.flags.lockCustomers([customerId], m);
      const row = await this.flags.findListed(customerId, m);
      if (!row || row.status === 'cleared') throw new NotFoundError(`customer ${customerId} is not on the at-risk list`, 'customerId');
      if (row.status === 'dismissed') return toDto(row);
      await this.flags.dismiss(customerId, { userId: scope.actorUserId, apiKeyId: scope.apiKeyId }, evidenceKeys(row.reasons), new Date(), m);
      return toDto((await this.flags.findListed(customerId, m))!);
    });
  }
}

function assertSeesChurnRisk(scope: AccessScope): void {
  if (scope.role === 'department_head') throw new AccessDeniedError('churn risk is not visible to a department head or a key bound to a department');
}

function toDto(r: ListedFlag): AtRiskCustomerDto {
  return {
    id: r.id,
    customer: { id: r.customerId, externalId: r.customerExternalId },
    status: r.status,
    score: r.score,
    reasons: r.reasons,
    firstFlaggedAt: r.firstFlaggedAt.toISOString(),
    lastEvaluatedAt: r.lastEvaluatedAt.toISOString(),
    dismissedAt: r.dismissedAt?.toISOString() ?? null,
    dismissedBy: r.dismissedBy,
  };
}
