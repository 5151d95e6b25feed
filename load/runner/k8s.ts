/**
 * A scenario as a distributed run on an existing Kubernetes cluster with the
 * k6-operator: a `TestRun` (`k6.io/v1alpha1`) of N runners, each given its
 * execution segment by the operator, the scenario bundled into one file in
 * a ConfigMap, the users file in a Secret, and a ReadWriteMany volume where
 * each runner writes its summary and samples into a folder named after its
 * pod. Fields follow the operator's CRD
 * (https://github.com/grafana/k6-operator/blob/main/docs/crd-generated.md).
 *
 * The manifests go to `.loopgauge/k8s/<run id>/` (the Secret holds tokens),
 * the run folder gets a `run.json` naming the files each runner will add.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { build } from 'esbuild';
import { getStage, WORKSPACE_DIR } from '#stages';
import { readTarget, type Target, TargetError, type UsersFile } from '#targets';
import { ENV_KEYS } from '../lib/config.ts';
import type { ProfileName, ScenarioName } from '../lib/scenarios.ts';
import {
  createRunFolder,
  describeTarget,
  gitState,
  LoadInputError,
  provisionRunUsers,
  scenarioFile,
} from './run.ts';
import { newRunRecord, RUN_FILES, RUNS_DIR } from './run-folder.ts';
import { executionSegments } from './segments.ts';

/** A ConfigMap holds at most 1 MiB (https://kubernetes.io/docs/concepts/configuration/configmap/). */
const CONFIGMAP_LIMIT_BYTES = 1_048_576;
const USERS_MOUNT = '/loopgauge/users';
const OUTPUT_MOUNT = '/loopgauge/out';
const SCRIPT_FILE = 'script.js';
/** The runners' image: the k6 release the scenarios are checked against (k6 v1.x). */
export const K6_IMAGE = { image: 'grafana/k6:1.3.0', version: 'k6 v1.3.0 (grafana/k6:1.3.0)' };

export interface TestRunOptions {
  scenario: ScenarioName;
  profile: ProfileName;
  target: { kind: 'file'; path: string; stack?: string };
  parallelism: number;
  runsDir?: string;
  workDir?: string;
  write?: (text: string) => void;
}

export interface TestRunManifests {
  /** ConfigMap (script), PersistentVolumeClaim (outputs), TestRun, as one `List`. */
  testRun: KubernetesList;
  /** The users file as a Secret. */
  secret: KubernetesObject;
}

export interface KubernetesObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels?: Record<string, string> };
  [field: string]: unknown;
}

export interface KubernetesList {
  apiVersion: 'v1';
  kind: 'List';
  items: KubernetesObject[];
}

/** The bundled scenario: one ES module importing only k6's own modules. */
export async function bundleScenario(scenario: ScenarioName): Promise<string> {
  const result = await build({
    entryPoints: [scenarioFile(scenario)],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2020',
    external: ['k6', 'k6/*'],
    write: false,
    logLevel: 'silent',
    legalComments: 'none',
  });
  const code = result.outputFiles[0]?.text ?? '';
  if (Buffer.byteLength(code) > CONFIGMAP_LIMIT_BYTES) {
    throw new Error(`the bundled ${scenario} scenario is over a ConfigMap's 1 MiB`);
  }
  return code;
}

export interface ManifestInput {
  name: string;
  scenario: ScenarioName;
  profile: ProfileName;
  target: Target;
  parallelism: number;
  script: string;
  users: UsersFile;
  image: string;
}

