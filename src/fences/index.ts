export { detectLanguage, type Detection } from './detect.js';
export { findCopyArtifact, type CopyArtifact } from './copy-artifact.js';
export { normalizeLanguageLabel, isGenericLabel, isKnownLanguageLabel } from './labels.js';
export { LANGUAGES, isLanguage, type Language } from './languages.js';
export { MAX_SAMPLE_CHARS, MAX_SAMPLE_LINES } from './sample.js';
