import { vi } from 'vitest';
import { SERVICES } from '#targets';

/** Captures what the command writes to stdout and stderr (restored by `vi.restoreAllMocks`). */
export function capture() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => out.push(String(chunk)) > 0);
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => err.push(String(chunk)) > 0);
  return { out, err };
}

/** A local stage's target file whose every endpoint is `url` (a stage that is not running there). */
export function localTargetJson(url: string): string {
  return JSON.stringify({
    kind: 'local',
    stage: 'local',
    apiUrl: url,
    region: 'us-east-1',
    userPoolId: 'us-east-1_gone',
    userPoolClientId: 'gone',
    tableName: 'loopgauge-local-chats',
    functionNames: { get_chats: 'get_chats', get_chat: 'get_chat', send_message: 'send_message' },
    mockProviderUrl: url,
    endpoints: Object.fromEntries(SERVICES.map((service) => [service, url])),
    apiId: 'gone',
    metricResolutionSeconds: 1,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    adminUrl: url,
    issuer: `${url}/us-east-1_gone`,
  });
}
