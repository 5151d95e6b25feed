/**
 * A local identity provider on 127.0.0.1 and the real Cognito SDK client
 * pointed at it, for integration tests.
 */
import {
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  CognitoIdentityProviderClient,
  InitiateAuthCommand,
  type InitiateAuthCommandOutput,
} from '@aws-sdk/client-cognito-identity-provider';
import {
  type IdentityProvider,
  type IdentityProviderOptions,
  startIdentityProvider,
} from '../../index.ts';

export const PASSWORD = 'Local-pass-123!';
export const TEMPORARY_PASSWORD = 'Temporary-pass-1!';

export interface Harness {
  idp: IdentityProvider;
  cognito: CognitoIdentityProviderClient;
  /** Creates `username` with a permanent password (as the users command does). */
  createUser(username: string, attributes?: Record<string, string>): Promise<void>;
  /** USER_PASSWORD_AUTH for `username`. */
  login(username: string, password?: string): Promise<InitiateAuthCommandOutput>;
  close(): Promise<void>;
}

export async function startHarness(
  options: Partial<IdentityProviderOptions> = {},
): Promise<Harness> {
  const idp = await startIdentityProvider({
    region: 'us-east-1',
    accessTokenValidityMinutes: 60,
    refreshTokenValidityDays: 30,
    passwordAuth: true,
    ...options,
  });
  const cognito = new CognitoIdentityProviderClient({
    endpoint: idp.endpoint,
    region: 'us-east-1',
    // The local pool does not check request signatures; the SDK still signs admin calls.
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
  return {
    idp,
    cognito,
    async createUser(username, attributes = {}) {
      await cognito.send(
        new AdminCreateUserCommand({
          UserPoolId: idp.userPoolId,
          Username: username,
          MessageAction: 'SUPPRESS',
          TemporaryPassword: TEMPORARY_PASSWORD,
          UserAttributes: Object.entries(attributes).map(([Name, Value]) => ({ Name, Value })),
        }),
      );
      await cognito.send(
        new AdminSetUserPasswordCommand({
          UserPoolId: idp.userPoolId,
          Username: username,
          Password: PASSWORD,
          Permanent: true,
        }),
      );
    },
    login(username, password = PASSWORD) {
      return cognito.send(
        new InitiateAuthCommand({
          ClientId: idp.clientId,
          AuthFlow: 'USER_PASSWORD_AUTH',
          AuthParameters: { USERNAME: username, PASSWORD: password },
        }),
      );
    },
    async close() {
      cognito.destroy();
      await idp.close();
    },
  };
}
