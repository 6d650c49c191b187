/**
 * A problem in the source data that the conversion refuses to paper over. The script prints the message
 * and every detail line, then exits 1.
 */
export class BuildError extends Error {
  override readonly name = 'BuildError';
  readonly details: readonly string[];

  constructor(message: string, details: readonly string[] = []) {
    super(message);
    this.details = details;
  }
}
