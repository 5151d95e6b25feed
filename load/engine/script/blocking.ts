/**
 * The blocking API for a single-threaded engine: the bundled script is
 * rewritten so that every function that may reach a blocking k6 call
 * (`http.get`, `http.batch`, `sleep`, `res.submitForm`, …) can pause there.
 *
 * Such a function keeps its name and place; its body becomes a generator
 * that yields each call which may block:
 *
 *   function login(u) { const r = http.post(url, u); return r.json('token'); }
 * becomes
 *   function login() { return __k6run(this, arguments, function* (u) {
 *     const r = (yield __k6om(http_default, "post")(url, u)); return r.json('token'); }); }
 *
 * The runtime (runtime.ts) drives the generator: a yielded call runs at once
 * unless it really blocks, in which case the VU waits for it without holding
 * the event loop. Called by native code (a sort comparator, a JSON reviver),
 * the same function runs synchronously, so over-marking never changes a
 * result; a blocking call reached there is refused by the runtime.
 *
 * Which calls may block is decided by a whole-bundle analysis over resolved
 * bindings (eslint-scope): direct calls of blocking k6 functions and of
 * script functions that contain such calls, methods whose name holds a
 * blocking function somewhere, callbacks given to array methods, group(),
 * check(), call/apply/bind, and, once a blocking function escapes into an
 * untracked place, any call whose callee is not a known function.
 * Constructs that cannot wait (getters, setters, constructors, generators,
 * default parameter values, class field initialisers) are load-time errors
 * naming the line.
 *
 * Every loop body and function body also gets a guard call (`__k6g()`) that
 * lets the engine stop a runaway loop.
 */
import { parse } from 'acorn';
import { analyze, type Reference, type Variable } from 'eslint-scope';
import type {
  ArrowFunctionExpression,
  CallExpression,
  Expression,
  FunctionDeclaration,
  FunctionExpression,
  Identifier,
  MemberExpression,
  Node,
  Program,
} from 'estree';
import MagicString, { type SourceMap } from 'magic-string';
import { CALLBACK_METHODS } from './callback-methods.ts';

type FunctionNode = FunctionDeclaration | FunctionExpression | ArrowFunctionExpression;
type Positioned<T> = T & { start: number; end: number };

/** Blocking functions of each k6 module (the calls a VU must wait for). */
const BLOCKING_EXPORTS: Record<string, ReadonlySet<string>> = {
  'k6/http': new Set(['get', 'post', 'put', 'del', 'patch', 'head', 'options', 'request', 'batch']),
  k6: new Set(['sleep']),
};

/** k6 functions that call a callback the VU may have to wait in. */
const CALLBACK_EXPORTS: Record<string, ReadonlySet<string>> = {
  k6: new Set(['group', 'check']),
};

/** Methods of k6 objects that block (Response.submitForm / clickLink send a request). */
const BLOCKING_METHODS = ['submitForm', 'clickLink'];

export interface RewriteResult {
  code: string;
  map: SourceMap;
  /** Constructs the rewrite cannot handle, with the bundle offset of each. */
  errors: { message: string; offset: number }[];
}

interface FnInfo {
  node: Positioned<FunctionNode>;
  calls: Positioned<CallExpression>[];
  blocking: boolean;
  /** Why this function cannot become a waiting one, if it cannot. */
  unfit: string | undefined;
}

/** A pseudo-function for class field initialisers and static blocks: never able to wait. */
interface Unfit {
  calls: Positioned<CallExpression>[];
  reason: string;
}

