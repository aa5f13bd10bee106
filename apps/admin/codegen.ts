import type { CodegenConfig } from '@graphql-codegen/cli';
import { clientCodegen } from '@cqss/codegen-config';

// The queries spread the fragments of @cqss/ui's components (the filing dossier).
const config: CodegenConfig = clientCodegen({ shared: ['../../packages/ui/src/**/*.vue'] });

export default config;
