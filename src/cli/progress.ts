import cliProgress from 'cli-progress';

/** Below this many files a bar would only flicker. */
const MIN_FILES = 5;

export interface Progress {
  tick(label: string): void;
  /** Writes around the bar so output and bar do not overwrite each other. */
  interrupt(write: () => void): void;
  stop(): void;
}

export function createProgress(
  total: number,
  options: { enabled: boolean; stream: NodeJS.WritableStream },
): Progress {
  if (!options.enabled || total <= MIN_FILES) {
    return { tick() {}, interrupt: (write) => write(), stop() {} };
  }
  const bar = new cliProgress.SingleBar(
    {
      stream: options.stream,
      format: 'hashnode-tidy [{bar}] {value}/{total} {file}',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
      // Whether to show the bar is decided by the caller (a terminal, not CI); draw it on the stream given.
      noTTYOutput: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { file: '' });
  return {
    tick: (label) => bar.increment(1, { file: label }),
    interrupt(write) {
      // cli-progress redraws on the next update; clearing the line first keeps the diff readable.
      options.stream.write('\r\x1b[2K');
      write();
    },
    stop: () => bar.stop(),
  };
}