class Analysis {
  readonly parents = new Map<Node, Node>();
  readonly refs = new Map<Identifier, Reference>();
  /** Declared names (function and variable ids) → their variable. */
  readonly declared = new Map<Identifier, Variable>();
  readonly fns = new Map<Node, FnInfo>();
  readonly unfitBlocks: Unfit[] = [];
  readonly topLevelCalls: Positioned<CallExpression>[] = [];
  readonly loops: Positioned<Node & { body: Positioned<Node> }>[] = [];
  /** `var m = __k6require("k6/http")` → module name. */
  readonly moduleVars = new Map<Variable, string>();
  /** `var http_default = m.default` → module name. */
  readonly moduleObjects = new Map<Variable, string>();
  /** `var get = m.get` → module and export. */
  readonly memberVars = new Map<Variable, { mod: string; name: string }>();
  readonly blockingVars = new Set<Variable>();
  readonly blockingProps = new Set<string>(BLOCKING_METHODS);
  escaped = false;

  constructor(readonly program: Program) {
    const manager = analyze(program, {
      ecmaVersion: 2022,
      sourceType: 'script',
      nodejsScope: true,
    });
    for (const scope of manager.scopes) {
      for (const ref of scope.references) this.refs.set(ref.identifier, ref);
      for (const v of scope.variables) for (const d of v.defs) this.declared.set(d.name, v);
    }
    this.#walk(program, undefined, undefined);
    this.#findModules(manager.scopes.flatMap((s) => s.variables));
  }

