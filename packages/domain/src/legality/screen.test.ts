import { describe, expect, it } from 'vitest';
import { joinReader, lawfulContextIn, ruleFindings, screenRequest, screenText } from './screen';
import { LEGALITY_RULES, LegalityRuleId, legalityRule } from './legality-rules';
import { SERVICE_CATALOGUE, serviceItem } from './service-catalogue';
import { ServiceKind } from '../common/enums';

const R = LegalityRuleId;

/** The excerpts a rule highlighted in a text. */
const hits = (text: string, ruleId: LegalityRuleId) =>
  screenText(text)
    .filter((m) => m.ruleId === ruleId)
    .map((m) => m.text);

const EXAMPLES: [LegalityRuleId, string, string][] = [
  [R.RESTRICT_FREEDOM, '抓到小偷后先关起来，等老板来处理', '关起来'],
  [R.RESTRICT_FREEDOM, '欠款没还清之前不准他离开公司', '不准他离开'],
  [R.RESTRICT_FREEDOM, '对未结清医药费的病人限制离院', '限制离院'],
  [R.RESTRICT_FREEDOM, 'Detain anyone caught shoplifting until the manager arrives', 'Detain'],
  [R.RESTRICT_FREEDOM, 'Lock him up in the storeroom', 'Lock him up'],
  [R.RESTRICT_FREEDOM, "Don't let the debtor leave the office", "Don't let the debtor leave"],
  [R.SEARCH_PERSONS, '下班时对员工搜身', '搜身'],
  [R.SEARCH_PERSONS, '每个离厂工人都要翻包', '翻包'],
  [R.SEARCH_PERSONS, '请派保安去搜查员工的宿舍', '搜查'],
  [R.SEARCH_PERSONS, 'Frisk every worker leaving the factory', 'Frisk'],
  [R.SEARCH_PERSONS, 'Guards must search the bags of all staff at closing', 'search the bags'],
  [R.INSULT_OR_BEAT, '有人闹事就给我狠狠地打一顿', '打一顿'],
  [R.INSULT_OR_BEAT, '当众辱骂偷东西的人', '辱骂'],
  [R.INSULT_OR_BEAT, 'Rough up anyone who complains', 'Rough up'],
  [R.INSULT_OR_BEAT, 'Teach the protesters a lesson', 'Teach the protesters a lesson'],
  [R.SEIZE_DOCUMENTS_OR_PROPERTY, '没交停车费的司机，把驾驶证扣下', '驾驶证扣下'],
  [R.SEIZE_DOCUMENTS_OR_PROPERTY, '先扣押租户的电脑', '扣押'],
  [
    R.SEIZE_DOCUMENTS_OR_PROPERTY,
    'Confiscate the phones of visitors who take photos',
    'Confiscate',
  ],
  [
    R.SEIZE_DOCUMENTS_OR_PROPERTY,
    "Withhold the workers' ID cards until the contract ends",
    "Withhold the workers' ID cards",
  ],
  [R.SEIZE_DOCUMENTS_OR_PROPERTY, 'Hold their ID cards until they pay', 'Hold their ID cards'],
  [R.OBSTRUCT_OFFICIAL_DUTIES, '阻拦城管执法人员进入市场', '阻拦城管'],
  [R.OBSTRUCT_OFFICIAL_DUTIES, '消防检查时设法阻挠检查', '阻挠检查'],
  [
    R.OBSTRUCT_OFFICIAL_DUTIES,
    'Keep the inspectors out of the warehouse',
    'Keep the inspectors out',
  ],
  [
    R.OBSTRUCT_OFFICIAL_DUTIES,
    'Obstruct the police if they come with a warrant',
    'Obstruct the police',
  ],
  [R.DEBT_OR_FORCE, '帮我们去讨债', '讨债'],
  [R.DEBT_OR_FORCE, '派几个人去追讨货款', '追讨货款'],
  [R.DEBT_OR_FORCE, '动用武力把摊贩赶走', '动用武力'],
  [R.DEBT_OR_FORCE, 'We need guards for debt collection', 'debt collection'],
  [R.DEBT_OR_FORCE, 'Recover the unpaid rent from the tenants', 'Recover the unpaid rent'],
  [R.DEBT_OR_FORCE, 'Clear the squatters out by force', 'by force'],
  [R.TAMPER_OR_SPREAD_RECORDS, '把昨晚的监控录像删掉', '监控录像删掉'],
  [R.TAMPER_OR_SPREAD_RECORDS, '把录像发到网上曝光他', '录像发到网上'],
  [R.TAMPER_OR_SPREAD_RECORDS, '篡改报警记录', '篡改报警记录'],
  [
    R.TAMPER_OR_SPREAD_RECORDS,
    'Delete the CCTV footage from last night',
    'Delete the CCTV footage',
  ],
  [
    R.TAMPER_OR_SPREAD_RECORDS,
    'Upload the footage online to shame him',
    'Upload the footage online',
  ],
  [R.TAMPER_OR_SPREAD_RECORDS, 'Edit the alarm logs before the audit', 'Edit the alarm logs'],
  [R.INVADE_PRIVACY, '调查对方的隐私', '调查对方的隐私'],
  [R.INVADE_PRIVACY, '在更衣室装摄像头', '更衣室装摄像头'],
  [R.INVADE_PRIVACY, 'Follow the tenant home and see who she meets', 'Follow the tenant home'],
  [R.INVADE_PRIVACY, 'Hire a private investigator', 'private investigator'],
  [R.LEAK_SECRETS, '把业主信息卖给中介', '业主信息卖给'],
  [R.LEAK_SECRETS, '打探对手的商业秘密', '打探对手的商业秘密'],
  [R.LEAK_SECRETS, 'Leak the client list to our competitor', 'Leak the client list'],
  [R.LEAK_SECRETS, 'Sell visitor records to marketing firms', 'Sell visitor records'],
];

describe('every rule, in Chinese and in English', () => {
  it.each(EXAMPLES)('%s: %s', (ruleId, text, highlighted) => {
    expect(hits(text, ruleId)).toContain(highlighted);
    expect(screenRequest({ services: [], description: text }).result).toBe('FLAGGED');
  });

  it.each(LEGALITY_RULES.map((r) => [r.id]))('%s has examples in both languages', (id) => {
    const texts = EXAMPLES.filter(([ruleId]) => ruleId === id).map(([, text]) => text);
    expect(texts.some((t) => /\p{Script=Han}/u.test(t))).toBe(true);
    expect(texts.some((t) => /^[\x20-\x7e]+$/.test(t))).toBe(true);
  });
});

