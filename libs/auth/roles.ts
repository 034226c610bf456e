export const ROLES = ['admin', 'analyst', 'department_head', 'retention_agent'] as const;
export type Role = (typeof ROLES)[number];

export const LOCALES = ['en', 'pl'] as const;
export type Locale = (typeof LOCALES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
