import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/test-server';
import { Company } from '../modules/companies/company.entity';
import { CustomerUnit } from '../modules/customer-units/customer-unit.entity';
import { getEntities } from './raw-entities';

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
});
