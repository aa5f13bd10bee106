import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { startTestServer, type TestServer } from './test-server';

// Docker does not run here: the compose file, Prometheus's and Grafana's files are parsed, held
// against each other, and the dashboard's queries against the metrics a real server exports.
const docker = path.join(__dirname, '../../../docker');
const read = (file: string) => readFileSync(path.join(docker, file), 'utf8');
const yamlOf = (file: string) => parse(read(file));

const compose = yamlOf('compose.yaml');
const prometheus = yamlOf('prometheus/prometheus.yml');
const datasources = yamlOf('grafana/provisioning/datasources/prometheus.yaml');
const dashboards = yamlOf('grafana/provisioning/dashboards/cqss.yaml');
const dashboard = JSON.parse(read('grafana/dashboards/cqss.json'));

/** The bind mounts of a service, as { source (resolved), target }. */
const mounts = (service: string) =>
  (compose.services[service].volumes as string[])
    .filter((v) => v.startsWith('./'))
    .map((v) => {
      const [source, target] = v.split(':');
      return { source: path.join(docker, source!), target: target! };
    });

describe('the compose file', () => {
  it('runs Prometheus and Grafana beside the server, from files that exist', () => {
    expect(Object.keys(compose.services)).toEqual(
      expect.arrayContaining(['postgres', 'server', 'web', 'prometheus', 'grafana']),
    );
    for (const service of ['prometheus', 'grafana'])
      for (const { source } of mounts(service)) expect(existsSync(source), source).toBe(true);
  });

  it('gives the server and Prometheus the same metrics token, and Grafana no public port', () => {
    expect(compose.services.server.environment.METRICS_TOKEN).toMatch(/^\$\{METRICS_TOKEN:\?/);
    expect(compose.secrets.metrics_token).toEqual({ environment: 'METRICS_TOKEN' });
    expect(compose.services.prometheus.secrets).toContain('metrics_token');
    expect(compose.services.grafana.ports).toEqual(['127.0.0.1:3000:3000']);
    expect(compose.services.prometheus.ports).toBeUndefined();
  });
});

describe("Prometheus's configuration", () => {
  it('scrapes every replica on the port the image serves, with the token', () => {
    const [job] = prometheus.scrape_configs;
    expect(job.metrics_path).toBe('/metrics');
    expect(job.authorization).toEqual({
      type: 'Bearer',
      credentials_file: '/run/secrets/metrics_token',
    });
    const port = /ENV .*\bPORT=(\d+)/.exec(read('Dockerfile'))![1];
    expect(job.dns_sd_configs[0]).toMatchObject({ names: ['server'], port: Number(port) });
  });
});

describe("Grafana's provisioning", () => {
  it('points at Prometheus and loads the dashboard folder the compose file mounts', () => {
    expect(datasources.datasources[0]).toMatchObject({
      uid: 'prometheus',
      type: 'prometheus',
      url: 'http://prometheus:9090',
    });
    const folder = mounts('grafana').find((m) => m.source.endsWith('grafana/dashboards'))!;
    expect(dashboards.providers[0].options.path).toBe(folder.target);
    expect(existsSync(path.join(folder.source, 'cqss.json'))).toBe(true);
  });
});

describe('the dashboard', () => {
  const token = randomBytes(24).toString('hex');
  let t: TestServer;
  let exported: Set<string>;

  beforeAll(async () => {
    t = await startTestServer({ METRICS_TOKEN: token });
    const text = await (
      await fetch(`${t.url}/metrics`, { headers: { authorization: `Bearer ${token}` } })
    ).text();
    exported = new Set();
    for (const [, name, type] of text.matchAll(/^# TYPE (\S+) (\S+)$/gm)) {
      exported.add(name!);
      if (type === 'histogram')
        for (const s of ['_bucket', '_sum', '_count']) exported.add(name + s);
    }
  });
  afterAll(() => t?.close());

  const targets = () =>
    (
      dashboard.panels as {
        title: string;
        targets: { expr: string; datasource: { uid: string } }[];
      }[]
    ).flatMap((p) => p.targets.map((target) => ({ panel: p.title, ...target })));

  it('has a panel for each thing an operator watches, with unique ids', () => {
    expect(dashboard.uid).toBe('cqss-server');
    const ids = dashboard.panels.map((p: { id: number }) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    const exprs = targets()
      .map((t) => t.expr)
      .join('\n');
    for (const metric of [
      'cqss_graphql_requests_total',
      'cqss_graphql_request_duration_seconds_bucket',
      'cqss_graphql_sql_statements_sum',
      'cqss_db_pool_connections',
      'cqss_db_pool_waiting',
      'nodejs_eventloop_lag_p99_seconds',
      'cqss_graphql_subscriptions_live',
      'cqss_kiosk_rating_delay_seconds_bucket',
      'cqss_notifications_outbox_pending',
    ])
      expect(exprs).toContain(metric);
  });

  it('queries only metrics the server exports, through the provisioned data source', () => {
    for (const { panel, expr, datasource } of targets()) {
      expect(datasource.uid, panel).toBe('prometheus');
      const names = expr.match(/\b(?:cqss|nodejs|process)_[a-z0-9_]+/g) ?? [];
      expect(names.length, panel).toBeGreaterThan(0);
      for (const name of names) expect(exported.has(name), `${panel}: ${name}`).toBe(true);
    }
  });
});
