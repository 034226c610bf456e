import { Column, Entity, PrimaryGeneratedColumn, ValueTransformer } from 'typeorm';

export type SurveyKind = 'post_contact' | 'onboarding' | 'exit' | 'relationship';
export const SURVEY_KINDS: readonly SurveyKind[] = ['post_contact', 'onboarding', 'exit', 'relationship'];

export type SurveyMetric = 'csat' | 'nps' | 'ces';
export const SURVEY_METRICS: readonly SurveyMetric[] = ['csat', 'nps', 'ces'];

export type SurveyStatus = 'active' | 'paused';

export type SurveyChannel = 'email' | 'sms';
export const SURVEY_CHANNELS: readonly SurveyChannel[] = ['email', 'sms'];

export type SurveyTriggerEventType = 'contact' | 'signup' | 'cancellation';
export const SURVEY_TRIGGER_EVENT_TYPES: readonly SurveyTriggerEventType[] = ['contact', 'signup', 'cancellation'];

export type SurveyLocale = 'pl' | 'en';
export const SURVEY_LOCALES: readonly SurveyLocale[] = ['pl', 'en'];

export type LocalizedText = { pl?: string; en?: string };

export type TriggerFilters = {
  contactChannels?: string[];
  teams?: string[];
  attributes?: Record<string, string | number | boolean>;
};

/** Per-locale replacements of the default message texts; anything missing falls back to the default. */
export type SurveyTemplateOverrides = { emailSubject?: string; emailIntro?: string; smsText?: string };
export type SurveyTemplates = { pl?: SurveyTemplateOverrides; en?: SurveyTemplateOverrides };

/**
 * PostgreSQL returns `time` as 'HH:MM:SS'; quiet hours are minute-precise,
 * so the entity always carries 'HH:MM'.
 */
const hourMinute: ValueTransformer = {
  to: (value: string | null | undefined) => value,
  from: (value: string | null) => (value == null ? null : value.slice(0, 5)),
};

@Entity({ name: 'surveys' })
export class SurveyEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') name: string;
  @Column('text') kind: SurveyKind;
  /** NULL for an exit survey only: it asks reasons on its page, never a score. */
  @Column('text', { nullable: true }) metric: SurveyMetric | null;
  @Column('text', { default: 'active' }) status: SurveyStatus;
  @Column('jsonb') question: LocalizedText;
  @Column('jsonb', { name: 'follow_up' }) followUp: LocalizedText;
  /** Preference order: the first channel the customer can be reached on is used. */
  @Column('text', { array: true, default: () => "'{email,sms}'" }) channels: SurveyChannel[];
  /** NULL: never triggered by an event (relationship surveys, campaigns). */
  @Column('text', { name: 'trigger_event_type', nullable: true }) triggerEventType: SurveyTriggerEventType | null;
  @Column('jsonb', { name: 'trigger_filters', default: () => "'{}'::jsonb" }) triggerFilters: TriggerFilters;
  @Column('integer', { name: 'delay_minutes', default: 0 }) delayMinutes: number;
  /** 0: neither counts toward nor is held back by the throttle (exit surveys). */
  @Column('integer', { name: 'throttle_days', default: 30 }) throttleDays: number;
  /** 'HH:MM' in the customer's time zone; both null means SMS may go out at any hour. */
  @Column('time', { name: 'quiet_hours_start', nullable: true, transformer: hourMinute }) quietHoursStart: string | null;
  @Column('time', { name: 'quiet_hours_end', nullable: true, transformer: hourMinute }) quietHoursEnd: string | null;
  @Column('integer', { name: 'expiry_hours', default: 168 }) expiryHours: number;
  /** NULL: no reminder. */
  @Column('integer', { name: 'reminder_after_hours', nullable: true }) reminderAfterHours: number | null;
  @Column('boolean', { name: 'sms_transliterate', default: false }) smsTransliterate: boolean;
  @Column('jsonb', { default: () => "'{}'::jsonb" }) templates: SurveyTemplates;
  /** Where a low score without a comment (nothing to classify) is routed; null: customer service. */
  @Column('uuid', { name: 'default_department_id', nullable: true }) defaultDepartmentId: string | null;
  @Column('timestamptz', { name: 'created_at', default: () => 'now()' }) createdAt: Date;
  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' }) updatedAt: Date;
}
