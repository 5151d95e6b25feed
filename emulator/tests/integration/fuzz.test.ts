/**
 * Property-based fuzzing of the local stage through its real gateway:
 * requests generated from the contract — valid ones, and valid ones mutated
 * (types, lengths, Unicode edge cases, lone surrogates, NUL, huge numbers,
 * duplicate and prototype-named query keys, dot segments, forged,
 * non-canonical and other users' cursors, forged tokens, oversized headers
 * and bodies, odd methods and content types) — sent as raw bytes, one
 * connection each. Properties, for every request:
 *
 * 1. never a 5xx;
 * 2. always a documented answer: a gateway response byte for byte, a
 *    backend error `{ error: { code, message, retryable }, requestId }` whose
 *    status is its code's, or a 2xx of the route's shape;
 * 3. no internal detail (stack frames, file paths, internal error names,
 *    keys or tokens) in any body or any function log line;
 * 4. a valid send stores exactly what it says, and a valid read succeeds.
 *
 * The run is fixed by its seed: FUZZ_SEED (default below) and FUZZ_RUNS
 * (default 1,000 requests) for longer runs. A failure prints the seed, the
 * replay path and the shrunk request as it went on the wire.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  ERROR_CODES,
  GATEWAY_RESPONSES,
  type GetChatResponse,
  type GetChatsResponse,
  isErrorResponse,
  replyIdOf,
  type SendMessageResponse,
} from '#contracts';
import { getStage, type StageConfig } from '#stages';
import { provisionUsers } from '#targets';
import { type Emulator, startEmulator } from '../../emulator.ts';
import type { LogLine } from '../../lambda/index.ts';
import { type RawResponse, rawRequest, request } from '../support.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_127);
const RUNS = Number(process.env.FUZZ_RUNS ?? 1_000);

/** A request as it goes on the wire. */
interface WireRequest {
  method: string;
  /** Path and query, as sent. */
  target: string;
  headers: Array<[string, string]>;
  body: string;
  /** Send the body's characters as single bytes (invalid UTF-8), not as UTF-8. */
  latin1Body: boolean;
  /** What a valid request must do; mutated requests only keep the invariants. */
  expect: 'stored' | 'read' | 'any';
  /** The user a valid request acts as. */
  as?: 'a' | 'b';
}

/** The local stage with its throttles lifted (so no 429 answers in place of the code under test) and an instant provider. */
function fuzzStage(): StageConfig {
  const local = getStage('local');
  const open = { rateLimit: 10_000, burstLimit: 5_000 };
  return {
    ...local,
    api: {
      ...local.api,
      throttle: open,
      routeThrottles: { get_chats: open, get_chat: open, send_message: open },
    },
    provider: { ...local.provider, profile: 'instant' } as StageConfig['provider'],
  };
}

let emulator: Emulator;
const logs: LogLine[] = [];
const secrets: string[] = [];
const fixtures = {
  tokens: { a: '', b: '' },
  chatOfA: '',
  cursors: [] as Array<{ cursor: string; owner: 'a' | 'b'; listing: string }>,
};

beforeAll(async () => {
  emulator = await startEmulator({
    stage: fuzzStage(),
    workDir: '.loopgauge/test-fuzz',
    functionLogs: (line) => logs.push(line),
  });
  const users = (await provisionUsers(emulator, { count: 2, prefix: 'fuzz-', concurrency: 2 }))
    .users;
  fixtures.tokens = { a: users[0]?.accessToken ?? '', b: users[1]?.accessToken ?? '' };
  secrets.push(fixtures.tokens.a, fixtures.tokens.b, 'local-mock-key');
  for (const owner of ['a', 'b'] as const) {
    const token = fixtures.tokens[owner];
    const chats: string[] = [];
    for (let n = 0; n < 2; n++) {
      const chatId = randomUlid();
      chats.push(chatId);
      for (let m = 0; m < 2; m++) {
        const sent = await request(`${emulator.apiUrl}/chats/${chatId}/messages`, {
          method: 'POST',
          token,
          body: { messageId: randomUlid(), content: `seed ${n}.${m}` },
        });
        expect(sent.status).toBe(200);
      }
    }
    if (owner === 'a') fixtures.chatOfA = chats[0] ?? '';
    const listed = await request<GetChatsResponse>(`${emulator.apiUrl}/chats?limit=1`, { token });
    const read = await request<GetChatResponse>(`${emulator.apiUrl}/chats/${chats[0]}?limit=1`, {
      token,
    });
    for (const [cursor, listing] of [
      [listed.json.nextCursor, 'chats'],
      [read.json.nextCursor, `chat:${chats[0]}`],
    ] as const) {
      if (!cursor) throw new Error('a seeded listing has no second page');
      fixtures.cursors.push({ cursor, owner, listing });
    }
  }
}, 60_000);
afterAll(async () => {
  await emulator?.close();
});

