// The part of eslint-scope's API the blocking-call rewrite uses (the package ships no types).
declare module 'eslint-scope' {
  import type { Identifier, Node } from 'estree';

  export interface Definition {
    type:
      | 'CatchClause'
      | 'ClassName'
      | 'FunctionName'
      | 'ImplicitGlobalVariable'
      | 'ImportBinding'
      | 'Parameter'
      | 'TDZ'
      | 'Variable';
    name: Identifier;
    node: Node;
    parent: Node | null;
  }

  export interface Variable {
    name: string;
    defs: Definition[];
    references: Reference[];
  }

  export interface Reference {
    identifier: Identifier;
    resolved: Variable | null;
    init?: boolean;
    isWrite(): boolean;
    isRead(): boolean;
  }

  export interface Scope {
    type: string;
    references: Reference[];
    variables: Variable[];
    childScopes: Scope[];
  }

  export interface ScopeManager {
    scopes: Scope[];
  }

  export function analyze(
    ast: Node,
    options?: {
      ecmaVersion?: number;
      sourceType?: 'script' | 'module';
      impliedStrict?: boolean;
      nodejsScope?: boolean;
    },
  ): ScopeManager;
}
