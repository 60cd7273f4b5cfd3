/**
 * The libphonenumber-js metadata the detector runs on: core/detect/metadata.json,
 * a slice of the library's `max` metadata for the calling codes the extension
 * serves, written by `npm run metadata` (scripts/detect-metadata.mjs). The
 * content script bundles this instead of the `max` file for every country.
 *
 * Modules that derive data from the metadata (compiled patterns, memoised
 * results) register a reset here, so tests can run the same engine on another
 * metadata (the full `max`, to show the slice changes no result) and the
 * benchmark can empty every cache before a pass.
 */
import type { MetadataJson } from 'libphonenumber-js/core';
import json from './metadata.json';

let current = json as unknown as MetadataJson;
const resets: Array<() => void> = [];

export function detectMetadata(): MetadataJson {
  return current;
}

/** Registers a function that forgets what a module derived from the metadata. */
export function onMetadataReset(reset: () => void): void {
  resets.push(reset);
}

/** Empties every cache of the detector (memoised validations, compiled patterns). */
export function resetDetectCaches(): void {
  for (const reset of resets) reset();
}

/** Runs the detector on other metadata (tests only); `undefined` goes back to the bundled slice. */
export function useDetectMetadata(metadata: MetadataJson | undefined): void {
  current = metadata ?? (json as unknown as MetadataJson);
  resetDetectCaches();
}
