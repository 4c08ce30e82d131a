/**
 * What counts as a developer's file inside the packaged app: read by people and tools while developing, never by
 * the kiosk at run time. Kept apart from electron-builder.yml's patterns, so a pattern that stops matching shows.
 */
const RULES: { reason: string; test: (file: string) => boolean }[] = [
  { reason: 'source map', test: (file) => file.endsWith('.map') },
  { reason: 'TypeScript source or declaration', test: (file) => /\.(ts|mts|cts|tsx)$/.test(file) || file.endsWith('.flow') },
  { reason: 'test', test: (file) => /(^|\/)(test|tests|__tests__|spec|specs)\//.test(file) || /(^|\/)[^/]+\.(test|spec)\.[cm]?js$/.test(file) || /(^|\/)test\.[cm]?js$/.test(file) },
  { reason: 'benchmark or example', test: (file) => /(^|\/)(bench|benchmark|benchmarks|perf|example|examples)\//.test(file) },
  { reason: 'documentation', test: (file) => /\.(md|markdown)$/i.test(file) && !/(^|\/)licen[cs]e[^/]*$/i.test(file) },
  {
    reason: 'tool configuration',
    test: (file) => /(^|\/)(tsconfig[^/]*\.json|\.eslintrc[^/]*|eslint\.config\.[^/]+|\.nycrc|\.editorconfig|\.npmignore|\.travis\.yml|bower\.json|\.prettierrc[^/]*)$/.test(file) || /(^|\/)(\.github|coverage)\//.test(file),
  },
];

/** Why `file` (a path inside the asar, `/`-separated) is a developer's file, or undefined when it belongs. */
export function developerFileReason(file: string): string | undefined {
  return RULES.find((rule) => rule.test(file))?.reason;
}
