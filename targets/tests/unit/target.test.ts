import { describe, expect, it } from 'vitest';
import { clientConfig, parseTarget, SERVICES } from '../../target.ts';

const local = {
  kind: 'local',
  stage: 'local',
  apiUrl: 'http://127.0.0.1:3000',
  region: 'us-east-1',
  userPoolId: 'us-east-1_abc',
  userPoolClientId: 'client',
  tableName: 'chats',
  functionNames: { get_chats: 'get_chats', get_chat: 'get_chat', send_message: 'send_message' },
  mockProviderUrl: 'http://127.0.0.1:4000',
  endpoints: Object.fromEntries(
    SERVICES.map((service, i) => [service, `http://127.0.0.1:${5000 + i}`]),
  ),
  credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
  adminUrl: 'http://127.0.0.1:3001',
  issuer: 'http://127.0.0.1:5000/us-east-1_abc',
  apiId: 'abcdefghij',
  metricResolutionSeconds: 1,
};

describe('the emulator’s target file', () => {
  it('names an endpoint per service, the API id and the metric resolution', () => {
    const target = parseTarget(local, 'local.json');
    expect(target).toMatchObject({ apiId: 'abcdefghij', metricResolutionSeconds: 1 });
    expect(clientConfig(target, 'cloudwatch')).toEqual({
      region: 'us-east-1',
      endpoint: 'http://127.0.0.1:5003',
      credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
    });
    expect(clientConfig(target, 'logs').endpoint).toBe('http://127.0.0.1:5004');
  });

  it('says everything a file from an older emulator lacks', () => {
    const { apiId: _apiId, metricResolutionSeconds: _resolution, ...older } = local;
    const endpoints = { cognito: 'http://127.0.0.1:5000', dynamodb: 'http://127.0.0.1:5001' };
    expect(() => parseTarget({ ...older, endpoints }, 'local.json')).toThrow(
      'local.json lacks endpoints.lambda, endpoints.cloudwatch, endpoints.logs, apiId, metricResolutionSeconds',
    );
  });
});
