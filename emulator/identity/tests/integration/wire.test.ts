/**
 * The provider at the protocol level, where the SDK cannot go: requests it
 * would never send, the well-known documents, the server's lifecycle.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type IdentityProvider,
  IdentityProviderConfigError,
  startIdentityProvider,
} from '../../index.ts';

const OPTIONS = {
  region: 'eu-west-1',
  accessTokenValidityMinutes: 60,
  refreshTokenValidityDays: 30,
  passwordAuth: true,
};

let idp: IdentityProvider;

beforeAll(async () => {
  idp = await startIdentityProvider(OPTIONS);
});
afterAll(async () => {
  await idp?.close();
});

function post(target: string | undefined, body: string): Promise<Response> {
  return fetch(`${idp.endpoint}/`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      ...(target === undefined ? {} : { 'x-amz-target': target }),
    },
    body,
  });
}

describe('the JSON 1.1 endpoint', () => {
  it('answers an unknown operation with 400 UnknownOperationException', async () => {
    // Act
    const response = await post('AWSCognitoIdentityProviderService.DescribeUserPool', '{}');

    // Assess
    expect(response.status).toBe(400);
    expect(response.headers.get('x-amzn-errortype')).toBe('UnknownOperationException');
    expect(await response.json()).toEqual({
      __type: 'UnknownOperationException',
      message: 'Unknown operation AWSCognitoIdentityProviderService.DescribeUserPool',
    });
  });

  it('answers a request without X-Amz-Target with UnknownOperationException', async () => {
    // Act
    const response = await post(undefined, '{}');

    // Assess
    expect(response.status).toBe(400);
    expect(response.headers.get('x-amzn-errortype')).toBe('UnknownOperationException');
  });

  it.each([
    ['not JSON', '{"UserPoolId": ', 'request body is not valid JSON'],
    ['not an object', '["AdminGetUser"]', 'request body is not a JSON object'],
  ])('answers a body that is %s with 400 SerializationException', async (_, body, message) => {
    // Act
    const response = await post('AWSCognitoIdentityProviderService.AdminGetUser', body);

    // Assess
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/x-amz-json-1.1');
    expect(await response.json()).toEqual({ __type: 'SerializationException', message });
  });

  it('answers a missing required member with a validation message', async () => {
    // Act
    const response = await post(
      'AWSCognitoIdentityProviderService.AdminGetUser',
      JSON.stringify({ UserPoolId: idp.userPoolId }),
    );

    // Assess
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      __type: 'InvalidParameterException',
      message:
        "1 validation error detected: Value null at 'username' failed to satisfy constraint: Member must not be null",
    });
  });
});

describe('the well-known documents', () => {
  it('serves the JWKS and an OpenID configuration that points at it', async () => {
    // Act
    const jwks = await fetch(idp.jwksUri);
    const configuration = await fetch(`${idp.issuer}/.well-known/openid-configuration`);

    // Assess
    expect(jwks.status).toBe(200);
    expect(((await jwks.json()) as { keys: unknown[] }).keys).toHaveLength(2);
    expect(await configuration.json()).toMatchObject({ issuer: idp.issuer, jwks_uri: idp.jwksUri });
  });

  it('answers 404 for any other path', async () => {
    // Act
    const response = await fetch(`${idp.endpoint}/us-east-1_Other0000/.well-known/jwks.json`);

    // Assess
    expect(response.status).toBe(404);
    await response.body?.cancel();
  });
});

describe('lifecycle', () => {
  it('refuses a port that is in use with one clear error', async () => {
    // Prepare
    const port = Number(new URL(idp.endpoint).port);

    // Act
    const started = startIdentityProvider({ ...OPTIONS, port });

    // Assess
    await expect(started).rejects.toThrow(`identity provider: cannot listen on 127.0.0.1:${port}`);
  });

  it.each([
    [{ region: 'mars' }, '"mars" is not an AWS region name'],
    [
      { accessTokenValidityMinutes: 2 },
      'accessTokenValidityMinutes must be an integer from 5 to 1440',
    ],
    [{ refreshTokenValidityDays: 0 }, 'refreshTokenValidityDays must be more than 0'],
  ])('refuses invalid options %o', async (override, message) => {
    // Act
    const started = startIdentityProvider({ ...OPTIONS, ...override });

    // Assess
    await expect(started).rejects.toThrow(IdentityProviderConfigError);
    await expect(started).rejects.toThrow(message);
  });

  it('stops serving on close, and closing twice is harmless', async () => {
    // Prepare
    const other = await startIdentityProvider(OPTIONS);
    const keepAlive = await fetch(other.jwksUri);
    await keepAlive.body?.cancel();

    // Act
    await other.close();
    await other.close();

    // Assess
    await expect(fetch(other.jwksUri)).rejects.toThrow();
  });
});
