import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ResponseSource } from './response.entity';

/** The values a response had before an answer replaced them. */
@Entity({ name: 'response_changes' })
export class ResponseChangeEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' }) id: string;
  @Column('uuid', { name: 'response_id' }) responseId: string;
  @Column('smallint') score: number;
  @Column('text', { nullable: true }) comment: string | null;
  @Column('text') source: ResponseSource;
  @Column('timestamptz', { name: 'changed_at' }) changedAt: Date;
}
