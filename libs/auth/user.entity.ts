import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Locale, Role } from './roles';

export const DIGEST_FREQUENCIES = ['hourly', 'daily', 'off'] as const;
export type DigestFrequency = (typeof DIGEST_FREQUENCIES)[number];

@Entity({ name: 'users' })
export class UserEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** Stored lower-cased; the unique index is on lower(email) as a second line of defence. */
  @Column('text') email: string;
  @Column('text') name: string;
  /** Never selected by default, so a user loaded for a page or a session can not leak it. */
  @Column('text', { name: 'password_hash', select: false }) passwordHash: string;
  @Column('text') role: Role;
  /** The department a department head is bound to (required for them by a CHECK constraint). */
  @Column('uuid', { name: 'department_id', nullable: true }) departmentId: string | null;
  @Column('text') locale: Locale;
  /** How often a department head gets the e-mail digest of new and overdue items. */
  @Column('text', { name: 'digest_frequency', default: 'daily' }) digestFrequency: DigestFrequency;
  @Column('timestamptz', { name: 'last_login_at', nullable: true }) lastLoginAt: Date | null;
  @Column('timestamptz', { name: 'disabled_at', nullable: true }) disabledAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
