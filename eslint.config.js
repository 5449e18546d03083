// ESLint (flat config): typescript-eslint's recommended rules, zero warnings, and the layering of
// STYLE.md enforced with no-restricted-imports. The layer table below is the one place where the
// allowed dependencies between the folders of src/ are written down.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

/** Folder of src/ → the other folders of src/ it may import from. */
const LAYERS = {
  engine: [],
  iproute2: ['engine'],
  capture: ['engine'],
  netfilter: ['engine'],
  scenario: ['engine', 'iproute2', 'capture', 'netfilter'],
  // Packets of a capture through the marking stage and the lookup (issue 4).
  classify: ['engine', 'iproute2', 'capture', 'netfilter', 'scenario'],
  // What a real machine prints, turned back into a scenario; binary ip rule/route save files.
  import: ['engine', 'iproute2', 'netfilter', 'scenario'],
  // The doctor, packet classes ("which packets reach this?") and scenario comparison.
  analysis: ['engine', 'iproute2', 'netfilter', 'scenario', 'classify'],
  worker: ['scenario', 'engine', 'iproute2', 'capture', 'netfilter', 'classify', 'import', 'analysis'],
  state: ['worker', 'scenario', 'engine', 'iproute2', 'capture', 'netfilter', 'classify', 'import', 'analysis'],
  // The UI reaches the engine through the store; it may name engine types, not call the engine.
  ui: ['state', 'scenario', 'iproute2', 'capture', 'netfilter', 'classify', 'import', 'analysis'],
  cli: ['scenario', 'engine', 'iproute2', 'capture', 'netfilter', 'classify', 'import', 'analysis'],
};

/** Folders whose code may import engine types only (`import type`). */
const TYPE_ONLY = { ui: ['engine'], iproute2: ['netfilter'] };

/** npm packages a folder must not use (regex on the import path). */
const PACKAGES = {
  // The engine is pure TypeScript: no package at all.
  engine: { regex: '^[^./]', why: 'src/engine imports nothing outside src/engine' },
  iproute2: {
    regex: '^(react|react-dom|d3|d3-.*|zustand|comlink)(/|$)',
    why: 'DOM-free folders use no UI or worker packages',
  },
  capture: {
    regex: '^(react|react-dom|d3|d3-.*|zustand|comlink)(/|$)',
    why: 'DOM-free folders use no UI or worker packages',
  },
  netfilter: {
    regex: '^(react|react-dom|d3|d3-.*|zustand|comlink)(/|$)',
    why: 'DOM-free folders use no UI or worker packages',
  },
  classify: {
    regex: '^(react|react-dom|d3|d3-.*|zustand|comlink)(/|$)',
    why: 'DOM-free folders use no UI or worker packages',
  },
  import: {
    regex: '^(react|react-dom|d3|d3-.*|zustand|comlink)(/|$)',
    why: 'DOM-free folders use no UI or worker packages',
  },
  analysis: {
    regex: '^(react|react-dom|d3|d3-.*|zustand|comlink)(/|$)',
    why: 'DOM-free folders use no UI or worker packages',
  },
  scenario: {
    regex: '^(react|react-dom|d3|d3-.*|zustand|comlink)(/|$)',
    why: 'DOM-free folders use no UI or worker packages',
  },
  cli: { regex: '^(react|react-dom|d3|d3-.*|zustand|comlink)(/|$)', why: 'the CLI uses only DOM-free code' },
  worker: { regex: '^(react|react-dom|d3|d3-.*|zustand)(/|$)', why: 'the worker has no UI' },
  // The store must work without React: zustand/vanilla, not zustand (which imports React).
  state: {
    regex: '^(react|react-dom|d3|d3-.*|zustand|zustand/react.*)$|^(react|react-dom|d3)/',
    why: 'the store works without React: use zustand/vanilla',
  },
};

/** Folders of src/ that run in a browser or must stay DOM- and Node-free: no Node built-ins. */
const NO_NODE = ['engine', 'iproute2', 'scenario', 'capture', 'netfilter', 'classify', 'import', 'analysis', 'worker', 'state', 'ui'];

const ALL = Object.keys(LAYERS);
const OUTSIDE_SRC = ['test', 'bench', 'e2e', 'scripts', 'bin'];
const up = (names) => `^(\\.\\./)+(${names.join('|')})(/|$)`;
const nodeBuiltins = {
  regex: `^(node:|(${builtinModules.join('|').replaceAll('/', '\\/')})(/|$))`,
  caseSensitive: true,
};

/** The no-restricted-imports patterns for a folder; tests may use Node and the test fixtures. */
function restrictions(layer, isTest) {
  const allowed = new Set([layer, ...LAYERS[layer], ...(TYPE_ONLY[layer] ?? [])]);
  const forbidden = [...ALL.filter((l) => !allowed.has(l)), 'main'];
  const patterns = [
    {
      regex: up(forbidden),
      caseSensitive: true,
      message: `src/${layer} may import only from ${LAYERS[layer].map((l) => `src/${l}`).join(', ') || 'itself'} (STYLE.md, eslint.config.js LAYERS).`,
    },
    ...(TYPE_ONLY[layer] ?? []).map((l) => ({
      regex: up([l]),
      caseSensitive: true,
      allowTypeImports: true,
      message: `src/${layer} may import only types from src/${l}; go through the store.`,
    })),
  ];
  if (!isTest) {
    patterns.push({
      regex: up(OUTSIDE_SRC),
      caseSensitive: true,
      message: 'Code in src/ must not import tests, benches or scripts.',
    });
    const pkg = PACKAGES[layer];
    if (pkg) patterns.push({ regex: pkg.regex, caseSensitive: true, message: `${pkg.why} (STYLE.md).` });
    if (NO_NODE.includes(layer))
      patterns.push({ ...nodeBuiltins, message: `src/${layer} runs without Node: no Node built-ins.` });
  }
  return { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] };
}

const layerConfigs = ALL.flatMap((layer) => [
  { name: `rpdb/layers/${layer}`, files: [`src/${layer}/**/*.{ts,tsx}`], rules: restrictions(layer, false) },
  {
    name: `rpdb/layers/${layer}/tests`,
    files: [`src/${layer}/**/*.test.{ts,tsx}`],
    rules: restrictions(layer, true),
  },
]);

/** The globals of Node.js that the project's plain JavaScript files use. */
const NODE_GLOBALS = Object.fromEntries(
  [
    'process',
    'console',
    'URL',
    'Buffer',
    'setTimeout',
    'clearTimeout',
    'setInterval',
    'clearInterval',
    'structuredClone',
  ].map((g) => [g, 'readonly']),
);

export default defineConfig(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'coverage/', '.vite/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    name: 'rpdb/base',
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_name` marks a parameter or binding that is unused on purpose (stubs, callbacks).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  { name: 'rpdb/node-js', files: ['**/*.{js,mjs,cjs}'], languageOptions: { globals: NODE_GLOBALS } },
  {
    name: 'rpdb/src-root',
    files: ['src/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ ...nodeBuiltins, message: 'The browser entry runs without Node.' }] },
      ],
    },
  },
  ...layerConfigs,
);
