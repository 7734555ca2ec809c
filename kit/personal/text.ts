/**
 * Characters that must not reach stored free text: C0/C1 controls break logs, CSV exports and
 * terminals, and bidirectional overrides/isolates make text display differently from what it is
 * ("Trojan Source" style spoofing of names and addresses).
 */

const BIDI = '\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069';
// LINE SEPARATOR and PARAGRAPH SEPARATOR break lines where no `\n` is (JSON logs, JavaScript
// strings, CSV readers): refused in single-line and multi-line fields alike.
const SEPARATORS = '\\u2028\\u2029';
// C0 (U+0000-U+001F), DEL and C1 (U+007F-U+009F).
const SINGLE_LINE = new RegExp(`[\\u0000-\\u001F\\u007F-\\u009F${BIDI}${SEPARATORS}]`, 'u');
// The same minus TAB (U+0009) and LF (U+000A). CR is still refused: clients send `\n` line ends.
const MULTILINE = new RegExp(`[\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F${BIDI}${SEPARATORS}]`, 'u');

/** True if `value` holds any control character (including `\n` and `\t`) or bidi control: for single-line fields. */
export function hasControlOrBidiChars(value: string): boolean {
  return SINGLE_LINE.test(value);
}

/** Like {@link hasControlOrBidiChars} but allows `\n` and `\t`: for multi-line fields (notes, descriptions). */
export function hasControlOrBidiCharsMultiline(value: string): boolean {
  return MULTILINE.test(value);
}

/**
 * True if `value` is made only of whitespace (including the ideographic space U+3000 and zero-width
 * characters): a name or reason made of spaces says nothing. The empty string is left to the
 * field's length rule, which says so more plainly (and lets an optional filter be empty).
 */
export function isBlank(value: string): boolean {
  return value !== '' && value.replace(/[\s\u200B-\u200D\u2060\uFEFF]/gu, '') === '';
}
