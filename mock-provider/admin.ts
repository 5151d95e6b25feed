/** `/__mock/*`: the mock provider's admin routes (health, journal, metrics, profile, reset, scripts). */
import { FAULT_KINDS, MAX_SCRIPT_STEPS, type ScriptStep } from './directives.ts';
import type { Profile } from './profiles.ts';
import { type Incoming, jsonOut, type Outgoing, type Route } from './routes.ts';
import type { JournalEntry, JournalFilter, Metrics } from './state.ts';

/** The longest conversation id kept; longer ones are cut. */
export const MAX_CONVERSATION_ID = 200;

/** What the admin routes read and change (a `MockProvider`). */
export interface AdminSubject {
  readonly profile: Profile;
  readonly seed: number;
  journal(filter?: JournalFilter): JournalEntry[];
  metrics(): Metrics;
  reset(): void;
  setScript(conversation: string, steps: readonly ScriptStep[]): void;
  describe(): string;
}

/** Checks a script from an untrusted source; returns the steps or a problem. */
export function parseScriptSteps(value: unknown): ScriptStep[] | string {
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_SCRIPT_STEPS) {
    return `steps must be an array of 1 to ${MAX_SCRIPT_STEPS} steps`;
  }
  for (const step of value) {
    if (step !== 'ok' && !(FAULT_KINDS as readonly unknown[]).includes(step)) {
      return `step ${JSON.stringify(step)} is not one of ${FAULT_KINDS.join(', ')}, ok`;
    }
  }
  return value as ScriptStep[];
}

function journalFilter(search: string): JournalFilter | string {
  const params = new URLSearchParams(search);
  const filter: JournalFilter = {};
  const limit = params.get('limit');
  if (limit !== null) {
    if (!/^[1-9]\d*$/.test(limit)) return 'limit must be a positive integer';
    filter.limit = Number(limit);
  }
  const conversation = params.get('conversation');
  if (conversation !== null) filter.conversation = conversation;
  const fingerprint = params.get('fingerprint');
  if (fingerprint !== null) filter.fingerprint = fingerprint;
  const providerName = params.get('provider');
  if (providerName !== null) {
    if (providerName !== 'openai' && providerName !== 'anthropic') {
      return 'provider must be openai or anthropic';
    }
    filter.provider = providerName;
  }
  return filter;
}

function adminError(status: number, message: string): Outgoing {
  return jsonOut(status, { error: { message } });
}

/** `/__mock/*`: health, journal, metrics, profile, reset, scripts. */
export function adminRoutes(provider: AdminSubject): Route[] {
  const startedAt = Date.now();
  const get = (path: string, handle: (incoming: Incoming) => Outgoing): Route => ({
    method: 'GET',
    path,
    handle: async (incoming) => handle(incoming),
  });
  return [
    get('/__mock/health', () => {
      const cpu = process.cpuUsage();
      return jsonOut(200, {
        status: 'ok',
        profile: provider.profile.name,
        seed: provider.seed,
        uptimeMs: Date.now() - startedAt,
        // CPU time of the whole process: lets a load run tell whether the mock was busy.
        cpuMs: Math.round((cpu.user + cpu.system) / 1000),
      });
    }),
    get('/__mock/journal', (incoming) => {
      const filter = journalFilter(incoming.search);
      if (typeof filter === 'string') return adminError(400, filter);
      const entries = provider.journal(filter);
      return jsonOut(200, { entries, dropped: provider.metrics().journalDropped });
    }),
    get('/__mock/metrics', () => jsonOut(200, provider.metrics())),
    get('/__mock/profile', () =>
      jsonOut(200, { profile: provider.profile, seed: provider.seed, text: provider.describe() }),
    ),
    {
      method: 'POST',
      path: '/__mock/reset',
      handle: async () => {
        provider.reset();
        return jsonOut(200, { reset: true });
      },
    },
    {
      method: 'POST',
      path: '/__mock/scripts',
      handle: async (incoming) => {
        let body: unknown;
        try {
          body = JSON.parse(new TextDecoder().decode(await incoming.body()));
        } catch {
          return adminError(
            400,
            'body must be JSON: {"conversation": "...", "steps": ["429", "ok"]}',
          );
        }
        const record = (typeof body === 'object' && body !== null ? body : {}) as Record<
          string,
          unknown
        >;
        if (typeof record.conversation !== 'string' || record.conversation.trim() === '') {
          return adminError(400, 'conversation must be a non-empty string');
        }
        const steps = parseScriptSteps(record.steps);
        if (typeof steps === 'string') return adminError(400, steps);
        const conversation = record.conversation.trim().slice(0, MAX_CONVERSATION_ID);
        provider.setScript(conversation, steps);
        return jsonOut(200, { conversation, steps });
      },
    },
  ];
}
