import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A trained classifier; the one active row is what every process classifies with. */
@Entity({ name: 'theme_models' })
export class ThemeModelEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' }) id: string;
  @Column('text') version: string;
  @Column('bytea', { select: false }) weights: Buffer;
  @Column('integer', { name: 'example_count' }) exampleCount: number;
  @Column('integer', { name: 'correction_count' }) correctionCount: number;
  @Column('timestamptz', { name: 'trained_at', default: () => 'now()' }) trainedAt: Date;
  @Column('boolean') active: boolean;
}