describe('phrases that must not match', () => {
  it.each([
    '查看监控录像以协助警方',
    '调取监控录像交给派出所',
    '搜索引擎优化',
    '对进出人员进行安全检查，做好访客登记',
    '巡逻时检查燃气泄露，夜间打手电照明，打手机联系业主',
    '负责防止信息泄露，保守客户秘密',
    '应收账款对账',
    '退房时扣押金三百元',
    '遇到暴力事件及时处置并报警',
    '问题跟踪解决后向他汇报',
    '帮失主要回钱包',
    '删除旧档。监控室24小时值守',
    '限制无关人员出入住院部',
    '门诊楼及住院部出入口门卫值守，夜间院区巡逻，协助维护就诊秩序',
    'Reception handles the collection of parcels for residents',
    'Check visitor ID and record it in the visitor log',
    'Check for water leaks during the night patrol',
    'Vehicles must stop for inspection at the gate',
    'Retain the contract documents for two years',
    'The patrol beat covers the car park and loading bay',
    'Search engine optimisation for people',
    'Seize the opportunity to improve service',
    'Follow up on issues and report to him',
    'Make visitors pay the parking fee at the gate',
    'Keep the fire exits unobstructed',
    'Hold the door for visitors carrying boxes',
    'Review CCTV footage to assist the police',
  ])('%s', (text) => expect(screenText(text)).toEqual([]));
});

describe('prohibitions are not requests', () => {
  it.each([
    '保安员不得搜查他人身体',
    '严禁删改监控录像',
    '不得擅自扣押他人证件',
    '防止客户信息泄露',
    'Guards must never search visitors',
    'Do not search bags',
    'Guards are not allowed to detain anyone',
    'We prohibit any debt collection on site',
  ])('%s is clear', (text) => expect(screenText(text)).toEqual([]));

  it.each([
    ['不得不搜查', R.SEARCH_PERSONS], // "have no choice but to search"
    ['不要报警，扣押他的证件', R.SEIZE_DOCUMENTS_OR_PROPERTY], // the negation is about the police
    ['Do not call the police, just detain him', R.RESTRICT_FREEDOM],
  ])('%s is still flagged', (text, ruleId) => expect(hits(text, ruleId)).not.toEqual([]));
});

describe('acts made of their parts, with the circumstance that makes them unlawful', () => {
  it.each([
    [R.RESTRICT_FREEDOM, '把人带到值班室，等经理来处理。', '人带到值班室，等经理来处理'],
    [
      R.RESTRICT_FREEDOM,
      '嫌疑人先控制在保安室，等我们内部调查完再决定报不报警。',
      '嫌疑人先控制在保安室，等我们内部调查',
    ],
    [R.SEIZE_DOCUMENTS_OR_PROPERTY, '要不要扣下他的身份证？', '扣下他的身份证'],
    [R.DEBT_OR_FORCE, '帮忙把之前借出去的钱要回来。', '钱要回'],
    [R.OBSTRUCT_OFFICIAL_DUTIES, 'Turn the inspectors away.', 'Turn the inspectors away'],
    // The debt is told in the sentence before; the match is the deed's words.
    [
      R.DEBT_OR_FORCE,
      'The tenant owes us three months. Sit at his door every evening until he pays.',
      'Sit at his door every evening until he pays',
    ],
    // Round 4: a condition not met (不签字就…), a show of force in a dispute, a guard posted elsewhere.
    [R.RESTRICT_FREEDOM, '他不在协议上签字就别想出去。', '他不在协议上签字就别想出去'],
    [
      R.DEBT_OR_FORCE,
      '被辞退的员工来要赔偿，保安拿着橡胶棍站一排。',
      '要赔偿，保安拿着橡胶棍站一排',
    ],
    [
      R.LEAK_SECRETS,
      '你们在B公司研发楼值守，他们的门禁记录导一份给我们。',
      '你们在B公司研发楼值守，他们的门禁记录导一份给我们',
    ],
    // Round 5: a lawful context of one duty does not excuse an act tucked in after a turn (另外, "also").
    [
      R.OBSTRUCT_OFFICIAL_DUTIES,
      '配合派出所做好节日安保，另外税务局的人来了别让进。',
      '税务局的人来了别让进',
    ],
  ])('%s: %s', (ruleId, text, highlighted) => expect(hits(text, ruleId)).toEqual([highlighted]));

  it.each([
    '把人带到值班室，等民警来处理。', // held for the police (Criminal Procedure Law Art. 84)
    '把访客带到会议室，等经理来接待。', // a guest shown to a room
    '放学时由家长接走，没接到的孩子在门卫室等候，保安联系家长。',
    'A guard may stop a shoplifter caught in the act and keep him at the security office only until the police come.',
    'The tenant owes us three months. Remind him by letter.',
    '抓到小偷先控制在保安室，立即报警，等民警到场。',
    '遇到来要账的人员情绪激动，保安劝导，必要时报警，不得动手。', // those who come to collect are someone else
    '客户欠货款的，由公司财务发函催收，保安不参与。', // collected by the finance office, by letter
    '监控录像按规定保存九十天，调阅要保卫科长签字并登记。',
    '公安机关依法调取录像的，保安部凭调取证明拷贝并登记。',
    '有人在厂门口拍照，上前问一下是干什么的。', // someone else does it; the guard asks
    '业主要求删掉拍到他的监控，保安不能删。', // someone else asks for it
    '你们在我们公司做门岗，每天来访客户名单发我一份备案。', // our own premises
    'Keep the kids at the back of the hall until their parents pick them up after the show.',
  ])('%s is clear', (text) => expect(screenText(text)).toEqual([]));
});

