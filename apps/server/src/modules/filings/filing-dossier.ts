import { divisionName, filingCityCodeOf, type DossierInput } from '@cqss/domain';
import type { EntityManager } from 'typeorm';
import { Company } from '../companies/company.entity';
import type { Contract } from '../contracts/contract.entity';
import { Guard } from '../guards/guard.entity';
import { PoliceOrgan } from '../police-organs/police-organ.entity';

/**
 * The guards rostered for a contract: everyone with a shift, current or planned, at one of the
 * contract's posts, by name. A guard who only worked there in the past is no longer deployed.
 */
export function rosteredGuards(em: EntityManager, contractId: string): Promise<Guard[]> {
  return em
    .getRepository(Guard)
    .createQueryBuilder('g')
    .where(
      `g.id IN (SELECT s.guard_id FROM shift s JOIN post p ON p.id = s.post_id
                 WHERE p.contract_id = :contractId AND s.ends_at > now())`,
      { contractId },
    )
    .orderBy('g.name')
    .addOrderBy('g.id')
    .getMany();
}

/** The dossier of a contract's filing as the records stand now (what would be frozen on submission). */
export async function liveDossier(em: EntityManager, contract: Contract): Promise<DossierInput> {
  const [company, guards] = await Promise.all([
    em.findOneByOrFail(Company, { id: contract.companyId }),
    rosteredGuards(em, contract.id),
  ]);
  return {
    company: {
      securityLicenseNo: company.securityLicenseNo,
      businessLicenseNo: company.businessLicenseNo,
      licenseExpiresOn: company.licenseExpiresOn,
    },
    contract: {
      project: contract.project,
      content: contract.content,
      startsOn: contract.startsOn,
      endsOn: contract.endsOn,
      status: contract.status,
    },
    projectLeader: contract.projectLeaderName.trim()
      ? { name: contract.projectLeaderName, phone: contract.projectLeaderPhone }
      : null,
    guards: guards.map((g) => ({
      id: g.id,
      name: g.name,
      certificateNo: g.certificateNo,
      certificateStatus: g.certificateStatus,
      idNumber: g.idNumber,
    })),
  };
}

/** Who receives the filing of a service location: the city's organ, or null when the platform knows none. */
export async function filingAddressee(
  em: EntityManager,
  serviceDivisionCode: string,
): Promise<{ cityCode: string; cityName: string | null; organ: PoliceOrgan | null }> {
  const cityCode = filingCityCodeOf(serviceDivisionCode);
  const organ = await em.findOneBy(PoliceOrgan, { divisionCode: cityCode });
  return { cityCode, cityName: divisionName(cityCode), organ };
}
