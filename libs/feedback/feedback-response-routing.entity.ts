import type { ThemeSource } from './feedback-item-theme.entity';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export interface RoutedTheme {
  key: string;
  confidence: number;
  source: ThemeSource;
}

/** Which version of an answer the feedback module has routed, and every theme it found (praise too). */
@Entity({ name: 'feedback_response_routings' })
export class FeedbackResponseRoutingEntity {
  @PrimaryColumn('uuid', { name: 'response_id' }) responseId: string;
  @Column('uuid', { name: 'customer_id' }) customerId: string;
  @Column('timestamptz', { name: 'response_updated_at' }) responseUpdatedAt: Date;
  @Column('text', { name: 'model_version', nullable: true }) modelVersion: string | null;
  @Column('jsonb') themes: RoutedTheme[];
  @Column('timestamptz', { name: 'routed_at', default: () => 'now()' }) routedAt: Date;
}
