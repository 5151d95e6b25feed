import { describe, expect, it } from 'vitest';
import { buildEvent, readResult } from '../../payload.ts';
import { matchRoute } from '../../routes.ts';

const CHAT = '01ARZ3NDEKTSV4RRFFQ69G5FAV';

describe('matchRoute', () => {
  it('matches the three routes and extracts the chat id', () => {
    expect(matchRoute('GET', '/chats')).toEqual({
      functionName: 'get_chats',
      routeKey: 'GET /chats',
      pathParameters: undefined,
    });
    expect(matchRoute('GET', `/chats/${CHAT}`)?.pathParameters).toEqual({ chatId: CHAT });
    expect(matchRoute('POST', `/chats/${CHAT}/messages`)?.functionName).toBe('send_message');
  });

  it('matches nothing else', () => {
    expect(matchRoute('DELETE', '/chats')).toBeUndefined();
    expect(matchRoute('GET', '/chats/')).toBeUndefined();
    expect(matchRoute('GET', `/chats/${CHAT}/messages`)).toBeUndefined();
    expect(matchRoute('POST', '/chats//messages')).toBeUndefined();
  });
});

describe('buildEvent', () => {
  const request = {
    method: 'POST',
    url: `/chats/${CHAT}/messages?b=1&a=2&a=3`,
    rawHeaders: [
      'Host',
      'api.local',
      'Content-Type',
      'application/json',
      'X-Multi',
      'one',
      'x-multi',
      'two',
      'Cookie',
      's=1; t=2',
    ],
    body: Buffer.from('{"content":"hi"}'),
    sourceIp: '127.0.0.1',
  };
  const event = buildEvent(request, {
    routeKey: 'POST /chats/{chatId}/messages',
    pathParameters: { chatId: CHAT },
    requestId: 'req-1',
    claims: { sub: 'user-1', exp: '1700000000' },
    scopes: null,
    now: new Date('2026-11-27T14:42:04Z'),
  });

  it('has the payload 2.0 shape', () => {
    expect(event).toMatchObject({
      version: '2.0',
      routeKey: 'POST /chats/{chatId}/messages',
      rawPath: `/chats/${CHAT}/messages`,
      rawQueryString: 'b=1&a=2&a=3',
      pathParameters: { chatId: CHAT },
      body: '{"content":"hi"}',
      isBase64Encoded: false,
      requestContext: {
        http: { method: 'POST', path: `/chats/${CHAT}/messages`, sourceIp: '127.0.0.1' },
        requestId: 'req-1',
        stage: '$default',
        time: '27/Nov/2026:14:42:04 +0000',
        timeEpoch: Date.parse('2026-11-27T14:42:04Z'),
        authorizer: {
          jwt: {
            claims: { sub: 'user-1', exp: '1700000000' },
            scopes: null,
          },
        },
      },
    });
  });

  it('lower-cases header names and joins repeated headers and query values with commas', () => {
    expect(event.headers).toEqual({
      host: 'api.local',
      'content-type': 'application/json',
      'x-multi': 'one,two',
    });
    expect(event.queryStringParameters).toEqual({ b: '1', a: '2,3' });
  });

  it('keeps names that plain objects inherit or treat specially as ordinary names', () => {
    const odd = buildEvent(
      {
        ...request,
        url: '/chats?toString=1&constructor=2&__proto__=3&hasOwnProperty=4&__proto__=5',
        rawHeaders: ['toString', 'a', '__proto__', 'b', 'Constructor', 'c', '__proto__', 'd'],
      },
      {
        routeKey: 'GET /chats',
        pathParameters: undefined,
        requestId: 'r',
        claims: {},
        scopes: null,
        now: new Date(),
      },
    );
    // As the function receives it: JSON text.
    const received = JSON.parse(JSON.stringify(odd)) as typeof odd;

    expect(received.queryStringParameters).toEqual(
      JSON.parse('{"toString":"1","constructor":"2","__proto__":"3,5","hasOwnProperty":"4"}'),
    );
    expect(received.headers).toEqual(
      JSON.parse('{"tostring":"a","__proto__":"b,d","constructor":"c"}'),
    );
  });

  it('reads every header name of a function result as a name', () => {
    const answer = readResult(
      JSON.parse('{"statusCode":200,"headers":{"__proto__":"x","toString":"y"},"body":""}'),
    );
    expect(Object.entries(answer?.headers ?? {})).toEqual([
      ['__proto__', 'x'],
      ['tostring', 'y'],
    ]);
  });

  it('moves cookies into their own list', () => {
    expect(event.cookies).toEqual(['s=1', 't=2']);
  });

  it('base64-encodes bodies that are not text', () => {
    const binary = buildEvent(
      {
        ...request,
        rawHeaders: ['Content-Type', 'application/octet-stream'],
        body: Buffer.from([0, 1, 2]),
      },
      {
        routeKey: 'x',
        pathParameters: undefined,
        requestId: 'r',
        claims: {},
        scopes: null,
        now: new Date(),
      },
    );
    expect(binary).toMatchObject({ body: 'AAEC', isBase64Encoded: true });
    expect(binary).not.toHaveProperty('queryStringParameters.c');
  });
});

describe('readResult', () => {
  it('reads a structured response', () => {
    expect(
      readResult({ statusCode: 201, headers: { 'X-A': 1 }, body: 'ok', cookies: ['a=b'] }),
    ).toEqual({
      statusCode: 201,
      headers: { 'x-a': '1' },
      cookies: ['a=b'],
      body: Buffer.from('ok'),
    });
  });

  it('decodes a base64 body', () => {
    expect(
      readResult({ statusCode: 200, body: 'aGk=', isBase64Encoded: true })?.body.toString(),
    ).toBe('hi');
  });

  it('treats any other JSON value as a 200 application/json body', () => {
    expect(readResult({ hello: 'world' })).toEqual({
      statusCode: 200,
      headers: { 'content-type': 'application/json' },
      cookies: [],
      body: Buffer.from('{"hello":"world"}'),
    });
  });

  it.each([
    ['no result', undefined],
    ['a non-numeric status', { statusCode: '200', body: '' }],
    ['a status out of range', { statusCode: 99, body: '' }],
    ['a non-string body', { statusCode: 200, body: { a: 1 } }],
    ['headers that are not an object', { statusCode: 200, headers: 'x' }],
    ['a header value that is an object', { statusCode: 200, headers: { a: {} } }],
  ])('rejects %s (the gateway answers 502)', (_label, result) => {
    expect(readResult(result)).toBeUndefined();
  });
});
