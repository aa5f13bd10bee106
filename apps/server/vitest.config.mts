import { serverConfig } from '@cqss/vitest-config';
import { mergeConfig } from 'vitest/config';

/**
 * The server's files share their worker's module graph (isolate: false): loading the server's
 * modules (type-graphql, TypeORM, Apollo) once per worker instead of once per file is most of
 * what a file cost. Each file still gets its own server on its own copy of the template database.
 */
export default mergeConfig(serverConfig, { test: { isolate: false } });
