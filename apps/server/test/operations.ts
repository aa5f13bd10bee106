import { idNumberCheckChar } from '@cqss/domain';
import type { GqlClient, TestServer } from './test-server';

let serial = 0;

/** A fresh, valid resident ID number (GB 11643) for a test guard. */
export function newIdNumber(): string {
  serial += 1;
  const first17 = `500103199${String(serial % 10)}0101${String(100 + (serial % 900)).padStart(3, '0')}`;
  return first17 + idNumberCheckChar(first17);
}

const HOUR = 3600_000;
export const hoursFromNow = (h: number) => new Date(Date.now() + h * HOUR).toISOString();

/** Gives a guard a sign-in account (demo password) and returns it signed in. */
export async function guardAccount(
  t: TestServer,
  guardId: string,
  username: string,
): Promise<GqlClient> {
  await t.dataSource.query(
    `INSERT INTO app_user (username, display_name, role, company_id, guard_id, password_hash)
     SELECT $1, g.name, 'GUARD', g.company_id, g.id, u.password_hash
       FROM guard g, app_user u WHERE g.id = $2 AND u.username = 'cq.guard1'`,
    [username, guardId],
  );
  return t.login(username);
}

/** A second duty supervisor of a demo company's, signed in. */
export async function supervisorAccount(
  t: TestServer,
  username: string,
  like = 'cq.supervisor',
): Promise<GqlClient> {
  await t.dataSource.query(
    `INSERT INTO app_user (username, display_name, role, company_id, password_hash)
     SELECT $1, 'Second supervisor', 'DUTY_SUPERVISOR', company_id, password_hash FROM app_user WHERE username = $2`,
    [username, like],
  );
  return t.login(username);
}

/** An active contract of the caller's company (posts under it may be worked), with its unit. */
export async function activeContract(
  client: GqlClient,
): Promise<{ id: string; customerUnitId: string }> {
  const r = await client.request(
    `query { contracts(status: ACTIVE, first: 1) { nodes { id customerUnitId } } }`,
  );
  const contract = r.data?.contracts.nodes[0];
  if (!contract) throw new Error(`no active contract: ${JSON.stringify(r.errors)}`);
  return contract;
}

export interface Scenario {
  postId: string;
  outgoingGuardId: string;
  incomingGuardId: string;
  outgoingShiftId: string;
  incomingShiftId: string;
  outgoing: GqlClient;
  incoming: GqlClient;
}

/**
 * A post of its own with two new guards (with accounts): the outgoing on duty now
 * (3 hours ago to 1 hour from now), the incoming on the roster after them.
 */
export async function handoverScenario(
  t: TestServer,
  admin: GqlClient,
  name: string,
): Promise<Scenario> {
  const contract = await activeContract(admin);
  const supervisors = await admin.request(`query { dutySupervisors { id } }`);
  const post = await admin.request(CREATE_POST, {
    input: {
      contractId: contract.id,
      name: `${name}岗`,
      supervisorId: supervisors.data!.dutySupervisors[0].id,
    },
  });
  const postId: string = post.data!.createPost.id;
  const [out, inc] = await Promise.all(
    ['甲', '乙'].map(async (who) => {
      const r = await admin.request(CREATE_GUARD, {
        input: {
          name: `${name}${who}`,
          idNumber: newIdNumber(),
          certificateNo: `渝保证T${name}${who}`,
          certificateStatus: 'VALID',
          phone: '13800001111',
          hiredOn: '2024-01-01',
        },
      });
      if (r.errors) throw new Error(JSON.stringify(r.errors));
      return r.data!.createGuard.id as string;
    }),
  );
  const shift = async (guardId: string, from: number, to: number) => {
    const r = await admin.request(CREATE_SHIFT, {
      input: { postId, guardId, startsAt: hoursFromNow(from), endsAt: hoursFromNow(to) },
    });
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data!.createShift.id as string;
  };
  const outgoingShiftId = await shift(out!, -3, 1);
  const incomingShiftId = await shift(inc!, 1, 9);
  const tag = `${name}-${Math.random().toString(36).slice(2, 8)}`;
  return {
    postId,
    outgoingGuardId: out!,
    incomingGuardId: inc!,
    outgoingShiftId,
    incomingShiftId,
    outgoing: await guardAccount(t, out!, `t.out.${tag}`),
    incoming: await guardAccount(t, inc!, `t.in.${tag}`),
  };
}

export const CREATE_POST = /* GraphQL */ `
  mutation CreatePost($input: CreatePostInput!) {
    createPost(input: $input) {
      id
      name
      postOrders
      postOrdersRevision
    }
  }
`;
export const CREATE_GUARD = /* GraphQL */ `
  mutation CreateGuard($input: CreateGuardInput!) {
    createGuard(input: $input) {
      id
      name
    }
  }
`;
export const CREATE_SHIFT = /* GraphQL */ `
  mutation CreateShift($input: CreateShiftInput!) {
    createShift(input: $input) {
      id
      startsAt
      endsAt
    }
  }
`;
