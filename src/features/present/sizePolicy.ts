/** Where a document of a given size is analysed. */
export type AnalysisMode = 'inline' | 'worker' | 'tooLarge';

/**
 * Chooses where to analyse a document of `bytes` bytes: on the extension
 * host's thread while it is small (starting a worker costs more than the
 * work), in a worker thread above `workerThresholdKB`, not at all above
 * `maxFileMB` (the user gets a message instead). Settings below zero count as zero.
 */
export function chooseMode(bytes: number, workerThresholdKB: number, maxFileMB: number): AnalysisMode {
  if (bytes > Math.max(0, maxFileMB) * 1024 * 1024) return 'tooLarge';
  if (bytes > Math.max(0, workerThresholdKB) * 1024) return 'worker';
  return 'inline';
}

/** "1.4 MB", "12 KB": a size for a message. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${Math.ceil(bytes / 1024)} KB`;
}
