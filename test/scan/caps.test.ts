// The one parser of increase caps (src/increase/caps.ts), with the one wording of a bad cap (src/inputs/value-error.ts).
import { capInputs, parseIncreaseCaps } from '../../src/increase/caps.js';
import { InputValueError } from '../../src/inputs/value-error.js';
import { capWording } from '../../src/increase/caps.js';

const flags = capWording((flag) => `--${flag}`);
const inputs = capWording((name) => `input '${name}'`);

test('defaults, and what empty and none mean', () => {
  expect(parseIncreaseCaps({}, flags)).toEqual({ supportCase: 'allow', supportSeverity: 'low', maxIncreaseFactor: 10, maxIncrease: { byQuota: {} }, maxRequests: 5 });
  // Action inputs a scan-mode step does not set read as '': the defaults, except that an empty factor is "no cap".
  const empty = parseIncreaseCaps(capInputs(() => ''), inputs);
  expect(empty).toMatchObject({ supportCase: 'allow', supportSeverity: 'low', maxIncreaseFactor: undefined, maxRequests: 5 });
  expect(parseIncreaseCaps({ 'max-increase-factor': 'none' }, flags).maxIncreaseFactor).toBeUndefined();
  expect(
    parseIncreaseCaps({ 'support-case': 'api', 'support-severity': 'high', 'max-increase-factor': '4', 'max-increase': '200, L-1216C47A=1024', 'max-requests': '0' }, flags),
  ).toEqual({ supportCase: 'api', supportSeverity: 'high', maxIncreaseFactor: 4, maxIncrease: { default: 200, byQuota: { 'L-1216C47A': 1024 } }, maxRequests: 0 });
});

test('a bad value names the flag or input it came from', () => {
  const bad = (raw: Parameters<typeof parseIncreaseCaps>[0], wording = flags) => () => parseIncreaseCaps(raw, wording);
  expect(bad({ 'max-increase-factor': '1' })).toThrow(new InputValueError("--max-increase-factor has the value '1'; accepted values are numbers above 1, or empty / none for no factor cap"));
  expect(bad({ 'max-requests': '2.5' }, inputs)).toThrow("input 'max-requests' has the value '2.5'; accepted values are whole numbers from 0");
  expect(bad({ 'support-severity': 'dire' }, inputs)).toThrow("input 'support-severity' has the value 'dire'; accepted values are low, normal, high, urgent, critical");
  expect(bad({ 'support-case': 'maybe' })).toThrow("--support-case has the value 'maybe'; accepted values are allow, never, api");
  expect(bad({ 'max-increase': 'L-1=x' })).toThrow(/^--max-increase has the value 'L-1=x': "L-1=x" is not a positive number or a QUOTA-CODE=NUMBER pair; accepted values are/);
});
