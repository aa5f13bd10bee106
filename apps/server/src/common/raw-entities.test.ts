import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/test-server';
import { Company } from '../modules/companies/company.entity';
import { CustomerUnit } from '../modules/customer-units/customer-unit.entity';
import { User } from '../modules/users/user.entity';
import { columnsFor, getEntities } from './raw-entities';

let t: TestServer;

beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());

describe('entities read raw', () => {
  it('are what getMany makes: the same class, the same values, the joined company once a company', async () => {
    const query = () =>
      t.dataSource
        .getRepository(CustomerUnit)
        .createQueryBuilder('cu')
        .orderBy('cu.createdAt', 'DESC')
        .addOrderBy('cu.id', 'DESC');
    const expected = await query().leftJoinAndSelect('cu.company', 'company').getMany();
    const actual = await getEntities(query().leftJoinAndSelect('cu.company', 'company'), {
      company: 'company',
    });
    expect(expected.length).toBeGreaterThan(1);
    expect(actual).toEqual(expected);
    for (const unit of actual) {
      expect(unit).toBeInstanceOf(CustomerUnit);
      expect(unit.company).toBeInstanceOf(Company);
      expect(unit.createdAt).toBeInstanceOf(Date);
    }
    const byCompany = new Map(actual.map((u) => [u.companyId, u.company]));
    for (const unit of actual) expect(unit.company).toBe(byCompany.get(unit.companyId));
    expect(await getEntities(query())).toEqual(await query().getMany());
  });

  it('refuses a query that did not select every column', async () => {
    const partial = t.dataSource
      .getRepository(CustomerUnit)
      .createQueryBuilder('cu')
      .select(['cu.id', 'cu.name']);
    await expect(getEntities(partial)).rejects.toThrow(/was not selected/);
  });

  it('select only the columns the fields asked read, always the key and the owner, else all', () => {
    const unit = t.dataSource.getMetadata(CustomerUnit);
    const reads = { company: ['companyId'], divisionName: ['divisionCode'] };
    expect(columnsFor(unit, new Set(['id', 'name', '__typename']), reads, ['createdAt'])).toEqual([
      'id',
      'companyId',
      'divisionCode',
      'createdAt',
      'name',
    ]);
    expect(columnsFor(unit, new Set(['divisionName', 'company']), reads)).toEqual([
      'id',
      'companyId',
      'divisionCode',
    ]);
    // A field resolver nobody declared (divisionName without `reads`): every column.
    expect(columnsFor(unit, new Set(['name', 'divisionName']))).toBeNull();
    expect(columnsFor(unit, new Set(['noSuchField']), reads)).toBeNull();
    // A field shown by a rule that reads the row (User.lastSignInAt): every column.
    const user = t.dataSource.getMetadata(User);
    expect(columnsFor(user, new Set(['username']))).not.toBeNull();
    expect(columnsFor(user, new Set(['username', 'lastSignInAt']))).toBeNull();
  });

  it('with fewer columns, the same values for those selected and nothing else set', async () => {
    const query = () =>
      t.dataSource
        .getRepository(CustomerUnit)
        .createQueryBuilder('cu')
        .orderBy('cu.createdAt', 'DESC')
        .addOrderBy('cu.id', 'DESC');
    const full = await getEntities(query().leftJoinAndSelect('cu.company', 'company'), {
      company: 'company',
    });
    const cu = ['id', 'companyId', 'name', 'createdAt'];
    const company = ['id', 'name'];
    const partial = await getEntities(
      query().leftJoinAndSelect('cu.company', 'company'),
      { company: 'company' },
      { cu, company },
    );
    expect(partial).toHaveLength(full.length);
    partial.forEach((unit, i) => {
      expect(unit).toBeInstanceOf(CustomerUnit);
      expect(Object.keys(unit).sort()).toEqual([...cu, 'company'].sort());
      for (const c of cu)
        expect(unit[c as keyof CustomerUnit]).toEqual(full[i]![c as keyof CustomerUnit]);
      expect(unit.company).toBeInstanceOf(Company);
      expect({ ...unit.company }).toEqual({
        id: full[i]!.company!.id,
        name: full[i]!.company!.name,
      });
    });
    // The company's columns all, the unit's few.
    const allOfCompany = await getEntities(
      query().leftJoinAndSelect('cu.company', 'company'),
      { company: 'company' },
      { cu, company: null },
    );
    expect(allOfCompany.map((u) => u.company)).toEqual(full.map((u) => u.company));
  });

  it('answer a list asked with few fields as with all of them', async () => {
    const admin = await t.login('cq.admin');
    const few = await admin.request(`query {
      customerUnits(first: 50) {
        nodes { __typename id name ... on CustomerUnit { divisionName } ...Co }
        pageInfo { endCursor }
      }
    }
    fragment Co on CustomerUnit { company { name } }`);
    const all = await admin.request(`query {
      customerUnits(first: 50) {
        nodes {
          __typename id name divisionName divisionCode creditCode address contactName contactPhone
          isKeyUnit keyUnitAuthority createdAt updatedAt
          company { id name ownershipType homeDivisionCode createdAt }
        }
        pageInfo { endCursor }
      }
    }`);
    expect(few.errors).toBeUndefined();
    expect(all.errors).toBeUndefined();
    const nodes = all.data!.customerUnits.nodes as Record<string, any>[];
    expect(nodes.length).toBeGreaterThan(1);
    expect(few.data!.customerUnits).toEqual({
      nodes: nodes.map((n) => ({
        __typename: n.__typename,
        id: n.id,
        name: n.name,
        divisionName: n.divisionName,
        company: { name: n.company.name },
      })),
      pageInfo: all.data!.customerUnits.pageInfo,
    });
  });
});

describe('the SQL of a query shape, built once', () => {
  it('binds each run its own values: two companies through one cached text each get their own rows', async () => {
    const companies: { id: string }[] = await t.dataSource.query(
      `SELECT DISTINCT company_id AS id FROM customer_unit`,
    );
    expect(companies.length).toBeGreaterThan(1);
    const units = (companyId: string, limit: number) =>
      getEntities(
        t.dataSource
          .getRepository(CustomerUnit)
          .createQueryBuilder('cu')
          .andWhere('cu.companyId = :scopeCompanyId', { scopeCompanyId: companyId })
          .orderBy('cu.createdAt', 'DESC')
          .addOrderBy('cu.id', 'DESC')
          .limit(limit),
        {},
        { cu: ['id', 'companyId', 'createdAt'] },
      );
    for (const { id } of [...companies, ...companies]) {
      const rows = await units(id, 50);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((u) => u.companyId === id)).toBe(true);
    }
    // Another limit is another shape, not the cached text with its old LIMIT.
    expect(await units(companies[0]!.id, 1)).toHaveLength(1);
  });
});
