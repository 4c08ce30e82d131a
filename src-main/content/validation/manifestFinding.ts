import type { ParsedManifest } from './manifestSource';
import { formatFieldPath, type LocalizedMessage, type Problem, type ProblemCode, type Severity } from './problem';

/**
 * A problem found in the manifest's data, named by its field path only. Pure checks produce these; one place
 * ({@link locateFindings}) turns them into problems with file, line and column.
 */
export interface ManifestFinding {
  severity: Severity;
  code: ProblemCode;
  path: readonly PropertyKey[];
  /** An unknown key inside the map at `path`: the position is that of the key. */
  key?: string;
  message: LocalizedMessage;
}

/** Adds the manifest's file name and the text position of each finding's field. */
export function locateFindings(findings: readonly ManifestFinding[], manifest: ParsedManifest): Problem[] {
  return findings.map(({ severity, code, path, key, message }) => ({
    severity,
    code,
    file: manifest.file,
    ...manifest.locate(path, key),
    field: formatFieldPath(key === undefined ? path : [...path, key]),
    message,
  }));
}
