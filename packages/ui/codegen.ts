import type { CodegenConfig } from '@graphql-codegen/cli';
import { clientCodegen } from '@cqss/codegen-config';

const config: CodegenConfig = clientCodegen();

export default config;
