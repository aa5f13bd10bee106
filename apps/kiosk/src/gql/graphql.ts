/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type FeedbackTag =
  | 'APPEARANCE'
  | 'COURTESY'
  | 'IMPOLITE'
  | 'PATROL'
  | 'PATROL_LAX'
  | 'RESPONSIVENESS'
  | 'SAFETY'
  | 'SLOW_RESPONSE'
  | 'UNSAFE'
  | 'UNTIDY';

export type PairKioskInput = {
  /** The code the console showed when the kiosk was registered */
  code: string;
};

export type SubmitFeedbackInput = {
  /** When the customer gave the tags and comment, by the device clock: sent again with the same key, they amend the stored rating within the window */
  amendedAt?: string | null | undefined;
  /** Plain text, at most 200 characters */
  comment?: string | null | undefined;
  /** A UUID the kiosk made when the rating was tapped; every retry sends the same one */
  idempotencyKey: string;
  /** 1 (very dissatisfied) to 5 (very satisfied) */
  rating: number;
  /** When the rating was tapped, by the device clock */
  recordedAt: string;
  tags?: Array<FeedbackTag> | null | undefined;
};

export type SubmitFeedbackMutationVariables = Exact<{
  input: SubmitFeedbackInput;
}>;


export type SubmitFeedbackMutation = { submitFeedback: { id: string } };

export type KioskQueryVariables = Exact<{ [key: string]: never; }>;


export type KioskQuery = { kiosk: { deviceName: string, customerUnitName: string, postName: string | null, settings: { minIntervalSeconds: number, maxPerHour: number, commentMax: number, tags: Array<FeedbackTag> } } };

export type PairKioskMutationVariables = Exact<{
  input: PairKioskInput;
}>;


export type PairKioskMutation = { pairKiosk: { deviceName: string, customerUnitName: string, postName: string | null, settings: { minIntervalSeconds: number, maxPerHour: number, commentMax: number, tags: Array<FeedbackTag> } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const SubmitFeedbackDocument = new TypedDocumentString(`
    mutation SubmitFeedback($input: SubmitFeedbackInput!) {
  submitFeedback(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SubmitFeedbackMutation, SubmitFeedbackMutationVariables>;
export const KioskDocument = new TypedDocumentString(`
    query Kiosk {
  kiosk {
    deviceName
    customerUnitName
    postName
    settings {
      minIntervalSeconds
      maxPerHour
      commentMax
      tags
    }
  }
}
    `) as unknown as TypedDocumentString<KioskQuery, KioskQueryVariables>;
export const PairKioskDocument = new TypedDocumentString(`
    mutation PairKiosk($input: PairKioskInput!) {
  pairKiosk(input: $input) {
    deviceName
    customerUnitName
    postName
    settings {
      minIntervalSeconds
      maxPerHour
      commentMax
      tags
    }
  }
}
    `) as unknown as TypedDocumentString<PairKioskMutation, PairKioskMutationVariables>;