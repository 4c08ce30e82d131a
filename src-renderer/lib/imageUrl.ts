/**
 * URLs of bundle photos in the size a view needs. The main side serves display sizes made once per photo
 * (`src-main/content/derivatives/derivedHandler.ts`): `/derived/<bundle|candidate>/<size>/<image file>`. Asking for
 * the right size keeps decoded images small: a 24 MP camera photo would take ~96 MB of memory as a thumbnail.
 */

/** Display sizes: `thumb` fits 320 px (timeline marks), `screen` 1920 px (panels, gallery, attract), `full` 3840 px (zoomable viewer). */
export type ImageSize = 'thumb' | 'screen' | 'full';

/**
 * The URL of `file` (an `images[].file` of the manifest) in `size`.
 * @param baseUrl The bundle's `ActiveBundle.baseUrl`, `/bundle/` or `/candidate/`.
 */
export function imageUrl(baseUrl: string, file: string, size: ImageSize): string {
  return `/derived${baseUrl}${size}/${encodeURI(file)}`;
}
