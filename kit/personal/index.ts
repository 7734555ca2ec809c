export { isValidNationalId, nationalIdBirthDate, makeNationalId } from './national-id';
export { isMainlandMobile } from './phone';
export { maskName, maskPhone, maskNationalId } from './mask';
export { hasControlOrBidiChars, hasControlOrBidiCharsMultiline } from './text';
export { IsNationalId, IsMainlandMobile, IsPlainText, type PlainTextOptions } from './validators';
