import { describeError } from '../fs/systemErrors';
import type { Bilingual } from './libraryTypes';

/** Why a library operation could not be done (not: the content is invalid, which is a normal result). */
export type LibraryErrorCode =
  | 'busy'
  | 'source-missing'
  | 'source-not-folder'
  | 'source-overlaps'
  | 'unsupported-entry'
  | 'source-changed'
  | 'copy-mismatch'
  | 'no-active'
  | 'no-previous'
  | 'previous-damaged'
  | 'io';

/**
 * A library operation that cannot be done, with a German message (`message`) and its English translation. The
 * CLI maps it to exit code 2; the library stays unchanged or is left for `recoverLibrary` to tidy.
 */
export class LibraryError extends Error {
  readonly code: LibraryErrorCode;
  readonly english: string;

  constructor(code: LibraryErrorCode, text: Bilingual, options?: { cause?: unknown }) {
    super(text.de, options);
    this.name = 'LibraryError';
    this.code = code;
    this.english = text.en;
  }

  /** Both languages, for callers that print either. */
  get text(): Bilingual {
    return { de: this.message, en: this.english };
  }
}

/**
 * Wraps an unexpected file-system error as a {@link LibraryError} naming what was being done. The system's own
 * English text (`ENOSPC: no space left on device, write`) stays on `cause` for the developer log; the curator reads
 * words made from the error code (`fs/systemErrors.ts`).
 */
export function ioError(doing: Bilingual, cause: unknown): LibraryError {
  const detail = describeError(cause);
  return new LibraryError('io', { de: `${doing.de}: ${detail.de}`, en: `${doing.en}: ${detail.en}` }, { cause });
}
