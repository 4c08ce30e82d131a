import { checkRelativePath } from '../safeResolve';
import { say, type LocalizedMessage } from './problem';

/**
 * Why a media path written in a manifest cannot be used, as a message; `undefined` for a good path. The rules are
 * those of {@link checkRelativePath}, which the content handler applies to requests as well.
 */
export function mediaPathMessage(file: string): LocalizedMessage | undefined {
  if (checkRelativePath(file)) return undefined;
  if (file.includes('\\')) {
    const fixed = file.replace(/\\/g, '/');
    return say(
      `„${file}“ enthält einen Rückstrich \\ – bitte Schrägstriche / verwenden: „${fixed}“`,
      `"${file}" contains a backslash \\ – please use forward slashes /: "${fixed}"`,
    );
  }
  if (/^[a-zA-Z]:/.test(file)) {
    return say(
      `„${file}“ ist ein Pfad auf einem Laufwerk – bitte die Datei ins Paket legen und den Pfad relativ zum Manifest angeben, etwa „bilder/foto.jpg“`,
      `"${file}" is a path on a drive – please put the file into the bundle and give its path relative to the manifest, such as "images/photo.jpg"`,
    );
  }
  if (file.startsWith('/')) {
    return say(
      `„${file}“ ist ein absoluter Pfad – bitte relativ zum Manifest angeben, etwa „bilder/foto.jpg“`,
      `"${file}" is an absolute path – please give it relative to the manifest, such as "images/photo.jpg"`,
    );
  }
  if (file.split('/').includes('..')) {
    return say(
      `„${file}“ zeigt mit „..“ aus dem Paket hinaus – alle Dateien müssen im Paketordner liegen`,
      `"${file}" leaves the bundle with ".." – all files must be inside the bundle folder`,
    );
  }
  return say(
    `„${file}“ ist kein gültiger Pfad (leere Teile, „.“ oder Steuerzeichen) – bitte wie „bilder/foto.jpg“ schreiben`,
    `"${file}" is not a valid path (empty parts, "." or control characters) – please write it like "images/photo.jpg"`,
  );
}
