import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { AuditActor, SYSTEM_ACTOR } from '@feedloop/audit/audit-actor';
import { AuditLog } from '@feedloop/audit/audit-log.service';
import { isUniqueViolation } from '@feedloop/core/database/postgres-errors';
import { InvalidInputError } from '@feedloop/core/errors/domain-error';
import { ChurnOfferTypeEntity } from './churn-case.entity';
import { OfferTypeKeyTakenError, OfferTypeNotFoundError } from './churn.errors';
import { ChurnOfferTypeDto } from './dto/churn-case.dto';
import { CreateOfferTypeDto, UpdateOfferTypeDto } from './dto/churn-input.dto';

/**
 * The save offers an admin defines (discount, plan change, pause, free
 * service visit...). An offer type is never deleted, only deactivated, so
 * recorded offers keep their label.
 */
@Injectable()
export class ChurnOfferTypesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  async list(): Promise<ChurnOfferTypeDto[]> {
    const rows = await this.dataSource.manager.find(ChurnOfferTypeEntity, { order: { name: 'ASC', id: 'ASC' } });
    return rows.map(toDto);
  }

  async create(input: CreateOfferTypeDto, auditActor: AuditActor = SYSTEM_ACTOR): Promise<ChurnOfferTypeDto> {
    try {
      const id = await this.dataSource.transaction(async (m) => {
        const row = await m.save(m.create(ChurnOfferTypeEntity, { key: input.key, name: input.name, description: input.description || null, active: input.active ?? true }));
        await this.audit.record(m, auditActor, { action: 'churn_offer_type.created', entityType: 'churn_offer_type', entityId: row.id, after: snapshot(row) });
        return row.id;
      });
      return toDto(await this.require(id));
    } catch (err) {
      if (isUniqueViolation(err)) throw new OfferTypeKeyTakenError(input.key);
      throw err;
    }
  }

  async update(id: string, input: UpdateOfferTypeDto, auditActor: AuditActor = SYSTEM_ACTOR): Promise<ChurnOfferTypeDto> {
    const row = await this.require(id);
    const before = snapshot(row);
    if (input.name !== undefined) row.name = input.name;
    if (input.description !== undefined) row.description = input.description || null;
    if (input.active !== undefined) row.active = input.active;
    row.updatedAt = new Date();
    await this.dataSource.transaction(async (m) => {
      await m.save(row);
      await this.audit.record(m, auditActor, { action: 'churn_offer_type.updated', entityType: 'churn_offer_type', entityId: id, before, after: snapshot(row) });
    });
    return toDto(row);
  }

  /** One offer type, active or not; CHURN_OFFER_TYPE_NOT_FOUND for an unknown id or one that is not a UUID. */
  async get(id: string): Promise<ChurnOfferTypeDto> {
    return toDto(await this.require(id));
  }

  /** For recording an offer: it must exist and be in use. */
  async requireActive(id: string): Promise<ChurnOfferTypeEntity> {
    const row = await this.dataSource.manager.findOneBy(ChurnOfferTypeEntity, { id });
    if (!row || !row.active) throw new InvalidInputError('offerTypeId must be the id of an active offer type', 'offerTypeId');
    return row;
  }

  private async require(id: string): Promise<ChurnOfferTypeEntity> {
    // The dashboard's routes take the id from the path unchecked: a malformed one is not found, not a database error.
    const row = isUUID(id) ? await this.dataSource.manager.findOneBy(ChurnOfferTypeEntity, { id }) : null;
    if (!row) throw new OfferTypeNotFoundError(id);
    return row;
  }
}

function toDto(r: ChurnOfferTypeEntity): ChurnOfferTypeDto {
  return { id: r.id, key: r.key, name: r.name, description: r.description, active: r.active, createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString() };
}

function snapshot(r: ChurnOfferTypeEntity) {
  return { key: r.key, name: r.name, description: r.description, active: r.active };
}
