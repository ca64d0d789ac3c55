import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import type { Point } from 'unist';
import type { RuleEdit } from './types.js';

/** What hashnode-tidy keeps on a VFile while it runs rules over it. */
export interface TidyData {
  edits: RuleEdit[];
  /** How many rules have run on this tree; gives each rule its place in the order. */
  rulesRun: number;
  /** Set when a finding says the file was not understood; fixes are then withheld. */
  fixesBlocked?: boolean;
  locator?: { source: string; place: ReturnType<typeof location> };
}

declare module 'vfile' {
  interface DataMap {
    hashnodeTidy: TidyData;
  }
}

export function tidyData(file: VFile): TidyData {
  file.data.hashnodeTidy ??= { edits: [], rulesRun: 0 };
  return file.data.hashnodeTidy;
}

/** Offsets to line/column in the file's current text, with the line index built once per text. */
export function pointFinder(file: VFile): (offset: number) => Point {
  const data = tidyData(file);
  const source = String(file.value);
  if (data.locator?.source !== source) data.locator = { source, place: location(source) };
  const place = data.locator.place;
  return (offset) =>
    // vfile-location has no point for the very end of a text that ends in a line break.
    place.toPoint(offset) ?? place.toPoint(Math.max(0, offset - 1)) ?? { line: 1, column: 1, offset };
}
