import { dirname, join } from 'node:path';
import { findRoot } from '@feedloop/core/source-root';

const DASHBOARD_DIR = join(findRoot(), 'apps', 'dashboard');
export const VIEWS_DIR = join(DASHBOARD_DIR, 'views');
export const PUBLIC_DIR = join(DASHBOARD_DIR, 'public');
/** chart.js's browser build, served at CHART_JS_PATH (its package exports only the module builds, so found next to them). */
export const CHART_JS_FILE = join(dirname(require.resolve('chart.js')), 'chart.umd.min.js');
export const CHART_JS_PATH = '/assets/vendor/chart.umd.min.js';
