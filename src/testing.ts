/**
 * The `goalpost/testing` entry: the storage conformance suite, for integrators who write their
 * own adapter and want to know it keeps the same contract as Goalpost's. Importing it registers
 * nothing; call `runStorageConformance` inside a test file.
 */
export { runStorageConformance } from './storage/conformance.js';
export type { ConformanceOptions } from './storage/conformance.js';
