import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An admin's phrase that always assigns its theme (matched on folded text, whole words). */
@Entity({ name: 'theme_keyword_rules' })
export class ThemeKeywordRuleEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'theme_id' }) themeId: string;
  @Column('text') phrase: string;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy: string | null;
  @Column('timestamptz', { name: 'created_at', default: () => 'now()' }) createdAt: Date;
}
