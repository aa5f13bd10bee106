// GraphQL documents per route: each document ships in the chunk of the code that uses it, not in
// one chunk holding every document of the app (the client preset's gql.ts lookup table).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const VIRTUAL = 'virtual:cqss-gql-document/';
/** `graphql(\`…\`)` or `graphql(/* GraphQL *\/ \`…\`)`, a template without substitutions. */
const CALL = /\bgraphql\(\s*(?:\/\*\s*GraphQL\s*\*\/\s*)?`((?:[^`\\$]|\$(?!\{))*)`\s*,?\s*\)/g;
/** What is left of a call the table does not know. */
const LEFT_CALL = /\bgraphql\(\s*(?:\/\*\s*GraphQL\s*\*\/\s*)?`[^`]*/;
/** A line of the generated lookup table: `"<document text>": types.XDocument,`. */
const TABLE_ENTRY = /^\s*("(?:[^"\\]|\\.)*"): types\.(\w+),?$/;
/** A line of the generated graphql.ts holding one document. */
const DOCUMENT = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/;

/** The codegen output folder (src/gql) that serves a source file, if there is one. */
function artifactDirectoryOf(/** @type {string} */ file) {
  for (let dir = path.dirname(file); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'gql/graphql.ts'))) return path.join(dir, 'gql');
  }
  return null;
}

/** What `graphql(text)` returns at run time, as a name: the generated table, text → document. */
function lookupTable(/** @type {string} */ gqlFile) {
  /** @type {Map<string, string>} */
  const table = new Map();
  if (!existsSync(gqlFile)) return table;
  for (const line of readFileSync(gqlFile, 'utf8').split('\n')) {
    const match = TABLE_ENTRY.exec(line);
    if (match)
      table.set(JSON.parse(/** @type {string} */ (match[1])), /** @type {string} */ (match[2]));
  }
  return table;
}

/**
 * The documents of a generated graphql.ts, or null when it holds other run-time code (string
 * documents, for the kiosk): then the calls stay as they are.
 */
function documentsOf(/** @type {string} */ graphqlFile) {
  /** @type {Map<string, string>} */
  const documents = new Map();
  for (const line of readFileSync(graphqlFile, 'utf8').split('\n')) {
    if (!/^export (const|let|var|class|function|enum) /.test(line)) continue;
    const match = DOCUMENT.exec(line);
    if (!match) return null;
    documents.set(/** @type {string} */ (match[1]), /** @type {string} */ (match[2]));
  }
  return documents;
}

/**
 * At build time, with no change to the code that writes `graphql(\`query …\`)`: each call becomes
 * an import of that one document, looked up in the table codegen generated for the call (exactly
 * what the call returns at run time), from a module of its own, so Rolldown puts each document in
 * the chunk of the screens that use it. (The client preset's Babel plugin does the first half, but
 * imports the document under its own name, which collides with `const XDocument = graphql(…)`.)
 * Imports straight from gql/graphql.ts are split the same way.
 * @returns {import('vite').Plugin}
 */
export function graphqlDocumentsPerRoute() {
  /** @type {{ dir: string; table: Map<string, string>; documents: Map<string, string> | null }[]} */
  let artifacts = [];
  const artifactFor = (/** @type {string} */ dir) => {
    let index = artifacts.findIndex((a) => a.dir === dir);
    if (index < 0) {
      const documents = documentsOf(path.join(dir, 'graphql.ts'));
      index = artifacts.push({ dir, table: lookupTable(path.join(dir, 'gql.ts')), documents }) - 1;
    }
    return { index, .../** @type {(typeof artifacts)[number]} */ (artifacts[index]) };
  };
  const moduleOf = (/** @type {number} */ index, /** @type {string} */ name) =>
    `${VIRTUAL}${index}/${name}`;

  return {
    name: 'cqss:graphql-documents-per-route',
    apply: 'build',
    enforce: 'post',
    buildStart() {
      artifacts = [];
    },
    resolveId(source) {
      return source.startsWith(VIRTUAL) ? `\0${source}` : null;
    },
    load(id) {
      if (id.startsWith(`\0${VIRTUAL}`)) {
        const [index, name = ''] = id.slice(VIRTUAL.length + 1).split('/');
        return `export const ${name} = ${artifacts[Number(index)]?.documents?.get(name)};`;
      }
      const generated = /[\\/]gql[\\/](gql|graphql)\.ts$/.exec(id);
      if (!generated) return null;
      const { index, documents } = artifactFor(path.dirname(id));
      if (!documents) return null;
      // The lookup table would make every document reachable from wherever `graphql` is
      // imported (the login screen), and Rolldown places modules by reachability. Every call is
      // rewritten (transform fails the build otherwise), so the table is not needed.
      if (generated[1] === 'gql')
        return 'export function graphql() { throw new Error("graphql() call left in the build"); }';
      return [...documents.keys()]
        .map((name) => `export { ${name} } from '${moduleOf(index, name)}';`)
        .join('\n');
    },
    transform(code, id) {
      const file = id.split('?')[0] ?? id;
      if (!code.includes('graphql(') || !/\.(vue|ts|js)$/.test(file)) return null;
      if (/[\\/](node_modules|gql)[\\/]/.test(file)) return null;
      const dir = artifactDirectoryOf(file);
      if (!dir) return null;
      const { index, table, documents } = artifactFor(dir);
      if (!documents) return null;
      /** @type {string[]} */
      const imports = [];
      const rewritten = code.replace(CALL, (call, text) => {
        const name = table.get(text);
        if (!name || !documents.has(name)) return call;
        const local = `__cqssDocument${imports.length}`;
        imports.push(`import { ${name} as ${local} } from '${moduleOf(index, name)}';`);
        // Same number of lines, so positions after the call do not move.
        return local + '\n'.repeat(call.split('\n').length - 1);
      });
      const left = LEFT_CALL.exec(rewritten);
      if (left)
        this.error(
          `a graphql() call that is not in ${dir}/gql.ts: run \`pnpm codegen\` (${left[0].slice(0, 80)})`,
        );
      if (!imports.length) return null;
      return { code: `${rewritten}\n${imports.join('\n')}\n`, map: null };
    },
  };
}