describe('what negates an act', () => {
  it.each([
    [
      'a list of prohibitions, each with its object',
      '不得限制他人人身自由、搜查他人身体、扣押他人证件。',
    ],
    ['a prohibition after the act', '搜身是不允许的。'],
    ['a prohibition after the act, in English', 'Searching bags is not allowed.'],
    ['a gap never runs over a negation', '监控室保安不得随意删除录像。'],
    ['someone else does it, the guard stops it', '发现有人偷拍女顾客，立即制止并报警。'],
    ['a list of verbs before the act', '保安员不准私自查看、拷贝监控录像。'],
    [
      'never, over an English list',
      'Guards may refuse entry to anyone without a valid pass but may not search, detain or question them.',
    ],
  ])('%s: %s', (_why, text) => expect(screenText(text)).toEqual([]));

  it.each([
    [
      'an A-not-A question asks, it does not forbid',
      '要不要扣下他的身份证？',
      R.SEIZE_DOCUMENTS_OR_PROPERTY,
    ],
    [
      'a negated police call is no hand-over',
      '抓到小偷先别报警，关在值班室里，等老板回来处理。',
      R.RESTRICT_FREEDOM,
    ],
    [
      'the guard is asked to do it after someone else acted',
      '有人闹事就给我狠狠地打一顿',
      R.INSULT_OR_BEAT,
    ],
    [
      'those who do not pay: a nominalisation, not a negation',
      '不交钱的就别让他走。',
      R.RESTRICT_FREEDOM,
    ],
    [
      'a police call left open is no hand-over',
      '夜班碰到翻墙进来的，先摁住带回岗亭，等天亮厂长来了再看要不要报警。',
      R.RESTRICT_FREEDOM,
    ],
    [
      'a cue ending a condition does not negate the next clause',
      'Ask visitors for a pass, and if they dont, keep their ID card until they pay the fee.',
      R.SEIZE_DOCUMENTS_OR_PROPERTY,
    ],
    [
      'a cue ending a condition does not negate the next clause (anyone without)',
      'For anyone without a ticket, take their passport and hold it until they pay the fine.',
      R.SEIZE_DOCUMENTS_OR_PROPERTY,
    ],
    [
      'a police call left open is no hand-over (是否)',
      '抓到小偷先控制在保安室，等厂长来了再决定是否报警。',
      R.RESTRICT_FREEDOM,
    ],
  ])('%s: %s is flagged', (_why, text, ruleId) => expect(hits(text, ruleId)).not.toEqual([]));
});

describe('round 9: the lawful context of a deed', () => {
  it.each([
    ['莫 forbids, over a list (也莫)', '抓到小偷莫关人，也莫动手，马上报警。'],
    ['莫 forbids, with its manner between', '保安制止他继续打，然后等警察，莫报复性的打他。'],
    ['莫 ends a gap', '乱停的电瓶车莫锁车也莫推走收钱。'],
    ['the other party does it (对方先动手)', '就算对方先动手也莫打回去，马上报警。'],
    ['whoever does it (有…的) is told of', '有动手打架的马上报警，保安不参与。'],
    ['a customer who does it (有客人…)', '有客人喝醉了打人的时候，保安把两个人拉开，等警察。'],
    [
      'the subject of a condition does it',
      'If a patients relative attacks a nurse, your guard steps in and hands him over to the police.',
    ],
    [
      '"not asking you to"',
      'We are not asking you to search anyone; just remind people of the policy.',
    ],
    [
      'whoever asks, in English',
      'No one at the front desk hands out phone numbers, whoever is asking.',
    ],
    [
      'a preposition and its object after "no one"',
      'No one in the control room shares footage with staff or outsiders.',
    ],
    [
      'a forbidden circumstance (不得强行)',
      '入口安检：包要开包检查，不同意安检的可以退票不入场，保安不得强行翻包。',
    ],
    [
      'a plan dropped, in the next sentence',
      "Our boss suggested taking guests' driving licences as a deposit. We've dropped that idea.",
    ],
    [
      'a plan refused, in the same sentence',
      '有装修公司想买业主电话，我们物业已经拒绝了，哪个来问都不给。',
    ],
    ['data kept in (不准外传)', '客户的信息只给我们公司销售用，保安登记完交给前台，不准外传。'],
    ['a pick-up refused holds no one', '不是登记的家长不让接孩子走，打电话给班主任确认。'],
    ['the police are told (报案)', '不管是亲戚还是朋友都不给看监控，让他去派出所报案。'],
    ['the call after 不走就 is to the police', '劝不走就打110。'],
    ['another department does it', '物业费催缴是物业公司客服打电话，保安不上门。'],
    ['a sign that the area is filmed', '门口贴“监控区域”的提示牌。'],
    [
      '"phones" as a call',
      'The guard opens the gate after checking their credentials and phones the duty manager.',
    ],
    ['"ask them to" asks for something', 'The guard on duty can knock, ask them to keep it down.'],
    ['workers claiming their own pay', '离职员工在厂门口拉横幅讨加班费，保安保证大门通行。'],
  ])('%s: %s', (_why, text) => expect(screenText(text)).toEqual([]));

  it.each([
    ['莫 before 就 negates the condition only', '莫跟他客气，拉到后面打一顿。', R.INSULT_OR_BEAT],
    [
      'a condition whose subject is the guards',
      'If your guards catch him, search his bag.',
      R.SEARCH_PERSONS,
    ],
    [
      'a condition, then an order',
      'If a worker argues hold him in the office until the boss comes.',
      R.RESTRICT_FREEDOM,
    ],
    [
      'a suggestion not dropped',
      "Our boss suggested taking the tenants' passports until they pay the rent, please start Monday.",
      R.SEIZE_DOCUMENTS_OR_PROPERTY,
    ],
    ['a circumstance not forbidden', '不同意开包的，保安直接强行翻他的包。', R.SEARCH_PERSONS],
  ])('%s: %s is flagged', (_why, text, ruleId) => expect(hits(text, ruleId)).not.toEqual([]));
});

