/** A refusal a person can act on: shown as it is in chat and by the CLI (exit 1). */
export class AppError extends Error {
  override name = 'AppError';
  constructor(
    message: string,
    readonly code: 'not_found' | 'forbidden' | 'invalid' | 'conflict' | 'unmapped',
  ) {
    super(message);
  }
}
