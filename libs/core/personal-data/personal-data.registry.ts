import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/**
 * Each capability that stores something about a customer registers one
 * contributor, so a GDPR export or erasure covers every module without the
 * customers module importing them (they import customers, not the reverse).
 */
export interface PersonalDataContributor {
  /** Key of this module's section in the export, e.g. `events`. */
  section: string;
  export(customerId: string, manager: EntityManager): Promise<unknown>;
  /** Removes personal data but keeps what statistics need, inside the erasure transaction. */
  erase(customerId: string, manager: EntityManager): Promise<void>;
}

@Injectable()
export class PersonalDataRegistry {
  private readonly contributors: PersonalDataContributor[] = [];

  register(contributor: PersonalDataContributor): void {
    if (this.contributors.some((c) => c.section === contributor.section)) return;
    this.contributors.push(contributor);
  }

  all(): readonly PersonalDataContributor[] {
    return this.contributors;
  }
}
