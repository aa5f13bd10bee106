import { randomInt } from 'node:crypto';
import {
  type FieldProblem,
  newAccountProblems,
  newCompanyProblems,
  newOrganProblems,
  normalizeUsername,
  OwnershipType,
  passwordProblems,
  Role,
} from '@cqss/domain';
import type { Command } from 'commander';
import type { DataSource, EntityManager } from 'typeorm';
import { isConstraintViolation } from '../common/db-errors';
import { createLogger } from '../common/logger';
import { createAppPubSub } from '../common/pub-sub';
import { loadConfig, type Config } from '../config';
import { closeDataSource, createDataSource } from '../database/data-source';
import { migrateAndSeed } from '../database/migrate';
import { endSessions } from '../modules/accounts/account.service';
import { AuditEntry } from '../modules/audit/audit-entry.entity';
import { hashPassword } from '../modules/auth/password';
import { SESSION_REVOKED_TOPIC } from '../modules/auth/principal-cache';
import { Company } from '../modules/companies/company.entity';
import { PoliceOrgan } from '../modules/police-organs/police-organ.entity';
import { User } from '../modules/users/user.entity';
import { openServerDatabase } from './server-database';
import { CliError, say } from './support';

/**
 * The platform operator's accounts: companies with their first admin, police organs with their
 * jurisdiction, officers, and a one-time password for anyone. Every act is audited as "operator".
 */
export function register(program: Command): void {
  const company = program.command('company').description('Security service companies');
  company
    .command('create')
    .description('Register a company with its first admin, who gets a one-time password')
    .requiredOption('--name <name>', 'the registered name, e.g. 重庆安保服务有限公司')
    .requiredOption(
      '--ownership <type>',
      `${Object.values(OwnershipType).join(' | ')} (foreign-invested ones may not serve key units)`,
    )
    .requiredOption('--division <code>', 'home administrative division (GB/T 2260), e.g. 500000')
    .requiredOption('--security-license <no>', '保安服务许可证 number')
    .requiredOption('--business-license <code>', '营业执照: the unified social credit code')
    .option('--license-expires <date>', 'the business licence is valid until YYYY-MM-DD')
    .requiredOption('--admin-username <username>', "the first admin's username, e.g. cq.admin")
    .requiredOption('--admin-name <name>', "the first admin's name as shown")
    .action((o: CompanyOptions) => withDatabase((ds, config) => createCompany(ds, config, o)));

  const organ = program.command('organ').description('Public security organs (公安机关)');
  organ
    .command('create')
    .description('Register a police organ with its jurisdiction')
    .requiredOption('--name <name>', 'e.g. 成都市公安局')
    .requiredOption(
      '--division <code>',
      'its jurisdiction: the administrative division code (GB/T 2260), e.g. 510100',
    )
    .action((o: { name: string; division: string }) => withDatabase((ds) => createOrgan(ds, o)));

  const officer = program.command('officer').description('Police officers');
  officer
    .command('create')
    .description("Open an officer's account in an organ, with a one-time password")
    .requiredOption('--organ <code>', "the organ's jurisdiction (division code), e.g. 510100")
    .requiredOption('--username <username>', 'e.g. cd.police2')
    .requiredOption('--name <name>', 'the name as shown, e.g. 孙警官')
    .action((o: OfficerOptions) => withDatabase((ds, config) => createOfficer(ds, config, o)));

  const password = program.command('password').description('Passwords of any account');
  password
    .command('reset')
    .argument('<username>', 'the account')
    .description('Give an account a one-time password and end its sessions')
    .action((username: string) =>
      withDatabase((ds, config) => resetPassword(ds, config, username)),
    );
}

interface CompanyOptions {
  name: string;
  ownership: string;
  division: string;
  securityLicense: string;
  businessLicense: string;
  licenseExpires?: string;
  adminUsername: string;
  adminName: string;
}

interface OfficerOptions {
  organ: string;
  username: string;
  name: string;
}