  #walk(node: Node, parent: Node | undefined, owner: FnInfo | Unfit | undefined): void {
    if (parent) this.parents.set(node, parent);
    let inner = owner;
    if (
      node.type === 'FunctionDeclaration' ||
      node.type === 'FunctionExpression' ||
      node.type === 'ArrowFunctionExpression'
    ) {
      const info: FnInfo = {
        node: node as Positioned<FunctionNode>,
        calls: [],
        blocking: false,
        unfit: undefined,
      };
      this.fns.set(node, info);
      inner = info;
    } else if (node.type === 'StaticBlock') {
      inner = { calls: [], reason: 'a class static block' };
      this.unfitBlocks.push(inner);
    } else if (node.type === 'CallExpression') {
      const call = node as Positioned<CallExpression>;
      if (owner) owner.calls.push(call);
      else this.topLevelCalls.push(call);
    } else if (
      node.type === 'ForStatement' ||
      node.type === 'WhileStatement' ||
      node.type === 'DoWhileStatement' ||
      node.type === 'ForInStatement' ||
      node.type === 'ForOfStatement'
    ) {
      this.loops.push(node as Positioned<Node & { body: Positioned<Node> }>);
    }
    for (const key of Object.keys(node)) {
      if (key === 'parent') continue;
      const value = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(value)) {
        for (const child of value) {
          if (isNode(child)) this.#walk(child, node, this.#ownerFor(node, key, child, inner));
        }
      } else if (isNode(value)) {
        this.#walk(value, node, this.#ownerFor(node, key, value, inner));
      }
    }
  }

  /** Class field initialisers run at construction: calls in them can never wait. */
  #ownerFor(
    node: Node,
    key: string,
    _child: Node,
    owner: FnInfo | Unfit | undefined,
  ): FnInfo | Unfit | undefined {
    if (node.type === 'PropertyDefinition' && key === 'value') {
      const unfit = { calls: [], reason: 'a class field initialiser' };
      this.unfitBlocks.push(unfit);
      return unfit;
    }
    return owner;
  }

  #findModules(variables: Variable[]): void {
    for (const v of variables) {
      const def = v.defs[0];
      if (v.defs.length !== 1 || def?.type !== 'Variable') continue;
      const init = (def.node as { init?: Expression | null }).init;
      if (
        init?.type === 'CallExpression' &&
        init.callee.type === 'Identifier' &&
        init.callee.name === '__k6require' &&
        init.arguments[0]?.type === 'Literal' &&
        typeof init.arguments[0].value === 'string'
      ) {
        this.moduleVars.set(v, init.arguments[0].value);
      }
    }
    for (const v of variables) {
      const def = v.defs[0];
      if (v.defs.length !== 1 || def?.type !== 'Variable') continue;
      const init = (def.node as { init?: Expression | null }).init;
      if (init?.type !== 'MemberExpression' || init.object.type !== 'Identifier') continue;
      const mod = this.moduleVars.get(this.resolve(init.object) as Variable);
      const name = propertyName(init);
      if (mod === undefined || name === undefined) continue;
      if (name === 'default') this.moduleObjects.set(v, mod);
      else this.memberVars.set(v, { mod, name });
    }
  }

  resolve(id: Identifier): Variable | undefined {
    return this.refs.get(id)?.resolved ?? undefined;
  }

  /** The function a variable always holds, when it is a function declaration or a const/let bound once to one. */
  functionOf(v: Variable): FnInfo | undefined {
    if (v.defs.length !== 1) return undefined;
    const def = v.defs[0];
    if (def?.type === 'FunctionName') return this.fns.get(def.node);
    if (def?.type !== 'Variable') return undefined;
    const writes = v.references.filter((r) => r.isWrite());
    if (writes.length !== 1) return undefined;
    const init = (def.node as { init?: Node | null }).init;
    return init ? this.fns.get(init) : undefined;
  }

  /** True for a variable of the script whose value the analysis does not know. */
  #unknownVar(v: Variable): boolean {
    return !this.memberVars.has(v) && !this.moduleObjects.has(v) && !this.functionOf(v);
  }

  valueMayBlock(node: Node): boolean {
    switch (node.type) {
      case 'FunctionExpression':
      case 'ArrowFunctionExpression':
        return this.fns.get(node)?.blocking === true;
      case 'Identifier': {
        const v = this.resolve(node);
        if (!v) return false;
        if (this.blockingVars.has(v)) return true;
        const member = this.memberVars.get(v);
        if (member) return BLOCKING_EXPORTS[member.mod]?.has(member.name) === true;
        return this.escaped && this.#unknownVar(v);
      }
      case 'MemberExpression': {
        const name = propertyName(node);
        if (node.object.type === 'Identifier') {
          const v = this.resolve(node.object);
          const mod = v && this.moduleObjects.get(v);
          if (mod !== undefined)
            return name !== undefined && BLOCKING_EXPORTS[mod]?.has(name) === true;
        }
        return name === undefined ? this.escaped : this.blockingProps.has(name);
      }
      case 'CallExpression':
        if (node.callee.type === 'MemberExpression' && propertyName(node.callee) === 'bind') {
          return this.valueMayBlock(node.callee.object);
        }
        return this.escaped;
      default:
        return false;
    }
  }

  #moduleCallMayBlock(mod: string, name: string, call: CallExpression): boolean {
    if (BLOCKING_EXPORTS[mod]?.has(name)) return true;
    if (!CALLBACK_EXPORTS[mod]?.has(name)) return false;
    if (name === 'group') {
      const fn = call.arguments[1];
      return fn !== undefined && this.valueMayBlock(fn);
    }
    const sets = call.arguments[1];
    if (sets?.type !== 'ObjectExpression') return false;
    return sets.properties.some((p) => p.type === 'Property' && this.valueMayBlock(p.value));
  }

  /** Whether this call may block, so it must become a yield. */
  callMayBlock(call: CallExpression): boolean {
    const callee = call.callee;
    if (callee.type === 'Super') return false;
    if (callee.type === 'Identifier') {
      const v = this.resolve(callee);
      if (!v) return false;
      const member = this.memberVars.get(v);
      if (member) return this.#moduleCallMayBlock(member.mod, member.name, call);
      const fn = this.functionOf(v);
      if (fn) return fn.blocking;
      return this.blockingVars.has(v) || this.escaped;
    }
    if (callee.type === 'MemberExpression') {
      const name = propertyName(callee);
      if (callee.object.type === 'Identifier') {
        const v = this.resolve(callee.object);
        const mod = v && this.moduleObjects.get(v);
        if (mod !== undefined)
          return name !== undefined && this.#moduleCallMayBlock(mod, name, call);
      }
      if (name === undefined) return this.escaped;
      if (this.blockingProps.has(name)) return true;
      if (name === 'call' || name === 'apply') return this.valueMayBlock(callee.object);
      if (CALLBACK_METHODS.has(name)) return call.arguments.some((a) => this.valueMayBlock(a));
      return false;
    }
    return this.escaped;
  }

  /** Follows where a blocking value goes; records properties, aliases and escapes. */
  track(node: Node): void {
    const parent = this.parents.get(node);
    if (!parent) return;
    switch (parent.type) {
      case 'CallExpression':
        if (parent.callee === node) return;
        if (this.callMayBlock(parent) || this.#isExportGetter(parent)) return;
        this.#escape();
        return;
      case 'MemberExpression':
        if (parent.object === node && propertyName(parent) === 'bind') {
          const bindCall = this.parents.get(parent);
          if (bindCall) this.track(bindCall);
        }
        return;
      case 'VariableDeclarator':
        if (parent.init !== node) return;
        if (parent.id.type === 'Identifier') this.#alias(parent.id);
        else this.#escape();
        return;
      case 'AssignmentExpression':
        if (parent.right !== node) return;
        if (parent.left.type === 'Identifier') this.#alias(parent.left);
        else if (parent.left.type === 'MemberExpression') this.#prop(propertyName(parent.left));
        else this.#escape();
        return;
      case 'Property':
        if (parent.value === node) this.#prop(parent.computed ? undefined : keyName(parent.key));
        return;
      case 'MethodDefinition':
        this.#prop(parent.computed ? undefined : keyName(parent.key));
        return;
      case 'ConditionalExpression':
      case 'LogicalExpression':
      case 'SequenceExpression':
      case 'ChainExpression':
        this.track(parent);
        return;
      case 'ExpressionStatement':
      case 'UnaryExpression':
      case 'BinaryExpression':
      case 'IfStatement':
        return;
      case 'ArrowFunctionExpression':
        if (parent.body === node && this.#isExportGetterArrow(parent)) return;
        this.#escape();
        return;
      default:
        this.#escape();
    }
  }

  /** esbuild's `__export(target, { name: () => value })` getters. */
  #isExportGetter(call: CallExpression): boolean {
    return call.callee.type === 'Identifier' && call.callee.name === '__export';
  }

  #isExportGetterArrow(arrow: Node): boolean {
    const prop = this.parents.get(arrow);
    const obj = prop && this.parents.get(prop);
    const call = obj && this.parents.get(obj);
    return call?.type === 'CallExpression' && this.#isExportGetter(call);
  }

  #alias(id: Identifier): void {
    const v = this.resolve(id);
    if (v) this.blockingVars.add(v);
    else this.#escape();
  }

  #prop(name: string | undefined): void {
    if (name === undefined) this.#escape();
    else this.blockingProps.add(name);
  }

  #escape(): void {
    this.escaped = true;
  }

  /** Marks blocking functions until nothing changes. */
  solve(): void {
    for (;;) {
      const before = this.#stateSize();
      for (const fn of this.fns.values()) {
        if (!fn.blocking && fn.calls.some((c) => this.callMayBlock(c))) {
          fn.blocking = true;
          if (fn.node.type === 'FunctionDeclaration' && fn.node.id) {
            const v = this.declared.get(fn.node.id);
            if (v) this.blockingVars.add(v);
          }
        }
      }
      for (const fn of this.fns.values()) {
        if (fn.blocking && fn.node.type !== 'FunctionDeclaration') this.track(fn.node);
      }
      for (const v of [...this.blockingVars]) {
        for (const ref of v.references) {
          if (ref.isRead()) this.track(ref.identifier);
        }
      }
      for (const [v, member] of this.memberVars) {
        if (!BLOCKING_EXPORTS[member.mod]?.has(member.name)) continue;
        for (const ref of v.references) if (ref.isRead()) this.track(ref.identifier);
      }
      if (this.#stateSize() === before) return;
    }
  }

  #stateSize(): string {
    let blocking = 0;
    for (const fn of this.fns.values()) if (fn.blocking) blocking++;
    return `${blocking}/${this.blockingVars.size}/${this.blockingProps.size}/${this.escaped}`;
  }
}

