import { Role } from '@cqss/domain';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context';
import { Company } from '../companies/company.entity';
import { Contract } from '../contracts/contract.entity';
import { Filing } from '../filings/filing.entity';
import { FilingSubmission } from '../filings/filing-submission.entity';
import { Handover } from '../handovers/handover.entity';
import { Inquiry } from '../inquiries/inquiry.entity';
import { StoredDocument } from './document.entity';
import { companyLicenceScans, documentsOf, submissionDocuments } from './document.service';
import { FilingReceipt } from './filing-receipt.entity';
import { issueFilingReceipt, receiptOf, revokeFilingReceipt } from './filing-receipt.service';

// Documents hang off the records they belong to; the read policy says who sees each field.

@Resolver(() => Company)
export class CompanyDocumentsResolver {
  @FieldResolver(() => [StoredDocument], {
    description: 'The latest scan of each licence: what a filing would be filed with now',
  })
  licenseScans(@Root() company: Company, @Ctx() ctx: Context) {
    return companyLicenceScans(ctx, company.id);
  }
}

@Resolver(() => Contract)
export class ContractDocumentsResolver {
  @FieldResolver(() => [StoredDocument], {
    description: 'Scans of the signed contract, newest first',
  })
  signedCopies(@Root() contract: Contract, @Ctx() ctx: Context) {
    return documentsOf(ctx, 'contractId', contract.id);
  }
}

@Resolver(() => Handover)
export class HandoverDocumentsResolver {
  @FieldResolver(() => [StoredDocument], { description: 'Photos taken at the handover' })
  photos(@Root() handover: Handover, @Ctx() ctx: Context) {
    return documentsOf(ctx, 'handoverId', handover.id);
  }
}

@Resolver(() => Inquiry)
export class InquiryDocumentsResolver {
  @FieldResolver(() => [StoredDocument], { description: 'Photos attached to the inquiry' })
  photos(@Root() inquiry: Inquiry, @Ctx() ctx: Context) {
    return documentsOf(ctx, 'inquiryId', inquiry.id);
  }
}

@Resolver(() => FilingSubmission)
export class FilingSubmissionDocumentsResolver {
  @FieldResolver(() => [StoredDocument], {
    description: 'The documents it was filed with, frozen (a later upload does not change them)',
  })
  documents(@Root() submission: FilingSubmission, @Ctx() ctx: Context) {
    return submissionDocuments(ctx, submission.id);
  }
}

@Resolver(() => Filing)
export class FilingReceiptResolver {
  @FieldResolver(() => FilingReceipt, {
    nullable: true,
    description: 'Its receipt: the one in force, else the last revoked; null before one is issued',
  })
  receipt(@Root() filing: Filing, @Ctx() ctx: Context) {
    return receiptOf(ctx, filing.id);
  }

  @Authorized(Role.COMPANY_ADMIN)
  @Mutation(() => FilingReceipt, {
    description: 'Issues the receipt of a submitted filing (or returns the one in force)',
  })
  issueFilingReceipt(@Arg('filingId', () => ID) filingId: string, @Ctx() ctx: Context) {
    return issueFilingReceipt(ctx, filingId);
  }

  @Authorized(Role.COMPANY_ADMIN)
  @Mutation(() => FilingReceipt, {
    description: 'Revokes the receipt in force: its public page then says only that',
  })
  revokeFilingReceipt(@Arg('filingId', () => ID) filingId: string, @Ctx() ctx: Context) {
    return revokeFilingReceipt(ctx, filingId);
  }
}

export const DOCUMENT_RESOLVERS = [
  CompanyDocumentsResolver,
  ContractDocumentsResolver,
  HandoverDocumentsResolver,
  InquiryDocumentsResolver,
  FilingSubmissionDocumentsResolver,
  FilingReceiptResolver,
] as const;
