import { fieldError } from '../common/domain-error';

/** The longest post orders (岗位守则) the platform keeps, in characters. */
export const POST_ORDERS_MAX_LENGTH = 4000;

/**
 * The platform's post orders, used until a company writes its own defaults: the duties of a
 * post and the service standards of the basic provisions (greet warmly, answer patiently and
 * in detail, never "I don't know" but find out or escalate to the direct leader).
 */
export const DEFAULT_POST_ORDERS = `一、岗位职责
1. 按时到岗，着装整齐，佩戴保安员证；上岗前认真阅读并确认本岗位守则。
2. 严格执行交接班制度：与上一班共同检查岗位，了解存在的问题和待处理事项，清点交接物品，充分掌握岗位情况后在交接班记录上签字，方可上岗。
3. 下岗前做好记录，与接班人员交接；接班人员签字同意后方可下岗。如有事件正在处理，须经值班主管批准后方可交接，否则处理完毕前不得下岗。
4. 做好巡查、出入登记和安全防范工作，发现异常情况及时处置并报告值班主管。

二、服务规范
1. 服务优先，管理与服务相结合。
2. 见到客户主动问候，语言亲切、自然、文明礼貌。
3. 解答客户咨询时专心倾听，耐心细致，详细回答客户提出的问题。
4. 不得以“不知道”“不清楚”答复客户：应设法查明后答复，或报告直属领导（本岗位主管）。`;

/** The post orders a new post starts with: the company's own defaults, else the platform's. */
export function defaultPostOrders(companyDefault: string | null | undefined): string {
  return companyDefault?.trim() || DEFAULT_POST_ORDERS;
}

/** The trimmed post orders, or BAD_USER_INPUT (on `field`) when blank or too long. */
export function assertPostOrders(text: string, field = 'postOrders'): string {
  const orders = text.trim();
  if (!orders) {
    throw fieldError(field, 'REQUIRED', {}, 'Post orders cannot be empty');
  }
  if ([...orders].length > POST_ORDERS_MAX_LENGTH) {
    throw fieldError(
      field,
      'TOO_LONG',
      { max: POST_ORDERS_MAX_LENGTH },
      `Post orders are at most ${POST_ORDERS_MAX_LENGTH} characters`,
    );
  }
  return orders;
}
