import { ServiceKind } from '../common/enums';

/** The acts guards may never do (Regulation Art. 30), one rule each; ids are stable. */
export const LegalityRuleId = {
  RESTRICT_FREEDOM: 'RESTRICT_FREEDOM',
  SEARCH_PERSONS: 'SEARCH_PERSONS',
  INSULT_OR_BEAT: 'INSULT_OR_BEAT',
  SEIZE_DOCUMENTS_OR_PROPERTY: 'SEIZE_DOCUMENTS_OR_PROPERTY',
  OBSTRUCT_OFFICIAL_DUTIES: 'OBSTRUCT_OFFICIAL_DUTIES',
  DEBT_OR_FORCE: 'DEBT_OR_FORCE',
  TAMPER_OR_SPREAD_RECORDS: 'TAMPER_OR_SPREAD_RECORDS',
  INVADE_PRIVACY: 'INVADE_PRIVACY',
  LEAK_SECRETS: 'LEAK_SECRETS',
} as const;
export type LegalityRuleId = (typeof LegalityRuleId)[keyof typeof LegalityRuleId];

/**
 * One rule of the legality screen. Phrases are patterns: `[a|b]` means either, `{person}` one
 * of PHRASE_ALIASES.person, `*` a short gap (up to 4 CJK characters or 2 English words).
 * Chinese phrases match as substrings; English ones by whole words with regular endings
 * ("seize" also finds "seized", "seizing"). An exclusion is a benign phrase: a match lying
 * wholly inside one of them does not count ("扣押金" is a deposit deduction, not 扣押).
 */
export interface LegalityRule {
  id: LegalityRuleId;
  title: { zh: string; en: string };
  /** Item of Regulation Art. 30 the rule restates. */
  item: number;
  basis: string;
  basisEn: string;
  phrases: { zh: readonly string[]; en: readonly string[] };
  exclusions: { zh: readonly string[]; en: readonly string[] };
  /** Checklist services that by themselves ask for the forbidden act. */
  services: readonly ServiceKind[];
}

const ITEM_ZH = ['', '一', '二', '三', '四', '五', '六', '七'];
const basis = (item: number) => ({
  item,
  basis: `《保安服务管理条例》第三十条第${ITEM_ZH[item]}项`,
  basisEn: `Regulations on the Administration of Security Services, Art. 30(${item})`,
});

/** Word lists the phrases share: `{person}` in an English phrase is any of these. */
export const PHRASE_ALIASES: Readonly<Record<string, string>> = {
  person:
    '[him|her|them|people|person|persons|anyone|anybody|someone|somebody|everyone|everybody|visitors|customers|guests|tenants|residents|workers|employees|staff|protesters|demonstrators|petitioners|debtors|the debtor|trespassers|intruders|vendors|hawkers|suspects|shoplifters|drivers|passengers|students|patients|owners|strikers|the man|the woman|the men|the women|the owner|the tenant|the customer|the visitor|the worker|the employee]',
  records:
    '[footage|recording|recordings|surveillance video|surveillance videos|camera records|video evidence|security video|alarm record|alarm records|alarm log|alarm logs|alarm data]',
  zhRecords: '[监控|录像|视频|影像|画面|报警记录|报警信息]',
  officials:
    '[police|the police|officers|officer|inspectors|inspector|officials|authorities|the authorities|law enforcement|investigators|regulators]',
  secrets:
    '[secret|secrets|confidential|classified|trade secret|state secret|client information|client data|client list|customer data|customer information|customer list|personal data|personal information|resident information|resident data|tenant information|owner information|visitor records|visitor logs|visitor data|internal documents|blueprints]',
};

