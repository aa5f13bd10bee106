/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type PairKioskInput = {
  /** The code the console showed when the kiosk was registered */
  code: string;
};

export type KioskQueryVariables = Exact<{ [key: string]: never; }>;


export type KioskQuery = { kiosk: { deviceName: string, customerUnitName: string, postName: string | null } };

export type PairKioskMutationVariables = Exact<{
  input: PairKioskInput;
}>;


export type PairKioskMutation = { pairKiosk: { deviceName: string, customerUnitName: string, postName: string | null } };

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

export const KioskDocument = new TypedDocumentString(`
    query Kiosk {
  kiosk {
    deviceName
    customerUnitName
    postName
  }
}
    `) as unknown as TypedDocumentString<KioskQuery, KioskQueryVariables>;
export const PairKioskDocument = new TypedDocumentString(`
    mutation PairKiosk($input: PairKioskInput!) {
  pairKiosk(input: $input) {
    deviceName
    customerUnitName
    postName
  }
}
    `) as unknown as TypedDocumentString<PairKioskMutation, PairKioskMutationVariables>;