/**
 * The import rules of the repository's parts (see the layout table in the
 * README): a part reaches another only through its public entry, nothing
 * imports in a cycle, and the code k6 scripts load uses no Node built-ins.
 * `npm run lint` runs it.
 */
const PARTS = '(contracts|stages|backend|emulator|targets|mock-provider|load|reports|cli)';

module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'Modules import each other in a loop.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'public-entries-only',
      severity: 'error',
      comment:
        'A part imports another part only through its index.ts (or pure.ts, its subset of plain data and pure functions), never its internals. ' +
        'contracts/ has two more entries: client/index.ts (the fetch client) and verify/index.ts (Pact tooling, Node).',
      // cli/bin.js hands `loopgauge k6` to the engine's own launcher (plain Node, no TypeScript loader).
      from: { path: `^${PARTS}/`, pathNot: '^cli/bin\\.js$' },
      to: {
        path: `^${PARTS}/`,
        pathNot: ['^$1/', `^${PARTS}/(index|pure)\\.ts$`, '^contracts/(client|verify)/index\\.ts$'],
      },
    },
    {
      name: 'k6-safe',
      severity: 'error',
      comment:
        "k6 scripts load contracts/, stages/, the parts' pure.ts and load/{scenarios,lib}/: " +
        'what they reach must be plain modules of the repository (k6 has no Node built-ins and no node_modules).',
      from: {
        path: '^(contracts|stages|load/scenarios|load/lib)/|^[^/]+/pure\\.ts$',
        pathNot: ['/tests/', '^contracts/verify/'],
      },
      to: {
        reachable: true,
        path: '^node_modules/|^(node:)?[a-z_]+[a-z_0-9/]*$',
        pathNot: '^node_modules/@types/k6/',
      },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    includeOnly: { path: `^(${PARTS}/|node_modules/)` },
    exclude: { path: '^(cdk\\.out|\\.loopgauge)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.json'],
    },
    tsPreCompilationDeps: true,
    combinedDependencies: false,
  },
};