/** The option each input field comes from, to name it in a refusal. */
const OPTION_OF: Record<string, string> = {
  name: '--name',
  ownershipType: '--ownership',
  homeDivisionCode: '--division',
  divisionCode: '--division',
  securityLicenseNo: '--security-license',
  businessLicenseNo: '--business-license',
  licenseExpiresOn: '--license-expires',
  username: '--username',
  displayName: '--name',
};

function refuse(problems: FieldProblem[], options: Record<string, string> = OPTION_OF): void {
  if (!problems.length) return;
  throw new CliError(
    problems.map((p) => `${options[p.field] ?? p.field}: ${p.message}`).join('\n'),
  );
}

async function withDatabase(work: (ds: DataSource, config: Config) => Promise<void>) {
  const config = loadConfig();
  const database = await openServerDatabase(config, { create: true });
  const logger = createLogger('warn');
  const dataSource = createDataSource(database.url, logger);
  try {
    await dataSource.initialize();
    // A deployment's first command may come before its first server start.
    await migrateAndSeed(dataSource, logger, { demo: false, hashCost: config.PASSWORD_HASH_COST });
    await work(dataSource, config);
  } finally {
    if (dataSource.isInitialized) await closeDataSource(dataSource);
    await database.close();
  }
}

// No 0/O, 1/l/I: read off a terminal and typed on a phone.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A one-time password of four groups of four (about 92 bits), good by the password rule. */
export function oneTimePassword(username: string): string {
  for (;;) {
    const groups = Array.from({ length: 4 }, () =>
      Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join(''),
    );
    const password = groups.join('-');
    if (!passwordProblems(password, username).length) return password;
  }
}

const operator = { actorUserId: null, actorRole: null, actorLabel: 'operator', ip: null };

async function audit(em: EntityManager, act: Partial<AuditEntry>): Promise<void> {
  await em.insert(AuditEntry, { ...operator, detail: {}, ...act } as never);
}

function printOneTime(username: string, password: string): void {
  say(`  username: ${username}`);
  say(`  one-time password: ${password}`);
  say('  (shown once; it must be changed at the first sign-in)');
}

async function createCompany(ds: DataSource, config: Config, o: CompanyOptions): Promise<void> {
  const fields = {
    name: o.name.trim(),
    ownershipType: o.ownership.trim().toUpperCase(),
    homeDivisionCode: o.division.trim(),
    securityLicenseNo: o.securityLicense.trim(),
    businessLicenseNo: o.businessLicense.trim().toUpperCase(),
    licenseExpiresOn: o.licenseExpires?.trim() || null,
  };
  const username = normalizeUsername(o.adminUsername);
  refuse(newCompanyProblems(fields));
  refuse(newAccountProblems({ role: Role.COMPANY_ADMIN, username, displayName: o.adminName }), {
    ...OPTION_OF,
    username: '--admin-username',
    displayName: '--admin-name',
  });
  const password = oneTimePassword(username);
  const passwordHash = await hashPassword(password, config.PASSWORD_HASH_COST);
  const company = await ds
    .transaction(async (em) => {
      const company = await em.save(em.create(Company, fields as Partial<Company>));
      const admin = await em.save(
        em.create(User, {
          username,
          displayName: o.adminName.trim(),
          role: Role.COMPANY_ADMIN,
          companyId: company.id,
          passwordHash,
          mustChangePassword: true,
        }),
      );
      await audit(em, {
        companyId: company.id,
        action: 'company.create',
        targetType: 'Company',
        targetId: company.id,
        detail: { name: company.name, ownershipType: company.ownershipType },
      });
      await audit(em, {
        companyId: company.id,
        action: 'account.open',
        targetType: 'User',
        targetId: admin.id,
        detail: { username, role: admin.role, displayName: admin.displayName },
      });
      return company;
    })
    .catch(usernameTaken('--admin-username', username));
  say(`Registered ${company.name} (${company.id}) with its first admin:`);
  printOneTime(username, password);
}

