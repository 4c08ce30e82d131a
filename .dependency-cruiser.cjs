/**
 * Import rules checked by `npm test` (scripts/check-imports.mjs, through dependency-cruiser's API because its
 * command line refuses Node 20): no import cycles anywhere in the app, and `src-shared` stays importable from
 * both sides – nothing from Node, Electron, Svelte, the main process or the renderer's DOM code.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle makes load order matter and hides which module owns what; move the shared part down.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'shared-stays-neutral',
      severity: 'error',
      comment: 'src-shared is read by main and renderer alike: no Node, Electron, Svelte, main or renderer code.',
      from: { path: '^src-shared/' },
      to: {
        dependencyTypesNot: ['type-only'],
        path: ['^src-main/', '^src-renderer/', '^node_modules/(electron|svelte)/'],
      },
    },
    {
      name: 'shared-no-node-builtins',
      severity: 'error',
      comment: 'src-shared runs in the renderer too, where Node modules do not exist.',
      from: { path: '^src-shared/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'shared-no-types-from-app',
      severity: 'error',
      comment: 'Even type-only imports from main or renderer would make the shared contract depend on one side.',
      from: { path: '^src-shared/' },
      to: { path: ['^src-main/', '^src-renderer/', '^node_modules/(electron|svelte)/'] },
    },
    {
      name: 'content-below-library',
      severity: 'error',
      comment: 'Bundle reading and validation (content/) is the lowest layer of src-main: the library, the CLI and the service build on it, never the other way.',
      from: { path: '^src-main/content/' },
      to: { path: '^src-main/(library|cli|admin|electron|preview|kiosk/|kioskService|kioskRuntime|main|showing)' },
    },
    {
      name: 'library-below-cli',
      severity: 'error',
      comment: 'The content library is plain Node used by the CLI, the admin screen and start-up; it knows none of them.',
      from: { path: '^src-main/library/' },
      to: { path: '^src-main/(cli|admin|electron|preview|kioskService|kioskRuntime|main)' },
    },
    {
      name: 'fs-is-neutral',
      severity: 'error',
      comment: 'src-main/fs/ (atomic writes, hashing, system-error words) is used by every layer and imports none.',
      from: { path: '^src-main/fs/' },
      to: { path: '^src-(main|renderer)/', pathNot: '^src-main/fs/' },
    },
    {
      name: 'sides-stay-apart',
      severity: 'error',
      comment: 'Main and renderer meet only through src-shared (the typed API and the bundle schema).',
      from: { path: '^src-renderer/' },
      to: { path: '^src-main/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'renderer-without-zod',
      severity: 'error',
      comment:
        'The renderer gets checked data from main; loading zod (its schemas are built when the module is evaluated) cost ≈ 50–100 ms before the first frame. Types from the schema modules are fine.',
      from: { path: '^src-renderer/' },
      to: { path: ['^node_modules/zod', '^src-shared/(bundleSchema|usageStatsSchema|kioskApiArguments)'], dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^node_modules', '^out/', '\\.d\\.ts$'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.node.json' },
    enhancedResolveOptions: {
      extensions: ['.ts', '.mjs', '.js', '.svelte', '.json'],
      conditionNames: ['import', 'require', 'node', 'default', 'types', 'svelte'],
      mainFields: ['module', 'main', 'types', 'svelte'],
    },
  },
};
