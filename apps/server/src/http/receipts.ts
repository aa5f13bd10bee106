import express, { type Router } from 'express';
import QRCode from 'qrcode';
import type { DataSource } from 'typeorm';
import type { Logger } from '../common/logger';
import { publicReceipt, type PublicReceipt } from '../modules/documents/filing-receipt.service';

type Lang = 'zh-CN' | 'en';

const WORDS = {
  'zh-CN': {
    title: '跨区域备案回执核验',
    company: '保安服务公司',
    location: '服务地点',
    status: '备案状态',
    firstSubmitted: '首次报送',
    lastSubmitted: '最近报送',
    decided: '受理日期',
    valid: '本回执有效。以下为平台登记的备案信息。',
    revoked: '本回执已被备案单位撤销，不再作为备案凭证。',
    unknown: '未找到该回执。请核对二维码或链接。',
    other: 'English',
    statuses: {
      DRAFT: '草稿',
      SUBMITTED: '已报送，待审核',
      UNDER_REVIEW: '审核中',
      ACCEPTED: '已受理（备案完成）',
      RETURNED: '已退回补正',
    },
  },
  en: {
    title: 'Cross-region filing receipt check',
    company: 'Security company',
    location: 'Service location',
    status: 'Filing status',
    firstSubmitted: 'First submitted',
    lastSubmitted: 'Last submitted',
    decided: 'Accepted on',
    valid: 'This receipt is valid. The filing as the platform records it:',
    revoked: 'This receipt has been revoked by the company and no longer proves a filing.',
    unknown: 'No such receipt. Check the QR code or the link.',
    other: '中文',
    statuses: {
      DRAFT: 'Draft',
      SUBMITTED: 'Submitted, awaiting review',
      UNDER_REVIEW: 'Under review',
      ACCEPTED: 'Accepted (filed)',
      RETURNED: 'Returned for correction',
    },
  },
} as const;

const escape = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

const day = (d: Date | null, lang: Lang) =>
  d
    ? new Intl.DateTimeFormat(lang, {
        timeZone: 'Asia/Shanghai',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      }).format(d)
    : '—';

/** The whole page: plain HTML, no script, nothing but what the receipt may show. */
function page(receipt: PublicReceipt, lang: Lang, token: string): string {
  const w = WORDS[lang];
  let body: string;
  if (receipt.state === 'valid') {
    const rows: [string, string][] = [
      [w.company, receipt.companyName],
      [w.location, `${receipt.serviceLocation} ${receipt.serviceAddress}`],
      [w.status, w.statuses[receipt.status]],
      [w.firstSubmitted, day(receipt.firstSubmittedAt, lang)],
      [w.lastSubmitted, day(receipt.lastSubmittedAt, lang)],
      ...(receipt.status === 'ACCEPTED'
        ? ([[w.decided, day(receipt.decidedAt, lang)]] as [string, string][])
        : []),
    ];
    body = `<p class="ok" data-testid="receipt-state" data-state="valid">${escape(w.valid)}</p><dl>${rows
      .map(([k, v]) => `<dt>${escape(k)}</dt><dd>${escape(v)}</dd>`)
      .join('')}</dl>`;
  } else {
    const text = receipt.state === 'revoked' ? w.revoked : w.unknown;
    body = `<p class="bad" data-testid="receipt-state" data-state="${receipt.state}">${escape(text)}</p>`;
  }
  const other = lang === 'en' ? 'zh-CN' : 'en';
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>${escape(w.title)}</title>
<style>body{font:16px/1.6 system-ui,"PingFang SC","Microsoft YaHei",sans-serif;margin:0;background:#f5f7fa;color:#1f2329}
main{max-width:560px;margin:24px auto;background:#fff;padding:24px;border-radius:8px;box-shadow:0 1px 3px #0002}
h1{font-size:20px;margin:0 0 16px}dl{display:grid;grid-template-columns:auto 1fr;gap:8px 16px;margin:0}
dt{color:#5e6673}dd{margin:0;font-weight:600}.ok{color:#1a7f37}.bad{color:#b42318;font-weight:600}
nav{text-align:right;font-size:14px}a{color:#1a5fb4}</style></head>
<body><main><nav><a href="/r/${escape(token)}?lang=${other}">${escape(w.other)}</a></nav>
<h1>${escape(w.title)}</h1>${body}</main></body></html>`;
}

/**
 * The public check of a filing receipt, for anyone holding its QR code, with no account:
 * GET /r/:token (the page) and GET /r/:token/qr.svg (the QR code of the page's address).
 */
export function receiptRoutes(dataSource: DataSource, logger: Logger): Router {
  const router = express.Router();

  router.get('/:token', async (req, res) => {
    try {
      const { token } = req.params;
      const receipt = await publicReceipt(dataSource, token);
      const asked = req.query.lang ?? req.acceptsLanguages('zh-CN', 'zh', 'en');
      const lang: Lang = asked === 'en' ? 'en' : 'zh-CN';
      res
        .status(receipt.state === 'unknown' ? 404 : 200)
        .setHeader('Cache-Control', 'no-store')
        .setHeader('X-Robots-Tag', 'noindex')
        .type('html')
        .send(page(receipt, lang, token));
    } catch (err) {
      logger.error({ err }, 'receipt page failed');
      res.status(500).type('text').send('Internal server error');
    }
  });

  router.get('/:token/qr.svg', async (req, res) => {
    try {
      const receipt = await publicReceipt(dataSource, req.params.token);
      if (receipt.state !== 'valid') {
        res.status(404).type('text').send('Not found');
        return;
      }
      const url = `${req.protocol}://${req.get('host')}/r/${req.params.token}`;
      const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
      res.setHeader('Cache-Control', 'private, no-store');
      res.type('image/svg+xml').send(svg);
    } catch (err) {
      logger.error({ err }, 'receipt QR failed');
      res.status(500).type('text').send('Internal server error');
    }
  });

  return router;
}
