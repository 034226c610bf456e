import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'api_keys' })
export class ApiKeyEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') name: string;
  @Column('text', { name: 'key_prefix' }) keyPrefix: string;
  @Column('bytea', { name: 'key_hash', select: false }) keyHash: Buffer;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy: string | null;
  /** A key bound to a department sees only that department's feedback items, like its head. */
  @Column('uuid', { name: 'department_id', nullable: true }) departmentId: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column('timestamptz', { name: 'last_used_at', nullable: true }) lastUsedAt: Date | null;
  @Column('timestamptz', { name: 'revoked_at', nullable: true }) revokedAt: Date | null;
}