async function createOrgan(ds: DataSource, o: { name: string; division: string }): Promise<void> {
  const fields = { name: o.name.trim(), divisionCode: o.division.trim() };
  refuse(newOrganProblems(fields));
  const organ = await ds
    .transaction(async (em) => {
      const organ = await em.save(em.create(PoliceOrgan, fields));
      await audit(em, {
        policeOrganId: organ.id,
        action: 'police_organ.create',
        targetType: 'PoliceOrgan',
        targetId: organ.id,
        detail: fields,
      });
      return organ;
    })
    .catch((error: unknown) => {
      if (isConstraintViolation(error, 'uq_police_organ_division'))
        throw new CliError(`--division: an organ for ${fields.divisionCode} is registered already`);
      throw error;
    });
  say(`Registered ${organ.name} (${organ.id}), jurisdiction ${organ.divisionCode}.`);
}

async function createOfficer(ds: DataSource, config: Config, o: OfficerOptions): Promise<void> {
  const username = normalizeUsername(o.username);
  // The account rule is the company one, less the company: a name, a username.
  refuse(newAccountProblems({ role: Role.DUTY_SUPERVISOR, username, displayName: o.name }));
  const organ = await ds.getRepository(PoliceOrgan).findOneBy({ divisionCode: o.organ.trim() });
  if (!organ)
    throw new CliError(
      `--organ: no police organ has jurisdiction ${o.organ}; register it with \`cli organ create\``,
    );
  const password = oneTimePassword(username);
  const passwordHash = await hashPassword(password, config.PASSWORD_HASH_COST);
  await ds
    .transaction(async (em) => {
      const officer = await em.save(
        em.create(User, {
          username,
          displayName: o.name.trim(),
          role: Role.POLICE_OFFICER,
          policeOrganId: organ.id,
          passwordHash,
          mustChangePassword: true,
        }),
      );
      await audit(em, {
        policeOrganId: organ.id,
        action: 'account.open',
        targetType: 'User',
        targetId: officer.id,
        detail: { username, role: officer.role, displayName: officer.displayName },
      });
    })
    .catch(usernameTaken('--username', username));
  say(`Opened an officer's account in ${organ.name}:`);
  printOneTime(username, password);
}

async function resetPassword(ds: DataSource, config: Config, name: string): Promise<void> {
  const username = normalizeUsername(name);
  const user = await ds.getRepository(User).findOneBy({ username });
  if (!user) throw new CliError(`There is no account ${username}.`);
  const password = oneTimePassword(username);
  const passwordHash = await hashPassword(password, config.PASSWORD_HASH_COST);
  const ended = await ds.transaction(async (em) => {
    await em.update(User, user.id, { passwordHash, mustChangePassword: true });
    const ended = await endSessions(em, user.id);
    await audit(em, {
      companyId: user.companyId,
      policeOrganId: user.policeOrganId,
      action: 'account.password_reset',
      targetType: 'User',
      targetId: user.id,
      detail: { username, sessionsEnded: ended.length },
    });
    return ended;
  });
  await announceEnded(config, ds, ended);
  say(
    `Reset the password of ${username}${ended.length ? `; ended ${ended.length} session(s)` : ''}:`,
  );
  printOneTime(username, password);
  if (!user.active) say('  (the account is disabled: its company admin enables it)');
}

/**
 * Tells running servers the sessions ended, so none serves them from its cache: through Redis
 * when the servers share one; otherwise a server drops them within 30 s (its cache's life).
 */
async function announceEnded(config: Config, ds: DataSource, sessionIds: string[]) {
  if (!config.REDIS_URL || !sessionIds.length) return;
  const handle = createAppPubSub(config.REDIS_URL, ds.driver.database ?? 'cqss');
  try {
    for (const id of sessionIds) handle.pubSub.publish(SESSION_REVOKED_TOPIC, id);
    await handle.redis?.ping();
  } finally {
    await handle.close();
  }
}

const usernameTaken = (option: string, username: string) => (error: unknown) => {
  if (isConstraintViolation(error, 'uq_user_username'))
    throw new CliError(`${option}: the username ${username} is taken`);
  throw error;
};
