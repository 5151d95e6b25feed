/**
 * Provider verification: Pact's Verifier replays every interaction of the
 * chat API's pacts against a running stage — the local stage or a deployed
 * one — after putting the stage in the interaction's provider state, with a
 * freshly minted access token of that state's user in place of the
 * consumer's placeholder. What it cannot verify there is listed by name,
 * never dropped silently.
 */
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Verifier } from '@pact-foundation/pact';
import { getStage } from '#stages';
import { type ProvisionedUser, provisionUsers, type Target } from '#targets';
import { doNotTrack } from './pact-env.ts';
import {
  type InteractionRef,
  PACTS_DIR,
  type PactFile,
  PactFileError,
  type PactInteraction,
  pactProblems,
  readPacts,
  selectInteractions,
  writeSelection,
} from './pact-files.ts';
import { ProviderStates } from './provider-states.ts';
import { Seeder } from './seed.ts';
import { PROVIDER } from './states.ts';

/** Where Pact's Verifier sends state changes; requests there carry no token to replace. */
const STATE_SETUP_PATH = '/_pactSetup';

/**
 * How long one replayed request may take: above API Gateway's 30 s
 * integration limit, so a slow interaction fails on the stage's own answer
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-quotas.html).
 */
const REQUEST_TIMEOUT_MS = 60_000;

/** The pacts to verify come from a Pact Broker, and the results go back to it. */
export interface BrokerVerification {
  url: string;
  token?: string | undefined;
  username?: string | undefined;
  password?: string | undefined;
  providerVersion: string;
  providerBranch: string;
}

export interface VerifyOptions {
  target: Target;
  /** The pact files (default `contracts/pacts`); ignored with `broker`. */
  pactsDir?: string;
  /** Only interactions whose description contains this text. */
  only?: string | undefined;
  broker?: BrokerVerification | undefined;
  /** Scratch space for the pact copies a partial run verifies. */
  workDir: string;
}

export interface VerificationReport {
  target: Target;
  /** The pacts read, with how many of their interactions were selected. */
  pacts: Array<{ consumer: string; file: string; interactions: number; selected: number }>;
  verified: Array<InteractionRef & { ok: boolean }>;
  /** Interactions a deployed stage cannot be put in the state of, and why. */
  localOnly: Array<InteractionRef & { reason: string }>;
  /** Interactions left out by `only`. */
  notSelected: InteractionRef[];
  /** Selected interactions Pact reported no result for. */
  missing: InteractionRef[];
  /** Pact's own failure text, one entry per failed interaction. */
  failures: string[];
  /** Failures of pending pacts (broker runs): reported, not fatal. */
  pendingFailures: string[];
  ok: boolean;
}

/** Verifies the chat API's pacts against a running stage. */
export async function verifyProvider(options: VerifyOptions): Promise<VerificationReport> {
  doNotTrack();
  const { target } = options;
  const deployed = target.kind !== 'local';
  const pacts = options.broker ? [] : await readPacts(options.pactsDir ?? PACTS_DIR);
  if (!options.broker && pacts.length === 0) {
    throw new PactFileError(
      `no pact in ${options.pactsDir ?? PACTS_DIR} has ${PROVIDER} as its provider`,
    );
  }
  const problems = pactProblems(pacts);
  if (problems.length > 0) throw new PactFileError(problems.join('\n'));

  const { selected, localOnly, notSelected } = selectInteractions(pacts, {
    deployed,
    only: options.only,
  });
  if (!options.broker && selected.length === 0) {
    throw new PactFileError(`no interaction is left to verify (--interaction "${options.only}")`);
  }

  const scratch = join(options.workDir, `pacts-${process.pid}-${randomBytes(3).toString('hex')}`);
  const chosen = new Set(selected.map((entry) => entry.interaction));
  const pactUrls =
    selected.length === pacts.reduce((sum, pact) => sum + pact.interactions.length, 0)
      ? pacts.map((pact) => pact.path)
      : await writeSelection(pacts, (interaction) => chosen.has(interaction), scratch);

  const seeder = new Seeder(target);
  try {
    let users = 0;
    let other: Promise<ProvisionedUser> | undefined;
    const states = new ProviderStates({
      target,
      seeder,
      nextUser: () => provisionUser(target, `loopgauge-pact-${String(++users).padStart(3, '0')}-`),
      otherUser: () => {
        other ??= provisionUser(target, 'loopgauge-pact-other-');
        return other;
      },
      aiAttempts: getStage(target.stage).ai.maxRetries + 1,
    });
    const verifier = new Verifier({
      providerBaseUrl: target.apiUrl,
      ...(options.broker ? brokerOptions(options.broker) : { pactUrls }),
      stateHandlers: states.handlers(),
      requestFilter: (
        request: { path: string; headers: Record<string, unknown> },
        _response: unknown,
        next: (error?: unknown) => void,
      ) => {
        if (request.path === STATE_SETUP_PATH || request.headers.authorization === undefined)
          return next();
        const token = states.accessToken;
        if (!token)
          return next(new Error('a request with a token in an interaction without a state'));
        request.headers.authorization = `Bearer ${token}`;
        next();
      },
      timeout: REQUEST_TIMEOUT_MS,
      logLevel: 'warn',
    });
    const results = await verifier.verifyProvider().then(
      (json: unknown) => parseResults(json),
      (error: unknown) => parseResults(error instanceof Error ? error.message : error, error),
    );
    return report(options, pacts, selected, localOnly, notSelected, results);
  } finally {
    seeder.close();
    await rm(scratch, { recursive: true, force: true });
  }
}