function isNode(value: unknown): value is Node {
  return (
    value !== null &&
    typeof value === 'object' &&
    typeof (value as { type?: unknown }).type === 'string'
  );
}

function keyName(key: Node): string | undefined {
  if (key.type === 'Identifier') return key.name;
  if (key.type === 'Literal' && (typeof key.value === 'string' || typeof key.value === 'number'))
    return String(key.value);
  return undefined;
}

function propertyName(member: MemberExpression): string | undefined {
  if (!member.computed)
    return member.property.type === 'Identifier' ? member.property.name : undefined;
  return member.property.type === 'Literal' && typeof member.property.value === 'string'
    ? member.property.value
    : undefined;
}

/** Why a blocking function cannot be turned into a waiting one; undefined when it can. */
function unfitReason(fn: FnInfo, parent: Node | undefined): string | undefined {
  const node = fn.node;
  if (node.generator) return 'a generator function';
  if (parent?.type === 'Property' && (parent.kind === 'get' || parent.kind === 'set'))
    return `a ${parent.kind}ter`;
  if (parent?.type === 'MethodDefinition') {
    if (parent.kind === 'get' || parent.kind === 'set') return `a ${parent.kind}ter`;
    if (parent.kind === 'constructor') return 'a class constructor';
    if (parent.computed || parent.key.type === 'PrivateIdentifier')
      return 'a method with a computed or private name';
  }
  const paramsEnd =
    node.params.length > 0 ? (node.params.at(-1) as Positioned<Node>).end : node.start;
  if (fn.calls.some((c) => c.start < paramsEnd)) return 'a default parameter value';
  if (usesKeyword(node.body, 'Super')) return 'a method that uses super';
  if (usesKeyword(node.body, 'MetaProperty')) return 'a function that uses new.target';
  if (node.type === 'ArrowFunctionExpression' && usesArguments(node.body))
    return 'an arrow function that uses arguments';
  return undefined;
}

