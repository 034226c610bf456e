import type { Role } from '@feedloop/auth/roles';

export interface NavItem {
  href: string;
  /** Translation key of the label. */
  label: string;
  /** Who sees the entry; everyone signed in when absent. Routes check roles themselves, this only hides links. */
  roles?: Role[];
  /** An administration page: listed in the header's second row, so the main row stays one line wide on a laptop. */
  admin?: true;
}

/** The main navigation, in order. A new page adds its line here. */
export const NAV: NavItem[] = [
  { href: '/', label: 'nav.home' },
  { href: '/inbox', label: 'nav.inbox', roles: ['admin', 'analyst', 'department_head'] },
  { href: '/team', label: 'nav.team' },
  { href: '/departments', label: 'nav.departments', roles: ['admin', 'analyst', 'department_head'] },
  { href: '/retention', label: 'nav.retention', roles: ['admin', 'analyst', 'retention_agent'] },
  { href: '/customers', label: 'nav.customers', roles: ['admin', 'analyst', 'retention_agent'] },
  { href: '/admin/surveys', label: 'nav.adminSurveys', roles: ['admin', 'analyst'], admin: true },
  { href: '/admin/users', label: 'nav.adminUsers', roles: ['admin'], admin: true },
  { href: '/admin/departments', label: 'nav.adminDepartments', roles: ['admin'], admin: true },
  { href: '/admin/themes', label: 'nav.adminThemes', roles: ['admin'], admin: true },
  { href: '/admin/offer-types', label: 'nav.adminOfferTypes', roles: ['admin'], admin: true },
  { href: '/admin/webhooks', label: 'nav.adminWebhooks', roles: ['admin'], admin: true },
  { href: '/admin/api-keys', label: 'nav.adminApiKeys', roles: ['admin'], admin: true },
  { href: '/admin/audit', label: 'nav.adminAudit', roles: ['admin'], admin: true },
];

export type NavLink = NavItem & { current: boolean };

/** Every page of the role's navigation, main and administration alike (the benchmarks and the a11y spec visit them all). */
export function navFor(role: Role, path: string): NavLink[] {
  return NAV.filter((item) => !item.roles || item.roles.includes(role)).map((item) => ({
    ...item,
    current: item.href === '/' ? path === '/' : path === item.href || path.startsWith(`${item.href}/`),
  }));
}

/** The role's navigation as the header shows it: the main row, and the administration row (empty for most roles). */
export function headerNavFor(role: Role, path: string): { main: NavLink[]; admin: NavLink[] } {
  const links = navFor(role, path);
  return { main: links.filter((link) => !link.admin), admin: links.filter((link) => link.admin) };
}
