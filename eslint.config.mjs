// ESLint over the code we write (docs/testing.md, "Lint and dependency rules"). The rules chosen
// catch defects (a promise nobody awaits, a loose `==`, an unused binding, a hook reading a stale
// value); layout is Prettier's job, and taste rules that would force edits across hundreds of files
// are left off. Type-aware rules run on the TypeScript that a tsconfig covers: the whole lint took
// 50 s of CPU on the 2-core machine, 14 s without them (building the two TypeScript programs is the
// difference); removing the TYPED block turns them off if that ever outweighs what they catch.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

// Node's and Jest's globals for the plain JavaScript files (TypeScript checks its own names).
const nodeGlobals = Object.fromEntries(
  [
    'AbortController',
    'AbortSignal',
    'Buffer',
    'URL',
    'URLSearchParams',
    'TextDecoder',
    'TextEncoder',
    'clearImmediate',
    'clearInterval',
    'clearTimeout',
    'console',
    'fetch',
    'globalThis',
    'Headers',
    'performance',
    'process',
    'queueMicrotask',
    'Request',
    'Response',
    'setImmediate',
    'setInterval',
    'setTimeout',
    'structuredClone',
  ].map((name) => [name, 'readonly']),
);
const commonJsGlobals = {
  require: 'readonly',
  module: 'writable',
  exports: 'writable',
  __dirname: 'readonly',
  __filename: 'readonly',
};
const jestGlobals = Object.fromEntries(
  [
    'afterAll',
    'afterEach',
    'beforeAll',
    'beforeEach',
    'describe',
    'expect',
    'it',
    'jest',
    'test',
  ].map((name) => [name, 'readonly']),
);

// What a tsconfig covers: these files are linted with type information.
const TYPED = ['functions/**/*.ts', 'shared/**/*.ts', 'e2e/**/*.ts', 'miniapp/src/**/*.{ts,tsx}'];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.esbuild/**',
      '**/.serverless/**',
      'artifacts/**',
      'coverage/**',
      '.dynamodb-local/**',
      // The benchmark's bundles (npm run bench), the e2e own stacks' and the CloudFormation test's.
      'bench/out/**',
      '**/.esbuild-own-stack/**',
      '**/.esbuild-package/**',
    ],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // `== null` is the one loose comparison that says what it means (null or undefined).
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      // An unused binding is a leftover or a misspelt name; `_` marks one kept on purpose.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      'no-throw-literal': 'error',
      'no-self-compare': 'error',
      'no-unmodified-loop-condition': 'error',
    },
  },
  {
    files: ['**/*.{js,cjs,mjs}'],
    languageOptions: { globals: { ...nodeGlobals, ...commonJsGlobals, ...jestGlobals } },
  },
  {
    files: ['**/*.{js,cjs}'],
    languageOptions: { sourceType: 'commonjs' },
    // CommonJS files have nothing but `require`.
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: TYPED,
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // A promise nobody awaits loses its failure: a Lambda can end before the write happened.
      '@typescript-eslint/no-floating-promises': 'error',
      // An async function where a void callback is expected runs unobserved. JSX handlers excepted:
      // 20 of them are `() => Taro.navigateTo(…)`, whose promise a page has nothing to do with.
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false } },
      ],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/only-throw-error': 'error',
      '@typescript-eslint/return-await': ['error', 'in-try-catch'],
      '@typescript-eslint/no-for-in-array': 'error',
      '@typescript-eslint/no-implied-eval': 'error',
      '@typescript-eslint/prefer-promise-reject-errors': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
      '@typescript-eslint/no-redundant-type-constituents': 'error',
    },
  },
  {
    files: ['miniapp/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      // A missing dependency is a stale value on screen; where a hook means it, it says why.
      'react-hooks/exhaustive-deps': 'error',
    },
  },
);
