/** Where a usage error comes from: the command line, or a named flag (`--only`). */
export type UsageSource = "command" | `--${string}`;

/** A mistake on the command line: printed as one line (or a JSON `error`), exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
  constructor(
    message: string,
    /** The flag to blame, or `command` for the command itself and its positional arguments. */
    readonly source: UsageSource = "command",
  ) {
    super(message);
  }
}