/** Whether `kind` occurs in the body, not counting nested non-arrow functions. */
function usesKeyword(node: Node, kind: 'Super' | 'MetaProperty'): boolean {
  let found = false;
  visit(node, (n) => {
    if (n.type === kind) found = true;
    return n.type !== 'FunctionExpression' && n.type !== 'FunctionDeclaration';
  });
  return found;
}

function usesArguments(node: Node): boolean {
  let found = false;
  visit(node, (n) => {
    if (n.type === 'Identifier' && n.name === 'arguments') found = true;
    return n.type !== 'FunctionExpression' && n.type !== 'FunctionDeclaration';
  });
  return found;
}

function visit(node: Node, enter: (n: Node) => boolean): void {
  if (!enter(node)) return;
  for (const key of Object.keys(node)) {
    const value = (node as unknown as Record<string, unknown>)[key];
    if (Array.isArray(value)) {
      for (const child of value) if (isNode(child)) visit(child, enter);
    } else if (isNode(value)) visit(value, enter);
  }
}

/** Rewrites the bundle so blocking calls can wait; see the file header. */
export function rewriteBlocking(code: string, sourceName: string): RewriteResult {
  const program = parse(code, {
    ecmaVersion: 'latest',
    sourceType: 'script',
    ranges: true,
  }) as unknown as Program;
  const a = new Analysis(program);
  a.solve();
  const s = new MagicString(code);
  const errors: RewriteResult['errors'] = [];

  const blockingFns = [...a.fns.values()].filter((f) => f.blocking);
  for (const fn of blockingFns) {
    fn.unfit = unfitReason(fn, a.parents.get(fn.node));
    if (fn.unfit) {
      const call = fn.calls.find((c) => a.callMayBlock(c));
      errors.push({
        message: `a call that may block (${describeCall(call, code)}) is in ${fn.unfit}, where the engine cannot wait for it`,
        offset: call?.start ?? fn.node.start,
      });
    }
  }
  for (const block of a.unfitBlocks) {
    const call = block.calls.find((c) => a.callMayBlock(c));
    if (call) {
      errors.push({
        message: `a call that may block (${describeCall(call, code)}) is in ${block.reason}, where the engine cannot wait for it`,
        offset: call.start,
      });
    }
  }
  if (errors.length > 0)
    return { code, map: s.generateMap({ hires: true, source: sourceName }), errors };

  // Edits are applied children first: openings use prependLeft (a later call
  // lands in front), closings appendLeft (a later call lands behind), so each
  // node's code wraps the code of the nodes inside it.
  const yieldCalls = new Set(
    blockingFns.flatMap((fn) => fn.calls.filter((c) => a.callMayBlock(c))),
  );
  const loops = new Set<Node>(a.loops);
  postOrder(program, (node) => {
    if (node.type === 'CallExpression' && yieldCalls.has(node as Positioned<CallExpression>)) {
      rewriteCall(s, node as Positioned<CallExpression>, a.parents.get(node), code);
    } else if (loops.has(node)) {
      guardLoop(s, (node as unknown as { body: Positioned<Node> }).body);
    } else {
      const fn = a.fns.get(node);
      if (!fn) return;
      guardFunction(s, fn.node);
      if (fn.blocking) rewriteFunction(s, fn.node, a.parents.get(fn.node), a, code);
    }
  });
  return { code: s.toString(), map: s.generateMap({ hires: true, source: sourceName }), errors };
}

