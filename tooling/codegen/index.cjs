const path = require('node:path');

const schema = path.resolve(__dirname, '../../apps/server/schema.graphql');

/**
 * The codegen config every client package uses: the server's emitted schema,
 * the package's own inline documents, the client preset.
 * `documentMode: 'string'` yields typed strings for clients without Apollo (the kiosk).
 */
function clientCodegen({ documentMode } = {}) {
  return {
    overwrite: true,
    schema,
    documents: ['src/**/*.{vue,ts}', '!src/gql/**', '!src/**/*.test.ts'],
    ignoreNoDocuments: true,
    generates: {
      './src/gql/': {
        preset: 'client',
        presetConfig: { fragmentMasking: false },
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