/** One user of the target's pool, logged in just now (`<prefix>00001`, reused across runs). */
async function provisionUser(target: Target, prefix: string): Promise<ProvisionedUser> {
  const file = await provisionUsers(target, { count: 1, prefix, concurrency: 1 });
  const [user] = file.users;
  if (!user) throw new Error(`provisioning ${prefix}00001 returned no user`);
  return user;
}

function brokerOptions(broker: BrokerVerification) {
  return {
    pactBrokerUrl: broker.url,
    ...(broker.token ? { pactBrokerToken: broker.token } : {}),
    ...(broker.username ? { pactBrokerUsername: broker.username } : {}),
    ...(broker.password ? { pactBrokerPassword: broker.password } : {}),
    provider: PROVIDER,
    consumerVersionSelectors: [
      { mainBranch: true },
      { matchingBranch: true },
      { deployedOrReleased: true },
    ],
    enablePending: true,
    publishVerificationResult: true,
    providerVersion: broker.providerVersion,
    providerVersionBranch: broker.providerBranch,
  };
}

interface PactResults {
  result: boolean;
  interactionResults: Array<{ description: string; result: string }>;
  errors: Array<{ interaction: string; mismatch: unknown }>;
  pendingErrors: Array<{ interaction: string; mismatch: unknown }>;
}

/** Pact's JSON results (resolved on success, the error's message on failure), or the error itself. */
function parseResults(json: unknown, error?: unknown): PactResults {
  try {
    const parsed = JSON.parse(String(json)) as Partial<PactResults>;
    if (typeof parsed.result !== 'boolean') throw new Error('no result');
    return {
      result: parsed.result,
      interactionResults: parsed.interactionResults ?? [],
      errors: parsed.errors ?? [],
      pendingErrors: parsed.pendingErrors ?? [],
    };
  } catch {
    throw error instanceof Error ? error : new Error(`Pact's verifier failed: ${String(json)}`);
  }
}

function report(
  options: VerifyOptions,
  pacts: PactFile[],
  selected: Array<InteractionRef & { interaction: PactInteraction }>,
  localOnly: VerificationReport['localOnly'],
  notSelected: InteractionRef[],
  results: PactResults,
): VerificationReport {
  const failed = new Set(results.errors.map((error) => error.interaction));
  const waiting = [...selected];
  const verified: VerificationReport['verified'] = [];
  for (const result of results.interactionResults) {
    const index = waiting.findIndex((entry) => entry.description === result.description);
    const entry = index >= 0 ? waiting.splice(index, 1)[0] : undefined;
    verified.push({
      consumer: entry?.consumer ?? '',
      description: result.description,
      ok: result.result === 'OK',
    });
  }
  const missing = options.broker
    ? []
    : waiting.map(({ consumer, description }) => ({ consumer, description }));
  const failures = results.errors.map((error) => describeFailure(error));
  return {
    target: options.target,
    pacts: pacts.map((pact) => ({
      consumer: pact.consumer,
      file: pact.path,
      interactions: pact.interactions.length,
      selected: selected.filter((entry) => pact.interactions.includes(entry.interaction)).length,
    })),
    verified,
    localOnly,
    notSelected,
    missing,
    failures,
    pendingFailures: results.pendingErrors.map((error) => describeFailure(error)),
    ok: results.result && failed.size === 0 && missing.length === 0,
  };
}

/** One failed interaction: its name, then each mismatch on a line of its own. */
function describeFailure(error: { interaction: string; mismatch: unknown }): string {
  const mismatch = error.mismatch as
    | { mismatches?: Array<{ mismatch?: string; path?: string }>; message?: string }
    | undefined;
  const lines = (mismatch?.mismatches ?? []).map(
    (entry) => `${entry.path ? `${entry.path}: ` : ''}${entry.mismatch ?? JSON.stringify(entry)}`,
  );
  if (mismatch?.message) lines.push(mismatch.message);
  return [error.interaction, ...[...new Set(lines)].map((line) => `    ${line}`)].join('\n');
}
