import { CertificateStatus, EmploymentStatus, OwnershipType, Role } from '@cqss/domain';

/** Every demo account signs in with this password (README lists the accounts). */
export const DEMO_PASSWORD = 'Cqss@2026';
/** A kiosk registered by the seed can be paired with this code (single use, 30 days). */
export const DEMO_PAIRING_CODE = 'DEMO2026';

export const DEMO_COMPANIES = [
  {
    key: 'cq',
    name: '重庆保安服务有限公司',
    ownershipType: OwnershipType.DOMESTIC,
    homeDivisionCode: '500103',
    securityLicenseNo: '渝公保服20190001号',
    businessLicenseNo: '915001032028063700',
  },
  {
    key: 'sc',
    name: '四川蜀安中外合资保安服务有限公司',
    ownershipType: OwnershipType.SINO_FOREIGN_JOINT_VENTURE,
    homeDivisionCode: '510104',
    securityLicenseNo: '川公保服20200017号',
    businessLicenseNo: '915101047587412300',
  },
] as const;

export const DEMO_ORGANS = [
  { key: 'cq', name: '重庆市公安局', divisionCode: '500000' },
  { key: 'cd', name: '成都市公安局', divisionCode: '510100' },
] as const;

export const DEMO_USERS = [
  { username: 'cq.admin', displayName: '王建国', role: Role.COMPANY_ADMIN, company: 'cq' },
  { username: 'cq.supervisor', displayName: '李明', role: Role.DUTY_SUPERVISOR, company: 'cq' },
  { username: 'cq.guard1', displayName: '张伟', role: Role.GUARD, company: 'cq', guard: 0 },
  { username: 'cq.guard2', displayName: '刘洋', role: Role.GUARD, company: 'cq', guard: 1 },
  { username: 'cq.guard3', displayName: '杨帆', role: Role.GUARD, company: 'cq', guard: 2 },
  { username: 'cq.guard4', displayName: '黄磊', role: Role.GUARD, company: 'cq', guard: 3 },
  { username: 'sc.admin', displayName: '陈静', role: Role.COMPANY_ADMIN, company: 'sc' },
  { username: 'cq.police', displayName: '赵警官', role: Role.POLICE_OFFICER, organ: 'cq' },
  { username: 'cd.police', displayName: '孙警官', role: Role.POLICE_OFFICER, organ: 'cd' },
] as const;

export const DEMO_CUSTOMER_UNITS = [
  {
    company: 'cq',
    name: '重庆市渝中区人民医院',
    divisionCode: '500103',
    address: '重庆市渝中区健康路1号',
    contactName: '周主任',
    contactPhone: '023-63001234',
    isKeyUnit: false,
    keyUnitAuthority: null,
  },
  {
    company: 'cq',
    name: '长江国家数据中心',
    divisionCode: '500112',
    address: '重庆市渝北区数据谷路8号',
    contactName: '吴处长',
    contactPhone: '023-67005678',
    isKeyUnit: true,
    keyUnitAuthority: '重庆市人民政府',
  },
  {
    company: 'cq',
    name: '成都天府国际商城',
    divisionCode: '510104',
    address: '四川省成都市锦江区春熙路99号',
    contactName: '郑经理',
    contactPhone: '028-86001122',
    isKeyUnit: false,
    keyUnitAuthority: null,
  },
  {
    company: 'sc',
    name: '重庆解放碑时代广场',
    divisionCode: '500103',
    address: '重庆市渝中区民族路188号',
    contactName: '钟经理',
    contactPhone: '023-63105566',
    isKeyUnit: false,
    keyUnitAuthority: null,
  },
  {
    company: 'sc',
    name: '成都锦江写字楼',
    divisionCode: '510104',
    address: '四川省成都市锦江区红星路二段70号',
    contactName: '黄经理',
    contactPhone: '028-86003344',
    isKeyUnit: false,
    keyUnitAuthority: null,
  },
] as const;