export function testRunManifests(input: ManifestInput): TestRunManifests {
  const labels = { 'app.kubernetes.io/part-of': 'loopgauge', 'loopgauge/run': input.name };
  const env: Record<string, string> = {
    [ENV_KEYS.apiUrl]: input.target.apiUrl,
    [ENV_KEYS.usersFile]: `${USERS_MOUNT}/users.json`,
    [ENV_KEYS.stage]: input.target.stage,
    [ENV_KEYS.profile]: input.profile,
    [ENV_KEYS.summaryFile]: `${OUTPUT_MOUNT}/summary.json`,
  };
  const configMap: KubernetesObject = {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: `${input.name}-script`, labels },
    data: { [SCRIPT_FILE]: input.script },
  };
  const claim: KubernetesObject = {
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: { name: `${input.name}-outputs`, labels },
    spec: { accessModes: ['ReadWriteMany'], resources: { requests: { storage: '1Gi' } } },
  };
  const testRun: KubernetesObject = {
    apiVersion: 'k6.io/v1alpha1',
    kind: 'TestRun',
    metadata: { name: input.name, labels },
    spec: {
      parallelism: input.parallelism,
      script: { configMap: { name: `${input.name}-script`, file: SCRIPT_FILE } },
      arguments: [
        ...Object.entries(env).map(([key, value]) => `-e ${key}=${value}`),
        `--out json=${OUTPUT_MOUNT}/samples.ndjson`,
      ].join(' '),
      separate: false,
      runner: {
        image: input.image,
        metadata: { labels },
        env: [{ name: 'POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } }],
        volumes: [
          { name: 'users', secret: { secretName: `${input.name}-users` } },
          { name: 'outputs', persistentVolumeClaim: { claimName: `${input.name}-outputs` } },
        ],
        volumeMounts: [
          { name: 'users', mountPath: USERS_MOUNT, readOnly: true },
          // Each runner writes into its own folder of the volume, named after its pod.
          { name: 'outputs', mountPath: OUTPUT_MOUNT, subPathExpr: '$(POD_NAME)' },
        ],
      },
    },
  };
  const secret: KubernetesObject = {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: `${input.name}-users`, labels },
    type: 'Opaque',
    stringData: { 'users.json': JSON.stringify(input.users) },
  };
  return {
    testRun: { apiVersion: 'v1', kind: 'List', items: [configMap, claim, testRun] },
    secret,
  };
}

/** Writes the manifests and the run folder's `run.json`; prints how to run and collect it. */
export async function writeTestRun(options: TestRunOptions): Promise<number> {
  const write = options.write ?? ((text: string) => process.stdout.write(text));
  let target: Target;
  try {
    target = await readTarget(options.target.path, options.target.stack);
  } catch (error) {
    if (error instanceof TargetError) throw new LoadInputError(error.message, { cause: error });
    throw error;
  }
  const stage = getStage(target.stage);
  if (stage.provider.kind !== 'mock') {
    throw new LoadInputError(
      `--k8s runs the mock-provider stages only; ${stage.name} calls ${stage.provider.kind}`,
    );
  }
  const startedAt = new Date();
  const folder = await createRunFolder(
    resolve(options.runsDir ?? RUNS_DIR),
    startedAt,
    options.scenario,
  );
  const id = basename(folder);
  const name = `loopgauge-${id.toLowerCase()}`.slice(0, 63).replace(/-+$/, '');
  const manifestsDir = join(resolve(options.workDir ?? WORKSPACE_DIR), 'k8s', id);
  const users = await provisionRunUsers(target, options.scenario, options.profile, id);
  const manifests = testRunManifests({
    name,
    scenario: options.scenario,
    profile: options.profile,
    target,
    parallelism: options.parallelism,
    script: await bundleScenario(options.scenario),
    users,
    image: K6_IMAGE.image,
  });
  await mkdir(manifestsDir, { recursive: true });
  await writeFile(
    join(manifestsDir, 'testrun.json'),
    `${JSON.stringify(manifests.testRun, null, 2)}\n`,
  );
  await writeFile(
    join(manifestsDir, 'users-secret.json'),
    `${JSON.stringify(manifests.secret, null, 2)}\n`,
    {
      mode: 0o600,
    },
  );
  const record = newRunRecord({
    id,
    scenario: options.scenario,
    profile: options.profile,
    target: describeTarget(target, options.target),
    stage,
    engine: { kind: 'k6', version: K6_IMAGE.version },
    execution: { mode: 'k8s', processes: options.parallelism },
    git: await gitState(),
    startedAt: startedAt.toISOString(),
    users: { count: users.users.length },
    processes: executionSegments(options.parallelism).map((segment, index) => ({
      index,
      executionSegment: segment?.segment ?? null,
      summary: `runner-${index + 1}/summary.json`,
      samples: `runner-${index + 1}/samples.ndjson`,
      exitCode: null,
    })),
  });
  await writeFile(join(folder, RUN_FILES.run), `${JSON.stringify(record, null, 2)}\n`);
  write(
    `wrote a k6-operator TestRun of ${options.parallelism} runners for ${options.scenario} (${options.profile}):\n` +
      `  ${join(manifestsDir, 'testrun.json')}       ConfigMap (the bundled scenario), PersistentVolumeClaim, TestRun\n` +
      `  ${join(manifestsDir, 'users-secret.json')}  Secret: the ${users.users.length} test users' tokens (keep it out of git and run folders)\n` +
      `  ${join(folder, RUN_FILES.run)}\n\n` +
      `kubectl apply -f ${join(manifestsDir, 'users-secret.json')} -f ${join(manifestsDir, 'testrun.json')}\n` +
      'then collect each runner\'s folder into the run folder as runner-<N>/ (see load/README.md, "Distributed runs").\n',
  );
  return 0;
}
