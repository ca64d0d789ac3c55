// Public shapes of the mojibake engine.

export interface MojibakeRepair {
  /** UTF-16 offset into the input text where the damaged run starts. */
  start: number;
  /** UTF-16 offset into the input text where it ends (exclusive). */
  end: number;
  /** The damaged text, input.slice(start, end). */
  before: string;
  /** The repaired text. */
  after: string;
  /**
   * Code pages the text went through, outermost first ('windows-1252', or two for double damage). Read only:
   * document-level repairs of one result share one frozen array.
   */
  encodings: string[];
  /** 'document': the whole text was judged damaged in this code page; 'sequence': this run alone. */
  level: 'document' | 'sequence';
  /** Present when bytes were lost and several restorations fit: the chosen one first, then the others. */
  candidates?: string[];
}

export interface MojibakeResult {
  /** The repaired text; the very input string when nothing was repaired. */
  text: string;
  /** Non-overlapping, sorted; replacing input[start, end) by `after` for each gives `text`. */
  repairs: MojibakeRepair[];
  /** Code page(s) of the document-level decision, layers joined by '+', or null when none held. */
  encoding: string | null;
  /** The repairs (also in `repairs`) that restored lost bytes by choosing among candidates. */
  uncertain: MojibakeRepair[];
}

export interface RepairOptions {
  /**
   * [start, end) UTF-16 ranges (code, inline code) that sequence-level repair leaves alone, and whose
   * damage alone makes no document-level decision (posts about encodings quote mojibake in code).
   */
  protectedRanges?: ReadonlyArray<readonly [number, number]>;
}
