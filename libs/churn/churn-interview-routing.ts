import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobsService } from '@feedloop/core/jobs/jobs.service';
import { CustomersService } from '@feedloop/customers/customers.service';
import { FeedbackRoutingService } from '@feedloop/feedback/feedback-routing.service';
import { REASON_ROUTES } from './churn-reasons';
import { ChurnCasesRepository } from './churn-cases.repository';
import { routeExitInterviewJob } from './churn.jobs';

/**
 * Sends what an exit interview says to the departments that can act on it:
 * its reasons by REASON_ROUTES, its comment by theme classification, through
 * feedback routing (one item per department and case, so a retried job or a
 * changed interview updates rather than duplicates).
 */
@Injectable()
export class ChurnInterviewRouting implements OnModuleInit {
  constructor(
    private readonly repo: ChurnCasesRepository,
    private readonly customers: CustomersService,
    private readonly routing: FeedbackRoutingService,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register(routeExitInterviewJob(this));
  }

  async route(caseId: string): Promise<{ created: string[]; updated: string[]; withdrawn: string[] } | null> {
    const row = await this.repo.findById(caseId);
    if (!row?.interview_primary_reason) return null;
    const reasons = [row.interview_primary_reason, ...(row.interview_secondary_reasons ?? [])];
    const routes = reasons.flatMap((r) => {
      const route = REASON_ROUTES[r];
      return route ? [{ department: route.department, theme: route.theme, reason: r }] : [];
    });
    const customer = await this.customers.findForDelivery([row.customer_id]);
    return this.routing.routeExitInterview({
      churnCaseId: row.id,
      customerId: row.customer_id,
      comment: row.interview_comment,
      locale: customer.get(row.customer_id)?.locale ?? null,
      reasonRoutes: routes,
    });
  }
}
