// A bad value of a setting — an action input or a CLI flag, of the check or the scan. The message is the whole line
// the user sees: it names the input or flag, the value, and what is accepted.
export class InputValueError extends Error {}

/** Runs a parser, naming the input or flag in the error it throws. */
export function named<T>(name: string, parse: () => T): T {
  try {
    return parse();
  } catch (e) {
    throw new InputValueError(`${name}: ${(e as Error).message}`);
  }
}