it(`keeps its properties over ${RUNS} generated requests (seed ${SEED})`, async () => {
  let requests = 0;
  const statuses = new Map<number, number>();
  const details = await fc.check(
    fc.asyncProperty(anyRequest(), async (wire) => {
      requests += 1;
      const status = await checkRequest(wire);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }),
    { seed: SEED, numRuns: RUNS, endOnFailure: process.env.FUZZ_NO_SHRINK === '1' },
  );
  if (details.failed) {
    const wire = details.counterexample?.[0];
    throw new Error(
      `fuzzing failed — seed ${details.seed}, path "${details.counterexamplePath}" ` +
        `(replay: FUZZ_SEED=${details.seed}), shrunk ${details.numShrinks} times:\n` +
        `${wire ? printable(wire) : '(no request)'}\n\n${String(details.errorInstance)}`,
    );
  }
  console.info(
    `fuzz: ${requests} requests (seed ${SEED}), answers by status ${JSON.stringify(Object.fromEntries([...statuses].sort(([a], [b]) => a - b)))}, ${logs.length} function log lines`,
  );
  expect(requests).toBeGreaterThanOrEqual(RUNS);
  // Log lines can trail their response: one last look at all of them.
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(leaksIn(logs.map((line) => line.text).join('\n'), 'log')).toEqual([]);
}, 600_000);

// ---------------------------------------------------------------- the checks

/** Sends one request and checks every property; returns its status. */
async function checkRequest(wire: WireRequest): Promise<number> {
  const logsBefore = logs.length;
  const response = await rawRequest(emulator.apiUrl, encode(wire));
  if (response.status >= 500) throw new Error(`answered ${response.status}: ${response.body}`);
  checkShape(wire, response);
  const leaks = leaksIn(response.body);
  if (leaks.length > 0) throw new Error(`the body shows internal detail: ${leaks.join(', ')}`);
  if (wire.expect === 'stored' || (response.status === 200 && wire.method === 'POST')) {
    await checkStored(wire, response);
  }
  if (wire.expect === 'read' && response.status !== 200 && response.status !== 404) {
    throw new Error(`a valid read answered ${response.status}: ${response.body}`);
  }
  const logLeaks = leaksIn(
    logs
      .slice(logsBefore)
      .map((line) => line.text)
      .join('\n'),
    'log',
  );
  if (logLeaks.length > 0)
    throw new Error(`a log line shows internal detail: ${logLeaks.join(', ')}`);
  return response.status;
}

const GATEWAY_ANSWERS = new Set(
  Object.values(GATEWAY_RESPONSES).map(({ status, body }) => `${status} ${body}`),
);