/** Words that, right before a match, make it a prohibition rather than a request ("严禁搜身", "do not search bags"). */
export const NEGATION_CUES: { zh: readonly string[]; en: readonly string[] } = {
  zh: '不得 严禁 禁止 不准 不许 不要 不能 不可 不应 不会 切勿 请勿 勿 防止 防范 制止 避免 杜绝 严防 谨防 绝不 决不 拒绝 无需 不需要 不用'.split(
    ' ',
  ),
  en: 'not never no dont doesnt didnt cannot cant wont mustnt shouldnt prevent prevents avoid prohibit prohibits prohibited forbid forbidden refuse refuses without'.split(
    ' ',
  ),
};

/**
 * Words allowed between a negation cue and the match ("不得擅自搜身", "not be allowed to search").
 * Deliberately short: "不要报警，扣押他的证件" must stay flagged.
 */
export const NEGATION_FILLERS: { zh: readonly string[]; en: readonly string[] } = {
  zh: '随意 擅自 私自 任意 私下 以任何方式 任何 对他人 对 向他人 向外 再'.split(' '),
  en: 'to be ever allowed permitted any anyone anybody others from attempt try the a an and'.split(
    ' ',
  ),
};

/** The rule table of the legality screen, in the order of Art. 30. */
export const LEGALITY_RULES: readonly LegalityRule[] = [
  {
    id: LegalityRuleId.RESTRICT_FREEDOM,
    title: { zh: '限制他人人身自由', en: 'Restricting personal freedom' },
    ...basis(1),
    phrases: {
      zh: [
        '限制*人身自由',
        '限制*自由',
        '非法拘禁',
        '拘禁',
        '关押',
        '软禁',
        '关起来',
        '关进*[小黑屋|房间|屋里|仓库|保安室|值班室]',
        '锁在*里',
        '[扣留|扣住|看住][人|他|她]',
        '[扣留|扣住|看住]*[他们|对方|员工|工人|债务人|当事人]',
        '[不让|不准|不许][他|她|他们|她们|对方|员工|工人|访客|客人|顾客|业主|住户|租户|债务人|当事人|此人|该人]*[离开|走|出门|回家]',
        '阻止[他|她|他们|对方|债务人|当事人]*离开',
        '限制*[离开|离院|离厂|离店|离校]',
      ],
      en: [
        '[restrict|deprive] * [personal freedom|freedom|liberty]',
        'detain',
        'detention',
        'imprison',
        'kidnap',
        'hostage',
        'lock {person} [up|in]',
        'lock up {person}',
        'confine {person}',
        'hold {person} [against|until|captive|hostage]',
        '[prevent|stop|keep] {person} from leave',
        '[not let|dont let] {person} [leave|go]',
        'not allow {person} to leave',
      ],
    },
    exclusions: { zh: [], en: [] },
    services: [ServiceKind.DETAINING_PERSONS],
  },
  {
    id: LegalityRuleId.SEARCH_PERSONS,
    title: { zh: '搜查他人身体或物品', en: "Searching people's bodies or belongings" },
    ...basis(1),
    phrases: {
      zh: [
        '搜查',
        '搜身',
        '摸身',
        '翻[包|口袋|衣兜|行李|背包|书包|箱子]',
        '翻查*[包|口袋|行李|物品|背包]',
        '翻*的[包|口袋|行李|背包|书包]',
        '[强行|强制]*检查*[身体|包|物品|行李|手机|口袋]',
        '脱*[衣|衣服|裤子]*检查',
      ],
      en: [
        'body search',
        'strip search',
        'frisk',
        'pat down',
        'rummage through',
        'search * [bag|bags|belongings|pockets|body|bodies|luggage|handbags|backpacks|clothing|clothes|purses|wallets]',
        'search [him|her|them|people|persons|everyone|everybody|anyone|visitors|employees|staff|workers|customers|guests|shoppers|students|protesters|suspects|passengers]',
        'go through * [bags|belongings|pockets|wallets|purses|luggage]',
      ],
    },
    exclusions: {
      zh: ['搜查令'],
      en: [
        'search * [records|database|databases|system|files|logs|online|internet|engine|results|history|web]',
      ],
    },
    services: [ServiceKind.BODY_SEARCH],
  },
  {
    id: LegalityRuleId.INSULT_OR_BEAT,
    title: { zh: '侮辱、殴打他人', en: 'Insulting or beating people' },
    ...basis(1),
    phrases: {
      zh: [
        '殴打',
        '打人',
        '暴打',
        '痛打',
        '毒打',
        '打伤',
        '打*一顿',
        '揍',
        '动手打',
        '教训*一顿',
        '教训教训',
        '给*点颜色看看',
        '侮辱',
        '辱骂',
        '羞辱',
        '谩骂',
        '体罚',
        '罚跪',
        '打耳光',
        '扇*耳光',
        '拳打脚踢',
        '游街',
        '示众',
      ],
      en: [
        'beat up',
        'beat * up',
        'beat {person}',
        'a beating',
        '[assault|attack|punch|kick|slap|hit|abuse] {person}',
        'rough up',
        'rough {person} up',
        'teach * a lesson',
        'insult',
        'humiliate',
        'verbally abuse',
        'corporal punishment',
        'parade {person} [publicly|in public|around]',
      ],
    },
    exclusions: { zh: ['打人员'], en: [] },
    services: [],
  },
  {
    id: LegalityRuleId.SEIZE_DOCUMENTS_OR_PROPERTY,
    title: {
      zh: '扣押、没收他人证件、财物',
      en: "Seizing or confiscating people's documents or property",
    },
    ...basis(2),
    phrases: {
      zh: [
        '扣押',
        '没收',
        '扣留',
        '收缴',
        '扣[车|货]',
        '扣下*[证|卡|手机|钱|车|钥匙|东西|包|货]',
        '扣*[身份证|证件|驾驶证|驾照|护照|工作证|手机|车钥匙|行驶证]',
        '[收走|拿走|没收|扣住]*[身份证|证件|驾驶证|驾照|护照|手机|钥匙|财物|东西]',
        '强行*[拿走|收走|带走|拖走]',
        '[身份证|证件|驾驶证|驾照|护照|手机|钥匙|财物]*[扣下|扣住|扣留|收走|没收|扣押]',
      ],
      en: [
        'seize',
        'seizure',
        'confiscate',
        'impound',
        '[withhold|take away|hold on to|hold onto|take possession of] * [id|ids|id card|identity card|passport|passports|driving licence|driving license|drivers license|documents|papers|phone|phones|property|belongings|valuables|car keys|keys|goods|vehicle|car]',
        '[retain|keep] * [id card|id cards|identity card|identity cards|passport|passports|driving licence|drivers license]',
      ],
    },
    exclusions: { zh: ['扣押金'], en: ['seize * [opportunity|opportunities|moment|chance|day]'] },
    services: [ServiceKind.SEIZING_DOCUMENTS],
  },
  {
    id: LegalityRuleId.OBSTRUCT_OFFICIAL_DUTIES,
    title: { zh: '阻碍依法执行公务', en: 'Obstructing officials performing their duties' },
    ...basis(3),
    phrases: {
      zh: [
        '[阻碍|阻挠]*[执法|公务|民警|警察|公安|检查|调查]',
        '妨碍*[执法|公务|民警|警察|公安|调查]',
        '[阻拦|阻止|拦住]*[执法|民警|警察|公安|城管|检查人员|调查人员|调查组|检查组]',
        '[不让|不准|不许]*[警察|民警|公安|执法人员|城管|检查组|调查组|检查人员|消防]*进',
        '抗法',
        '对抗*[执法|检查|调查]',
        '拦*[警车|执法车]',
      ],
      en: [
        '[obstruct|obstruction of|hinder|impede|interfere with|resist|disrupt] * [{officials}|inspection|inspections|investigation|investigations|public duty|official duties|official duty|enforcement|raid|search warrant]',
        '[stop|block] {officials}',
        '[keep|lock] * {officials} out',
        '[not let|dont let|refuse] * {officials} [in|enter|into]',
        'hide * from * {officials}',
        'resist arrest',
      ],
    },
    exclusions: { zh: [], en: [] },
    services: [],
  },
  {
    id: LegalityRuleId.DEBT_OR_FORCE,
    title: {
      zh: '追索债务、以暴力或以暴力相威胁处置纠纷',
      en: 'Collecting debts or settling disputes by force or threats',
    },
    ...basis(4),
    phrases: {
      zh: [
        '讨债',
        '追债',
        '催债',
        '逼债',
        '收债',
        '要债',
        '要账',
        '讨账',
        '收账',
        '催账',
        '追账',
        '催收',
        '追讨*[欠款|债|款|钱|账|工钱]',
        '追索*[债|欠款]',
        '[讨|要|追]回*[欠款|钱|货款|工钱|债]',
        '[暴力|武力|强行][解决|处置|处理|驱赶|清场|拆除|清退]',
        '[用|使用|动用|采用][暴力|武力]',
        '[以|用]暴力*威胁',
        '威胁*[还钱|还款|还债|搬走|离开|签字]',
        '[摆平|搞定]*[纠纷|矛盾|闹事]',
        '强拆',
        '强行*[拆除|驱赶|清退|赶走]',
        '打手',
        '撑场面',
      ],
      en: [
        'debt collection',
        'debt collector',
        'debt recovery',
        '[collect|recover|chase|chase up|pursue|enforce] * [debt|debts|arrears|unpaid rent|money owed|money they owe|outstanding payment|outstanding payments|loan|loans|loan repayment]',
        'force {person} to [pay|repay]',
        'by force',
        'use force',
        '[threat|threats] of violence',
        'threaten {person}',
        'intimidate',
        'strong arm',
        'forcibly [evict|remove|disperse|clear]',
        'settle * [dispute|disputes|conflict|quarrel] * [force|violence|threats]',
      ],
    },
    exclusions: { zh: ['应收账', '收账款', '[要|追|讨]回*钱包', '打手[电|机|势|套]'], en: [] },
    services: [ServiceKind.DEBT_COLLECTION, ServiceKind.DISPUTE_ENFORCEMENT],
  },
  {
    id: LegalityRuleId.TAMPER_OR_SPREAD_RECORDS,
    title: {
      zh: '删改或者扩散监控影像资料、报警记录',
      en: 'Altering, deleting or spreading surveillance footage or alarm records',
    },
    ...basis(5),
    phrases: {
      zh: [
        '[删|篡改|销毁|伪造|抹掉|清空|扩散|外传|外泄|泄露|传播|流出]*{zhRecords}',
        '[修改|剪辑|剪掉|拷给|拷贝给|复制给|转发|发到网上|发*朋友圈|发*微信群|发*抖音]*[录像|监控视频|监控画面|监控录像|报警记录]',
        '{zhRecords}*[删|篡改|销毁|抹掉|剪掉|剪辑|清空|扩散|外传|外泄|泄露|传播|流出|发到网上|发*朋友圈|发*微信群|发*抖音|转发|拷走]',
      ],
      en: [
        '[delete|erase|alter|edit|tamper with|doctor|destroy|wipe|falsify|fabricate|overwrite|remove|get rid of] * {records}',
        '[leak|spread|circulate|publish|sell|forward] * {records}',
        '[post|put|share|upload|send] * {records} * [online|on social media|on the internet|to the media|to the press|to journalists]',
      ],
    },
    exclusions: { zh: [], en: [] },
    services: [],
  },
  {
    id: LegalityRuleId.INVADE_PRIVACY,
    title: { zh: '侵犯个人隐私', en: 'Invading personal privacy' },
    ...basis(6),
    phrases: {
      zh: [
        '侵犯*隐私',
        '偷拍',
        '偷录',
        '偷听',
        '窃听',
        '窃录',
        '偷窥',
        '[调查|打听|查|收集|搜集|曝光|公开|泄露|挖]*隐私',
        '[跟踪|尾随|盯梢|跟梢|监视][他|她]',
        '[跟踪|尾随|盯梢|跟梢|监视]*[他们|对方|员工|工人|业主|住户|租户|客户|某人|此人|老公|老婆|丈夫|妻子|配偶|前妻|前夫|行踪|私生活]',
        '查*[行踪|开房记录|聊天记录|通话记录]',
        '[翻看|偷看]*[手机|聊天记录|短信|微信|邮件|日记]',
        '[安装|装|放]*[定位器|窃听器|针孔摄像头]',
        '针孔摄像头',
        '[私家侦探|私人侦探]',
        '人肉搜索',
        '[卫生间|厕所|更衣室|浴室|淋浴间|宿舍内|宿舍里|房间内]*[装|安装]*[摄像头|监控]',
      ],
      en: [
        '[invade|violate|breach|intrude on|intrude upon] * privacy',
        'invasion of privacy',
        'spy on',
        'stalk',
        '[tail|shadow] {person}',
        'follow {person} [home|around|everywhere]',
        'track * [whereabouts|private life]',
        'wiretap',
        'eavesdrop',
        '[secretly|covertly] [film|record|photograph|watch|monitor|track|follow]',
        '[hidden|spy|pinhole] camera',
        '[gps tracker|tracking device|listening device]',
        'private [investigator|investigation|detective|eye]',
        'dig up dirt',
        '[read|go through|look through|check] * [private messages|chat history|diary|diaries]',
        '[read|go through|look through|check] [their|his|her|staff|employees|employee] [messages|emails|texts|phones|phone]',
        '[camera|cameras|cctv] * [toilet|toilets|restroom|restrooms|changing room|changing rooms|locker room|locker rooms|dormitory|dormitories|bathroom|bathrooms]',
        '[dox|doxx]',
      ],
    },
    exclusions: { zh: [], en: [] },
    services: [ServiceKind.PRIVATE_INVESTIGATION],
  },
  {
    id: LegalityRuleId.LEAK_SECRETS,
    title: {
      zh: '泄露国家秘密、商业秘密或客户要求保密的信息',
      en: 'Leaking state, commercial or client secrets',
    },
    ...basis(6),
    phrases: {
      zh: [
        '泄密',
        '[泄露|透露|出卖|出售|倒卖|贩卖|外传|外泄|窃取|刺探|套取|打探]*[商业秘密|国家秘密|秘密|机密|涉密|内部资料|客户资料|客户信息|客户名单|业主信息|业主资料|住户信息|访客信息|访客记录|个人信息|数据|资料|情报|底价|配方|图纸]',
        '[秘密|机密|涉密|内部资料|客户资料|客户信息|客户名单|业主信息|业主资料|住户信息|访客信息|访客记录|个人信息|数据|资料|情报|图纸]*[泄露|透露|外传|外泄|出卖|卖掉|卖给]',
        '[提供给|交给|发给|告诉|卖给]*[竞争对手|对手公司|同行|外人|第三方]',
        '[偷拍|拍摄|复印|拷贝]*[商业秘密|机密|涉密|国家秘密|内部资料|图纸|配方]',
        '收集*[竞争对手|对手]*[情报|信息|资料]',
      ],
      en: [
        '[leak|disclose|reveal|sell|pass on|hand over|give away|expose|steal] * {secrets}',
        '[spy on|gather intelligence on|collect intelligence on|snoop on] * [competitor|competitors|rival|rivals]',
        '[industrial|corporate] espionage',
        'espionage',
        '[pass|give|send|sell|hand] * to * [competitor|competitors|rival|rivals|journalists|the press|the media|third parties]',
      ],
    },
    exclusions: { zh: [], en: [] },
    services: [],
  },
];

/** The rule with this id (for titles and legal basis in the UI). */
export function legalityRule(id: LegalityRuleId): LegalityRule {
  const rule = LEGALITY_RULES.find((r) => r.id === id);
  if (!rule) throw new Error(`No legality rule ${id}`);
  return rule;
}
