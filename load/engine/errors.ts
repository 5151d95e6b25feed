/**
 * Error classes with the process exit codes k6 uses for the same failures.
 * https://pkg.go.dev/go.k6.io/k6@v0.50.0/errext/exitcodes
 */
export const EXIT = {
  ok: 0,
  /**
   * A bad command line (unknown command or flag, bad flag value, no script):
   * k6 ends with `os.Exit(-1)`, which the shell sees as 255.
   * https://github.com/grafana/k6/blob/87883075ccd5e3d3fb961a860b3d6e422bbc353b/internal/cmd/root.go#L183-L187
   */
  usage: 255,
  /** one or more thresholds failed */
  thresholdsFailed: 99,
  setupTimeout: 100,
  teardownTimeout: 101,
  invalidConfig: 104,
  /** interrupted by a signal (Ctrl+C) */
  externalAbort: 105,
  /** uncaught exception in init, setup, teardown or handleSummary */
  scriptException: 107,
  /** `exec.test.abort()` */
  scriptAborted: 108,
  /** `exec.test.fail()` */
  markedAsFailed: 110,
} as const;

/** Bad options, flags or threshold definitions (k6 exit code 104). */
export class ConfigError extends Error {
  readonly exitCode: number = EXIT.invalidConfig;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ConfigError';
  }
}

/** The script could not be loaded or threw outside VU iterations (k6 exit code 107). */
export class ScriptError extends Error {
  readonly exitCode: number = EXIT.scriptException;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ScriptError';
  }
}

/** An API that k6 has but this engine does not provide (or cannot provide in Node). */
export class UnsupportedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsupportedError';
  }
}

/**
 * The script reached something the engine refuses (a blocking call where it
 * cannot wait, a runaway loop, an unsupported API): the run fails with k6's
 * script-error exit code 107 instead of passing.
 */
export class RefusedError extends Error {
  readonly exitCode: number = EXIT.scriptException;
  constructor(message: string) {
    super(message);
    this.name = 'RefusedError';
  }
}

/** Thrown into VU code by `exec.test.abort()`; ends the run with exit code 108. */
export class TestAbortError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TestAbortError';
  }
}

/** A `setup()` or `teardown()` that ran past its timeout (exit codes 100 / 101). */
export class LifecycleTimeoutError extends Error {
  readonly exitCode: number;
  constructor(stage: 'setup' | 'teardown', timeoutMs: number) {
    super(`${stage}() execution timed out after ${timeoutMs / 1000} seconds`);
    this.name = 'LifecycleTimeoutError';
    this.exitCode = stage === 'setup' ? EXIT.setupTimeout : EXIT.teardownTimeout;
  }
}

export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}
