import { join } from 'node:path';
import { findRoot } from '@feedloop/core/source-root';

const DASHBOARD_DIR = join(findRoot(), 'apps', 'dashboard');
export const VIEWS_DIR = join(DASHBOARD_DIR, 'views');
export const PUBLIC_DIR = join(DASHBOARD_DIR, 'public');
