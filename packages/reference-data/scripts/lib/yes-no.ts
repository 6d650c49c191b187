import { BuildError } from './build-error.js';

/** Reads a `Yes`/`No` cell; anything else is a {@link BuildError}. */
export function parseYesNo(value: string, context: string): boolean {
  if (value === 'Yes') return true;
  if (value === 'No') return false;
  throw new BuildError(`${context}: expected Yes or No, found "${value}"`);
}
