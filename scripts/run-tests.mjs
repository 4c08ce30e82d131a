// `npm test`: builds if needed, runs the unit tests (vitest) and the end-to-end tests (Playwright in Debian's
// Chromium), then prints one total taken from both runners' JSON reports. A run that executed nothing, or whose
// report is missing, fails: it must never look green. Skipped tests are counted as skipped, never as passed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuild } from './ensure-build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const results = path.join(root, 'test-results');
const vitestReport = path.join(results, 'vitest.json');
const playwrightReport = path.join(results, 'playwright.json');

function run(script, args) {
  const result = spawnSync(process.execPath, [path.join(root, script), ...args], { cwd: root, stdio: 'inherit' });
  return result.status ?? 1;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Counts from vitest's JSON reporter (Jest-compatible format). */
function vitestCounts(report) {
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0),
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

/** Every skipped Playwright test with the reason it gave, so that a skip is visible and never mistaken for a pass. */
function skippedWithReasons(report) {
  const out = [];
  const visit = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status !== 'skipped') continue;
        const reason = (test.annotations ?? []).find((annotation) => annotation.type === 'skip')?.description;
        out.push(`  skipped [${test.projectName}] ${spec.title}: ${reason ?? 'no reason given'}`);
      }
    }
    for (const child of suite.suites ?? []) visit(child);
  };
  for (const suite of report.suites ?? []) visit(suite);
  return out;
}

/** Counts from Playwright's JSON reporter; a flaky test counts as failed here because retries are off. */
function playwrightCounts(report) {
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats ?? {};
  return { passed: expected, failed: unexpected + flaky + (report.errors?.length ?? 0), skipped };
}

function line(counts) {
  return `${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`;
}

rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

if (!ensureBuild()) {
  console.error('Build failed: no tests were run.');
  console.log('total: 0 passed, 1 failed');
  process.exit(1);
}

// Strict types are part of the suite, as `npm run typecheck`: tsc for the Node side and the renderer's unit
// tests, svelte-check for the renderer.
const typecheckExit =
  run('node_modules/typescript/bin/tsc', ['-p', 'tsconfig.node.json']) ||
  run('node_modules/typescript/bin/tsc', ['-p', 'tsconfig.renderer-tests.json']) ||
  run('node_modules/svelte-check/bin/svelte-check', ['--tsconfig', './tsconfig.web.json', '--fail-on-warnings']);
// No import cycles, src-shared neutral, content → library → cli layering (.dependency-cruiser.cjs).
const importsExit = run('scripts/check-imports.mjs', []);

const vitestExit = run('node_modules/vitest/vitest.mjs', [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestReport}`,
]);
const playwrightExit = run('node_modules/@playwright/test/cli.js', ['test']);

const summaries = [];
const total = { passed: 0, failed: 0, skipped: 0 };
for (const [name, file, count, exit] of [
  ['vitest', vitestReport, vitestCounts, vitestExit],
  ['playwright', playwrightReport, playwrightCounts, playwrightExit],
]) {
  const report = existsSync(file) ? readJson(file) : undefined;
  const counts = report ? count(report) : { passed: 0, failed: 1, skipped: 0 };
  if (!report) console.error(`${name}: no report at ${path.relative(root, file)} (exit code ${exit})`);
  else if (exit !== 0 && counts.failed === 0) counts.failed = 1; // the runner failed outside any test
  summaries.push(`${name}: ${line(counts)}`);
  if (report && name === 'playwright') summaries.push(...skippedWithReasons(report));
  for (const key of Object.keys(total)) total[key] += counts[key];
}

console.log('');
console.log(`typecheck: ${typecheckExit === 0 ? 'clean' : 'FAILED'}`);
if (typecheckExit !== 0) total.failed += 1;
console.log(`imports: ${importsExit === 0 ? 'clean' : 'FAILED (see the violations above)'}`);
if (importsExit !== 0) total.failed += 1;
for (const summary of summaries) console.log(summary);
if (total.passed === 0) {
  console.error('No test passed: a run that executed nothing is a failure.');
  total.failed = Math.max(total.failed, 1);
}
console.log(`total: ${line(total)}`);
process.exit(total.failed === 0 ? 0 : 1);
