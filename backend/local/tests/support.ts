/** A real user of a local stage: provisioned and logged in with the Cognito SDK. */
import {
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  CognitoIdentityProviderClient,
  InitiateAuthCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { LOCAL_CREDENTIALS } from '../dynamodb.ts';
import type { LocalStage } from '../stage.ts';

export async function logIn(stage: LocalStage, username: string): Promise<string> {
  const client = new CognitoIdentityProviderClient({
    region: stage.region,
    endpoint: stage.identityEndpoint,
    credentials: LOCAL_CREDENTIALS,
  });
  const password = 'Local-stage-password-1!';
  try {
    await client.send(
      new AdminCreateUserCommand({
        UserPoolId: stage.userPoolId,
        Username: username,
        MessageAction: 'SUPPRESS',
      }),
    );
    await client.send(
      new AdminSetUserPasswordCommand({
        UserPoolId: stage.userPoolId,
        Username: username,
        Password: password,
        Permanent: true,
      }),
    );
    const auth = await client.send(
      new InitiateAuthCommand({
        ClientId: stage.userPoolClientId,
        AuthFlow: 'USER_PASSWORD_AUTH',
        AuthParameters: { USERNAME: username, PASSWORD: password },
      }),
    );
    const token = auth.AuthenticationResult?.AccessToken;
    if (!token) throw new Error('no access token');
    return token;
  } finally {
    client.destroy();
  }
}

export interface HttpResult<T = unknown> {
  status: number;
  headers: Headers;
  text: string;
  json: T;
}

export async function request<T = unknown>(
  url: string,
  init: { method?: string; token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<HttpResult<T>> {
  const response = await fetch(url, {
    method: init.method ?? 'GET',
    headers: {
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...init.headers,
    },
    ...(init.body !== undefined
      ? { body: typeof init.body === 'string' ? init.body : JSON.stringify(init.body) }
      : {}),
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json: json as T };
}
