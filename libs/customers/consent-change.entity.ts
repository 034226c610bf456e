import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type ConsentChannel = 'email' | 'sms';
export const CONSENT_CHANNELS: readonly ConsentChannel[] = ['email', 'sms'];

/** Where an opt-out change came from; kept open-ended because delivery adds sources. */
export type ConsentSource = 'api' | 'import' | 'unsubscribe_link' | 'sms_reply' | 'dashboard' | (string & {});

@Entity({ name: 'consent_changes' })
export class ConsentChangeEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' }) id: string;
  @Column('uuid', { name: 'customer_id' }) customerId: string;
  @Column('text') channel: ConsentChannel;
  @Column('boolean', { name: 'opted_out' }) optedOut: boolean;
  @Column('text') source: ConsentSource;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
}