function postOrder(node: Node, leave: (n: Node) => void): void {
  for (const key of Object.keys(node)) {
    const value = (node as unknown as Record<string, unknown>)[key];
    if (Array.isArray(value)) {
      for (const child of value) if (isNode(child)) postOrder(child, leave);
    } else if (isNode(value)) postOrder(value, leave);
  }
  leave(node);
}

function describeCall(call: CallExpression | undefined, code: string): string {
  if (!call) return 'a call';
  const callee = call.callee as Positioned<Node>;
  return `${code.slice(callee.start, callee.end)}()`;
}

function guardLoop(s: MagicString, body: Positioned<Node>): void {
  if (body.type === 'BlockStatement') s.appendLeft(body.start + 1, '__k6g();');
  else {
    s.prependLeft(body.start, '{__k6g();');
    s.appendLeft(body.end, '}');
  }
}

function guardFunction(s: MagicString, fn: Positioned<FunctionNode>): void {
  const body = fn.body as Positioned<Node>;
  if (body.type === 'BlockStatement') s.appendLeft(body.start + 1, '__k6g();');
  else {
    s.prependLeft(body.start, '(__k6g(), ');
    s.appendLeft(body.end, ')');
  }
}

/** `f(a)` → `(yield __k6o(f)(a))`; `o.p(a)` → `(yield __k6om(o, "p")(a))`. */
function rewriteCall(
  s: MagicString,
  call: Positioned<CallExpression>,
  parent: Node | undefined,
  code: string,
): void {
  const callee = call.callee as Positioned<Node>;
  const isOptional = (call as { optional?: boolean }).optional === true;
  const optional = isOptional || parent?.type === 'ChainExpression' ? ', 1' : '';
  if (callee.type === 'MemberExpression') {
    const object = callee.object as Positioned<Node>;
    const property = callee.property as Positioned<Node>;
    s.prependLeft(call.start, '(yield __k6om(');
    if (callee.computed) {
      const close = code.indexOf(']', property.end);
      s.overwrite(object.end, property.start, ', ');
      s.overwrite(property.end, close + 1, `${optional})`);
    } else {
      s.overwrite(
        object.end,
        property.end,
        `, ${JSON.stringify((property as Identifier).name)}${optional})`,
      );
    }
  } else {
    s.prependLeft(call.start, '(yield __k6o(');
    s.appendLeft(callee.end, `${optional})`);
  }
  if (isOptional) {
    const q = code.indexOf('?.', callee.end);
    if (q >= 0 && q < call.end) s.remove(q, q + 2);
  }
  s.appendLeft(call.end, ')');
}