function checkShape(wire: WireRequest, response: RawResponse): void {
  if (wire.method === 'HEAD' || response.status === 204) {
    if (response.body !== '') throw new Error(`a ${response.status} to ${wire.method} has a body`);
    return;
  }
  if (response.status === 403 && response.body === '' && wire.method === 'OPTIONS') return;
  if (GATEWAY_ANSWERS.has(`${response.status} ${response.body}`)) return;
  if (response.headers['content-type'] !== 'application/json') {
    throw new Error(`content-type ${response.headers['content-type']} on ${response.status}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(response.body);
  } catch {
    throw new Error(`a body that is not JSON: ${response.body.slice(0, 200)}`);
  }
  if (response.status === 200) {
    if (!isSuccessShape(json)) throw new Error(`a 200 of no route's shape: ${response.body}`);
    return;
  }
  if (!isErrorResponse(json))
    throw new Error(`an undocumented ${response.status}: ${response.body}`);
  const { code, message, retryable } = json.error;
  const documented = ERROR_CODES[code];
  if (
    documented.status !== response.status ||
    documented.retryable !== retryable ||
    typeof message !== 'string' ||
    message.length === 0 ||
    typeof json.requestId !== 'string'
  ) {
    throw new Error(
      `an error body that does not match its code: ${response.status} ${response.body}`,
    );
  }
}

function isSuccessShape(json: unknown): boolean {
  const body = json as Record<string, unknown>;
  const isSummary = (value: unknown) => {
    const chat = value as Record<string, unknown> | null;
    return (
      typeof chat?.chatId === 'string' &&
      typeof chat.title === 'string' &&
      typeof chat.messageCount === 'number' &&
      typeof chat.createdAt === 'string' &&
      typeof chat.updatedAt === 'string'
    );
  };
  const isMessage = (value: unknown) => {
    const message = value as Record<string, unknown> | null;
    return (
      typeof message?.messageId === 'string' &&
      (message.role === 'user' || message.role === 'assistant') &&
      typeof message.content === 'string' &&
      typeof message.createdAt === 'string'
    );
  };
  const cursor = (value: unknown) => value === null || typeof value === 'string';
  if (Array.isArray(body?.chats)) return body.chats.every(isSummary) && cursor(body.nextCursor);
  if (Array.isArray(body?.messages)) {
    return isSummary(body.chat) && body.messages.every(isMessage) && cursor(body.nextCursor);
  }
  return isSummary(body?.chat) && isMessage(body.userMessage) && isMessage(body.assistantMessage);
}

async function checkStored(wire: WireRequest, response: RawResponse): Promise<void> {
  if (response.status !== 200) {
    throw new Error(`a valid send answered ${response.status}: ${response.body}`);
  }
  const answer = JSON.parse(response.body) as SendMessageResponse;
  if (/\p{Cs}/u.test(answer.userMessage.content)) {
    throw new Error('stored content that is not Unicode text (a lone surrogate)');
  }
  // What a valid send said; for any other answered send, what its answer says was stored.
  const said =
    wire.expect === 'stored'
      ? (JSON.parse(wire.body) as { content: string }).content.trim()
      : answer.userMessage.content;
  const messageId = answer.userMessage.messageId;
  const token = wire.headers
    .find(([name]) => name === 'Authorization')?.[1]
    .slice('Bearer '.length);
  const stored = await request<GetChatResponse>(`${emulator.apiUrl}/chats/${answer.chat.chatId}`, {
    token: token ?? '',
  });
  const user = stored.json.messages?.find((message) => message.messageId === messageId);
  const reply = stored.json.messages?.find((message) => message.messageId === replyIdOf(messageId));
  if (
    answer.userMessage.content !== said ||
    user?.content !== said ||
    reply?.content !== answer.assistantMessage.content ||
    stored.json.chat.messageCount !== stored.json.messages.length
  ) {
    throw new Error(
      `stored is not what was sent: ${JSON.stringify({ said, answer, stored: stored.json })}`,
    );
  }
}

/**
 * What a body or log line must never show. Log lines may name errors and
 * their causes (that is what they are for); bodies may not.
 */
function leaksIn(text: string, where: 'body' | 'log' = 'body'): string[] {
  const patterns: Array<[string, RegExp]> = [
    ['a stack frame', /\bat (?:async )?[\w$.<>]* ?\(?(?:file:\/\/|\/|node:)[^)\s]*:\d+:\d+/],
    ['a file path', /\/(?:work|home|tmp|var\/task)\/|node_modules|\.(?:ts|mjs):\d/],
    [
      'an internal error name',
      /\b(?:TypeError|ReferenceError|SyntaxError|RangeError|ConditionalCheckFailedException|ValidationException|ResourceNotFoundException|ProvisionedThroughputExceededException)\b/,
    ],
    ['a stack', /"stack"\s*:/],
  ];
  const found = patterns
    .filter(
      ([name, pattern]) =>
        (where === 'body' || name !== 'an internal error name') && pattern.test(text),
    )
    .map(([name]) => name);
  for (const secret of secrets) if (secret && text.includes(secret)) found.push('a key or token');
  return found;
}

// ------------------------------------------------------------ the generators

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function randomUlid(): string {
  let id = '01';
  for (let i = 0; i < 24; i++) id += CROCKFORD[Math.floor(Math.random() * 32)];
  return id;
}

const ulidArb = fc
  .tuple(
    fc.constantFrom(...'01234567'),
    fc.string({ unit: fc.constantFrom(...CROCKFORD), minLength: 25, maxLength: 25 }),
  )
  .map(([first, rest]) => first + rest);

const whitespace = fc.string({
  unit: fc.constantFrom(' ', '\t', '\n', '\u00a0', '\u2003'),
  maxLength: 3,
});

/** Content that is valid after trimming: 1 to 8,000 characters of well-formed Unicode. */
const validContent = fc
  .oneof(
    { weight: 6, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 60 }) },
    { weight: 1, arbitrary: fc.constantFrom('x'.repeat(8_000), '😀'.repeat(4_000), 'a\u0000b') },
  )
  .chain((core) => fc.tuple(whitespace, fc.constant(core), whitespace).map((p) => p.join('')))
  .filter((content) => {
    const trimmed = content.trim();
    return trimmed.length >= 1 && trimmed.length <= 8_000 && !trimmed.includes('[mock');
  });

