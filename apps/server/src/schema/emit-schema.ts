import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildAppSchema, printAppSchema } from './build-schema';

export const SCHEMA_FILE = path.resolve(__dirname, '../../schema.graphql');

buildAppSchema().then((schema) => {
  writeFileSync(SCHEMA_FILE, printAppSchema(schema));
  console.log(`Wrote ${SCHEMA_FILE}`);
});
