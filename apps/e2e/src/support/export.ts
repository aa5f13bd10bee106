import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';

/** Clicks the page's Export button and opens the file it downloads with exceljs. */
export async function exportRows(page: Page) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export').click(),
  ]);
  const file = await download.path();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0]!;
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return { name: download.suggestedFilename(), header: rows[0]!, rows: rows.slice(1) };
}
