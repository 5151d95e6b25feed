import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FUNCTION_NAMES, type FunctionName } from '#contracts';
import { getStage, type StageConfig } from '#stages';
import { type Gateway, startGateway } from '../../gateway/gateway.ts';
import {
  createJwtAuthorizer,
  type IdentityProvider,
  startIdentityProvider,
} from '../../identity/index.ts';
import { buildBundles, FunctionPool } from '../../lambda/index.ts';
import { EmulatorMetrics } from '../../metrics.ts';
import { rawRequest, request } from '../support.ts';

const CHAT = '01ARZ3NDEKTSV4RRFFQ69G5FAV';
const INTERNAL_ERROR = '{"message":"Internal Server Error"}';
const UNAUTHORIZED = '{"message":"Unauthorized"}';

let identity: IdentityProvider;
let gateway: Gateway;
/** The routes these tests call; another route's function would not exist. */
let pools: Partial<Record<FunctionName, FunctionPool>>;
let token: string;

/** get_chats: one environment at most, throttle of 2 at once and ~no refill; get_chat: INIT always fails. */
function fidelityStage(): StageConfig {
  const local = getStage('local');
  return {
    ...local,
    api: {
      ...local.api,
      routeThrottles: {
        ...local.api.routeThrottles,
        get_chats: { rateLimit: 0.001, burstLimit: 2 },
      },
    },
  };
}

beforeAll(async () => {
  const entry = fileURLToPath(new URL('../fixtures/gateway-function.ts', import.meta.url));
  const { fixture } = await buildBundles({ fixture: entry }, '.loopgauge/test-gateway');
  identity = await startIdentityProvider({
    region: 'us-east-1',
    accessTokenValidityMinutes: 60,
    refreshTokenValidityDays: 1,
    passwordAuth: true,
  });
  token = identity.mintForTest();
  const pool = (name: FunctionName, env: Record<string, string>, reservedConcurrency: number) =>
    new FunctionPool({
      name,
      bundlePath: fixture as string,
      env,
      memoryMb: 128,
      timeoutMs: 5_000,
      reservedConcurrency,
      idleTimeoutMs: 60_000,
      logs: 'silent',
    });
  pools = {
    get_chats: pool('get_chats', {}, 4),
    get_chat: pool('get_chat', { FAIL_INIT: '1' }, 4),
    send_message: pool('send_message', {}, 1),
  };
  gateway = await startGateway({
    stage: fidelityStage(),
    metrics: new EmulatorMetrics(),
    authorizer: createJwtAuthorizer({
      issuer: identity.issuer,
      jwksUri: identity.jwksUri,
      clientId: identity.clientId,
    }),
    functions: {
      invoke: (name, event) => {
        const target = pools[name];
        if (!target) throw new Error(`no function for ${name} in this test`);
        return target.invoke(event);
      },
    },
  });
}, 60_000);

afterAll(async () => {
  await gateway?.close();
  await Promise.all(FUNCTION_NAMES.map((name) => pools?.[name]?.close()));
  await identity?.close();
});

const invocations = () =>
  FUNCTION_NAMES.reduce((sum, name) => sum + (pools[name]?.stats().invocations ?? 0), 0);

