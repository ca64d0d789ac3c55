import type { ImagesReport } from '../types.js';
import type { ImageResult } from './downloads.js';

/** The report's images section: each URL once, with the posts that show it, in the order first seen. */
export function imagesReport(
  dir: string,
  results: ReadonlyMap<string, ImageResult>,
  sources: ReadonlyMap<string, readonly string[]>,
): ImagesReport {
  const report: ImagesReport = { dir, fetched: [], reused: [], failed: [], planned: [] };
  for (const [url, result] of results) {
    const used = [...(sources.get(url) ?? [])];
    if (result.status === 'fetched') {
      report.fetched.push({ url, file: result.file, bytes: result.bytes, sources: used });
    } else if (result.status === 'reused') report.reused.push({ url, file: result.file, sources: used });
    else if (result.status === 'failed') report.failed.push({ url, reason: result.reason, sources: used });
    else report.planned.push({ url, sources: used });
  }
  return report;
}
