/**
 * The part of the mock provider that k6 scripts (and the stage definitions
 * they load) can import: plain data and pure functions, no Node built-ins.
 */
export {
  DIRECTIVE_KEYS,
  type Directives,
  FAULT_KINDS,
  type FaultKind,
  formatDirectives,
  parseDirectives,
} from './directives.ts';
export { BUILTIN_PROFILE_NAMES, type BuiltinProfileName } from './profiles.ts';
