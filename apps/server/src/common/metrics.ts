import type { Pool } from 'pg';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { DataSource } from 'typeorm';

/** Operation names are the client's words: past this many distinct ones, the rest count as `_other`. */
const MAX_OPERATION_NAMES = 300;

let processRegistry: Registry | undefined;

/**
 * CPU, memory, GC, handles and event-loop lag (`nodejs_eventloop_lag_*`): once a process,
 * however many servers it runs (tests run several), since each set starts its own monitors.
 */
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

/**
 * The server's Prometheus metrics. Per request it costs a counter and two histogram updates;
 * the pool, the outbox and the process are read only when Prometheus scrapes.
 */
export class Metrics {
  private readonly registry = new Registry();
  private readonly operationNames = new Set<string>();

  private readonly requests = new Counter({
    name: 'cqss_graphql_requests_total',
    help: 'GraphQL requests over HTTP, by operation name and outcome (OK or the first error code)',
    labelNames: ['operation', 'code'] as const,
    registers: [this.registry],
  });

  private readonly duration = new Histogram({
    name: 'cqss_graphql_request_duration_seconds',
    help: 'Time from the parsed request to the answer, by operation name',
    labelNames: ['operation'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  private readonly statements = new Histogram({
    name: 'cqss_graphql_sql_statements',
    help: 'SQL statements one GraphQL request sent to PostgreSQL, by operation name',
    labelNames: ['operation'] as const,
    buckets: [0, 1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 64],
    registers: [this.registry],
  });

  private readonly subscriptions = new Gauge({
    name: 'cqss_graphql_subscriptions_live',
    help: 'GraphQL subscriptions open over WebSocket on this process',
    registers: [this.registry],
  });

  private readonly ratingDelay = new Histogram({
    name: 'cqss_kiosk_rating_delay_seconds',
    help: "How long a kiosk's rating waited on the device (tapped to stored): its outbox backlog",
    buckets: [1, 5, 15, 60, 300, 900, 3600, 4 * 3600, 86_400, 7 * 86_400],
    registers: [this.registry],
  });

  constructor(dataSource: DataSource) {
    processMetrics(); // from the start: CPU is counted, and the event loop watched, from here on
    const pool = (dataSource.driver as unknown as { master: Pool }).master;
    new Gauge({
      name: 'cqss_db_pool_connections',
      help: 'Connections of the PostgreSQL pool, in use or idle',
      labelNames: ['state'] as const,
      registers: [this.registry],
      collect() {
        this.set({ state: 'in_use' }, pool.totalCount - pool.idleCount);
        this.set({ state: 'idle' }, pool.idleCount);
      },
    });
    new Gauge({
      name: 'cqss_db_pool_waiting',
      help: 'Queries waiting for a free connection of the PostgreSQL pool',
      registers: [this.registry],
      collect() {
        this.set(pool.waitingCount);
      },
    });
    registerOutboxGauge(this.registry, dataSource);
  }

  /** One answered GraphQL request; `statements` is unknown outside a request scope. */
  observeRequest(
    operation: string,
    code: string,
    seconds: number,
    statements: number | undefined,
  ): void {
    const label = this.operationLabel(operation);
    this.requests.inc({ operation: label, code });
    this.duration.observe({ operation: label }, seconds);
    if (statements !== undefined) this.statements.observe({ operation: label }, statements);
  }

  /** A new kiosk rating stored (not a retry): how long it waited on the device. */
  observeRatingArrival(recordedAt: Date, receivedAt: Date): void {
    this.ratingDelay.observe(Math.max(0, (receivedAt.getTime() - recordedAt.getTime()) / 1000));
  }

  /**
   * Wraps a subscription's event stream so the live gauge counts it until it ends. A plain
   * object, not an async generator: a generator's return() would wait behind a pending next(),
   * that is, until the next event, and a closed socket would hold its subscription open.
   */
  trackSubscription<T>(stream: AsyncIterable<T>): AsyncIterableIterator<T> {
    const events = stream[Symbol.asyncIterator]();
    const live = this.subscriptions;
    let open = true;
    const close = () => {
      if (open) live.dec();
      open = false;
    };
    live.inc();
    return {
      async next() {
        try {
          const result = await events.next();
          if (result.done) close();
          return result;
        } catch (err) {
          close();
          throw err;
        }
      },
      async return(value?: unknown) {
        close();
        return (await events.return?.(value)) ?? { done: true, value: undefined };
      },
      async throw(err?: unknown) {
        close();
        if (events.throw) return events.throw(err);
        throw err;
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }

  readonly contentType = this.registry.contentType;

  /** The text Prometheus scrapes: this server's metrics, then the process's. */
  async render(): Promise<string> {
    return (await this.registry.metrics()) + (await processMetrics().metrics());
  }

  private operationLabel(name: string): string {
    if (this.operationNames.has(name)) return name;
    if (this.operationNames.size >= MAX_OPERATION_NAMES) return '_other';
    this.operationNames.add(name);
    return name;
  }
}

/**
 * Notifications waiting in the outbox: not yet sent and not given up (issue 12).
 * A scrape must not hang on a busy pool (that is when the pool gauges matter): a read that takes
 * longer than a second, or fails, leaves no sample.
 */
function registerOutboxGauge(registry: Registry, dataSource: DataSource): void {
  const pendingNotifications = async (): Promise<number> => {
    const [{ pending }] = await dataSource.query(
      `SELECT count(*)::int AS pending FROM notification_outbox WHERE sent_at IS NULL AND failed_at IS NULL`,
    );
    return pending;
  };
  new Gauge({
    name: 'cqss_notifications_outbox_pending',
    help: 'Notifications waiting in the outbox: not yet sent, not given up',
    labelNames: ['table'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      const pending = await Promise.race([
        pendingNotifications().catch(() => null),
        new Promise<null>((resolve) => setTimeout(resolve, 1000, null).unref()),
      ]);
      if (pending !== null) this.set({ table: 'notification_outbox' }, pending);
    },
  });
}
