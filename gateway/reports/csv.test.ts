import { csvLine } from './csv';

describe('csvLine', () => {
  it('writes plain cells as they are, null and undefined as empty, CRLF at the end', () => {
    expect(csvLine(['文兴社区', 12, 0.9874, null, undefined, true])).toBe('文兴社区,12,0.9874,,,true\r\n');
  });

  it('quotes a cell with a comma, quote or line break, doubling quotes', () => {
    expect(csvLine(['a,b', 'say "hi"', 'two\nlines'])).toBe('"a,b","say ""hi""","two\nlines"\r\n');
  });

  it('keeps a spreadsheet from running a text cell as a formula, but not a negative number', () => {
    expect(csvLine(['=SUM(A1)', '+1', '@x', -3])).toBe("'=SUM(A1),'+1,'@x,-3\r\n");
  });
});