export const DEMO_GUARDS = [
  {
    company: 'cq',
    name: '张伟',
    birth: '19900312',
    region: '500103',
    certificateNo: '渝保证2019000101',
  },
  {
    company: 'cq',
    name: '刘洋',
    birth: '19920708',
    region: '500112',
    certificateNo: '渝保证2019000102',
  },
  {
    company: 'cq',
    name: '杨帆',
    birth: '19880125',
    region: '500105',
    certificateNo: '渝保证2020000233',
  },
  {
    company: 'cq',
    name: '黄磊',
    birth: '19951111',
    region: '500106',
    certificateNo: '渝保证2021000318',
  },
  {
    company: 'cq',
    name: '赵刚',
    birth: '19850620',
    region: '500104',
    certificateNo: '渝保证2018000077',
    // Suspended while a complaint is investigated: cannot be rostered (CERTIFICATE_INVALID).
    certificateStatus: CertificateStatus.SUSPENDED,
  },
  {
    company: 'cq',
    name: '孙磊',
    birth: '20010214',
    region: '500108',
    certificateNo: null,
    // Hired last month; the certificate exam is still to come.
    certificateStatus: CertificateStatus.PENDING,
  },
  {
    company: 'cq',
    name: '周强',
    birth: '19791003',
    region: '500107',
    certificateNo: '渝保证2017000019',
    employmentStatus: EmploymentStatus.LEFT,
  },
  {
    company: 'sc',
    name: '何军',
    birth: '19870506',
    region: '510104',
    certificateNo: '川保证2020004411',
  },
  {
    company: 'sc',
    name: '罗强',
    birth: '19930918',
    region: '510105',
    certificateNo: '川保证2021005520',
  },
] as const;

/** Posts of the demo, each under a contract of DEMO_CONTRACTS (by its request key). */
export const DEMO_POSTS = [
  { contract: 'hospital', name: '医院东门岗' },
  { contract: 'datacenter', name: '数据中心大门岗' },
  { contract: 'office', name: '写字楼大堂岗' },
  // Planned under the cross-region draft: its roster goes into the filing with Chengdu.
  { contract: 'mall', name: '商城中庭岗' },
  { contract: 'square', name: '时代广场北门岗' },
] as const;

/**
 * Customer requests of the demo, with their decisions. Days are counted from the day the seed
 * runs (negative: in the past), so the demo looks current whenever it is started. `unit`
 * indexes DEMO_CUSTOMER_UNITS.
 */
export const DEMO_REQUESTS = [
  {
    key: 'hospital',
    company: 'cq',
    unit: 0,
    services: ['GATE_DUTY', 'PATROL'],
    headcount: 6,
    description: '门诊楼及住院部出入口门卫值守，夜间院区巡逻，协助维护就诊秩序。',
    period: [-240, 125],
    submittedDaysAgo: 262,
    decision: 'ACCEPT',
  },
  {
    key: 'datacenter',
    company: 'cq',
    unit: 1,
    services: ['GATE_DUTY', 'GUARDING', 'TECHNICAL_MONITORING'],
    headcount: 8,
    description: '机房区域门卫与守护，24小时视频监控值守，访客登记核验。',
    period: [-150, 215],
    submittedDaysAgo: 170,
    decision: 'ACCEPT',
  },
  {
    key: 'mall',
    company: 'cq',
    unit: 2,
    services: ['PATROL', 'EVENT_SECURITY'],
    headcount: 10,
    description: '促销活动期间商场内部巡逻及客流疏导，协助维护公共秩序。',
    period: [40, 130],
    submittedDaysAgo: 9,
    decision: 'ACCEPT',
  },
  {
    key: 'hospital-debts',
    company: 'cq',
    unit: 0,
    services: ['GATE_DUTY'],
    headcount: 2,
    description: '住院部出口设岗：对未结清医药费的病人限制离院，扣押其身份证，并协助催收欠款。',
    period: [10, 375],
    submittedDaysAgo: 6,
    decision: 'REFUSE_ILLEGAL',
    note: '要求保安员限制病人离院、扣押身份证并催收欠款，违反《保安服务管理条例》第三十条，拒绝受理并向公安机关报告。',
  },
  {
    key: 'datacenter-open-day',
    company: 'cq',
    unit: 1,
    services: ['EVENT_SECURITY', 'SECURITY_INSPECTION'],
    headcount: 12,
    description: '开放日活动现场秩序维护、入场安全检查（仅限物品安检，不得搜身）。',
    period: [20, 21],
    submittedDaysAgo: 2,
    decision: null,
  },
  {
    key: 'hospital-previous',
    company: 'cq',
    unit: 0,
    services: ['GATE_DUTY'],
    headcount: 4,
    description: '门诊楼出入口门卫值守。',
    period: [-970, -606],
    submittedDaysAgo: 990,
    decision: 'ACCEPT',
  },
  {
    key: 'datacenter-assessment',
    company: 'cq',
    unit: 1,
    services: ['RISK_ASSESSMENT'],
    headcount: 2,
    description: '数据中心年度安全风险评估及技防系统巡检。',
    period: [-1200, -840],
    submittedDaysAgo: 1220,
    decision: 'ACCEPT',
  },
  {
    key: 'office',
    company: 'sc',
    unit: 4,
    services: ['GATE_DUTY', 'PATROL'],
    headcount: 4,
    description: '写字楼大堂门卫及楼层夜间巡逻。',
    period: [-90, 275],
    submittedDaysAgo: 100,
    decision: 'ACCEPT',
  },
  {
    key: 'square',
    company: 'sc',
    unit: 3,
    services: ['GATE_DUTY', 'PATROL'],
    headcount: 4,
    description: '商场出入口门卫值守及营业时间内部巡逻，协助维护购物秩序。',
    period: [25, 390],
    submittedDaysAgo: 12,
    decision: 'ACCEPT',
  },
] as const;

