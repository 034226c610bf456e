import { Column, Entity, PrimaryColumn } from 'typeorm';

export type ThemeSource = 'model' | 'keyword' | 'history' | 'staff';

@Entity({ name: 'feedback_item_themes' })
export class FeedbackItemThemeEntity {
  @PrimaryColumn('uuid', { name: 'item_id' }) itemId: string;
  @PrimaryColumn('text', { name: 'theme_key' }) themeKey: string;
  @Column('real') confidence: number;
  @Column('text') source: ThemeSource;
}
