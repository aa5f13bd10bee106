import { useSubscription } from '@cqss/api-client';
import { graphql } from '../gql';
import type { OrganFilingEventsSubscription, OrganReportFiledSubscription } from '../gql/graphql';

/** Filings as companies submit them to the officer's organ, and the organ's own steps. */
export const OrganFilingEventsDocument = graphql(/* GraphQL */ `
  subscription OrganFilingEvents {
    filingEvents {
      filingId
      status
      resubmission
      at
      filing {
        id
        status
        revision
        submittedAt
        project
        company {
          id
          name
        }
      }
    }
  }
`);

/** Reports of illegal requests as they are addressed to the officer's organ. */
export const OrganReportFiledDocument = graphql(/* GraphQL */ `
  subscription OrganReportFiled {
    illegalRequestReportFiled {
      id
      createdAt
      customerUnitName
      acknowledgedAt
      company {
        id
        name
      }
    }
  }
`);

export type OrganFilingEvent = OrganFilingEventsSubscription['filingEvents'];
export type OrganReport = OrganReportFiledSubscription['illegalRequestReportFiled'];

export function useOrganFilingEvents(onEvent: (event: OrganFilingEvent) => void) {
  return useSubscription(OrganFilingEventsDocument, (data) => onEvent(data.filingEvents));
}

export function useOrganReports(onReport: (report: OrganReport) => void) {
  return useSubscription(OrganReportFiledDocument, (data) =>
    onReport(data.illegalRequestReportFiled),
  );
}