/**
 * Contracts of the demo: active ones for the hospital, the data centre and the Chengdu office
 * (the posts of DEMO_POSTS belong to them), a cross-region draft for the Chengdu mall, one
 * terminated contract still retained and one whose two years are over (purgeable).
 */
export const DEMO_CONTRACTS = [
  {
    request: 'hospital',
    project: '渝中区人民医院安保服务项目',
    fee: '486000.00',
    leader: ['杨帆', '13800001002'],
    status: 'ACTIVE',
    activatedDaysAgo: 245,
  },
  {
    request: 'datacenter',
    project: '长江国家数据中心守护与技防值守项目',
    fee: '912000.00',
    leader: ['黄磊', '13800001003'],
    status: 'ACTIVE',
    activatedDaysAgo: 152,
  },
  {
    request: 'mall',
    project: '成都天府国际商城促销季秩序维护项目',
    fee: '168000.00',
    leader: ['刘洋', '13800001001'],
    status: 'DRAFT',
  },
  {
    request: 'hospital-previous',
    project: '渝中区人民医院门卫服务项目（上一期）',
    fee: '258000.00',
    leader: ['杨帆', '13800001002'],
    status: 'TERMINATED',
    activatedDaysAgo: 975,
    terminatedDaysAgo: 606,
    reason: '合同期满，双方续签新一期合同',
  },
  {
    request: 'datacenter-assessment',
    project: '长江国家数据中心安全风险评估项目',
    fee: '96000.00',
    leader: ['黄磊', '13800001003'],
    status: 'TERMINATED',
    activatedDaysAgo: 1205,
    terminatedDaysAgo: 840,
    reason: '评估报告已交付，服务完成',
  },
  {
    request: 'office',
    project: '锦江写字楼门卫巡逻服务项目',
    fee: '215000.00',
    leader: ['何军', '13800001004'],
    status: 'ACTIVE',
    activatedDaysAgo: 95,
  },
  {
    // Cross-region the other way: a Chengdu company in Chongqing, filed with 重庆市公安局.
    request: 'square',
    project: '解放碑时代广场秩序维护项目',
    fee: '320000.00',
    leader: ['罗强', '13800001005'],
    status: 'DRAFT',
  },
] as const;

/** Filings of the demo, already submitted: the square's, waiting in 重庆市公安局's queue. */
export const DEMO_FILINGS = [{ contract: 'square', submittedDaysAgo: 2 }] as const;

/**
 * Twelve-hour shifts around the hour the demo is seeded (0 is the current hour; start and end
 * in hours from it), so that someone is on duty whenever the demo starts: cq.guard1 (张伟) at
 * 医院东门岗 hands over to cq.guard2 (刘洋) within two hours, cq.guard3 (杨帆) at 数据中心大门岗
 * to cq.guard4 (黄磊).
 */
