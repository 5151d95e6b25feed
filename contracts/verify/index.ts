/**
 * Pact tooling on the Node side: what consumer tests share, provider
 * verification against a running stage, the pact files, and the broker.
 * (`#contracts` stays free of Node; this entry is not for k6 or browsers.)
 */
export {
  type BrokerSettings,
  BrokerSetupError,
  brokerFromEnv,
  type GitVersion,
  gitVersion,
  publishArgs,
  runPactBroker,
  uncommitted,
} from './broker.ts';
export { consumerPact, interaction, match, pactFileName } from './consumer.ts';
export {
  type InteractionRef,
  localOnlyReason,
  PACTS_DIR,
  type PactFile,
  PactFileError,
  pactProblems,
  readPacts,
  type Selection,
  selectInteractions,
  stalePacts,
} from './pact-files.ts';
export { openingMessage } from './seed.ts';
export {
  type AiFailure,
  CONSUMERS,
  LOCAL_ONLY_COMMENT,
  LOCAL_ONLY_STATES,
  PROVIDER,
  type ProviderState,
  STATE_NAMES,
  type StateKey,
  type StateParams,
  state,
} from './states.ts';
export {
  type BrokerVerification,
  type VerificationReport,
  type VerifyOptions,
  verifyProvider,
} from './verify.ts';
