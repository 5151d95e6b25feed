/** Where the repository is, and the CDK context that `cdk.json` gives the CLI. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT_URL = new URL('../../', import.meta.url);

/** The repository root (project root for bundling: `#…` imports and node_modules resolve from here). */
export const PROJECT_ROOT = fileURLToPath(ROOT_URL);

/** A file of the repository by its path from the root. */
export function repoPath(relative: string): string {
  return fileURLToPath(new URL(relative, ROOT_URL));
}

/**
 * The `context` of cdk.json (feature flags). The CLI passes it to the app;
 * apps built in-process (tests, the bundle benchmark) take it from here so
 * they synthesize exactly what `cdk synth` does.
 */
export function cdkJsonContext(): Record<string, unknown> {
  const path = repoPath('cdk.json');
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`cannot read ${path}: ${(error as Error).message}`, { cause: error });
  }
  const context = (parsed as { context?: unknown }).context;
  if (typeof context !== 'object' || context === null || Array.isArray(context)) {
    throw new Error(`${path} has no "context" object`);
  }
  return context as Record<string, unknown>;
}
