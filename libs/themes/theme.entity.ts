import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type ThemeKind = 'complaint' | 'praise';
export const THEME_KINDS: readonly ThemeKind[] = ['complaint', 'praise'];
export type LocalizedText = { pl?: string; en?: string };
export type LocalizedList = { pl?: string[]; en?: string[] };

/** A reason customers give, owned by one department. Praise themes are counted and shown, never routed. */
@Entity({ name: 'themes' })
export class ThemeEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** Stable machine name (`late_delivery`) that the API, the model and routing refer to. */
  @Column('text') key: string;
  @Column('text') kind: ThemeKind;
  @Column('uuid', { name: 'department_id' }) departmentId: string;
  @Column('jsonb') name: LocalizedText;
  @Column('jsonb') description: LocalizedText;
  /** Example phrases shown to admins; they also train the model. */
  @Column('jsonb') examples: LocalizedList;
  /** An inactive theme is never assigned by the classifier; items that carry it keep it. */
  @Column('boolean') active: boolean;
  @Column('timestamptz', { name: 'created_at', default: () => 'now()' }) createdAt: Date;
  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' }) updatedAt: Date;
}
