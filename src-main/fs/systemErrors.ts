/**
 * German (and English) words for system and library errors, so a curator never reads an errno such as
 * `ENOENT: no such file or directory, scandir …` or an English library sentence. Words are made here, at the edge;
 * the error objects stay what they are.
 */
/** A message in German and English. */
type Bilingual = { de: string; en: string };

const BY_CODE: Record<string, (file: string) => Bilingual> = {
  ENOENT: (file) => ({ de: `${file} gibt es nicht.`, en: `${file} does not exist.` }),
  ENOTDIR: (file) => ({ de: `${file} ist kein Ordner.`, en: `${file} is not a folder.` }),
  EISDIR: (file) => ({ de: `${file} ist ein Ordner, keine Datei.`, en: `${file} is a folder, not a file.` }),
  EACCES: (file) => ({ de: `Keine Berechtigung für ${file}.`, en: `No permission for ${file}.` }),
  EPERM: (file) => ({ de: `Das System erlaubt den Zugriff auf ${file} nicht.`, en: `The system does not allow access to ${file}.` }),
  // Without a path (a failed write names none) the drive's state is the whole message: no „(die Datei)“.
  ENOSPC: (file) => ({ de: `Kein Platz mehr auf dem Laufwerk${aside(file)}.`, en: `No space left on the drive${aside(file)}.` }),
  EROFS: (file) => ({ de: `Das Laufwerk ist schreibgeschützt${aside(file)}.`, en: `The drive is read-only${aside(file)}.` }),
  EEXIST: (file) => ({ de: `${file} gibt es schon.`, en: `${file} already exists.` }),
  EBUSY: (file) => ({ de: `${file} wird gerade von einem anderen Programm benutzt.`, en: `${file} is in use by another program.` }),
  EMFILE: () => ({ de: 'Zu viele Dateien gleichzeitig offen – bitte erneut versuchen.', en: 'Too many open files – please try again.' }),
  EIO: (file) => ({ de: `Lesefehler des Laufwerks bei ${file} (Stick oder Platte beschädigt?).`, en: `Drive read error at ${file} (damaged stick or disk?).` }),
  ENAMETOOLONG: (file) => ({ de: `Der Pfad ist zu lang: ${file}.`, en: `The path is too long: ${file}.` }),
};

/** ` (file)` after a message about the drive, or nothing when the error named no file. */
function aside(file: string): string {
  return file === 'die Datei' || file === 'the file' ? '' : ` (${file})`;
}

/** A Node system error's code, or `undefined`. */
export function errorCode(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Words for any thrown value: a system error by its code and path, anything else as "unexpected" without its
 * English text (which goes to the developer log, not the curator).
 */
export function describeError(error: unknown): Bilingual {
  const code = errorCode(error);
  const file = (error as NodeJS.ErrnoException | undefined)?.path;
  const where = file === undefined ? (code === undefined ? '' : 'die Datei') : `„${file}“`;
  const whereEn = file === undefined ? 'the file' : `"${file}"`;
  const known = code === undefined ? undefined : BY_CODE[code];
  if (known) {
    const de = known(where || 'die Datei').de;
    return { de: capitalise(de), en: capitalise(known(whereEn).en) };
  }
  return {
    de: `Unerwarteter Fehler${code ? ` (${code})` : ''} – bitte die Meldung an die Technik weitergeben.`,
    en: `Unexpected error${code ? ` (${code})` : ''} – please pass this on to the technical staff.`,
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
