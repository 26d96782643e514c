// A bad value of a setting — an action input or a CLI flag, of the check or the scan — and how a bad increase cap is
// worded on every surface. The message is the whole line the user sees: it names the input or flag, the value, and
// what is accepted.
import type { CapSetting, Wording } from '../increase/caps.js';

export class InputValueError extends Error {}

/**
 * The one wording of a bad increase cap (parseIncreaseCaps, src/increase/caps.ts); `name` says how the surface calls
 * the setting (`--max-requests`, `input 'max-requests'`).
 */
export function capWording(name: (setting: CapSetting) => string): Wording {
  return (setting, value, p) =>
    new InputValueError(
      p.rule === 'max-increase'
        ? `${name(setting)} has the value '${value}': ${p.detail}; accepted values are a number, QUOTA-CODE=NUMBER pairs (L-1216C47A=1024), or both, comma-separated`
        : `${name(setting)} has the value '${value}'; accepted values are ${p.rule === 'one-of' ? p.allowed.join(', ') : p.rule === 'factor' ? 'numbers above 1, or empty / none for no factor cap' : 'whole numbers from 0'}`,
    );
}
