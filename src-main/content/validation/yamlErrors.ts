import type { ErrorCode } from 'yaml';
import { say, type LocalizedMessage } from './problem';
import type { UnclosedOpener } from './yamlUnclosed';

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

/** A closing bracket the parser met without its opening one ("Unexpected flow-seq-end token"). */
const STRAY_CLOSER: Record<string, LocalizedMessage> = {
  'flow-seq-end': say(
    'eine schließende Klammer „]“ zu viel – bitte prüfen, wo die Liste mit „[“ beginnt',
    'one closing bracket "]" too many – please check where the list starts with "["',
  ),
  'flow-map-end': say(
    'eine schließende Klammer „}“ zu viel – bitte prüfen, wo die Angabe mit „{“ beginnt',
    'one closing brace "}" too many – please check where the entry starts with "{"',
  ),
};

/**
 * The explanation for a YAML error code. The parser's own first line of detail (English) is kept for the English
 * text, and for the German one only where no German explanation exists: a curator reads German words, and an
 * expert who needs the parser's words finds them in the English message.
 */
export function explainYamlError(code: ErrorCode, parserMessage: string): LocalizedMessage {
  const detail = parserMessage.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').trim();
  const stray = code === 'UNEXPECTED_TOKEN' ? STRAY_CLOSER[/Unexpected ([\w-]+) token/.exec(detail)?.[1] ?? ''] : undefined;
  const known = stray ?? EXPLANATIONS[code];
  const base = known ?? say('die Datei ist so nicht lesbar', 'the file cannot be read like this');
  return say(known ? `Syntaxfehler: ${base.de}` : `Syntaxfehler: ${base.de} (${detail})`, `syntax error: ${base.en} (${detail})`);
}

const UNCLOSED: Record<UnclosedOpener['opener'], LocalizedMessage> = {
  '[': say(
    'die Liste, die hier mit „[“ beginnt, wird nicht mit „]“ geschlossen – bitte „]“ am Ende der Liste ergänzen',
    'the list that starts here with "[" is never closed with "]" – please add "]" at the end of the list',
  ),
  '{': say(
    'die Angabe, die hier mit „{“ beginnt, wird nicht mit „}“ geschlossen – bitte „}“ am Ende ergänzen',
    'the entry that starts here with "{" is never closed with "}" – please add "}" at its end',
  ),
  '"': say(
    'der Text, der hier mit einem Anführungszeichen " beginnt, wird nicht geschlossen – bitte am Ende des Textes " ergänzen',
    'the text that starts here with a quote " is never closed – please add " at the end of the text',
  ),
  "'": say(
    "der Text, der hier mit einem Hochkomma ' beginnt, wird nicht geschlossen – bitte am Ende des Textes ' ergänzen (ein Apostroph im Text wird als '' verdoppelt)",
    "the text that starts here with a single quote ' is never closed – please add ' at the end of the text (an apostrophe inside is written '')",
  ),
};

/** The message for a bracket or quote that is opened and never closed (reported at the opener). */
export function explainUnclosed(opener: UnclosedOpener['opener']): LocalizedMessage {
  const base = UNCLOSED[opener];
  return say(`Syntaxfehler: ${base.de}`, `syntax error: ${base.en}`);
}