describe('normalisation and offsets', () => {
  it.each([
    [
      'full-width letters and space',
      'ＤＥＢＴ　ＣＯＬＬＥＣＴＩＯＮ please',
      'ＤＥＢＴ　ＣＯＬＬＥＣＴＩＯＮ',
    ],
    ['upper case', 'DEBT COLLECTION', 'DEBT COLLECTION'],
    ['space between CJK', '对员工搜 身', '搜 身'],
    ['punctuation between CJK', '对员工搜，身', '搜，身'],
    ['middle dot and ideographic space', '对员工搜·　身', '搜·　身'],
    ['zero-width space', '讨\u200b债', '讨\u200b债'],
    ['hyphenated English', 'a debt-collection job', 'debt-collection'],
    ['line break inside an English phrase', 'debt\ncollection', 'debt\ncollection'],
    ['informal spelling read as the word', 'go thru ur pockets', 'go thru ur pockets'],
  ])('%s', (_why, text, highlighted) => {
    const [m] = screenText(text);
    expect(m?.text).toBe(highlighted);
    expect(text.slice(m!.start!, m!.end!)).toBe(highlighted);
  });

  it('offsets count UTF-16 units of the original, past emoji and full-width text', () => {
    const text = '😀客户：请　ＤＥＢＴ collection，谢谢';
    const [m] = screenText(text);
    expect(m).toMatchObject({ start: 7, end: 22, text: 'ＤＥＢＴ collection', source: 'text' });
  });

  it('reports the rule, the phrase as written in the table and the legal basis', () => {
    const [m] = screenText('不要报警，扣押他的证件');
    expect(m).toEqual({
      ruleId: R.SEIZE_DOCUMENTS_OR_PROPERTY,
      phrase: '扣*证件',
      basis: '《保安服务管理条例》第三十条第二项',
      source: 'text',
      start: 5,
      end: 11,
      text: '扣押他的证件',
      service: null,
    });
  });

  it('keeps a match wholly inside a longer one of the same rule out', () =>
    expect(hits('不要报警，扣押他的证件', R.SEIZE_DOCUMENTS_OR_PROPERTY)).toEqual([
      '扣押他的证件',
    ]));

  it('lists matches in text order', () => {
    const ms = screenText('先讨债，再把录像删掉');
    expect(ms.map((m) => m.ruleId)).toEqual([R.DEBT_OR_FORCE, R.TAMPER_OR_SPREAD_RECORDS]);
  });
});

describe('screenRequest', () => {
  it('is CLEAR for lawful services and text', () =>
    expect(
      screenRequest({
        services: [ServiceKind.GATE_DUTY, ServiceKind.PATROL, ServiceKind.SECURITY_INSPECTION],
        description: '医院东门24小时门卫，夜间巡逻，对进出车辆登记',
      }),
    ).toEqual({ result: 'CLEAR', matches: [] }));

  it.each([
    [ServiceKind.DETAINING_PERSONS, R.RESTRICT_FREEDOM],
    [ServiceKind.BODY_SEARCH, R.SEARCH_PERSONS],
    [ServiceKind.SEIZING_DOCUMENTS, R.SEIZE_DOCUMENTS_OR_PROPERTY],
    [ServiceKind.DEBT_COLLECTION, R.DEBT_OR_FORCE],
    [ServiceKind.DISPUTE_ENFORCEMENT, R.DEBT_OR_FORCE],
    [ServiceKind.PRIVATE_INVESTIGATION, R.INVADE_PRIVACY],
  ])('flags the service %s under %s', (service, ruleId) => {
    const outcome = screenRequest({ services: [ServiceKind.PATROL, service], description: '' });
    expect(outcome.result).toBe('FLAGGED');
    expect(outcome.matches).toEqual([
      {
        ruleId,
        phrase: serviceItem(service)!.zh,
        basis: legalityRule(ruleId).basis,
        source: 'service',
        start: null,
        end: null,
        text: null,
        service,
      },
    ]);
  });

  it('lists service matches before text matches, once per service', () => {
    const outcome = screenRequest({
      services: [ServiceKind.DEBT_COLLECTION, ServiceKind.DEBT_COLLECTION],
      description: '帮忙讨债',
    });
    expect(outcome.matches.map((m) => m.source)).toEqual(['service', 'text']);
  });

  it('refuses an unknown service code', () =>
    expect(() => screenRequest({ services: ['PATROL', 'TEA_MAKING'], description: '' })).toThrow(
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        problems: [expect.objectContaining({ field: 'services.1' })],
      }),
    ));
});

describe('the rule table and the service catalogue', () => {
  it.each(LEGALITY_RULES.map((r) => [r.id, r] as const))('%s is complete', (_id, rule) => {
    expect(rule.title.zh).not.toBe('');
    expect(rule.title.en).not.toBe('');
    expect(rule.basis).toMatch(/^《保安服务管理条例》第三十条第[一二三四五六]项$/);
    expect(rule.basisEn).toBe(
      `Regulations on the Administration of Security Services, Art. 30(${rule.item})`,
    );
    expect(rule.acts.zh.length).toBeGreaterThan(0);
    expect(rule.acts.en.length).toBeGreaterThan(0);
  });

  it('covers items 1–6 of Art. 30', () =>
    expect([...new Set(LEGALITY_RULES.map((r) => r.item))]).toEqual([1, 2, 3, 4, 5, 6]));

  it('lists every service kind once', () =>
    expect(SERVICE_CATALOGUE.map((s) => s.kind).sort()).toEqual(Object.values(ServiceKind).sort()));

  it.each(SERVICE_CATALOGUE.map((s) => [s.kind, s] as const))(
    '%s is forbidden by a rule exactly when it is unlawful',
    (kind, item) => {
      const forbidding = LEGALITY_RULES.filter((r) => r.services.includes(kind));
      expect(forbidding.length > 0).toBe(!item.lawful);
    },
  );
});

