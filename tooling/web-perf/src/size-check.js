// The size budgets of the built apps, as a browser receives them: brotli where the build wrote a
// .br file (the server sends that), raw bytes where it did not. Prints a table; exits 1 over budget.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { printTable } from './table.js';

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const KB = 1000;
/** GraphQL documents the login screens need: the rest belong to the chunks of their screens. */
const LOGIN_DOCUMENTS = ['Login', 'Logout', 'Me'];
/** A document as the build inlines it: `{kind:"OperationDefinition",operation:…,name:{…value:"X"}`. */
const OPERATION =
  /kind:[`"']OperationDefinition[`"'],operation:[`"']\w+[`"'],name:\{kind:[`"']Name[`"'],value:[`"'](\w+)/g;
/** Shared lazy chunks smaller than this are checked but not listed. */
const LIST_FROM = 10 * KB;

/**
 * The login screen (everything the first page loads) and each chunk loaded later, with its CSS.
 * @type {Record<string, { initial: number; lazy: number }>}
 */
export const BUDGETS = {
  admin: { initial: 200 * KB, lazy: 60 * KB },
  police: { initial: 200 * KB, lazy: 60 * KB },
  kiosk: { initial: 70 * KB, lazy: 60 * KB },
};

/**
 * @typedef {{ file: string; src?: string; name?: string; css?: string[]; imports?: string[];
 *   isEntry?: boolean; isDynamicEntry?: boolean }} ManifestChunk
 * @typedef {Record<string, ManifestChunk>} Manifest
 * @typedef {{ raw: number; gzip: number; brotli: number; sent: number; precompressed: boolean }} Size
 * @typedef {{ kind: 'login' | 'route' | 'shared'; name: string; files: Set<string>;
 *   size: Size; budget: number; firstVisit?: Size }} Row
 */

/** The files a chunk brings with it: itself, its CSS and its static imports, transitively. */
export function filesOf(/** @type {Manifest} */ manifest, /** @type {string} */ key) {
  /** @type {Set<string>} */
  const files = new Set();
  const visit = (/** @type {string} */ k) => {
    const chunk = manifest[k];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(key);
  return files;
}

/** @returns {Size} */
function sizeOf(/** @type {string} */ file) {
  const raw = statSync(file).size;
  const twin = (/** @type {string} */ ext) =>
    existsSync(`${file}.${ext}`) ? statSync(`${file}.${ext}`).size : null;
  const br = twin('br');
  const gz = twin('gz');
  const content = br === null || gz === null ? readFileSync(file) : Buffer.alloc(0);
  const brotli =
    br ??
    brotliCompressSync(content, {
      params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY },
    }).length;
  const gzip = gz ?? gzipSync(content, { level: 9 }).length;
  // The build skips compression that would not shrink a file: it goes out raw, as it should.
  return { raw, gzip, brotli, sent: br ?? raw, precompressed: br !== null || raw <= brotli };
}

/** @returns {Size} */
function total(/** @type {Iterable<string>} */ files, /** @type {string} */ dist) {
  const sum = { raw: 0, gzip: 0, brotli: 0, sent: 0, precompressed: true };
  for (const f of files) {
    const s = sizeOf(path.join(dist, f));
    sum.raw += s.raw;
    sum.gzip += s.gzip;
    sum.brotli += s.brotli;
    sum.sent += s.sent;
    sum.precompressed &&= s.precompressed;
  }
  return sum;
}

/** @returns {Row[]} */
export function measure(/** @type {string} */ app) {
  const budget = BUDGETS[app];
  if (!budget) throw new Error(`no budget for ${app}`);
  const dist = path.join(REPO_ROOT, 'apps', app, 'dist');
  const manifestFile = path.join(dist, '.vite/manifest.json');
  if (!existsSync(manifestFile))
    throw new Error(`${manifestFile} is missing: build the app first (pnpm turbo run build)`);
  /** @type {Manifest} */
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const login = filesOf(manifest, 'index.html');
  login.add('index.html');
  /** @type {Row[]} */
  const rows = [
    {
      kind: 'login',
      name: 'login screen',
      files: login,
      size: total(login, dist),
      budget: budget.initial,
    },
  ];
  for (const [key, chunk] of Object.entries(manifest)) {
    if (login.has(chunk.file) || !chunk.file.endsWith('.js')) continue;
    const own = new Set([chunk.file, ...(chunk.css ?? [])]);
    const row = {
      kind: chunk.isDynamicEntry ? /** @type {const} */ ('route') : /** @type {const} */ ('shared'),
      name: chunk.src?.replace(/^src\//, '') ?? chunk.name ?? key,
      files: own,
      size: total(own, dist),
      budget: budget.lazy,
    };
    if (chunk.isDynamicEntry) {
      const added = [...filesOf(manifest, key)].filter((f) => !login.has(f));
      rows.push({ ...row, firstVisit: total(added, dist) });
    } else rows.push(row);
  }
  return rows;
}

/** The GraphQL operations whose documents the given files carry. */
export function operationsIn(/** @type {Iterable<string>} */ files, /** @type {string} */ app) {
  const dist = path.join(REPO_ROOT, 'apps', app, 'dist');
  /** @type {Set<string>} */
  const names = new Set();
  for (const f of files) {
    if (!f.endsWith('.js')) continue;
    for (const m of readFileSync(path.join(dist, f), 'utf8').matchAll(OPERATION))
      names.add(m[1] ?? '');
  }
  return [...names].sort();
}

const kb = (/** @type {number} */ n) => `${(n / KB).toFixed(1)} KB`;

function main() {
  let over = 0;
  let raw = false;
  const lines = [
    ['app / chunk', 'raw', 'gzip', 'brotli', 'sent', 'budget', '', 'first visit (sent)'],
  ];
  /** @type {string[]} */
  const notes = [];
  for (const app of Object.keys(BUDGETS)) {
    const order = { login: 0, route: 1, shared: 2 };
    const measured = measure(app);
    const login = measured.find((r) => r.kind === 'login');
    const documents = operationsIn(login?.files ?? [], app);
    const extra = documents.filter((d) => !LOGIN_DOCUMENTS.includes(d));
    notes.push(`${app}: GraphQL documents on the login screen: ${documents.join(', ') || 'none'}`);
    if (extra.length) {
      over += 1;
      notes.push(`  OVER: ${extra.join(', ')} belong in the chunks of the screens that use them`);
    }
    const rows = measured.sort(
      (a, b) => order[a.kind] - order[b.kind] || b.size.sent - a.size.sent,
    );
    for (const row of rows) {
      const ok = row.size.sent <= row.budget;
      if (!ok) over += 1;
      if (!row.size.precompressed) raw = true;
      if (row.kind === 'shared' && ok && row.size.sent < LIST_FROM) continue;
      lines.push([
        `${app} ${row.kind === 'shared' ? `(shared) ${row.name}` : row.name}`,
        kb(row.size.raw),
        kb(row.size.gzip),
        kb(row.size.brotli),
        `${kb(row.size.sent)}${row.size.precompressed ? '' : ' *'}`,
        kb(row.budget),
        ok ? 'ok' : 'OVER',
        row.firstVisit ? kb(row.firstVisit.sent) : '',
      ]);
    }
  }
  printTable(lines);
  for (const note of notes) console.log(note);
  console.log(
    `login screen: index.html and every file it loads; a route: its chunk and CSS (first visit: with ` +
      `the shared chunks it also loads); shared chunks under ${kb(LIST_FROM)} are checked, not listed`,
  );
  if (raw) console.log('* not precompressed at build: the server sends these raw');
  if (over) {
    console.error(`${over} over budget`);
    process.exitCode = 1;
  } else console.log('size budgets: all within');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
