/** The byte-order mark that makes Excel read a CSV file as UTF-8. */
export const UTF8_BOM = '\uFEFF';

/** One CSV line (RFC 4180): cells with a comma, quote or line break quoted, quotes doubled; null is empty. */
export function csvLine(cells: readonly unknown[]): string {
  return `${cells
    .map(cell => {
      if (cell === null || cell === undefined) return '';
      const text = String(cell);
      // A leading =, +, - or @ would be run as a formula by a spreadsheet: quote it with an apostrophe.
      const safe = /^[=+\-@]/.test(text) && typeof cell === 'string' ? `'${text}` : text;
      return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
    })
    .join(',')}\r\n`;
}
