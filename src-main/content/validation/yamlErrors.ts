import type { ErrorCode } from 'yaml';
import { say, type LocalizedMessage } from './problem';

/**
 * German and English explanations of the YAML parser's error codes, written for curators who edit a manifest in
 * a text editor. The parser's own (English) detail is appended by the caller.
 */
const EXPLANATIONS: Partial<Record<ErrorCode, LocalizedMessage>> = {
  TAB_AS_INDENT: say(
    'Einrückung mit Tabulator – bitte nur Leerzeichen zum Einrücken verwenden',
    'indented with a tab – please indent with spaces only',
  ),
  BAD_INDENT: say(
    'Einrückung passt nicht – Einträge auf derselben Ebene müssen genau gleich weit eingerückt sein',
    'indentation does not fit – entries on the same level must be indented exactly alike',
  ),
  DUPLICATE_KEY: say(
    'ein Feld steht doppelt im selben Eintrag – bitte eines davon löschen',
    'a field appears twice in the same entry – please delete one of them',
  ),
  MISSING_CHAR: say(
    'ein Zeichen fehlt (etwa ein schließendes Anführungszeichen oder eine Klammer)',
    'a character is missing (such as a closing quote or bracket)',
  ),
  BAD_DQ_ESCAPE: say(
    'ungültiges Escape in "…" – einen Rückstrich \\ bitte verdoppeln oder einfache Anführungszeichen verwenden',
    'invalid escape in "…" – double the backslash \\ or use single quotes',
  ),
  BLOCK_AS_IMPLICIT_KEY: say(
    'ein Doppelpunkt steht an einer unerwarteten Stelle – Texte mit „: “ bitte in Anführungszeichen setzen',
    'a colon is in an unexpected place – please quote texts containing ": "',
  ),
  MULTILINE_IMPLICIT_KEY: say(
    'ein Feldname geht über mehrere Zeilen – fehlt ein Doppelpunkt oder ein Anführungszeichen?',
    'a field name spans several lines – is a colon or a quote missing?',
  ),
  MULTIPLE_DOCS: say(
    'die Datei enthält mehrere Dokumente (Zeile mit ---) – bitte nur ein Dokument',
    'the file holds several documents (a line with ---) – please keep only one',
  ),
  BAD_SCALAR_START: say(
    'ein Wert beginnt mit einem Sonderzeichen (etwa @, ` oder %) – bitte den Text in Anführungszeichen setzen',
    'a value starts with a reserved character (such as @, ` or %) – please quote the text',
  ),
  UNEXPECTED_TOKEN: say('unerwartetes Zeichen', 'unexpected character'),
  KEY_OVER_1024_CHARS: say('ein Feldname ist zu lang', 'a field name is too long'),
  RESOURCE_EXHAUSTION: say(
    'zu viele Verweise (Anker/Aliase) – bitte die Einträge ausschreiben',
    'too many references (anchors/aliases) – please write the entries out',
  ),
  BAD_ALIAS: say('ein Verweis (*name) zeigt auf keinen Anker (&name)', 'a reference (*name) points to no anchor (&name)'),
  TAG_RESOLVE_FAILED: say(
    'ein Wert mit „!“ am Anfang ist eine unbekannte Markierung – bitte den Text in Anführungszeichen setzen',
    'a value starting with "!" is an unknown tag – please quote the text',
  ),
};

/** The explanation for a YAML error code plus the parser's own first line of detail. */
export function explainYamlError(code: ErrorCode, parserMessage: string): LocalizedMessage {
  const detail = parserMessage.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').trim();
  const base = EXPLANATIONS[code] ?? say('die Datei ist so nicht lesbar', 'the file cannot be read like this');
  return say(`Syntaxfehler: ${base.de} (${detail})`, `syntax error: ${base.en} (${detail})`);
}
