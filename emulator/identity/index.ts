/**
 * The local stage's identity: a Cognito-compatible user pool
 * (`startIdentityProvider`) and the HTTP API JWT authorizer that trusts it
 * (`createJwtAuthorizer`).
 */
export {
  type AuthorizerFailure,
  type AuthorizerResult,
  bearerChallenge,
  createJwtAuthorizer,
  FAILURES,
  type JwtAuthorizer,
  type JwtAuthorizerOptions,
  toApiGatewayClaims,
  tokenOf,
} from './authorizer.ts';
export { type PasswordPolicy, STACK_PASSWORD_POLICY } from './password-policy.ts';
export {
  type IdentityProvider,
  IdentityProviderConfigError,
  type IdentityProviderOptions,
  type MintOptions,
  startIdentityProvider,
} from './provider.ts';
