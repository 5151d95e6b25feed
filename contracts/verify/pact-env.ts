/**
 * Pact's native core reports anonymous usage events unless told not to
 * (https://docs.pact.io/telemetry); the harness runs it in CI and on machines
 * without a network, so it is told not to. A value the caller set is kept.
 */
export function doNotTrack(): void {
  process.env.PACT_DO_NOT_TRACK ??= 'true';
}
