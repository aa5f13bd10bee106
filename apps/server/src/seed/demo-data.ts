import { OwnershipType, Role } from '@cqss/domain';

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

export const DEMO_POSTS = [
  { company: 'cq', unit: 0, name: '医院东门岗' },
  { company: 'cq', unit: 1, name: '数据中心大门岗' },
  { company: 'sc', unit: 3, name: '写字楼大堂岗' },
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
  { company: 'sc', unit: 3, post: 2, name: '写字楼大堂评价终端', perDay: [2, 5], mood: [3.8, 3.9] },
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
