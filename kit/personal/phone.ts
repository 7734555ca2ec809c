/**
 * Whether `value` is a mainland China mobile number: 11 digits, `1` then `3`-`9`.
 *
 * Strict on purpose: no spaces, dashes or `+86`/`0086` prefix, so that one number has one stored
 * spelling. Clients strip formatting before sending. Landlines are not mobile numbers.
 */
export function isMainlandMobile(value: string): boolean {
  return /^1[3-9]\d{9}$/.test(value);
}
