import type { CodegenConfig } from '@graphql-codegen/cli';
import { clientCodegen } from '@cqss/codegen-config';

// Typed strings rather than parsed documents: the kiosk sends them with gqlFetch, no Apollo.
const config: CodegenConfig = clientCodegen({ documentMode: 'string' });

export default config;
