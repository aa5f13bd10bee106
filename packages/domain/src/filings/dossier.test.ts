import { describe, expect, it } from 'vitest';
import {
  DOSSIER_PROBLEM_MESSAGES,
  DossierProblemCode,
  assertDossierComplete,
  assertFilingAddressee,
  checkDossier,
  dossierProblemItemKey,
  daysUntilDue,
  dossierItems,
  filingDueDate,
  type DossierInput,
} from './dossier';
import { creditCodeCheckChar } from '../identity/credit-code';
import { idNumberCheckChar } from '../identity/id-number';

const id = (first17: string) => first17 + idNumberCheckChar(first17);
const TODAY = '2025-06-10';

const complete = (): DossierInput => ({
  company: {
    securityLicenseNo: '渝公保服0001号',
    businessLicenseNo: '91500000202806370' + creditCodeCheckChar('91500000202806370'),
    licenseExpiresOn: '2030-12-31',
  },
  contract: {
    project: '成都某医院门诊楼安保',
    content: '门卫、巡逻、安全检查',
    startsOn: '2025-07-01',
    endsOn: '2026-06-30',
    status: 'DRAFT',
  },
  projectLeader: { name: '王强', phone: '13800000000' },
  guards: [
    {
      id: 'g1',
      name: '张伟',
      certificateNo: '渝保证2019000101',
      certificateStatus: 'VALID',
      idNumber: id('50010319900312123'),
    },
    {
      id: 'g2',
      name: '刘洋',
      certificateNo: '渝保证2019000102',
      certificateStatus: 'VALID',
      idNumber: id('50011219920708456'),
    },
  ],
});

describe('checkDossier', () => {
  it('finds nothing in a complete dossier', () => {
    expect(checkDossier(complete(), TODAY)).toEqual([]);
    expect(() => assertDossierComplete(complete(), TODAY)).not.toThrow();
  });

  it.each<[string, (d: DossierInput) => void, DossierProblemCode, string]>([
    [
      'no security licence',
      (d) => (d.company.securityLicenseNo = ' '),
      'SECURITY_LICENSE_MISSING',
      'company.securityLicenseNo',
    ],
    [
      'no business licence',
      (d) => (d.company.businessLicenseNo = null),
      'BUSINESS_LICENSE_MISSING',
      'company.businessLicenseNo',
    ],
    [
      'a bad business licence',
      (d) => (d.company.businessLicenseNo = '915000002028063700'),
      'BUSINESS_LICENSE_INVALID',
      'company.businessLicenseNo',
    ],
    [
      'an expired licence',
      (d) => (d.company.licenseExpiresOn = '2025-06-09'),
      'LICENSE_EXPIRED',
      'company.licenseExpiresOn',
    ],
    [
      'no project',
      (d) => (d.contract.project = ''),
      'CONTRACT_PROJECT_MISSING',
      'contract.project',
    ],
    [
      'no content',
      (d) => (d.contract.content = null),
      'CONTRACT_CONTENT_MISSING',
      'contract.content',
    ],
    [
      'a term ending before it starts',
      (d) => (d.contract.endsOn = '2025-06-30'),
      'CONTRACT_TERM_INVALID',
      'contract.endsOn',
    ],
    [
      'a term already over',
      (d) => ((d.contract.startsOn = '2024-01-01'), (d.contract.endsOn = '2025-06-09')),
      'CONTRACT_ENDED',
      'contract.endsOn',
    ],
    [
      'a terminated contract',
      (d) => (d.contract.status = 'TERMINATED'),
      'CONTRACT_TERMINATED',
      'contract.status',
    ],
    [
      'no project leader',
      (d) => (d.projectLeader = null),
      'PROJECT_LEADER_MISSING',
      'projectLeader',
    ],
    [
      'a nameless project leader',
      (d) => (d.projectLeader = { name: ' ' }),
      'PROJECT_LEADER_MISSING',
      'projectLeader',
    ],
    ['no guards', (d) => (d.guards = []), 'NO_GUARDS', 'guards'],
    ['a nameless guard', (d) => (d.guards[1]!.name = ''), 'GUARD_NAME_MISSING', 'guards.1.name'],
    [
      'a guard without certificate',
      (d) => (d.guards[1]!.certificateNo = null),
      'GUARD_CERTIFICATE_MISSING',
      'guards.1.certificateNo',
    ],
    [
      'a revoked certificate',
      (d) => (d.guards[0]!.certificateStatus = 'REVOKED'),
      'GUARD_CERTIFICATE_INVALID',
      'guards.0.certificateStatus',
    ],
    [
      'a bad ID number',
      (d) => (d.guards[1]!.idNumber = '500112199207084561'.slice(0, 17) + 'Z'),
      'GUARD_ID_NUMBER_INVALID',
      'guards.1.idNumber',
    ],
    [
      'a guard listed twice',
      (d) => (d.guards = [...d.guards, { ...d.guards[0]!, id: 'g1b' }]),
      'GUARD_DUPLICATE',
      'guards.2.idNumber',
    ],
  ])('reports %s', (_why, breakIt, code, field) => {
    const d = complete();
    breakIt(d);
    const problems = checkDossier(d, TODAY);
    expect(problems).toEqual([expect.objectContaining({ code, field })]);
    expect(() => assertDossierComplete(d, TODAY)).toThrow(
      expect.objectContaining({
        code: 'DOSSIER_INCOMPLETE',
        params: { count: 1 },
        problems: [
          expect.objectContaining({ code, field, message: DOSSIER_PROBLEM_MESSAGES[code] }),
        ],
      }),
    );
  });

  it('a licence expiring today is still valid today', () => {
    const d = complete();
    d.company.licenseExpiresOn = TODAY;
    expect(checkDossier(d, TODAY)).toEqual([]);
  });

  it('lists every problem at once, in dossier order', () => {
    const d = complete();
    d.projectLeader = null;
    d.guards[0]!.certificateStatus = 'SUSPENDED';
    d.company.securityLicenseNo = null;
    expect(checkDossier(d, TODAY).map((p) => p.code)).toEqual([
      'SECURITY_LICENSE_MISSING',
      'PROJECT_LEADER_MISSING',
      'GUARD_CERTIFICATE_INVALID',
    ]);
  });

  it('names the guard in the problem', () => {
    const d = complete();
    d.guards[0]!.certificateStatus = 'REVOKED';
    expect(checkDossier(d, TODAY)[0]!.params).toEqual({
      name: '张伟',
      certificateNo: '渝保证2019000101',
      certificateStatus: 'REVOKED',
    });
  });

  it('words every problem code in English', () =>
    expect(Object.keys(DOSSIER_PROBLEM_MESSAGES).sort()).toEqual(
      Object.values(DossierProblemCode).sort(),
    ));
});

