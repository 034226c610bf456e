import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { CustomerAttributes } from './dto/customer-field.validators';
import type { CustomerLocale } from './dto/upsert-customer.dto';

@Entity({ name: 'customers' })
export class CustomerEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text', { name: 'external_id', nullable: true }) externalId: string | null;
  @Column('text', { nullable: true }) name: string | null;
  @Column('text', { nullable: true }) email: string | null;
  /** E.164. */
  @Column('text', { nullable: true }) phone: string | null;
  @Column('text') locale: CustomerLocale;
  @Column('text', { name: 'time_zone' }) timeZone: string;
  @Column('jsonb') attributes: CustomerAttributes;
  @Column('timestamptz', { name: 'email_opted_out_at', nullable: true }) emailOptedOutAt: Date | null;
  @Column('timestamptz', { name: 'sms_opted_out_at', nullable: true }) smsOptedOutAt: Date | null;
  @Column('timestamptz', { name: 'erased_at', nullable: true }) erasedAt: Date | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
}
