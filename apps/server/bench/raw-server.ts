/**
 * The baseline: node:http + pg answering the bench's two operations with one hand-written SQL
 * statement each (no GraphQL, no ORM, no session check): the list (POST /graphql) and the kiosk's
 * rating as one INSERT of the same row (POST /feedback, body `{ deviceId, idempotencyKey,
 * recordedAt }`). Started by bench.ts as a child process.
 */
import { createServer } from 'node:http';
import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 20 });
const companyId = process.env.COMPANY_ID;
const devices = new Map<
  string,
  { company_id: string; customer_unit_id: string; post_id: string | null }
>();

async function list() {
  const { rows } = await pool.query(
    `SELECT cu.id, cu.name, cu.division_code AS "divisionCode", json_build_object('name', c.name) AS company
       FROM customer_unit cu JOIN company c ON c.id = cu.company_id
      WHERE cu.company_id = $1
      ORDER BY cu.created_at DESC, cu.id DESC
      LIMIT 50`,
    [companyId],
  );
  return { data: { customerUnits: { nodes: rows } } };
}

async function rate(body: { deviceId: string; idempotencyKey: string; recordedAt: string }) {
  const d = devices.get(body.deviceId)!;
  const { rows } = await pool.query(
    `INSERT INTO feedback (company_id, customer_unit_id, post_id, device_id, idempotency_key, rating, tags, comment, recorded_at)
     VALUES ($1, $2, $3, $4, $5, 5, '{}'::feedback_tag[], NULL, $6)
     RETURNING id, idempotency_key AS "idempotencyKey", rating, recorded_at AS "recordedAt"`,
    [
      d.company_id,
      d.customer_unit_id,
      d.post_id,
      body.deviceId,
      body.idempotencyKey,
      body.recordedAt,
    ],
  );
  return { data: { submitFeedback: rows[0] } };
}

const server = createServer((req, res) => {
  let text = '';
  req.on('data', (chunk) => (text += chunk));
  req.on('end', async () => {
    try {
      const answer = req.url === '/feedback' ? await rate(JSON.parse(text)) : await list();
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
    } catch (err) {
      res.writeHead(500).end(String(err));
    }
  });
});

pool
  .query(`SELECT id, company_id, customer_unit_id, post_id FROM kiosk_device`)
  .then(({ rows }) => {
    for (const r of rows) devices.set(r.id, r);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      console.log(
        JSON.stringify({ port: typeof address === 'object' && address ? address.port : 0 }),
      );
    });
  });
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