describe('dossierItems', () => {
  it('freezes licences, contract, leader and one item per guard, with IDs masked', () => {
    const items = dossierItems(complete());
    expect(items.map((i) => [i.key, i.kind])).toEqual([
      ['security-license', 'SECURITY_LICENSE'],
      ['business-license', 'BUSINESS_LICENSE'],
      ['contract', 'SERVICE_CONTRACT'],
      ['project-leader', 'PROJECT_LEADER'],
      ['guard-g1', 'GUARD'],
      ['guard-g2', 'GUARD'],
    ]);
    expect(items[4]!.content).toEqual({
      name: '张伟',
      certificateNo: '渝保证2019000101',
      idNumberMasked: `5001**********${id('50010319900312123').slice(-4)}`,
    });
    expect(JSON.stringify(items)).not.toContain(id('50010319900312123'));
  });
});

describe('filing deadline', () => {
  it.each([
    ['2025-07-01', '2025-06-30'],
    ['2025-03-01', '2025-02-28'],
    ['2028-03-01', '2028-02-29'],
    ['2026-01-01', '2025-12-31'],
  ])('service starting %s is due by %s', (start, due) => expect(filingDueDate(start)).toBe(due));

  it.each([
    ['2025-06-30', '2025-06-10', 20],
    ['2025-06-30', '2025-06-30', 0],
    ['2025-06-30', '2025-07-02', -2],
  ])('due %s, today %s → %i days left', (due, today, days) =>
    expect(daysUntilDue(due, today)).toBe(days),
  );

  it('takes a Date as today in China Standard Time', () =>
    expect(daysUntilDue('2025-06-30', new Date('2025-06-29T16:00:00Z'))).toBe(0));
});

describe('dossierProblemItemKey', () => {
  it('puts each problem next to the item it concerns', () => {
    const d = complete();
    d.company.securityLicenseNo = null;
    d.company.licenseExpiresOn = '2025-01-01';
    d.contract.content = '';
    d.projectLeader = null;
    d.guards[1]!.certificateStatus = 'REVOKED';
    const problems = checkDossier(d, TODAY);
    expect(problems.map((p) => dossierProblemItemKey(p, d))).toEqual([
      'security-license',
      'business-license',
      'contract',
      'project-leader',
      'guard-g2',
    ]);
    const keys = new Set(dossierItems(d).map((i) => i.key));
    for (const p of problems) expect(keys.has(dossierProblemItemKey(p, d)!)).toBe(true);
  });

  it('has no item for an empty roster', () => {
    const d = complete();
    d.guards = [];
    expect(checkDossier(d, TODAY).map((p) => dossierProblemItemKey(p, d))).toEqual([null]);
  });
});

describe('assertFilingAddressee', () => {
  it('passes an organ and refuses none with the city', () => {
    expect(() => assertFilingAddressee({ id: 'o' }, '510100', '成都市')).not.toThrow();
    expect(() => assertFilingAddressee(null, '530100', '昆明市')).toThrow(
      expect.objectContaining({
        code: 'FILING_ORGAN_UNKNOWN',
        params: { cityCode: '530100', cityName: '昆明市' },
      }),
    );
  });
});
