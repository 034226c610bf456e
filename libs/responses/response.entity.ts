import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type ResponseMetric = 'csat' | 'nps' | 'ces';

/** How the answer arrived: a score link in an e-mail, the web page, an SMS reply. */
export type ResponseSource = 'email_link' | 'web' | 'sms';
export const RESPONSE_SOURCES: readonly ResponseSource[] = ['email_link', 'web', 'sms'];

/** One per invitation; a later answer within the invitation's window overwrites it (earlier values in response_changes). */
@Entity({ name: 'responses' })
export class ResponseEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'invitation_id' }) invitationId: string;
  @Column('uuid', { name: 'survey_id' }) surveyId: string;
  @Column('uuid', { name: 'customer_id' }) customerId: string;
  @Column('text') metric: ResponseMetric;
  @Column('smallint') score: number;
  @Column('text', { nullable: true }) comment: string | null;
  @Column('text') source: ResponseSource;
  /** Copied from the invitation when the response is first stored: the dimensions metrics group by. */
  @Column('text', { nullable: true }) channel: 'email' | 'sms' | null;
  @Column('text', { name: 'contact_channel', nullable: true }) contactChannel: string | null;
  @Column('text', { nullable: true }) team: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
}