describe('round 9: acts by their parts', () => {
  it.each([
    ['held while waiting (莫让他走)', '先莫让他走，等经理开完会下来再说。', R.RESTRICT_FREEDOM],
    [
      'held while waiting, in English',
      "A guard who doesn't let her out until her daughter gets here.",
      R.RESTRICT_FREEDOM,
    ],
    ['clothes taken off to be checked', '让搬运工把工作服脱了检查一下。', R.SEARCH_PERSONS],
    ['head to toe', 'Cleaners leaving at night get checked head to toe.', R.SEARCH_PERSONS],
    ['shamed before everyone', '当着大家的面骂他一顿，让他下不来台。', R.INSULT_OR_BEAT],
    ['made to kneel', 'Make them kneel by the door.', R.INSULT_OR_BEAT],
    [
      'kept until a condition is met',
      '员工的工资卡锁在保卫科抽屉里，干满一年才还。',
      R.SEIZE_DOCUMENTS_OR_PROPERTY,
    ],
    [
      'taken for good',
      'Grab the goods and the scales, we keep them, no giving back.',
      R.SEIZE_DOCUMENTS_OR_PROPERTY,
    ],
    [
      'stairs locked on inspectors',
      '环保局明天来查，你们把楼梯间的门锁了，让他们上不来。',
      R.OBSTRUCT_OFFICIAL_DUTIES,
    ],
    [
      'off limits to inspectors',
      'Fire inspectors are coming. Tell them the boiler room is off limits.',
      R.OBSTRUCT_OFFICIAL_DUTIES,
    ],
    [
      'damage threatened in a dispute',
      '对面老是占我们的车位，你们去把他车玻璃砸了。',
      R.DEBT_OR_FORCE,
    ],
    [
      'hurt threatened in a dispute',
      "There's a dispute over the fence. Tell them they'll get hurt.",
      R.DEBT_OR_FORCE,
    ],
    [
      'a stretch of footage not kept',
      '大堂那段录像，十一点那段莫留了。',
      R.TAMPER_OR_SPREAD_RECORDS,
    ],
    [
      'a record changed to another time',
      '门禁刷卡记录改一下，改成他八点以前到的。',
      R.TAMPER_OR_SPREAD_RECORDS,
    ],
    ['a tiny camera', '在租户门口的灯里装个小摄像头。', R.INVADE_PRIVACY],
    [
      'a spare key to look through her things',
      '用备用钥匙进她房间，看看她抽屉里有什么。',
      R.INVADE_PRIVACY,
    ],
    ['a slap given', 'Just give the shoplifter a slap before the police come.', R.INSULT_OR_BEAT],
    ['有…的, then an order', '有偷东西的就拖到后面打一顿，莫报警。', R.INSULT_OR_BEAT],
    [
      'a plan not dropped',
      "We haven't dropped the idea: lock the intern in the archive room until HR arrives.",
      R.RESTRICT_FREEDOM,
    ],
    ['parcels gone through', '你们还是偷偷翻一下她的快递看看买了啥。', R.INVADE_PRIVACY],
    [
      'a plan not dropped, said after it',
      "Lock the intern in the archive room until HR arrives. We haven't dropped that idea.",
      R.RESTRICT_FREEDOM,
    ],
    [
      'a banner put up by the guards',
      '那家公司欠我们货款，找几个员工去他公司门口拉横幅，让他丢脸还钱。',
      R.DEBT_OR_FORCE,
    ],
    [
      'damage threatened',
      'Tell him his car windows will get smashed if he does it again.',
      R.DEBT_OR_FORCE,
    ],
    [
      'clothes removed for inspection',
      'Require departing contractors to remove their jackets and boots for inspection.',
      R.SEARCH_PERSONS,
    ],
    [
      '"not to be let out" while waiting',
      'The employee is not to be let out of the office until the director arrives.',
      R.RESTRICT_FREEDOM,
    ],
    [
      'a flat entered while he is out',
      "While he's at work, let yourself into his flat and check his laptop.",
      R.INVADE_PRIVACY,
    ],
    [
      'shoes taken off to be checked',
      'Make the temps take their shoes off at the exit and check them.',
      R.SEARCH_PERSONS,
    ],
    [
      'a room number told, the recipient in the sentence before',
      'A fan says she is his cousin; she tipped reception. Just tell her the room.',
      R.LEAK_SECRETS,
    ],
  ])('%s: %s', (_why, text, ruleId) => expect(hits(text, ruleId)).not.toEqual([]));

  it.each([
    ['a pick-up let go after registering', '来接老人的家属，登记后再让他们走。'],
    [
      'footage overwritten as required',
      'The DVR will overwrite camera 7 automatically after 30 days.',
    ],
    ['a threat reported to the police', '两个车主因为车位吵起来了，一方说要砸车，保安马上报警。'],
    [
      'inspectors taken where they ask',
      'Fire inspectors are coming; the guard takes them to the boiler room.',
    ],
    ['a crowd kept from crushing', '演出结束以后，保安引导观众离场，别让人挤着下楼。'],
    [
      'a plan scrapped',
      "Management once floated keeping workers' passports in the safe; that plan was scrapped.",
    ],
    ['officials told, not kept out', '工人讨工资来了，请到会议室喝茶，通知老板和劳动监察。'],
    ['what a recording shows', '业主来要昨晚推搡那段录像，告诉他按流程找物业申请。'],
    ['"not being asked to"', 'Officers are not being asked to search any employee.'],
    [
      'a proposal rejected',
      "The proposal to retain contractors' passports was considered and rejected by the board.",
    ],
    ['a shutter locked once nobody is inside', '闭店后保安把卷帘门从外面锁上，确认里面没人再走。'],
    [
      'a training video cut',
      'The training video needs the last part cut out before new staff watch it.',
    ],
  ])('%s: %s', (_why, text) => expect(screenText(text)).toEqual([]));
});

describe('round 10: lawful contexts', () => {
  it.each([
    [
      'footage copied to the police by the form, refused to others',
      '录像凭协查函复制给公安，外人要看一律不给。',
    ],
    [
      'data the police ask for, exported for them',
      '道闸记录到期自动删除，派出所要调的先导出来交给他们。',
    ],
    [
      'a taxi called for a drunk guest, its plate told to his friend',
      '客人喝多了，保安帮他叫个出租车，车牌号发给他朋友。',
    ],
    [
      'a debt with the lawyer',
      'The unpaid invoice is with our lawyer, guards just greet him normally if he visits.',
    ],
    [
      'people kept back while police are called',
      'Gas smell in the car park: keep people back and ring police.',
    ],
  ])('%s: %s', (_why, text) => expect(screenText(text)).toEqual([]));

  it.each([
    [
      'footage kept from the police',
      '派出所要调监控，就说硬盘坏了，调不了。',
      R.OBSTRUCT_OFFICIAL_DUTIES,
    ],
    ['a plate told to a dealer', '业主的车牌号和电话记下来发给二手车中介。', R.INVADE_PRIVACY],
    [
      'police kept out',
      'When the police come, keep them back at the gate and say nobody is in.',
      R.OBSTRUCT_OFFICIAL_DUTIES,
    ],
  ])('%s: %s', (_why, text, ruleId) => expect(hits(text, ruleId)).not.toEqual([]));
});

