import { addDays, creditCodeCheckChar, REVIEW_CHECKS, toCalendarDate } from '@cqss/domain';
import { CREATE_GUARD, CREATE_POST, CREATE_SHIFT, newIdNumber } from './operations';
import type { GqlClient, GqlResult } from './test-server';

const today = () => toCalendarDate(new Date());
let serial = 0;

function must(r: GqlResult, what: string): Record<string, any> {
  if (r.errors?.length || !r.data) throw new Error(`${what}: ${JSON.stringify(r.errors)}`);
  return r.data;
}

/** A customer unit of the caller's company by name, made in the given division if missing. */
export async function unitNamed(
  admin: GqlClient,
  name: string,
  divisionCode = '510104',
): Promise<{ id: string; address: string; divisionCode: string }> {
  const found = await admin.request(
    `query($s: String) { customerUnits(search: $s) { nodes { id name address divisionCode } } }`,
    { s: name },
  );
  const unit = found.data?.customerUnits.nodes.find((u: { name: string }) => u.name === name);
  if (unit) return unit;
  serial += 1;
  const first17 = `91530100${String((Date.now() % 1e7) * 100 + (serial % 100)).padStart(9, '0')}`;
  const created = await admin.request(CREATE_UNIT, {
    input: {
      name,
      creditCode: first17 + creditCodeCheckChar(first17),
      address: `${name}一号`,
      divisionCode,
      contactName: '联系人',
      contactPhone: '0871-63000001',
      isKeyUnit: false,
    },
  });
  return must(created, 'createCustomerUnit').createCustomerUnit;
}

export interface CrossRegionFiling {
  contractId: string;
  filingId: string;
  postId: string;
  guardIds: string[];
}

/**
 * A draft cross-region contract of the caller's company at a unit outside its home (by default
 * 成都天府国际商城), with a post and `guards` new guards on planned shifts, and its filing prepared.
 */
export async function crossRegionFiling(
  admin: GqlClient,
  tag: string,
  { unit = '成都天府国际商城', division = '510104', guards = 1, startsIn = 60 } = {},
): Promise<CrossRegionFiling> {
  const u = await unitNamed(admin, unit, division);
  const request = must(
    await admin.request(SUBMIT_REQUEST, {
      input: {
        customerUnitId: u.id,
        services: ['GATE_DUTY'],
        serviceAddress: u.address,
        serviceDivisionCode: u.divisionCode,
        startsOn: addDays(today(), startsIn),
        endsOn: addDays(today(), startsIn + 300),
        headcount: guards,
        description: '门卫值守。',
      },
    }),
    'submitServiceRequest',
  ).submitServiceRequest.id;
  must(
    await admin.request(REVIEW_REQUEST, {
      input: {
        id: request,
        decision: 'ACCEPT',
        answers: REVIEW_CHECKS.map(({ check }) => ({ check, passed: true })),
      },
    }),
    'reviewServiceRequest',
  );
  const contractId = must(
    await admin.request(CREATE_CONTRACT, {
      input: {
        serviceRequestId: request,
        project: `${tag}项目`,
        content: '门卫值守',
        customerRightsObligations: '甲方按期付款',
        companyRightsObligations: '乙方依法提供服务',
        fee: '100000',
        startsOn: addDays(today(), startsIn),
        endsOn: addDays(today(), startsIn + 300),
        projectLeaderName: '杨帆',
        projectLeaderPhone: '13800001002',
      },
    }),
    'createContract',
  ).createContract.id;
  const postId = must(
    await admin.request(CREATE_POST, { input: { contractId, name: `${tag}岗` } }),
    'createPost',
  ).createPost.id;
  const guardIds: string[] = [];
  for (let i = 0; i < guards; i++) {
    serial += 1;
    const guardId = must(
      await admin.request(CREATE_GUARD, {
        input: {
          name: `${tag}${i + 1}`,
          idNumber: newIdNumber(),
          certificateNo: `川保证T${tag}${i}`,
          certificateStatus: 'VALID',
          phone: '13800002222',
          hiredOn: '2024-01-01',
        },
      }),
      'createGuard',
    ).createGuard.id;
    const start = new Date(Date.now() + (startsIn * 24 + 10 + i * 12) * 3600_000);
    must(
      await admin.request(CREATE_SHIFT, {
        input: {
          postId,
          guardId,
          startsAt: start.toISOString(),
          endsAt: new Date(start.getTime() + 8 * 3600_000).toISOString(),
        },
      }),
      'createShift',
    );
    guardIds.push(guardId);
  }
  const filingId = must(await admin.request(PREPARE_FILING, { contractId }), 'prepareFiling')
    .prepareFiling.id;
  return { contractId, filingId, postId, guardIds };
}

export const PREPARE_FILING = /* GraphQL */ `
  mutation Prepare($contractId: ID!) {
    prepareFiling(contractId: $contractId) {
      id
      status
    }
  }
`;
export const SUBMIT_FILING = /* GraphQL */ `
  mutation Submit($id: ID!) {
    submitFiling(id: $id) {
      id
      status
      revision
    }
  }
`;
const CREATE_UNIT = /* GraphQL */ `
  mutation CreateUnit($input: CustomerUnitInput!) {
    createCustomerUnit(input: $input) {
      id
      address
      divisionCode
    }
  }
`;
const SUBMIT_REQUEST = /* GraphQL */ `
  mutation SubmitRequest($input: SubmitServiceRequestInput!) {
    submitServiceRequest(input: $input) {
      id
    }
  }
`;
const REVIEW_REQUEST = /* GraphQL */ `
  mutation ReviewRequest($input: ReviewServiceRequestInput!) {
    reviewServiceRequest(input: $input) {
      id
    }
  }
`;
const CREATE_CONTRACT = /* GraphQL */ `
  mutation CreateContract($input: CreateContractInput!) {
    createContract(input: $input) {
      id
    }
  }
`;
