const path = require('node:path');

const schema = path.resolve(__dirname, '../../apps/server/schema.graphql');

/**
 * The codegen config every client package uses: the server's emitted schema,
 * the package's own inline documents (plus `shared` ones, e.g. the fragments of @cqss/ui's
 * components that the package's queries spread), the client preset with fragment masking.
 * `documentMode: 'string'` yields typed strings for clients without Apollo (the kiosk).
 */
function clientCodegen({ documentMode, shared = [] } = {}) {
  return {
    overwrite: true,
    schema,
    documents: ['src/**/*.{vue,ts}', ...shared, '!src/gql/**', '!src/**/*.test.ts'],
    ignoreNoDocuments: true,
    generates: {
      './src/gql/': {
        preset: 'client',
        presetConfig: { fragmentMasking: true },
        config: {
          useTypeImports: true,
          enumsAsTypes: true,
          scalars: { DateTimeISO: 'string', JSON: 'unknown', ID: 'string' },
          ...(documentMode ? { documentMode } : {}),
        },
      },
    },
  };
}

module.exports = { clientCodegen, schema };
