import { Column, Entity, PrimaryColumn } from 'typeorm';

/** interview: the customer's own reason in an exit interview (REASON_ROUTES in libs/churn). */
export type ThemeSource = 'model' | 'keyword' | 'history' | 'staff' | 'interview';

@Entity({ name: 'feedback_item_themes' })
export class FeedbackItemThemeEntity {
  @PrimaryColumn('uuid', { name: 'item_id' }) itemId: string;
  @PrimaryColumn('text', { name: 'theme_key' }) themeKey: string;
  @Column('real') confidence: number;
  @Column('text') source: ThemeSource;
}
