// The architecture's boundaries, held by a tool in `npm test` instead of by discipline
// (docs/testing.md, "Lint and dependency rules"). Run: `npm run lint:deps`.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-imports-only-ports-shared-commons',
      comment:
        'The domain holds the rules and is given its ports as arguments: it is tested with in-memory fakes ' +
        'and must not reach DynamoDB, WeChat or the queue by itself. So it imports only itself, ports, ' +
        'commons and shared (and libraries that compute, never an AWS client).',
      severity: 'error',
      from: { path: '^functions/src/domain/' },
      to: {
        pathNot: ['^functions/src/(domain|ports|commons)/', '^shared/src/', '^node_modules/'],
        dependencyTypesNot: ['core'],
      },
    },
    {
      name: 'domain-uses-no-aws-client',
      comment: "Talking to AWS is an adapter's job; a use case that needs it takes a port.",
      severity: 'error',
      from: { path: '^functions/src/domain/' },
      to: { path: '^node_modules/@aws-sdk/' },
    },
    {
      name: 'adapters-never-import-domain-or-handlers',
      comment:
        'Adapters implement ports for the domain; one that imports the domain runs rules where no test of ' +
        'the domain sees them, and the layers stop being replaceable (issue 15 found four).',
      severity: 'error',
      from: { path: '^functions/src/adapters/' },
      to: { path: '^functions/src/(domain|handlers|wiring)/' },
    },
    {
      name: 'handlers-reach-adapters-only-through-the-wiring',
      comment:
        'A handler parses, calls one use case and answers; which adapter serves a port is chosen once, in ' +
        'the wiring (functions/src/wiring/, the composition root), so a handler that imports an adapter hides wiring where no one looks for it.',
      severity: 'error',
      from: { path: '^functions/src/handlers/' },
      to: { path: '^functions/src/adapters/' },
    },
    {
      name: 'shared-imports-nothing-of-functions-or-miniapp',
      comment:
        'shared/ is bundled into both the Lambda functions and the mini-program: one import of either side ' +
        'drags Node or Taro code into the other (and into the 2 MB main package).',
      severity: 'error',
      from: { path: '^shared/' },
      to: { path: '^(functions|miniapp)/' },
    },
    {
      name: 'resident-pages-never-reach-staff-subpackage',
      comment:
        'Staff pages live in a WeChat subpackage residents never download; a resident page that imports ' +
        'one (directly or through a component) pulls it into the main package, whose limit is 2 MB.',
      severity: 'error',
      from: { path: '^miniapp/src/(pages|components|hooks|services|app\\.)' },
      to: { path: '^miniapp/src/packages/staff/', reachable: true },
    },
    {
      name: 'no-cycles',
      comment:
        'A cycle makes module order decide which value is still undefined at load time, and it means two ' +
        'modules are one concern split in two: move what both need into a module both import.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Build output: the bundles of functions, the benchmark's and the restart test's own stack's.
    exclude: {
      path: '(^|/)(node_modules|dist|\\.esbuild|\\.esbuild-own-stack|artifacts)/|^bench/out/',
    },
    // TypeScript's resolution (moduleResolution: Bundler); `@sunshine/shared` is the workspace link,
    // which resolves to shared/src/index.ts (its package.json's main).
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    combinedDependencies: true,
    enhancedResolveOptions: {
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['main', 'types'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
