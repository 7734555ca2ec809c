import { validateSync } from 'class-validator';
import { makeNationalId } from './national-id';
import { IsMainlandMobile, IsNationalId, IsPlainText } from './validators';

class ResidentInput {
  @IsNationalId()
  nationalId!: unknown;

  @IsMainlandMobile()
  phone!: unknown;

  @IsPlainText()
  name!: unknown;

  @IsPlainText({ multiline: true })
  note!: unknown;
}

function input(fields: Partial<ResidentInput>): ResidentInput {
  return Object.assign(new ResidentInput(), {
    nationalId: makeNationalId('140213', '1990-03-07', 123, false),
    phone: '13812348000',
    name: '张小明',
    note: '第一行\n第二行',
    ...fields,
  });
}

function messages(value: ResidentInput): Record<string, string[]> {
  return Object.fromEntries(validateSync(value).map(error => [error.property, Object.values(error.constraints ?? {})]));
}

describe('personal-data validators', () => {
  it('pass valid input', () => {
    expect(validateSync(input({}))).toEqual([]);
  });

  it('name the field and the rule when they fail', () => {
    expect(messages(input({ nationalId: '110105194912310021', phone: '+8613812348000', name: '张\u202E明', note: 'a\u0000b' }))).toEqual({
      nationalId: ['nationalId must be a valid mainland national ID number (GB 11643: 18 characters, check digit, birth date)'],
      phone: ['phone must be a mainland mobile number (11 digits starting 13-19)'],
      name: ['name must not contain control, bidirectional-override or line-separator characters'],
      note: ['note must not contain control, bidirectional-override or line-separator characters'],
    });
  });

  it('refuse a newline in a single-line field only', () => {
    expect(Object.keys(messages(input({ name: '张\n明', note: '张\n明' })))).toEqual(['name']);
  });

  it('refuse names, notes and reasons that are blank once trimmed, ideographic and zero-width spaces included', () => {
    for (const blank of ['   ', '\u3000\u3000', '\t\n', '\u200B']) {
      expect(messages(input({ name: blank, note: blank }))).toEqual({ name: ['name must not be blank'], note: ['note must not be blank'] });
    }
    expect(messages(input({ name: ' 张明 ', note: ' 好 ' }))).toEqual({});
  });

  it('refuse U+2028 and U+2029 line separators in single-line and multi-line fields', () => {
    expect(Object.keys(messages(input({ name: '张\u2028明', note: '第一段\u2029第二段' })))).toEqual(['name', 'note']);
  });

  it('refuse values that are not strings', () => {
    expect(Object.keys(messages(input({ nationalId: 110105194912310020, phone: 13812348000, name: null, note: 1 })))).toEqual([
      'nationalId',
      'phone',
      'name',
      'note',
    ]);
  });
});