export const DEMO_SHIFTS = [
  { post: 0, guard: 1, start: -22, end: -10 },
  { post: 0, guard: 0, start: -10, end: 2 },
  { post: 0, guard: 1, start: 2, end: 14 },
  { post: 0, guard: 0, start: 14, end: 26 },
  { post: 0, guard: 1, start: 26, end: 38 },
  { post: 1, guard: 3, start: -22, end: -10 },
  { post: 1, guard: 2, start: -10, end: 2 },
  { post: 1, guard: 3, start: 2, end: 14 },
  { post: 1, guard: 2, start: 14, end: 26 },
  { post: 1, guard: 3, start: 26, end: 38 },
  { post: 2, guard: 7, start: -4, end: 8 },
  { post: 2, guard: 8, start: 8, end: 20 },
  // The Chengdu mall's first days (its service starts in 40 days): the roster to be filed.
  { post: 3, guard: 0, start: 960, end: 972 },
  { post: 3, guard: 1, start: 972, end: 984 },
  { post: 3, guard: 2, start: 984, end: 996 },
  // The square's first days (in 25 days), filed with Chongqing.
  { post: 4, guard: 7, start: 600, end: 612 },
  { post: 4, guard: 8, start: 612, end: 624 },
] as const;

/** The handover book's first pages: last night's at both posts, released. */
export const DEMO_HANDOVERS = [
  {
    from: 0, // shift index in DEMO_SHIFTS
    to: 1,
    postStatus: '夜间岗位正常，东门于6:00开启，急诊通道畅通。',
    openProblems: '东门左侧道闸偶有抬杆迟缓，已报物业维修。',
    items: [
      { name: '门禁钥匙', quantity: 3 },
      { name: '对讲机', quantity: 2 },
      { name: '值班记录本', quantity: 1 },
    ],
    findings: '岗位情况与记录一致，物品齐全。',
  },
  {
    from: 5,
    to: 6,
    postStatus: '大门岗位正常，夜间访客登记2人，均已离开。',
    openProblems: null,
    items: [
      { name: '门禁卡', quantity: 5 },
      { name: '对讲机', quantity: 1 },
      { name: '访客登记簿', quantity: 1 },
    ],
    findings: '岗位情况与记录一致。',
  },
] as const;

/** The inquiry log at 医院东门岗: one answered, one escalated to the supervisor and waiting. */
export const DEMO_INQUIRIES = [
  {
    shift: 1,
    minutesAgo: 150,
    question: '请问门诊楼几点开门？挂号在哪里？',
    answer: '门诊楼早上7:30开门，挂号在门诊一楼大厅，也可以用医院公众号预约挂号。',
    escalateMinutesAgo: null,
  },
  {
    shift: 1,
    minutesAgo: 50,
    question: '患者家属询问：住院部晚上九点以后还能不能探视？需要办什么手续？',
    answer: null,
    escalateMinutesAgo: 45,
  },
] as const;
/** Paired kiosks with a history of ratings, so the satisfaction dashboard has something to show. */
export const DEMO_FEEDBACK_KIOSKS = [
  // Ratings improve over the weeks at the hospital (a trend to see); steady at the data centre.
  { company: 'cq', unit: 0, post: 0, name: '住院部大厅评价终端', perDay: [4, 9], mood: [2.9, 4.4] },
  {
    company: 'cq',
    unit: 1,
    post: 1,
    name: '数据中心访客大厅评价终端',
    perDay: [2, 6],
    mood: [4.2, 4.3],
  },
  { company: 'sc', unit: 4, post: 2, name: '写字楼大堂评价终端', perDay: [2, 5], mood: [3.8, 3.9] },
] as const;

/** Weeks of demo ratings, ending yesterday. */
export const DEMO_FEEDBACK_WEEKS = 8;

/** Comments customers leave, by rating. */
export const DEMO_FEEDBACK_COMMENTS: Record<1 | 2 | 3 | 4 | 5, readonly string[]> = {
  1: ['门口保安态度很差，问路不理人', '晚上大门没人值守，感觉不安全', '等了十分钟没人处理'],
  2: ['停车引导不清楚', '保安在岗玩手机', '交接班时门口没人'],
  3: ['还可以，高峰期人手不够', '一般，希望巡逻更频繁一些'],
  4: ['保安很热情，帮忙指路', '巡逻很到位', '着装整齐，精神面貌好'],
  5: ['非常感谢保安师傅帮我推轮椅！', '夜班保安很负责，安全感满满', '处理纠纷及时又耐心，点赞'],
};
