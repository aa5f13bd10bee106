import { creditCodeCheckChar, idNumberCheckChar } from '@cqss/domain';
import type { DataSource } from 'typeorm';
import { hashPassword } from '../modules/auth/password';
import { seedDemoFeedback } from './demo-feedback';
import { Company } from '../modules/companies/company.entity';
import { CustomerUnit } from '../modules/customer-units/customer-unit.entity';
import { Guard } from '../modules/guards/guard.entity';
import { KioskDevice } from '../modules/kiosks/kiosk-device.entity';
import { hashPairingCode } from '../modules/kiosks/kiosk.service';
import { PoliceOrgan } from '../modules/police-organs/police-organ.entity';
import { Post } from '../modules/posts/post.entity';
import { User } from '../modules/users/user.entity';
import {
  DEMO_COMPANIES,
  DEMO_CUSTOMER_UNITS,
  DEMO_GUARDS,
  DEMO_ORGANS,
  DEMO_PAIRING_CODE,
  DEMO_PASSWORD,
  DEMO_POSTS,
  DEMO_USERS,
} from './demo-data';

const withCheck = (first17: string) => first17 + creditCodeCheckChar(first17);

/** Seeds the demo companies, organs, users, units, guards and posts once; a second call does nothing. */
export async function seedDemo(dataSource: DataSource, hashCost = 17): Promise<boolean> {
  if (await dataSource.getRepository(User).existsBy({ username: DEMO_USERS[0].username }))
    return false;
  // Demo accounts share one password, so one (slow, memory-hard) hash serves them all.
  const passwordHash = await hashPassword(DEMO_PASSWORD, hashCost);

  await dataSource.transaction(async (em) => {
    const companies = new Map<string, Company>();
    for (const { key, businessLicenseNo, ...c } of DEMO_COMPANIES) {
      companies.set(
        key,
        await em.save(Company, {
          ...c,
          businessLicenseNo: withCheck(businessLicenseNo.slice(0, 17)),
        }),
      );
    }
    const organs = new Map<string, PoliceOrgan>();
    for (const { key, ...o } of DEMO_ORGANS) organs.set(key, await em.save(PoliceOrgan, o));

    const guards: Guard[] = [];
    for (const [i, g] of DEMO_GUARDS.entries()) {
      const first17 = `${g.region}${g.birth}${String(101 + i).padStart(3, '0')}`;
      guards.push(
        await em.save(Guard, {
          companyId: companies.get(g.company)!.id,
          name: g.name,
          idNumber: first17 + idNumberCheckChar(first17),
          certificateNo: g.certificateNo,
          phone: `1380000${String(1000 + i)}`,
          hiredOn: '2021-03-01',
        }),
      );
    }

    const users = new Map<string, User>();
    for (const u of DEMO_USERS) {
      users.set(
        u.username,
        await em.save(User, {
          username: u.username,
          displayName: u.displayName,
          role: u.role,
          passwordHash,
          companyId: 'company' in u ? companies.get(u.company)!.id : null,
          policeOrganId: 'organ' in u ? organs.get(u.organ)!.id : null,
          guardId: 'guard' in u ? guards[u.guard]!.id : null,
        }),
      );
    }

    const units: CustomerUnit[] = [];
    for (const [i, u] of DEMO_CUSTOMER_UNITS.entries()) {
      const { company, ...rest } = u;
      units.push(
        await em.save(CustomerUnit, {
          ...rest,
          companyId: companies.get(company)!.id,
          creditCode: withCheck(`1250000045${String(1000000 + i).slice(-7)}`),
        }),
      );
    }

    const supervisor = users.get('cq.supervisor')!;
    const posts: Post[] = [];
    for (const p of DEMO_POSTS) {
      posts.push(
        await em.save(Post, {
          companyId: companies.get(p.company)!.id,
          customerUnitId: units[p.unit]!.id,
          name: p.name,
          supervisorId: p.company === 'cq' ? supervisor.id : null,
        }),
      );
    }

    await em.save(KioskDevice, {
      companyId: companies.get('cq')!.id,
      customerUnitId: units[0]!.id,
      postId: posts[0]!.id,
      name: '门诊大厅评价终端',
      pairingCodeHash: hashPairingCode(DEMO_PAIRING_CODE),
      pairingExpiresAt: new Date(Date.now() + 30 * 86_400_000),
    });
    await seedDemoFeedback(em, { companies, units, posts, users });
  });
  return true;
}
