import { errorCodes } from '../../../../kit/testing/execute';
import { Department } from '../../department/department.entity';
import { createGridEventFixture, type GridEventFixture } from './grid-event-fixture';

const DEFINE = `mutation ($input: DefineEventCategoryInput!) { defineEventCategory(input: $input) { category { id code name resolveHours urgentResolveHours } } }`;
const REGISTER = `mutation ($input: RegisterDepartmentInput!) { registerDepartment(input: $input) { department { id code name categoryCodes receivers { subjectId name } responseHours subdistrict { id } } } }`;

let fixture: GridEventFixture;
beforeAll(async () => {
  fixture = await createGridEventFixture();
});
afterAll(() => fixture.close());

test('the city defines a category, and redefining it by code updates it', async () => {
  const input = { code: 'STRAY_ANIMALS', name: '流浪动物', resolveHours: 48, urgentResolveHours: 6 };
  const created = await fixture.run(fixture.viewers.cityAdmin, DEFINE, { input });
  expect(created.errors).toBeUndefined();
  const updated = await fixture.run(fixture.viewers.cityAdmin, DEFINE, { input: { ...input, resolveHours: 24 } });
  expect(updated.data.defineEventCategory.category).toEqual({ ...created.data.defineEventCategory.category, resolveHours: 24 });
  const bad = await fixture.run(fixture.viewers.cityAdmin, DEFINE, { input: { ...input, urgentResolveHours: 60 } });
  expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.urgentResolveHours' });
  expect(errorCodes(await fixture.run(fixture.viewers.subdistrictAdmin, DEFINE, { input }))).toEqual(['FORBIDDEN']);
});

test('a subdistrict admin registers a department of their subdistrict; unknown categories are refused', async () => {
  const input = {
    code: 'TEST-MARKET', name: '市场监管所', districtId: fixture.territory.district.id, subdistrictId: fixture.subdistrict.id,
    categoryCodes: ['SANITATION', 'SAFETY_HAZARD'], receivers: [{ subjectId: 'receiver-market', name: '市场监管所接哨员' }], responseHours: 4,
  };
  const result = await fixture.run(fixture.viewers.subdistrictAdmin, REGISTER, { input });
  expect(result.errors).toBeUndefined();
  expect(result.data.registerDepartment.department).toMatchObject({ code: 'TEST-MARKET', subdistrict: { id: fixture.subdistrict.id } });
  const again = await fixture.run(fixture.viewers.subdistrictAdmin, REGISTER, { input });
  expect(again.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.code', rule: 'unique' });
  const before = await fixture.em().count(Department, {});
  const unknown = await fixture.run(fixture.viewers.subdistrictAdmin, REGISTER, { input: { ...input, code: 'TEST-2', categoryCodes: ['SANITATION', 'NOPE'] } });
  expect(unknown.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.categoryCodes.1', rule: 'exists' });
  const districtWide = await fixture.run(fixture.viewers.subdistrictAdmin, REGISTER, { input: { ...input, code: 'TEST-3', subdistrictId: null } });
  expect(errorCodes(districtWide)).toEqual(['FORBIDDEN']);
  expect(await fixture.em().count(Department, {})).toBe(before);
});