describe('round 10: acts by their parts', () => {
  it.each([
    [
      'held until a titled boss comes',
      '逮到偷东西的先让他在值班室坐到，莫让他走，等刘总回来。',
      R.RESTRICT_FREEDOM,
    ],
    [
      'a door locked until a meeting is over',
      '把仓库的门反锁，开完会之前谁都不准出来。',
      R.RESTRICT_FREEDOM,
    ],
    [
      'locked in from outside until a vote ends',
      'When they are inside the annex, lock the door from the outside till the count is done.',
      R.RESTRICT_FREEDOM,
    ],
    [
      'held in a room, no calls',
      'Hold him in the guard hut until the owner gets here, no phone calls.',
      R.RESTRICT_FREEDOM,
    ],
    [
      'searched under the clothes',
      'Pat the cleaners under their overalls before they go home.',
      R.SEARCH_PERSONS,
    ],
    [
      'officials kept from going upstairs',
      'Fire inspectors are in reception. Keep them from going up to the third floor.',
      R.OBSTRUCT_OFFICIAL_DUTIES,
    ],
    ['a debt chased by guards', '你们派人去催一下款。', R.DEBT_OR_FORCE],
    [
      'a threat over a grievance',
      '业主说我们乱收费要去投诉，你们去跟他讲，闹了没好果子吃。',
      R.DEBT_OR_FORCE,
    ],
    [
      'a timestamp changed',
      'Change the time on the lobby clip so it shows he left at five.',
      R.TAMPER_OR_SPREAD_RECORDS,
    ],
    [
      'footage recorded over',
      'Overwrite the loading bay footage tonight, the owner does not want it on file.',
      R.TAMPER_OR_SPREAD_RECORDS,
    ],
    ['followed after work', '下班以后跟着她，看她去了哪些地方。', R.INVADE_PRIVACY],
    [
      'a tracker on a car',
      'Stick a tracker under his van, the boss wants to know where he goes.',
      R.INVADE_PRIVACY,
    ],
    ['a peep into rooms', 'On the night round, peek into the girls dorm rooms.', R.INVADE_PRIVACY],
    [
      'documents copied for us',
      'Your guard at the design studio could photocopy their drawings for us.',
      R.LEAK_SECRETS,
    ],
  ])('%s: %s', (_why, text, ruleId) => expect(hits(text, ruleId)).not.toEqual([]));

  it.each([
    ['an exam rule, no lock', '考试结束之前考生不准离开考场。'],
    [
      'a shutter locked once nobody is inside',
      'Lock the door from outside once everyone has gone home.',
    ],
    ['a clock set right', 'The DVR clock is an hour off, please fix the timestamp setting.'],
    [
      'a clock set to the right time',
      'The recorder clock is slow, set the time so it shows the right hour.',
    ],
    ['a peek into a plant room', 'Peek into the boiler room on each round.'],
    [
      'a door locked once the room is empty',
      'Lock the gym door from outside once the last class has left.',
    ],
    [
      'overwriting by itself',
      'The recorder writes over the oldest footage automatically after 30 days.',
    ],
  ])('%s: %s', (_why, text) => expect(screenText(text)).toEqual([]));
});

describe('round 10: a dropped plan in the next sentence', () => {
  it('cancels the act before when it is said at once', () => {
    expect(
      screenText(
        'Keep the cleaners in the staff room until the manager has talked to them. We dropped that idea.',
      ),
    ).toEqual([]);
    expect(screenText('把员工的身份证收上来统一保管。这个提议已经否决了。')).toEqual([]);
  });
  it('does not, said far into a sentence about another plan', () => {
    expect(
      hits(
        'Keep the two cleaners in the staff room until the manager has talked to them. The other proposal, about moving the bike racks to the back of the building next to the bins, was dropped.',
        R.RESTRICT_FREEDOM,
      ),
    ).not.toEqual([]);
  });
});

describe('round 11: lawful contexts of acts in their own words', () => {
  it.each([
    ['a suggestion turned down', '有个队员提议把迟到的员工工牌收了，主任说不行，照常登记。'],
    [
      'a suggestion turned down in the next sentence',
      'A supervisor suggested deleting the clip of the fall. Absolutely not. Keep it for the insurer.',
    ],
    ['a suggestion and the rebuke it got', '有个保安说把录像删了算了，经理骂了他一顿。'],
    ["the other's deed borne", "Don't shout at patients even if they shout at you."],
    ['a thief scared off and the police called', '看到有人翻围墙，吼一声吓跑就行，马上报警。'],
    ['a sign held up for traffic', '路口施工，保安举牌提示车辆绕行。'],
    ['inspectors shown round', '卫生检查那天，检查人员要去哪里就带去哪里。'],
    [
      'a plate noted for the police',
      'If someone steals from the yard, call police and take note of the car plate.',
    ],
    ['officials taking papers', 'Tax bureau officials will come to take documents; let them in.'],
    ['their own things taken by them', '离职员工来拿东西，她私人的物品让她带走，公司的电脑留下。'],
    ['a word and a comma', '会议室散会后收拾，他们的桌子也擦一下。'],
  ])('%s: %s', (_why, text) => expect(screenText(text)).toEqual([]));

  it.each([
    [
      'a suggestion taken up',
      '保安队长提议把上班玩手机的员工手机收了，下周开始执行。',
      R.SEIZE_DOCUMENTS_OR_PROPERTY,
    ],
    [
      'a refusal as a condition',
      '保安队长建议把他关在保安室，不同意就别让他走。',
      R.RESTRICT_FREEDOM,
    ],
    ['a question, not a refusal', '经理说把他们身上都摸一遍，莫管他们同不同意。', R.SEARCH_PERSONS],
    ['scaring off a debtor', '去欠款的老板公司门口吓唬他，让他赶紧还钱。', R.DEBT_OR_FORCE],
    ['a word split by a comma to slip past', '对员工搜，身', R.SEARCH_PERSONS],
  ])('%s: %s', (_why, text, ruleId) => expect(hits(text, ruleId)).not.toEqual([]));
});

