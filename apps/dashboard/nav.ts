import type { Role } from '@feedloop/auth/roles';

export interface NavItem {
  href: string;
  /** Translation key of the label. */
  label: string;
  /** Who sees the entry; everyone signed in when absent. Routes check roles themselves, this only hides links. */
  roles?: Role[];
}

/** The main navigation, in order. A new page adds its line here. */
export const NAV: NavItem[] = [
  { href: '/', label: 'nav.home' },
  { href: '/inbox', label: 'nav.inbox', roles: ['admin', 'analyst', 'department_head'] },
  { href: '/team', label: 'nav.team' },
  { href: '/departments', label: 'nav.departments', roles: ['admin', 'analyst', 'department_head'] },
  { href: '/retention', label: 'nav.retention', roles: ['admin', 'analyst', 'retention_agent'] },
  { href: '/customers', label: 'nav.customers', roles: ['admin', 'analyst', 'retention_agent'] },
  { href: '/admin/surveys', label: 'nav.adminSurveys', roles: ['admin', 'analyst'] },
  { href: '/admin/users', label: 'nav.adminUsers', roles: ['admin'] },
  { href: '/admin/departments', label: 'nav.adminDepartments', roles: ['admin'] },
  { href: '/admin/themes', label: 'nav.adminThemes', roles: ['admin'] },
  { href: '/admin/offer-types', label: 'nav.adminOfferTypes', roles: ['admin'] },
  { href: '/admin/webhooks', label: 'nav.adminWebhooks', roles: ['admin'] },
  { href: '/admin/api-keys', label: 'nav.adminApiKeys', roles: ['admin'] },
  { href: '/admin/audit', label: 'nav.adminAudit', roles: ['admin'] },
];

export function navFor(role: Role, path: string): (NavItem & { current: boolean })[] {
  return NAV.filter((item) => !item.roles || item.roles.includes(role)).map((item) => ({
    ...item,
    current: item.href === '/' ? path === '/' : path === item.href || path.startsWith(`${item.href}/`),
  }));
}