const user = fc.constantFrom<'a' | 'b'>('a', 'b');

function headersFor(as: 'a' | 'b', contentType = true): Array<[string, string]> {
  return [
    ['Authorization', `Bearer ${fixtures.tokens[as]}`],
    ...(contentType ? [['Content-Type', 'application/json'] as [string, string]] : []),
  ];
}

const validSend: fc.Arbitrary<WireRequest> = fc
  .record({ as: user, chatId: ulidArb, messageId: ulidArb, content: validContent })
  .map(({ as, chatId, messageId, content }) => ({
    method: 'POST',
    target: `/chats/${chatId}/messages`,
    headers: headersFor(as),
    body: JSON.stringify({ messageId, content }),
    latin1Body: false,
    expect: 'stored',
    as,
  }));

const limitArb = fc.option(fc.integer({ min: 1, max: 100 }), { nil: undefined });

const validRead: fc.Arbitrary<WireRequest> = fc
  .record({
    as: user,
    which: fc.constantFrom('chats', 'own chat', 'unknown chat'),
    limit: limitArb,
  })
  .map(({ as, which, limit }) => {
    const query = limit === undefined ? '' : `?limit=${limit}`;
    const path =
      which === 'chats'
        ? '/chats'
        : `/chats/${which === 'own chat' && as === 'a' ? fixtures.chatOfA : randomUlid()}`;
    return {
      method: 'GET',
      target: `${path}${query}`,
      headers: headersFor(as, false),
      body: '',
      latin1Body: false,
      expect: 'read',
      as,
    };
  });

type Mutation = (wire: WireRequest) => fc.Arbitrary<WireRequest>;

const mutate =
  (
    change: (wire: WireRequest, value: string) => Partial<WireRequest>,
    values: fc.Arbitrary<string>,
  ): Mutation =>
  (wire) =>
    values.map((value) => ({ ...wire, ...change(wire, value), expect: 'any' }));

const withHeader = (
  wire: WireRequest,
  name: string,
  value: string | undefined,
): Array<[string, string]> => [
  ...wire.headers.filter(([key]) => key.toLowerCase() !== name.toLowerCase()),
  ...(value === undefined ? [] : [[name, value] as [string, string]]),
];

const forgedTokens = () => {
  const [header = '', payload = '', signature = ''] = fixtures.tokens.a.split('.');
  const none = Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<
    string,
    unknown
  >;
  const tampered = Buffer.from(JSON.stringify({ ...claims, sub: 'someone-else' })).toString(
    'base64url',
  );
  return [
    `Bearer ${none}.${payload}.`,
    `Bearer ${header}.${tampered}.${signature}`,
    `Bearer ${header}.${payload}.${signature.slice(0, -2)}AA`,
    'Bearer',
    'Bearer ',
    'Basic YTpi',
    `bearer ${fixtures.tokens.a}`,
    `Bearer  ${fixtures.tokens.a}`,
    `Bearer ${'eyJ'.repeat(400)}`,
  ];
};

const cursorVariants = (): string[] => {
  const own = fixtures.cursors.filter((c) => c.owner === 'a');
  const theirs = fixtures.cursors.filter((c) => c.owner === 'b');
  return [
    ...own.map((c) => c.cursor),
    ...theirs.map((c) => c.cursor),
    ...own.flatMap(({ cursor }) => [
      cursor.replaceAll('-', '+').replaceAll('_', '/'),
      `${cursor}=`,
      `${cursor}!`,
      ` ${cursor}`,
      `${cursor.slice(0, 5)}${cursor[5] === 'A' ? 'B' : 'A'}${cursor.slice(6)}`,
      cursor.split('.').reverse().join('.'),
    ]),
    '',
    '.',
    'a.b.c',
    'x'.repeat(3_000),
  ].map(encodeURIComponent);
};

