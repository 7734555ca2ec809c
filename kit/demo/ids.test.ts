import { DEMO_NAMESPACE, demoId } from './ids';

describe('demoId', () => {
  it('is the UUIDv5 of the path in the project namespace — pinned, because stored ids depend on it', () => {
    expect(DEMO_NAMESPACE).toBe('54a68823-0bdf-4dc8-874e-06f9b2445b1b');
    expect(demoId(['平城区', '水泊寺街道', '文兴社区', '绿地璀璨天城'])).toBe('6fb12c5a-d964-50da-9a63-3c0d5d297e50');
    expect(demoId(['平城区', '水泊寺街道', '文兴社区'])).toBe('b9faad21-421a-53d8-9883-345c1e59193b');
  });

  it('refuses paths that could collide once joined', () => {
    expect(() => demoId([])).toThrow(RangeError);
    expect(() => demoId(['平城区', ''])).toThrow(RangeError);
    expect(() => demoId(['平城区/水泊寺街道'])).toThrow(RangeError);
  });
});
