import { createHash } from 'node:crypto';
import { DocumentKind } from '@cqss/domain';
import type { EntityManager } from 'typeorm';
import type { Company } from '../modules/companies/company.entity';
import { StoredDocument } from '../modules/documents/document.entity';
import { User } from '../modules/users/user.entity';

/**
 * A one-page A4 PDF with a few lines of text, standing for a scanned licence in the demo
 * (Helvetica covers ASCII only, so the demo scans speak English and numbers).
 */
export function demoPdf(lines: readonly string[]): Buffer {
  const text = lines
    .map(
      (l, i) =>
        `BT /F1 ${i === 0 ? 22 : 14} Tf 72 ${760 - i * 34} Td (${l.replace(/[()\\]/g, '')}) Tj ET`,
    )
    .join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(text)} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(body));
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body);
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** Scans of each demo company's two licences, uploaded by its admin a while ago. */
export async function seedLicenceScans(
  em: EntityManager,
  companies: readonly Company[],
  uploadedAt: Date,
): Promise<StoredDocument[]> {
  const docs: StoredDocument[] = [];
  for (const company of companies) {
    const admin = await em.findOneByOrFail(User, { companyId: company.id, role: 'COMPANY_ADMIN' });
    const scans = [
      {
        kind: DocumentKind.SECURITY_LICENSE_SCAN,
        fileName: '保安服务许可证.pdf',
        lines: [
          'Security Service Licence (demo scan)',
          `Company id ${company.id.slice(0, 8)}`,
          `Expires ${company.licenseExpiresOn ?? '-'}`,
        ],
      },
      {
        kind: DocumentKind.BUSINESS_LICENSE_SCAN,
        fileName: '营业执照.pdf',
        lines: ['Business Licence (demo scan)', `Company id ${company.id.slice(0, 8)}`],
      },
    ];
    for (const scan of scans) {
      const content = demoPdf(scan.lines);
      docs.push(
        await em.save(StoredDocument, {
          companyId: company.id,
          kind: scan.kind,
          contractId: null,
          handoverId: null,
          inquiryId: null,
          fileName: scan.fileName,
          contentType: 'application/pdf',
          size: content.length,
          sha256: createHash('sha256').update(content).digest('hex'),
          content,
          uploadedById: admin.id,
          uploadedAt,
        }),
      );
    }
  }
  return docs;
}
