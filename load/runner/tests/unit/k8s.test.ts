import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import type { Target } from '#targets';
import { bundleScenario, K6_IMAGE, testRunManifests } from '../../k8s.ts';

const schema = JSON.parse(
  readFileSync(new URL('../../k6-operator-testrun.schema.json', import.meta.url), 'utf8'),
) as object;
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

const target: Target = {
  kind: 'deployed',
  stage: 'test',
  apiUrl: 'https://abc123.execute-api.eu-west-1.amazonaws.com',
  region: 'eu-west-1',
  userPoolId: 'eu-west-1_abc',
  userPoolClientId: 'client',
  tableName: 'loopgauge-test-chats',
  functionNames: { get_chats: 'a', get_chat: 'b', send_message: 'c' },
  mockProviderUrl: 'https://mock.lambda-url.eu-west-1.on.aws/',
};

function manifests(parallelism = 4) {
  return testRunManifests({
    name: 'loopgauge-20260104t101112z-throttle',
    scenario: 'throttle',
    profile: 'full',
    target,
    parallelism,
    script: 'export default function () {}',
    users: { apiUrl: target.apiUrl, createdAt: '', expiresAt: '', users: [] },
    image: K6_IMAGE.image,
  });
}

describe('the k6-operator TestRun', () => {
  it('validates against the TestRun CRD schema', () => {
    const testRun = manifests().testRun.items.find((item) => item.kind === 'TestRun');
    expect(validate(testRun), JSON.stringify(validate.errors)).toBe(true);
    expect(testRun).toMatchObject({ apiVersion: 'k6.io/v1alpha1', spec: { parallelism: 4 } });
  });

  it('fails validation without its parallelism, or with a field the CRD lacks', () => {
    const testRun = manifests().testRun.items.find(
      (item) => item.kind === 'TestRun',
    ) as unknown as {
      spec: Record<string, unknown>;
    };
    const { parallelism: _, ...withoutParallelism } = testRun.spec;
    expect(validate({ ...testRun, spec: withoutParallelism })).toBe(false);
    expect(validate({ ...testRun, spec: { ...testRun.spec, replicas: 4 } })).toBe(false);
  });

  it('puts the script in the ConfigMap the TestRun names, the tokens in a Secret', () => {
    const { testRun, secret } = manifests();
    const [configMap, claim, run] = testRun.items as unknown as Array<{
      metadata: { name: string };
      data: Record<string, string>;
      spec: { script: { configMap: unknown }; runner: { volumes: unknown[] }; arguments: string };
    }>;
    expect(run?.spec.script.configMap).toEqual({
      name: configMap?.metadata.name,
      file: 'script.js',
    });
    expect(Object.keys(configMap?.data ?? {})).toEqual(['script.js']);
    expect(run?.spec.runner.volumes).toContainEqual({
      name: 'outputs',
      persistentVolumeClaim: { claimName: claim?.metadata.name },
    });
    expect(secret.kind).toBe('Secret');
    expect(JSON.stringify(testRun)).not.toContain('accessToken');
    expect(run?.spec.arguments).toContain(`-e API_URL=${target.apiUrl}`);
    expect(run?.spec.arguments).toContain('--out json=/loopgauge/out/samples.ndjson');
  });

  it('bundles a scenario into one module that imports only k6', async () => {
    const code = await bundleScenario('smoke');
    const imports = [...code.matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1]);
    expect(imports.length).toBeGreaterThan(0);
    for (const name of imports) expect(name).toMatch(/^k6(\/|$)/);
    expect(code).toContain('export {');
  });
});