describe('gateway responses', () => {
  it('throttles a route after its burst, before the authorizer and the function', async () => {
    const before = invocations();
    const statuses: number[] = [];
    const bodies: string[] = [];
    for (let i = 0; i < 5; i++) {
      // No token: a request past the throttle gets the authorizer's 401.
      const result = await request(`${gateway.url}/chats`);
      statuses.push(result.status);
      bodies.push(result.text);
    }
    expect(statuses).toEqual([401, 401, 429, 429, 429]);
    expect(bodies.slice(2)).toEqual(Array(3).fill('{"message":"Too Many Requests"}'));
    expect(invocations()).toBe(before);
  });

  it('answers 500 when the function is at its reserved concurrency', async () => {
    const url = `${gateway.url}/chats/${CHAT}/messages?mode=sleep`;
    const results = await Promise.all([
      request(url, { method: 'POST', token, body: {} }),
      request(url, { method: 'POST', token, body: {} }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 500]);
    expect(results.find((r) => r.status === 500)?.text).toBe(INTERNAL_ERROR);
  });

  it('answers 502 for a function that throws, then keeps serving', async () => {
    const url = `${gateway.url}/chats/${CHAT}/messages`;
    const failed = await request(`${url}?mode=throw`, { method: 'POST', token, body: {} });
    const next = await request(`${url}?mode=ok`, { method: 'POST', token, body: {} });
    expect([failed.status, failed.text]).toEqual([502, INTERNAL_ERROR]);
    expect(next.status).toBe(200);
  });

  it('answers 502 for a response payload 2.0 does not accept', async () => {
    const result = await request(`${gateway.url}/chats/${CHAT}/messages?mode=invalid`, {
      method: 'POST',
      token,
      body: {},
    });
    expect([result.status, result.text]).toEqual([502, INTERNAL_ERROR]);
  });

  it('passes a plain JSON result on as a 200 application/json body', async () => {
    const result = await request(`${gateway.url}/chats/${CHAT}/messages?mode=plain`, {
      method: 'POST',
      token,
      body: {},
    });
    expect([result.status, result.text, result.headers.get('content-type')]).toEqual([
      200,
      '{"hello":"world"}',
      'application/json',
    ]);
  });

  it('answers 502 while a function fails its INIT, and other routes still work', async () => {
    const failed = await request(`${gateway.url}/chats/${CHAT}`, { token });
    const again = await request(`${gateway.url}/chats/${CHAT}`, { token });
    const other = await request(`${gateway.url}/chats/${CHAT}/messages`, {
      method: 'POST',
      token,
      body: {},
    });
    expect([failed.status, failed.text, again.status]).toEqual([502, INTERNAL_ERROR, 502]);
    expect(other.status).toBe(200);
  });
});

describe('the authorizer in front of every function', () => {
  const now = Math.floor(Date.now() / 1_000);
  const cases: Array<[string, () => string | undefined]> = [
    ['no token', () => undefined],
    [
      'an expired token',
      () => identity.mintForTest({ claims: { exp: now - 60, iat: now - 3_660 } }),
    ],
    ['a token not yet valid', () => identity.mintForTest({ claims: { nbf: now + 3_600 } })],
    [
      'a token of another issuer',
      () =>
        identity.mintForTest({
          claims: { iss: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_other' },
        }),
    ],
    [
      'a token of another client',
      () => identity.mintForTest({ claims: { client_id: 'someotherclient' } }),
    ],
    ['an ID token', () => identity.mintForTest({ use: 'id' })],
    ['a token signed with another key', () => identity.mintForTest({ signWith: 'foreign-key' })],
    ['an unsigned token', () => identity.mintForTest({ signWith: 'none' })],
    ['an HS256 token', () => identity.mintForTest({ signWith: { hs256: 'secret' } })],
    ['an unknown kid', () => identity.mintForTest({ header: { kid: 'unknown-kid' } })],
    ['a malformed token', () => 'not.a.jwt'],
    [
      'a tampered payload',
      () => {
        const [header, payload, signature] = (token as string).split('.');
        const claims = JSON.parse(Buffer.from(payload as string, 'base64url').toString());
        const forged = Buffer.from(JSON.stringify({ ...claims, sub: 'someone-else' })).toString(
          'base64url',
        );
        return `${header}.${forged}.${signature}`;
      },
    ],
  ];

  it.each(cases)(
    'rejects %s with API Gateway’s 401, and no function runs',
    async (_label, mint) => {
      const before = invocations();
      const value = mint();
      const result = await request(`${gateway.url}/chats/${CHAT}/messages?mode=ok`, {
        method: 'POST',
        body: {},
        ...(value ? { token: value } : {}),
      });
      expect(result.status).toBe(401);
      expect(result.text).toBe(UNAUTHORIZED);
      expect(result.headers.get('www-authenticate')).toMatch(
        /^Bearer scope="" error="invalid_token" error_description=".+"$/,
      );
      expect(invocations()).toBe(before);
    },
  );

  it('lets a valid access token through to the function', async () => {
    const result = await request(`${gateway.url}/chats/${CHAT}/messages?mode=ok`, {
      method: 'POST',
      token,
      body: {},
    });
    expect(result.status).toBe(200);
  });
});

describe('requests the HTTP parser would answer before the gateway', () => {
  const HEADERS_TOO_LARGE = '{"message":"HTTP header is larger than 10240 bytes."}';
  const NOT_FOUND = '{"message":"Not Found"}';
  const raw = (head: string) =>
    rawRequest(gateway.url, `${head}\r\nHost: api.local\r\nConnection: close\r\n\r\n`);

  it.each([
    [
      'a 100 KB Authorization header',
      `GET /chats HTTP/1.1\r\nAuthorization: Bearer ${'a'.repeat(100_000)}`,
    ],
    ['a 16 KB query string', `GET /chats?cursor=${'b'.repeat(16_000)} HTTP/1.1`],
    ['headers just over 10,240 bytes', `GET /chats HTTP/1.1\r\nX-Pad: ${'c'.repeat(10_240)}`],
  ])("answers %s in the gateway's shape", async (_name, head) => {
    const before = invocations();
    const result = await raw(head);
    expect([result.status, result.body, result.headers['content-type']]).toEqual([
      431,
      HEADERS_TOO_LARGE,
      'application/json',
    ]);
    expect(result.headers['apigw-requestid']).toMatch(/^[A-Za-z0-9+/]{15}=$/);
    expect(invocations()).toBe(before);
  });

  it('lets a request line and headers of up to 10,240 bytes through', async () => {
    const head = `POST /chats/${CHAT}/messages HTTP/1.1`;
    const pad = 10_240 - head.length - 'api.local'.length - 'close'.length;
    const result = await raw(`${head}\r\nX-Pad: ${'d'.repeat(pad)}`);
    expect([result.status, result.body]).toEqual([401, UNAUTHORIZED]);
  });

  it.each(['FOO', 'get', 'CONNECT', 'PROPFIND'])(
    'answers the method %s as a route it does not have',
    async (method) => {
      const result = await raw(`${method} /chats HTTP/1.1`);
      expect([result.status, result.body]).toEqual([404, NOT_FOUND]);
    },
  );

  it("answers a malformed request in the gateway's shape", async () => {
    const result = await raw('GET /chats HTTP/1.1\r\nX-Bad: a\u0000b');
    expect([result.status, result.body]).toEqual([400, '{"message":"Bad Request"}']);
  });

  it('routes a request whatever its Expect header says', async () => {
    const result = await raw(`POST /chats/${CHAT}/messages HTTP/1.1\r\nExpect: something-else`);
    expect([result.status, result.body]).toEqual([401, UNAUTHORIZED]);
  });
});
