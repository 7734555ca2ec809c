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
      name: ['name must not contain control or bidirectional-override characters'],
      note: ['note must not contain control or bidirectional-override characters'],
    });
  });

  it('refuse a newline in a single-line field only', () => {
    expect(Object.keys(messages(input({ name: '张\n明', note: '张\n明' })))).toEqual(['name']);
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
