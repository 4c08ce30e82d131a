/**
 * Every size limit of bundle validation in one place, so curators and reviewers find them together. The numbers
 * are generous for an exhibition (50 photos of a modern camera fit many times) and small enough that a broken or
 * hostile bundle cannot fill the kiosk's disk or memory.
 */

const MiB = 1024 * 1024;

/**
 * Largest manifest file (bundle.yaml / bundle.json), in bytes. 8 MiB: a product decision (issue 11) so that an
 * exhibition of 5,000 events with a title and a few sentences of text each and one image entry per event fits
 * (≈ 3 MiB; `npm run stress-bundle` makes such a bundle), with room for translations.
 */
export const MAX_MANIFEST_BYTES = 8 * MiB;

/** Most files a bundle may hold (folders not counted). */
export const MAX_FILE_COUNT = 2000;

/** Largest total size of all files of a bundle, in bytes (2 GiB: room for a USB stick of full-size photos). */
export const MAX_TOTAL_BYTES = 2048 * MiB;

/** Largest single media file, in bytes (50 MiB: a full-resolution camera JPEG is 5–20 MiB). */
export const MAX_MEDIA_FILE_BYTES = 50 * MiB;

/** Largest SVG file, in bytes; SVG is text and read whole for the safety scan. */
export const MAX_SVG_BYTES = 2 * MiB;

/** Largest image in pixels (width × height) that is decoded at all: 100 megapixels. Protects against pixel bombs. */
export const MAX_IMAGE_PIXELS = 100_000_000;

/**
 * Shorter side in px below which an image looks blurred when shown full screen on the kiosk's 1920 × 1080 display.
 * A warning only: a small historic scan is still better than no picture.
 */
export const MIN_FULLSCREEN_SHORT_SIDE_PX = 1080;

/** Most entries (files and folders) a .zip may list. */
export const MAX_ZIP_ENTRIES = 5000;

/**
 * Largest ratio uncompressed ÷ compressed of one .zip entry. Photos compress barely (≈ 1:1), text about 1:5;
 * a ratio above 100 in a large entry is the mark of a compression bomb.
 */
export const MAX_COMPRESSION_RATIO = 100;

/** Entries smaller than this (bytes, uncompressed) are exempt from the ratio check: tiny text compresses well. */
export const COMPRESSION_RATIO_MIN_BYTES = 1 * MiB;
