// Where a command writes. Commands take this instead of touching process.stdout directly, so
// tests can run them in-process and read what they printed.
//
// A closed stdout (`resnet18 classify dir | head -1`: head exits after one line) is not an error:
// the reader has what it wanted. Node ignores SIGPIPE, so the next write fails with EPIPE, reported
// as an 'error' event on process.stdout, which would crash the process with a stack trace if
// nobody listened. The process output listens, remembers that stdout is gone, and the next
// stdout() throws StdoutClosed: the command unwinds through its `finally` blocks (stopping the
// worker threads) and main() ends it quietly with exit code 0, as a command killed by SIGPIPE
// would end in a shell that ignores that signal's status.

import { readProcessStdin } from '../formats/inputFile.js';

export interface Output {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stderr is a terminal (progress bars are drawn only then). */
  stderrIsTTY: boolean;
  env: Record<string, string | undefined>;
  /** All of stdin, for the input "-", at most 256 MiB (absent: stdin cannot be read). */
  readStdin?: () => Promise<Uint8Array>;
}

/** Thrown by stdout() once the reader of stdout has gone away; main() turns it into exit code 0. */
export class StdoutClosed extends Error {
  constructor() {
    super('stdout was closed by its reader');
  }
}

/** process.stdout and process.stderr, with a closed pipe on either handled as described above. */
export function processOutput(): Output {
  let stdoutClosed = false;
  let stderrClosed = false;
  const closedBy = (error: NodeJS.ErrnoException): boolean => error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED';
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (!closedBy(error)) throw error;
    stdoutClosed = true;
  });
  process.stderr.on('error', (error: NodeJS.ErrnoException) => {
    if (!closedBy(error)) throw error;
    stderrClosed = true;
  });
  return {
    stdout: (text) => {
      if (stdoutClosed) throw new StdoutClosed();
      process.stdout.write(text);
    },
    stderr: (text) => {
      if (!stderrClosed) process.stderr.write(text);
    },
    stderrIsTTY: process.stderr.isTTY === true,
    env: process.env,
    readStdin: () => readProcessStdin(),
  };
}
