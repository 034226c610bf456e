import { resolve } from 'node:path';
import { register } from 'tsconfig-paths';

/**
 * Compiled entry points import `@feedloop/<lib>/...` like the source does; this
 * maps the alias onto dist/libs. Import it first in every script entry point.
 */
if (__filename.endsWith('.js')) {
  register({ baseUrl: resolve(__dirname, '..'), paths: { '@feedloop/*': ['libs/*'] } });
}
