/**
 * Checks of provenance and themes in a schema-valid manifest (content/FORMAT.md, „Quellen und Stand“): every
 * `source` of an event or partner names an entry in `sources`, source and theme ids are unique, events use the
 * themes the bundle lists. Pure; the source files themselves are checked in {@link sourceFileProblems}.
 */
import { lstat, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { BundleManifest } from '../../../src-shared/bundleSchema';
import { isInside } from '../safeResolve';
import type { ManifestFinding } from './manifestFinding';
import type { ParsedManifest } from './manifestSource';
import { mediaPathMessage } from './mediaPath';
import { formatFieldPath, say, type Problem } from './problem';
import { suggestKey } from './typoHint';

/** Source references that name no source, sources without an id although referenced, repeated ids. */
export function sourceFindings(manifest: BundleManifest): ManifestFinding[] {
  const findings: ManifestFinding[] = [];
  const ids: string[] = [];
  manifest.sources.forEach((source, index) => {
    if (source.id === undefined) return;
    if (ids.includes(source.id)) {
      findings.push({
        severity: 'error',
        code: 'duplicate-id',
        path: ['sources', index, 'id'],
        message: say(
          `Quelle „${source.id}“ gibt es schon – jede Kennung darf in sources nur einmal vorkommen, bitte umbenennen`,
          `source "${source.id}" already exists – each id may occur only once in sources, please rename it`,
        ),
      });
    }
    ids.push(source.id);
  });
  const check = (id: string | undefined, at: readonly PropertyKey[]) => {
    if (id === undefined || ids.includes(id)) return;
    const hint = suggestKey(id, ids);
    const known = ids.length === 0 ? say('es gibt noch keine Quelle mit ‚id‘', 'no source has an id yet') : say(`vorhanden: ${ids.join(', ')}`, `known: ${ids.join(', ')}`);
    findings.push({
      severity: 'error',
      code: 'dangling-reference',
      path: at,
      message: say(
        `Quelle „${id}“ gibt es nicht in sources${hint ? ` – meinten Sie „${hint}“?` : ` (${known.de}) – bitte die Kennung prüfen oder die Quelle mit dieser ‚id‘ anlegen`}`,
        `source "${id}" does not exist in sources${hint ? ` – did you mean "${hint}"?` : ` (${known.en}) – please check the id or add a source with this 'id'`}`,
      ),
    });
  };
  manifest.events.forEach((event, i) => check(event.source, ['events', i, 'source']));
  manifest.partners.forEach((partner, i) => check(partner.source, ['partners', i, 'source']));
  return findings;
}

/** Repeated theme ids (error) and event themes missing from a non-empty `themes` list (warning: not translated). */
export function themeFindings(manifest: BundleManifest): ManifestFinding[] {
  const findings: ManifestFinding[] = [];
  const ids: string[] = [];
  manifest.themes.forEach((theme, index) => {
    if (ids.includes(theme.id)) {
      findings.push({
        severity: 'error',
        code: 'duplicate-id',
        path: ['themes', index, 'id'],
        message: say(`Thema „${theme.id}“ steht zweimal in themes – bitte einen Eintrag löschen`, `theme "${theme.id}" is listed twice in themes – please delete one entry`),
      });
    }
    ids.push(theme.id);
  });
  if (ids.length === 0) return findings;
  manifest.events.forEach((event, i) => {
    event.themes.forEach((name, j) => {
      if (ids.includes(name)) return;
      const hint = suggestKey(name, ids);
      findings.push({
        severity: 'warning',
        code: 'dangling-reference',
        path: ['events', i, 'themes', j],
        message: say(
          `Thema „${name}“ steht nicht in themes und wird deshalb nicht übersetzt${hint ? ` – meinten Sie „${hint}“?` : ' – bitte dort mit Beschriftung (label) ergänzen'}`,
          `theme "${name}" is not listed in themes and is therefore not translated${hint ? ` – did you mean "${hint}"?` : ' – please add it there with a label'}`,
        ),
      });
    });
  });
  return findings;
}

/**
 * The copies of sources inside the bundle (`sources[].file`): each must be a safe path to a file that exists.
 * Marks them as used so the unused-file warning leaves them alone.
 */
export async function sourceFileProblems(realRoot: string, manifest: BundleManifest, parsed: ParsedManifest, used: Set<string>): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const [index, source] of manifest.sources.entries()) {
    if (source.file === undefined) continue;
    const fieldPath = ['sources', index, 'file'];
    const at = { file: parsed.file, ...parsed.locate(fieldPath), field: formatFieldPath(fieldPath) };
    const pathMessage = mediaPathMessage(source.file);
    if (pathMessage) {
      problems.push({ severity: 'error', code: 'path-outside', ...at, message: pathMessage });
      continue;
    }
    used.add(source.file);
    const missing = say(
      `Quelldatei „${source.file}“ fehlt im Paket – bitte die Abschrift der Quelle dort ablegen oder ‚file‘ löschen`,
      `source file "${source.file}" is missing from the bundle – please put the copy of the source there or delete 'file'`,
    );
    try {
      const real = await realpath(path.join(realRoot, source.file));
      if (!isInside(realRoot, real) || !(await lstat(real)).isFile()) {
        problems.push({ severity: 'error', code: 'source-missing', ...at, message: missing });
      } else {
        used.add(path.relative(realRoot, real).split(path.sep).join('/'));
      }
    } catch {
      problems.push({ severity: 'error', code: 'source-missing', ...at, message: missing });
    }
  }
  return problems;
}
