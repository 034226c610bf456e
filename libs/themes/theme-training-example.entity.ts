import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type TrainingExampleSource = 'reroute' | 'theme_edit' | 'admin';

/** A correction staff made: the text with the themes or department it should have had. */
@Entity({ name: 'theme_training_examples' })
export class ThemeTrainingExampleEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' }) id: string;
  @Column('text') text: string;
  @Column('text', { nullable: true }) locale: 'pl' | 'en' | null;
  @Column('text', { name: 'theme_keys', array: true }) themeKeys: string[];
  @Column('text', { name: 'department_key', nullable: true }) departmentKey: string | null;
  @Column('text') source: TrainingExampleSource;
  @Column('uuid', { name: 'feedback_item_id', nullable: true }) feedbackItemId: string | null;
  @Column('uuid', { name: 'customer_id', nullable: true }) customerId: string | null;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy: string | null;
  @Column('timestamptz', { name: 'created_at', default: () => 'now()' }) createdAt: Date;
}
