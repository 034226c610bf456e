import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity({ name: 'departments' })
export class DepartmentEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** Stable machine name (`logistics`) that routing rules and the CLI refer to; the name is for people and may change. */
  @Column('text') key: string;
  @Column('text') name: string;
  /** SLA of feedback items routed here: acknowledge within this many hours of creation. */
  @Column('integer', { name: 'ack_sla_hours', default: 8 }) ackSlaHours: number;
  /** ...and resolve within this many days. */
  @Column('integer', { name: 'resolve_sla_days', default: 5 }) resolveSlaDays: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