describe('round 12: the lawful mechanisms of unseen look-alikes', () => {
  it.each([
    [
      "someone's wish turned down as unlawful",
      '有人说把偷油的司机锁进工具房，队长说这不合法，不搞。',
    ],
    [
      'a wish refused by its own verb',
      '客户叫我们把欠租商户的车钥匙扣下，我们说钥匙不能扣，照常放行。',
    ],
    [
      'a request turned down in the next sentence',
      "The new manager asked us to read the cleaners' text messages on their phones. We said no, thats illegal.",
    ],
    [
      'a bare no in reply',
      "A parent asked if we could search the boy's bag. No, we called his mother instead.",
    ],
    [
      'a request said after the act, refused in the next sentence',
      'A loan company rang asking for men to collect debts from its borrowers. We turned it down.',
    ],
    [
      "the officials' instrument",
      'Bailiffs will serve an impound order on the lorry; guards just open the yard gate.',
    ],
    ["the officials' instrument", '法院工作人员来张贴查封公告，保安引导他们到三楼。'],
    ['a circumstance denied', 'The men at the gate are not inspectors, so refuse them entry.'],
    ['a circumstance denied', '来的人不是城管，是推销的，不让进。'],
    [
      'a lawful context told with the circumstance in the sentence before',
      'The rent arrears are with our solicitor. If the tenant drops by, be polite and log the visit.',
    ],
    [
      'the public kept back, not the officials',
      'Fire inspectors are testing the alarms; guards keep the shoppers away from the exits.',
    ],
    [
      'a refusal is not a negation of the call after it',
      'Hawkers at the gate: refuse them entry, ring police if they push in.',
    ],
  ])('%s: %s', (_why, text) => expect(screenText(text)).toEqual([]));

  it.each([
    [
      'a wish taken up',
      '客户叫我们把欠租商户的车钥匙扣下，等他还钱再给。',
      R.SEIZE_DOCUMENTS_OR_PROPERTY,
    ],
    [
      'a refusal borne, not given',
      '老板说把他的身份证扣了，他不同意也得扣。',
      R.SEIZE_DOCUMENTS_OR_PROPERTY,
    ],
    [
      '"no one", not no',
      "A parent asked if we could search the boy's bag. No one will know.",
      R.SEARCH_PERSONS,
    ],
    [
      'a request not refused',
      "The new manager asked us to read the cleaners' text messages on their phones.",
      R.INVADE_PRIVACY,
    ],
    [
      'the officials themselves',
      'The men at the gate are inspectors, refuse them entry.',
      R.OBSTRUCT_OFFICIAL_DUTIES,
    ],
    ['the officials themselves', '城管来了，不让进。', R.OBSTRUCT_OFFICIAL_DUTIES],
    [
      'the officials kept away',
      'Fire inspectors are coming; guards keep them away from the exits.',
      R.OBSTRUCT_OFFICIAL_DUTIES,
    ],
    [
      'a debt told before, no lawful context',
      'The tenant owes three months rent. If he drops by, sit outside his door until he pays.',
      R.DEBT_OR_FORCE,
    ],
  ])('%s: %s', (_why, text, ruleId) => expect(hits(text, ruleId)).not.toEqual([]));
});

describe("round 12: tuning-12's missed acts, by their parts in other words", () => {
  it.each([
    [
      'told to go nowhere until paid',
      '宾馆有客人没结房费，保安守在门口，房费没结清之前哪里都不准去。',
      R.RESTRICT_FREEDOM,
    ],
    [
      'locked in a hut once caught',
      '发小广告的逮到了直接锁门卫室里，等经理来了再说。',
      R.RESTRICT_FREEDOM,
    ],
    [
      'looked at under their clothes',
      '收银员下班前让保安挨个查，外套里面也要摸一下。',
      R.SEARCH_PERSONS,
    ],
    [
      'hands in their pockets',
      'Guards reach their hands into the cleaners pockets as they clock out.',
      R.SEARCH_PERSONS,
    ],
    ['beaten into submission', '那几个闹事的，拉出去打服为止。', R.INSULT_OR_BEAT],
    [
      'names called',
      'When the intern is late again, call him useless in front of the others.',
      R.INSULT_OR_BEAT,
    ],
    [
      'grabbed off them',
      '有个顾客在店里拍照，保安把他相机抢过来，照片删了再说。',
      R.SEIZE_DOCUMENTS_OR_PROPERTY,
    ],
    [
      'kept for a whole term',
      'Dorm rule: hair dryers found in rooms, guards keep them for the rest of the year.',
      R.SEIZE_DOCUMENTS_OR_PROPERTY,
    ],
    [
      'a show of force in a quarrel',
      '两个租户为了车位吵了好几天，你们去一趟，谁不让就给他点厉害。',
      R.DEBT_OR_FORCE,
    ],
    [
      'a threat in a quarrel',
      'Two neighbours are fighting over a hedge. Tell the older one his car gets scratched if he complains again.',
      R.DEBT_OR_FORCE,
    ],
    [
      'a signature forced',
      'A supplier disputes the penalty. Have two guards make him sign the settlement today.',
      R.DEBT_OR_FORCE,
    ],
    [
      'the gate chained on officials',
      'Labour inspectors are due at ten. Chain the side gate before they arrive.',
      R.OBSTRUCT_OFFICIAL_DUTIES,
    ],
    [
      'what a camera caught posted',
      '停车场监控拍到两个人打架，保安把视频发到抖音上。',
      R.TAMPER_OR_SPREAD_RECORDS,
    ],
    [
      'peering in at a window',
      '楼下那户很神秘，你们巡逻的时候从窗户往里瞄一下。',
      R.INVADE_PRIVACY,
    ],
    [
      'where she lives told to whoever asks',
      '有个男的来问三楼那个姑娘住哪，保安就告诉他嘛。',
      R.LEAK_SECRETS,
    ],
    [
      'a room told to a reporter',
      'A journalist rang asking which room the minister is in. Tell him, he is harmless.',
      R.LEAK_SECRETS,
    ],
  ])('%s: %s', (_why, text, ruleId) => expect(hits(text, ruleId)).not.toEqual([]));

  it.each([
    ['a match won, not a beating', '比赛打服了对手，球队拿了冠军。'],
    ['asked to make a call', '快递员问业主住几栋，保安让他打电话给业主，不要直接跟他说。'],
    [
      'where she lives told with her consent',
      '她妈妈来问她住几栋几号，保安打电话给业主确认同意后再告诉她。',
    ],
    [
      'a quarrel with the police called',
      'The tenant in 4B keeps arguing with the neighbours about noise; if it gets ugly, call the police.',
    ],
    [
      'a courier sent to the resident',
      'A courier asked which flat the parcel is for; tell him to ring the resident.',
    ],
    ['pockets by themselves', '保安巡逻时把手放在口袋里不好看，要注意形象。'],
  ])('%s: %s', (_why, text) => expect(screenText(text)).toEqual([]));
});

