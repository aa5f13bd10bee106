/**
 * The baseline: node:http + pg answering the bench's list with one hand-written SQL
 * statement (no GraphQL, no ORM, no session check). Started by bench.ts as a child process.
 */
import { createServer } from 'node:http';
import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 20 });
const companyId = process.env.COMPANY_ID;

const server = createServer((req, res) => {
  req.resume();
  req.on('end', async () => {
    const { rows } = await pool.query(
      `SELECT cu.id, cu.name, cu.division_code AS "divisionCode", json_build_object('name', c.name) AS company
         FROM customer_unit cu JOIN company c ON c.id = cu.company_id
        WHERE cu.company_id = $1
        ORDER BY cu.created_at DESC, cu.id DESC
        LIMIT 50`,
      [companyId],
    );
    const body = JSON.stringify({ data: { customerUnits: { nodes: rows } } });
    res.writeHead(200, { 'content-type': 'application/json' }).end(body);
  });
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  console.log(JSON.stringify({ port: typeof address === 'object' && address ? address.port : 0 }));
});
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
