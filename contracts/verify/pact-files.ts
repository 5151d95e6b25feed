/**
 * The pact files: which ones are the chat API's, what their interactions
 * need, copies holding only the interactions a run can verify, and whether
 * the committed files are the ones the consumer tests write now.
 */

import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import {
  LOCAL_ONLY_COMMENT,
  LOCAL_ONLY_STATES,
  PROVIDER,
  STATE_NAMES,
  stateKeyOf,
} from './states.ts';

/** Where the committed pacts live, relative to the repository root. */
export const PACTS_DIR = 'contracts/pacts';

export interface PactInteraction {
  description: string;
  providerStates?: Array<{ name: string; params?: Record<string, unknown> }>;
  comments?: Record<string, unknown>;
  pending?: boolean;
  [field: string]: unknown;
}

export interface PactFile {
  path: string;
  consumer: string;
  provider: string;
  interactions: PactInteraction[];
  document: Record<string, unknown>;
}

export class PactFileError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'PactFileError';
  }
}

/** Every pact file in `dir` whose provider is the chat API, by file name. */
export async function readPacts(dir: string): Promise<PactFile[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => name.endsWith('.json')).sort();
  } catch (cause) {
    throw new PactFileError(`cannot read the pact folder ${dir}`, { cause });
  }
  const pacts: PactFile[] = [];
  for (const name of names) {
    const pact = await readPact(join(dir, name));
    if (pact.provider === PROVIDER) pacts.push(pact);
  }
  return pacts;
}

export async function readPact(path: string): Promise<PactFile> {
  let document: Record<string, unknown>;
  try {
    document = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
  } catch (cause) {
    throw new PactFileError(`${path} is not a readable pact file`, { cause });
  }
  const name = (field: string) => (document[field] as { name?: unknown } | undefined)?.name;
  const interactions = document.interactions;
  if (typeof name('consumer') !== 'string' || typeof name('provider') !== 'string') {
    throw new PactFileError(`${path} names no consumer or provider`);
  }
  if (!Array.isArray(interactions)) throw new PactFileError(`${path} has no interactions`);
  return {
    path,
    consumer: name('consumer') as string,
    provider: name('provider') as string,
    interactions: interactions as PactInteraction[],
    document,
  };
}

/** Why an interaction can be verified on the local stage only, or undefined. */
export function localOnlyReason(interaction: PactInteraction): string | undefined {
  const reason = interaction.comments?.[LOCAL_ONLY_COMMENT];
  return typeof reason === 'string' ? reason : undefined;
}

/**
 * What is wrong with the pacts for this provider: more than one state on an
 * interaction (each state belongs to a user of its own), a pending
 * interaction, a state no handler sets up, or a local-only mark that does
 * not match the states (an interaction in a local-only state must say so,
 * so that a deployed run lists it).
 */
export function pactProblems(pacts: PactFile[]): string[] {
  const problems: string[] = [];
  for (const pact of pacts) {
    for (const interaction of pact.interactions) {
      const where = `${basename(pact.path)}: "${interaction.description}"`;
      if ((interaction.providerStates ?? []).length > 1) {
        problems.push(`${where} has several provider states; each interaction has one (or none)`);
      }
      if (interaction.pending === true) {
        problems.push(`${where} is pending: every interaction of a committed pact is verified`);
      }
      const keys = (interaction.providerStates ?? []).map((state) => {
        const key = stateKeyOf(state.name);
        if (!key) {
          problems.push(
            `${where} is in the state "${state.name}", which provider verification does not know (known: ${Object.values(STATE_NAMES).join('; ')})`,
          );
        }
        return key;
      });
      const needsLocal = keys.some((key) => key !== undefined && LOCAL_ONLY_STATES[key]);
      const marked = localOnlyReason(interaction) !== undefined;
      if (needsLocal !== marked) {
        problems.push(
          needsLocal
            ? `${where} needs the local stage but has no "${LOCAL_ONLY_COMMENT}" comment`
            : `${where} is marked "${LOCAL_ONLY_COMMENT}" but none of its states needs the local stage`,
        );
      }
    }
  }
  return problems;
}

export interface InteractionRef {
  consumer: string;
  description: string;
}

export interface Selection {
  selected: Array<InteractionRef & { interaction: PactInteraction }>;
  /** Interactions a deployed stage cannot be put in the state of, and why. */
  localOnly: Array<InteractionRef & { reason: string }>;
  /** Interactions left out by `only`. */
  notSelected: InteractionRef[];
}

/**
 * Which interactions a run verifies: on a deployed stage not the local-only
 * ones (listed with their reason), and with `only` those whose description
 * contains it.
 */
export function selectInteractions(
  pacts: PactFile[],
  options: { deployed: boolean; only?: string | undefined },
): Selection {
  const selection: Selection = { selected: [], localOnly: [], notSelected: [] };
  for (const pact of pacts) {
    for (const interaction of pact.interactions) {
      const ref = { consumer: pact.consumer, description: interaction.description };
      const reason = localOnlyReason(interaction);
      if (options.deployed && reason) selection.localOnly.push({ ...ref, reason });
      else if (options.only !== undefined && !interaction.description.includes(options.only))
        selection.notSelected.push(ref);
      else selection.selected.push({ ...ref, interaction });
    }
  }
  return selection;
}

/**
 * Copies of the pacts holding only the interactions `keep` accepts, written
 * to `dir`; pacts left with none are dropped. Returns the copies' paths.
 */
export async function writeSelection(
  pacts: PactFile[],
  keep: (interaction: PactInteraction, pact: PactFile) => boolean,
  dir: string,
): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const paths: string[] = [];
  for (const pact of pacts) {
    const interactions = pact.interactions.filter((interaction) => keep(interaction, pact));
    if (interactions.length === 0) continue;
    const path = join(dir, basename(pact.path));
    await writeFile(path, `${JSON.stringify({ ...pact.document, interactions }, null, 2)}\n`);
    paths.push(path);
  }
  return paths;
}

/**
 * Differences between the pacts the consumer tests just wrote (`fresh`) and
 * the committed ones: a file missing on either side, or one whose content
 * differs. Empty when the committed files are current.
 */
export async function stalePacts(fresh: string, committed: string): Promise<string[]> {
  const [written, kept] = await Promise.all([readPacts(fresh), readPacts(committed)]);
  const keptByName = new Map(kept.map((pact) => [basename(pact.path), pact]));
  const problems: string[] = [];
  for (const pact of written) {
    const name = basename(pact.path);
    const old = keptByName.get(name);
    keptByName.delete(name);
    if (!old) problems.push(`${name} is new: it is not in ${committed}`);
    else if (!isDeepStrictEqual(old.document, pact.document)) {
      const changed = changedInteractions(old, pact);
      problems.push(
        `${name} differs from the consumer tests' pact${changed.length > 0 ? ` (${changed.join('; ')})` : ' (metadata)'}`,
      );
    }
  }
  for (const name of keptByName.keys()) {
    problems.push(`${name} is no longer written by any consumer test`);
  }
  return problems;
}

function changedInteractions(old: PactFile, fresh: PactFile): string[] {
  const before = new Map(old.interactions.map((i) => [i.description, i]));
  const changes: string[] = [];
  for (const interaction of fresh.interactions) {
    const previous = before.get(interaction.description);
    before.delete(interaction.description);
    if (!previous) changes.push(`added "${interaction.description}"`);
    else if (!isDeepStrictEqual(previous, interaction))
      changes.push(`changed "${interaction.description}"`);
  }
  for (const description of before.keys()) changes.push(`removed "${description}"`);
  return changes;
}