const MUTATIONS: Mutation[] = [
  // Methods.
  mutate(
    (_wire, method) => ({ method }),
    fc.constantFrom(
      'GET',
      'POST',
      'PUT',
      'DELETE',
      'PATCH',
      'HEAD',
      'OPTIONS',
      'TRACE',
      'CONNECT',
      'FOO',
      'get',
      'M-SEARCH',
      'PROPFIND',
    ),
  ),
  // Paths: dot segments, encodings, odd ids and lengths.
  mutate(
    (wire, path) => ({
      target: path.replace('{id}', /\/chats\/([^/?]+)/.exec(wire.target)?.[1] ?? fixtures.chatOfA),
    }),
    fc.constantFrom(
      '/chats/../chats',
      '/chats/./{id}',
      '//chats',
      '/chats/{id}/',
      '/chats/%2e%2e',
      '/chats/{id}%2Fmessages',
      '/chats/{id}/messages/..',
      '/chats/%00',
      '/chats/%zz',
      '/CHATS',
      '/chats/{id}/../{id}/messages',
      `/chats/${'A'.repeat(3_000)}`,
      '/chats/01jdq8z5v4n2m3k1h0g9f8e7d6',
      '/chats/ü',
      '/chats/%F0%9F%98%80',
      '/chats?',
      '/chats#frag',
      '*',
    ),
  ),
  // Query strings: limits, duplicates, prototype names, cursors.
  mutate(
    (wire, query) => ({ target: `${wire.target.split('?')[0]}?${query}` }),
    fc.oneof(
      fc.constantFrom(
        'limit=',
        'limit=0',
        'limit=101',
        'limit=-1',
        'limit=1.5',
        'limit=1e2',
        'limit=99999999999999999999',
        'limit=1e400',
        'limit=abc',
        'limit=%31',
        'limit=1&limit=2',
        'toString=1&constructor=2&__proto__=3',
        '__proto__[limit]=1',
        'limit=%00',
        `x=${'q'.repeat(11_000)}`,
      ),
      fc
        .constant(null)
        .chain(() => fc.constantFrom(...cursorVariants()).map((c) => `cursor=${c}&limit=1`)),
    ),
  ),
  // Tokens: none, forged, another user's, malformed.
  mutate(
    (wire, value) => ({ headers: withHeader(wire, 'Authorization', value || undefined) }),
    fc
      .constant(null)
      .chain(() => fc.constantFrom('', ...forgedTokens(), `Bearer ${fixtures.tokens.b}`)),
  ),
  // Content types and encodings.
  mutate(
    (wire, value) => ({ headers: withHeader(wire, 'Content-Type', value || undefined) }),
    fc.constantFrom(
      '',
      'text/plain',
      'application/xml',
      'multipart/form-data; boundary=x',
      'application/json; charset=utf-16',
      'application/octet-stream',
      'application/x-www-form-urlencoded',
      'application/vnd.api+json',
    ),
  ),
  mutate(
    (wire, value) => ({ headers: [...wire.headers, ['Content-Encoding', value]] }),
    fc.constantFrom('gzip', 'br', 'identity'),
  ),
  // Oversized and odd headers.
  mutate(
    (wire, value) => ({ headers: [...wire.headers, ['X-Fuzz', value]] }),
    fc.constantFrom('c'.repeat(11_000), 'a\u0000b', 'ümlaut', '\u007f', 'x'.repeat(9_000)),
  ),
  mutate(
    (wire) => ({ headers: withHeader(wire, 'Authorization', `Bearer ${'a'.repeat(100_000)}`) }),
    fc.constant(''),
  ),
  mutate(
    (wire, value) => ({
      headers: [...wire.headers, ['Origin', value], ['Access-Control-Request-Method', 'POST']],
    }),
    fc.constantFrom('http://evil.example', 'null', 'http://localhost:5173'),
  ),
  // Bodies: not JSON, wrong types, wrong lengths, odd characters, odd sizes.
  mutate(
    (_wire, body) => ({ body }),
    fc.oneof(
      fc.constantFrom(
        '',
        '{',
        'null',
        '[]',
        '"text"',
        '42',
        '\ufeff{}',
        '{"messageId":1e400,"content":"x"}',
        '{"messageId":"01JDQ8Z5V4N2M3K1H0G9F8E7D7","content":99999999999999999999999}',
        '{"messageId":"01JDQ8Z5V4N2M3K1H0G9F8E7D7","content":["a"]}',
        '{"messageId":"01JDQ8Z5V4N2M3K1H0G9F8E7D7","content":null}',
        '{"messageId":"01JDQ8Z5V4N2M3K1H0G9F8E7D7"}',
        '{"content":"no id"}',
        '{"messageId":"01jdq8z5v4n2m3k1h0g9f8e7d7","content":"lower-case id"}',
        '{"messageId":"01JDQ8Z5V4N2M3K1H0G9F8E7D7.reply","content":"a reply id"}',
        '{"messageId":"81JDQ8Z5V4N2M3K1H0G9F8E7D7","content":"overflowing time"}',
        '{"messageId":"01JDQ8Z5V4N2M3K1H0G9F8E7D7","content":"   "}',
        '{"messageId":"01JDQ8Z5V4N2M3K1H0G9F8E7D7","content":"lone \\ud800 surrogate"}',
        '{"messageId":"01JDQ8Z5V4N2M3K1H0G9F8E7D7","content":"\\udfff"}',
        '{"messageId":"01JDQ8Z5V4N2M3K1H0G9F8E7D7","content":"a","extra":true}',
        '{"__proto__":{"admin":true},"messageId":"01JDQ8Z5V4N2M3K1H0G9F8E7D7","content":"a"}',
        '{"messageId":"01JDQ8Z5V4N2M3K1H0G9F8E7D7","messageId":"01JDQ8Z5V4N2M3K1H0G9F8E7D8","content":"a"}',
        `{"messageId":"01JDQ8Z5V4N2M3K1H0G9F8E7D7","content":"${'y'.repeat(8_001)}"}`,
        `{"messageId":"01JDQ8Z5V4N2M3K1H0G9F8E7D7","content":"${'z'.repeat(33_000)}"}`,
        `[${'['.repeat(5_000)}${']'.repeat(5_000)}]`,
      ),
      fc.string({ unit: 'binary', maxLength: 200 }),
    ),
  ),
  mutate(
    (wire) => ({
      latin1Body: true,
      body: wire.body.replace('"content":"', '"content":"\u00ff\u00fe'),
    }),
    fc.constant(''),
  ),
  mutate(
    (wire, id) => ({ body: wire.body.replace(/"messageId":"[^"]*"/, `"messageId":${id}`) }),
    fc.constantFrom(
      '"01JDQ8Z5V4N2M3K1H0G9F8E7D"',
      '""',
      '0',
      'true',
      '{}',
      '"01JDQ8Z5V4N2M3K1H0G9F8E7D7\\u0000"',
    ),
  ),
];

function anyRequest(): fc.Arbitrary<WireRequest> {
  const base = fc.oneof(validSend, validRead);
  const mutated = fc
    .tuple(
      base,
      fc.array(fc.integer({ min: 0, max: MUTATIONS.length - 1 }), { minLength: 1, maxLength: 3 }),
    )
    .chain(([wire, picks]) =>
      picks.reduce<fc.Arbitrary<WireRequest>>(
        (arbitrary, pick) => arbitrary.chain((current) => (MUTATIONS[pick] as Mutation)(current)),
        fc.constant(wire),
      ),
    );
  return fc.oneof(
    { weight: 2, arbitrary: validSend },
    { weight: 1, arbitrary: validRead },
    { weight: 5, arbitrary: mutated },
  );
}

// ------------------------------------------------------------- the wire

function encode(wire: WireRequest): Buffer {
  const body = Buffer.from(wire.body, wire.latin1Body ? 'latin1' : 'utf8');
  const head = [
    `${wire.method} ${wire.target} HTTP/1.1`,
    'Host: 127.0.0.1',
    ...wire.headers.map(([name, value]) => `${name}: ${value}`),
    `Content-Length: ${body.length}`,
    'Connection: close',
  ].join('\r\n');
  // Header values may hold characters above U+00FF only as UTF-8 bytes.
  return Buffer.concat([Buffer.from(`${head}\r\n\r\n`, 'utf8'), body]);
}

/** The request for a failure message: its head as sent, its body cut at 2,000 characters. */
function printable(wire: WireRequest): string {
  const text = encode(wire).toString(wire.latin1Body ? 'latin1' : 'utf8');
  const shortened = text.replace(
    /([^\r\n]{300})[^\r\n]+/g,
    (_all, start: string) => `${start}… (cut)`,
  );
  return `expect: ${wire.expect}\n${shortened.length > 2_000 ? `${shortened.slice(0, 2_000)}… (cut)` : shortened}`;
}
