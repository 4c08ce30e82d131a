/**
 * What a curator reads about a photo the kiosk cannot decode: a German and English reason naming the file, as a
 * validation problem (`image-truncated` or `image-unreadable`), so the CLI and the admin screen show it like any
 * other finding.
 */
import { say, type LocalizedMessage, type Problem } from '../validation/problem';

/** The decoder's message of a failure. */
export function errorDetail(error: unknown): string {
  return (error as Error | undefined)?.message ?? String(error);
}

/** Why a photo could not be decoded: the kind as a value (never read back from the words) and the words. */
export interface DecodeFailure {
  code: 'image-truncated' | 'image-unreadable';
  message: LocalizedMessage;
}

/** The problem a curator sees for an image the kiosk shows as a placeholder. */
export function problemFor(file: string, failure: DecodeFailure): Problem {
  return { severity: 'error', code: failure.code, file, message: failure.message };
}

/**
 * A German and English reason naming the file, from sharp's error.
 * @param truncated Whether the file was cut short (`isCutShort` in validation/cutShort.ts).
 */
export function decodeFailure(file: string, error: unknown, truncated: boolean): DecodeFailure {
  const detail = errorDetail(error).split('\n')[0]!.trim();
  const message = truncated
    ? say(
        `„${file}“ ist unvollständig (abgeschnitten, etwa beim Kopieren) – der Kiosk zeigt „Bild kann nicht angezeigt werden“; bitte die Datei neu kopieren (${detail})`,
        `"${file}" is incomplete (cut short, e.g. while copying) – the kiosk shows "image cannot be displayed"; please copy the file again (${detail})`,
      )
    : say(
        `„${file}“ lässt sich nicht lesen (beschädigt?) – der Kiosk zeigt „Bild kann nicht angezeigt werden“; bitte neu exportieren (${detail})`,
        `"${file}" cannot be read (damaged?) – the kiosk shows "image cannot be displayed"; please export it again (${detail})`,
      );
  return { code: truncated ? 'image-truncated' : 'image-unreadable', message };
}

/** The reason for an image file that is gone or unreadable since the bundle was checked. */
export function missingFailure(file: string): DecodeFailure {
  const message = say(
    `die Bilddatei „${file}“ fehlt oder ist nicht lesbar – der Kiosk zeigt „Bild kann nicht angezeigt werden“; bitte das Paket neu übernehmen`,
    `the image file "${file}" is missing or unreadable – the kiosk shows "image cannot be displayed"; please activate the bundle again`,
  );
  return { code: 'image-unreadable', message };
}
