import { randomUUID } from 'node:crypto';
import type { GqlClient, TestServer } from './test-server';

/** Registers a kiosk through the admin's API and pairs a fresh client with it. */
export async function pairedKiosk(
  t: TestServer,
  admin: GqlClient,
  customerUnitId: string,
  opts: { postId?: string | null; name?: string; pairedDaysAgo?: number } = {},
): Promise<{ kiosk: GqlClient; deviceId: string }> {
  const reg = await admin.request(REGISTER, {
    input: { customerUnitId, postId: opts.postId ?? null, name: opts.name ?? '测试终端' },
  });
  if (reg.errors) throw new Error(JSON.stringify(reg.errors));
  const kiosk = t.client();
  const paired = await kiosk.request(PAIR, {
    input: { code: reg.data!.registerKiosk.pairingCode },
  });
  if (paired.errors) throw new Error(JSON.stringify(paired.errors));
  const deviceId: string = reg.data!.registerKiosk.device.id;
  // Fixtures date ratings weeks back; a device paired long ago may carry them.
  if (opts.pairedDaysAgo) {
    await t.dataSource.query(
      `UPDATE kiosk_device SET paired_at = now() - make_interval(days => $2) WHERE id = $1`,
      [deviceId, opts.pairedDaysAgo],
    );
  }
  return { kiosk, deviceId };
}

/** A kiosk's rating, with a fresh key and the current time unless given. */
export function submit(kiosk: GqlClient, input: Record<string, unknown> = {}) {
  return kiosk.request(SUBMIT, {
    input: {
      idempotencyKey: randomUUID(),
      rating: 5,
      recordedAt: new Date().toISOString(),
      ...input,
    },
  });
}

/** The demo units by name. */
export async function unitIds(admin: GqlClient): Promise<Record<string, string>> {
  const r = await admin.request(`query { customerUnits(first: 50) { nodes { id name } } }`);
  return Object.fromEntries(
    r.data!.customerUnits.nodes.map((u: { id: string; name: string }) => [u.name, u.id]),
  );
}

/** A post made directly, under the unit's running or draft contract. */
export async function makePost(
  t: TestServer,
  customerUnitId: string,
  name: string,
  supervisorUsername: string | null,
): Promise<string> {
  const [row] = await t.dataSource.query(
    `INSERT INTO post (company_id, customer_unit_id, contract_id, name, supervisor_id, post_orders)
     SELECT cu.company_id, cu.id,
            (SELECT c.id FROM contract c WHERE c.customer_unit_id = cu.id AND c.status <> 'TERMINATED'
              ORDER BY c.created_at DESC LIMIT 1),
            $2, (SELECT id FROM app_user WHERE username = $3), '岗位职责'
       FROM customer_unit cu WHERE cu.id = $1
     RETURNING id`,
    [customerUnitId, name, supervisorUsername],
  );
  return row.id;
}

export const SUBMIT = /* GraphQL */ `
  mutation Submit($input: SubmitFeedbackInput!) {
    submitFeedback(input: $input) {
      id
      idempotencyKey
      rating
      tags
      comment
      recordedAt
      receivedAt
    }
  }
`;
const REGISTER = /* GraphQL */ `
  mutation Register($input: RegisterKioskInput!) {
    registerKiosk(input: $input) {
      pairingCode
      device {
        id
      }
    }
  }
`;
const PAIR = /* GraphQL */ `
  mutation Pair($input: PairKioskInput!) {
    pairKiosk(input: $input) {
      deviceName
    }
  }
`;
