// An error the CLI reports as one line on stderr, without a stack trace (unless --verbose):
// bad flags, missing files, inputs of the wrong kind. `exitCode` 2 is a usage error, 1 a failure.

export class CliError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
  }
}

export class UsageError extends CliError {
  constructor(message: string) {
    super(message, 2);
  }
}
