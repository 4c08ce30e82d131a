// The import check of `npm test`: runs dependency-cruiser with `.dependency-cruiser.cjs` over the app's sources
// (no cycles, src-shared neutral, content → library → cli layering) and prints one line per violation.
// dependency-cruiser's own command line refuses Node 20, its API runs fine, so the check calls the API.
// Usage: node scripts/check-imports.mjs   (exit 0 clean, 1 violations)
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cruise } from 'dependency-cruiser';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const config = createRequire(import.meta.url)(path.join(root, '.dependency-cruiser.cjs'));

/** Cruises the sources and returns the violations with the modules of each cycle. */
export async function importViolations() {
  const result = await cruise(
    ['src-main', 'src-shared', 'src-renderer'],
    { ...config.options, ruleSet: { forbidden: config.forbidden }, validate: true },
    undefined,
    {},
  );
  const { summary } = result.output;
  return {
    modules: summary.totalCruised,
    violations: summary.violations.map((violation) => {
      const cycle = (violation.cycle ?? []).map((step) => step.name ?? step);
      return `${violation.rule.name}: ${violation.from} → ${violation.to}${cycle.length > 0 ? ` (cycle: ${[violation.from, ...cycle].join(' → ')})` : ''}`;
    }),
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { modules, violations } = await importViolations();
  for (const line of violations) console.error(`  ${line}`);
  console.log(`imports: ${modules} modules, ${violations.length} violation${violations.length === 1 ? '' : 's'} (.dependency-cruiser.cjs)`);
  process.exit(violations.length === 0 ? 0 : 1);
}