function rewriteFunction(
  s: MagicString,
  fn: Positioned<FunctionNode>,
  parent: Node | undefined,
  a: Analysis,
  code: string,
): void {
  const isAsync = fn.async;
  const run = isAsync ? '__k6runAsync' : '__k6run';
  const gen = isAsync ? 'async function* ' : 'function* ';
  const body = fn.body as Positioned<Node>;
  if (fn.type === 'ArrowFunctionExpression') {
    const paramsStart = fn.params.length > 0 ? (fn.params[0] as Positioned<Node>).start : fn.start;
    if (isAsync) removeAsync(s, code, fn.start);
    const arrow = code.indexOf(
      '=>',
      fn.params.length > 0 ? (fn.params.at(-1) as Positioned<Node>).end : fn.start,
    );
    const parenthesised =
      code.slice(isAsync ? fn.start + 5 : fn.start, paramsStart).includes('(') ||
      fn.params.length === 0;
    if (!parenthesised) {
      s.prependLeft(paramsStart, '(');
      s.appendLeft((fn.params[0] as Positioned<Node>).end, ')');
    }
    s.prependLeft(fn.start, `__k6mark((...__k6a) => ${run}(this, __k6a, ${gen}`);
    s.overwrite(arrow, arrow + 2, ' ');
    if (body.type !== 'BlockStatement') {
      s.prependLeft(body.start, '{ return (');
      s.appendLeft(body.end, '); }');
    }
    s.appendLeft(fn.end, `), ${isAsync ? 1 : 0})`);
    return;
  }
  const paramsOpen = code.indexOf('(', fn.id ? (fn.id as Positioned<Node>).end : fn.start);
  const isMethod = parent?.type === 'Property' && parent.method;
  const isClassMethod = parent?.type === 'MethodDefinition';
  if (isAsync)
    removeAsync(s, code, isMethod || isClassMethod ? (parent as Positioned<Node>).start : fn.start);
  const header = `() { return ${run}(this, arguments, ${gen}`;
  if (isMethod) {
    s.prependLeft(paramsOpen, `: __k6mark(function ${header}`);
    s.appendLeft(fn.end, `); }, ${isAsync ? 1 : 0})`);
    return;
  }
  s.prependLeft(paramsOpen, header);
  s.appendLeft(fn.end, '); }');
  if (isClassMethod) {
    const classBody = a.parents.get(parent);
    const target = parent.static ? 'this' : 'this.prototype';
    if (classBody) {
      s.appendLeft(
        (classBody as Positioned<Node>).end - 1,
        `static { __k6markm(${target}, ${JSON.stringify(keyName(parent.key))}, ${isAsync ? 1 : 0}); }`,
      );
    }
    return;
  }
  if (fn.type === 'FunctionDeclaration') {
    const scopeBody = a.parents.get(fn);
    const name = fn.id?.name ?? '';
    const at =
      scopeBody?.type === 'Program'
        ? 0
        : scopeBody?.type === 'BlockStatement' || scopeBody?.type === 'StaticBlock'
          ? (scopeBody as Positioned<Node>).start + 1
          : fn.start;
    s.prependRight(at, `__k6mark(${name}, ${isAsync ? 1 : 0});`);
    return;
  }
  s.prependLeft(fn.start, '__k6mark(');
  s.appendLeft(fn.end, `, ${isAsync ? 1 : 0})`);
}

function removeAsync(s: MagicString, code: string, from: number): void {
  const at = code.indexOf('async', from);
  if (at >= 0) s.remove(at, at + 5);
}
