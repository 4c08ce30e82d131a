import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document, type ErrorCode, type Node } from 'yaml';
import { explainUnclosed, explainYamlError } from './yamlErrors';
import { findUnclosedOpener } from './yamlUnclosed';
import { say, type Problem } from './problem';

/** Manifest file names looked for at the root of a bundle, in this order. */
export const MANIFEST_NAMES = ['bundle.yaml', 'bundle.yml', 'bundle.json'] as const;

/** Parser errors that follow from a bracket or quote left open, reported once at the opener instead. */
const FOLLOW_ON_ERRORS = new Set<ErrorCode>(['BAD_INDENT', 'MISSING_CHAR', 'UNEXPECTED_TOKEN', 'BLOCK_IN_FLOW']);

/** A 1-based line and column in the manifest text. */
export interface TextPosition {
  line: number;
  column: number;
}

/** A manifest parsed with positions: the plain data plus a way back from a field path to the text. */
export interface ParsedManifest {
  /** The manifest's file name relative to the bundle, e.g. `bundle.yaml`. */
  file: string;
  /** The parsed content as plain JavaScript values (not yet checked against the schema). */
  data: unknown;
  /**
   * Where the field at `path` is written. For a path that does not exist (a missing field) the nearest written
   * ancestor is returned. With `key`, the position of that key inside the map at `path` (for unknown keys).
   */
  locate(path: readonly PropertyKey[], key?: string): TextPosition | undefined;
}

/**
 * Parses manifest text (YAML or JSON; the `yaml` library reads both and keeps positions). A BOM is dropped and CRLF
 * line ends are accepted. Never throws: syntax errors come back as problems with line and column.
 */
export function parseManifestText(file: string, rawText: string): { manifest?: ParsedManifest; problems: Problem[] } {
  const text = rawText.replace(/^\uFEFF/, '');
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const at = (offset: number): TextPosition => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const problems: Problem[] = [];
  // A bracket or quote left open is reported where it opens; the parser's own reports of it (lines later, as
  // "sufficiently indented" or "missing character") and the stray tokens after it would only send the curator
  // to the wrong line.
  const unclosed = doc.errors.length > 0 ? findUnclosedOpener(text) : undefined;
  if (unclosed) problems.push({ severity: 'error', code: 'syntax', file, ...at(unclosed.offset), message: explainUnclosed(unclosed.opener) });
  const linesReported = new Set<number>();
  for (const error of doc.errors) {
    if (unclosed && FOLLOW_ON_ERRORS.has(error.code)) continue;
    // After a first slip the parser is out of step: the stray tokens it meets next are that slip's echo.
    if (error.code === 'UNEXPECTED_TOKEN' && problems.length > 0) continue;
    const position = at(error.pos[0]);
    // One slip often yields several errors on its line (each stray token); one message per line is enough.
    if (linesReported.has(position.line)) continue;
    linesReported.add(position.line);
    problems.push({
      severity: 'error',
      code: error.code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'syntax',
      file,
      ...position,
      message: explainYamlError(error.code, error.message),
    });
  }
  if (problems.length > 0) return { problems };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return { problems: [{ severity: 'error', code: 'syntax', file, message: explainYamlError('RESOURCE_EXHAUSTION', (error as Error).message) }] };
  }
  if (data === null || data === undefined) {
    return {
      problems: [
        {
          severity: 'error',
          code: 'syntax',
          file,
          message: say(
            'Das Manifest ist leer – bitte mit „npm run content -- new <ordner>“ ein Startpaket anlegen und ausfüllen',
            'the manifest is empty – create a starter bundle with "npm run content -- new <folder>" and fill it in',
          ),
        },
      ],
    };
  }
  if (file.endsWith('.json')) problems.push(...strictJsonProblems(file, text, at));
  return { manifest: { file, data, locate: (path, key) => locate(doc, path, key, at) }, problems };
}

function locate(
  doc: Document,
  path: readonly PropertyKey[],
  key: string | undefined,
  at: (offset: number) => TextPosition,
): TextPosition | undefined {
  const keys = path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment));
  let depth = keys.length;
  let node: unknown = depth === 0 ? doc.contents : doc.getIn(keys, true);
  while ((node === undefined || node === null) && depth > 0) {
    depth -= 1;
    node = depth === 0 ? doc.contents : doc.getIn(keys.slice(0, depth), true);
  }
  const wanted = depth === keys.length ? key : String(keys[depth]);
  if (wanted !== undefined && isMap(node)) {
    const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === wanted);
    const keyNode = pair?.key as Node | undefined;
    if (keyNode?.range) return at(keyNode.range[0]);
  }
  const range = (node as Node | null | undefined)?.range;
  return range ? at(range[0]) : undefined;
}

/**
 * YAML accepts things JSON does not (comments, single quotes, unquoted names). The kiosk would still read such a
 * file, but other tools would not, so a `.json` manifest that is not strict JSON gets a warning with the position.
 */
function strictJsonProblems(file: string, text: string, at: (offset: number) => TextPosition): Problem[] {
  try {
    JSON.parse(text);
    return [];
  } catch (error) {
    const detail = (error as Error).message;
    const offset = /position (\d+)/.exec(detail)?.[1];
    return [
      {
        severity: 'warning',
        code: 'syntax',
        file,
        ...(offset === undefined ? {} : at(Number(offset))),
        message: say(
          `kein strenges JSON (${detail}) – der Kiosk liest die Datei trotzdem, andere Programme vielleicht nicht`,
          `not strict JSON (${detail}) – the kiosk reads the file anyway, other programs may not`,
        ),
      },
    ];
  }
}

/** A problem for a manifest whose bytes are not UTF-8 text (e.g. saved as UTF-16 or Windows-1252). */
export function decodeManifestBytes(file: string, bytes: Uint8Array): { text?: string; problem?: Problem } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { problem: encodingProblem(file, 'UTF-16') };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { problem: encodingProblem(file, 'Windows-1252/ANSI?') };
  }
}

function encodingProblem(file: string, guess: string): Problem {
  return {
    severity: 'error',
    code: 'manifest-encoding',
    file,
    message: say(
      `Die Datei ist nicht als UTF-8 gespeichert (vermutlich ${guess}) – bitte im Editor „Speichern unter … UTF-8“ wählen`,
      `the file is not saved as UTF-8 (probably ${guess}) – please choose "Save as … UTF-8" in the editor`,
    ),
  };
}