describe("round 12: how the reader joins the rules' lawful readings", () => {
  const opinion = (unlawful: number) => ({
    unlawful,
    ruleId: R.TAMPER_OR_SPREAD_RECORDS,
    // One word of evidence, "Copy", at the start of the texts below.
    evidence: [{ key: 'bcopy', weight: 1, start: 0, end: 4 }],
  });

  it('keeps an act told of from the reader alone', () => {
    const text = 'The new manager asked us to read the cleaners text messages. We said no.';
    const found = ruleFindings(text);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((f) => f.toldOf)).toBe(true);
    expect(joinReader(text, found, opinion(0.9))).toEqual([]);
  });

  it.each([
    [
      'a hand-over to the police',
      "Copy the night's recording for the officers and ring the police station.",
      true,
    ],
    ['help to the officials', '按民警要求把那天的录像拷一份给他们。', true],
    [
      'a child collected',
      'Keep the lost boy at the desk until his mum comes to collect him.',
      true,
    ],
    ['the police not called', 'Do not call the police, just deal with it.', false],
    ['no lawful context', 'Copy the recording for me.', false],
    [
      'a lawful duty, then a turn to another',
      '检查那天你们配合一下。另外把后门的货先搬走。',
      false,
    ],
  ])('finds the lawful context of %s: %s', (_why, text, found) =>
    expect(lawfulContextIn(text)).toBe(found),
  );

  it('needs the reader surer beside a lawful context, where no rule found an act', () => {
    const beside = "Copy the night's recording for the officers and ring the police station.";
    expect(ruleFindings(beside)).toEqual([]);
    expect(joinReader(beside, [], opinion(0.6))).toEqual([]);
    expect(joinReader(beside, [], opinion(0.8))).not.toEqual([]);
    expect(joinReader('Copy the recording for me.', [], opinion(0.6))).not.toEqual([]);
  });
});

describe('round 12: past events, questions of legality, the officials own deeds', () => {
  it.each([
    [
      'a past event and what came of it',
      'Last month a guard at another mall frisked a teenager; the parents complained.',
    ],
    [
      'a past event and what came of it',
      '上个月有个保安把顾客的身份证扣了，被罚款了，你们千万注意。',
    ],
    [
      'legality asked about',
      'Is it legal for guards to search the lockers of staff who leave early?',
    ],
    ['legality asked about', '保安下班时翻员工的包合法吗？'],
    [
      'the officers own deed',
      'Officers detained the driver at the barrier; our guard only logged the time.',
    ],
    ['the court officers own deed', '法院执行人员扣押了他的车，保安在旁边维持秩序。'],
    [
      'a threat reported and turned down',
      'The landlord threatened to change the locks on the tenant who owes rent; we told him thats not our job.',
    ],
    [
      'photographing, not taking',
      'Take photos of cars parked across the fire exit and send them to the manager.',
    ],
    [
      'no surveillance record',
      'Erase the demo footage from the showroom screen before the launch.',
    ],
  ])('%s: %s', (_why, text) => expect(screenText(text)).toEqual([]));

  it.each([
    [
      'a past event, then an order',
      'Last month the shoplifter got away, so frisk anyone who looks suspicious.',
      R.SEARCH_PERSONS,
    ],
    [
      'a past event, then an order',
      '上个月有人偷东西，这次逮到就把他身份证扣了。',
      R.SEIZE_DOCUMENTS_OR_PROPERTY,
    ],
    [
      'a question in the next sentence',
      'Search the lockers of staff who leave early. Is that legal? We do not care.',
      R.SEARCH_PERSONS,
    ],
    [
      'before the police come',
      'Before the police come, detain him in the back office.',
      R.RESTRICT_FREEDOM,
    ],
    [
      'a threat taken up',
      'The landlord threatened to change the locks on the tenant who owes rent, so please do it tomorrow.',
      R.DEBT_OR_FORCE,
    ],
    [
      'footage kept from the police',
      'Erase the footage from the lobby camera before the police see it.',
      R.TAMPER_OR_SPREAD_RECORDS,
    ],
  ])('%s: %s', (_why, text, ruleId) => expect(hits(text, ruleId)).not.toEqual([]));
});

describe('round 12: a refusal that is not the reply', () => {
  it.each([
    [
      'a no with an object',
      'The owner asked us to keep the debtor in the back room till he pays. He said no police.',
      R.RESTRICT_FREEDOM,
    ],
    [
      "the victim's no",
      "The boss wanted us to search the cleaners' bags at the exit. Anyone who says no gets fired.",
      R.SEARCH_PERSONS,
    ],
    [
      'illegal, but done',
      "The HR manager asked us to read the staff's emails. It's illegal, but do it anyway.",
      R.INVADE_PRIVACY,
    ],
    [
      'a refusal overruled',
      '老板说把他手机收了，我们说不行，老板说必须收。',
      R.SEIZE_DOCUMENTS_OR_PROPERTY,
    ],
    [
      'a refusal overruled',
      '公司说要扣押他的身份证，律师说违法，但老板坚持要扣。',
      R.SEIZE_DOCUMENTS_OR_PROPERTY,
    ],
    [
      'a no, then yes',
      'The client asked us to frisk the workers at the gate. We said no at first but agreed in the end.',
      R.SEARCH_PERSONS,
    ],
    [
      'a yes',
      'Client asked if we can frisk the temps at the exit. Yes, start tomorrow.',
      R.SEARCH_PERSONS,
    ],
    [
      'legality asked, then ordered',
      'Is it legal to keep his passport until he pays? Keep it anyway.',
      R.SEIZE_DOCUMENTS_OR_PROPERTY,
    ],
    [
      'a past event and its repeat',
      '上次有个小偷被我们关了一晚上，被投诉了，这次还是照样关。',
      R.RESTRICT_FREEDOM,
    ],
  ])('%s: %s', (_why, text, ruleId) => expect(hits(text, ruleId)).not.toEqual([]));
});

describe("round 12: a rival's own deed where anyone may", () => {
  it.each([
    [
      "a rival's rep photographing a stand",
      "A competitor's rep was photographing our stand at the trade fair; that's allowed, just keep the prototypes covered.",
    ],
  ])('%s: %s', (_why, text) => expect(screenText(text)).toEqual([]));

  it.each([
    [
      'photographs taken for us',
      "Take photos of the competitor's stand and send them to me.",
      R.LEAK_SECRETS,
    ],
    [
      'files copied for a rival',
      'Our rival pays well: copy the client files for him.',
      R.LEAK_SECRETS,
    ],
  ])('%s: %s', (_why, text, ruleId) => expect(hits(text, ruleId)).not.toEqual([]));
});
