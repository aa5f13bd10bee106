/** A list of English words and phrases, comma-separated. */
const words = (list: string) => list.split(',').map((w) => w.trim());

/**
 * The word classes the acts of Regulation Art. 30 are built from: who an act is done to (a
 * person, an official), what it is done to (a document, property, footage, personal data, a
 * secret), and the place, purpose or recipient that makes it unlawful (a back room, a wait for
 * the boss, a sale to an agency) or lawful (a hand-over to the police). A rule's act writes
 * `{name}` for any word of a class; an entry may itself name a class (`{boss}来`).
 * Common misspellings customers type (扣压, 身分证, 录象, 讨帐) are listed beside the words.
 */
export const WORD_CLASSES: Readonly<
  Record<string, { zh?: readonly string[]; en?: readonly string[] }>
> = {
  // ---- people ----
  person: {
    zh: [
      '老师',
      '女老师',
      '男老师',
      '教师',
      '医生',
      '护士',
      '同学',
      '女生',
      '男生',
      '女孩',
      '男孩',
      ...'他 她 他们 她们 其 人 对方 此人 该人 这人 那人 这个人 那个人 这些人 那些人 这几个 那几个 这帮人 那帮人 带头的'.split(
        ' ',
      ),
      ...'员工 职工 工人 民工 工友 临时工 小工 保洁 保洁员 阿姨 保姆 服务员 收银员 店员 营业员 厨师 司机 驾驶员 施工队 施工人员 装修工人 师傅'.split(
        ' ',
      ),
      ...'访客 来访人员 外来人员 客人 顾客 客户 消费者 业主 住户 租户 租客 房客 商户 病人 患者 家属 学生 孩子 小孩 考生 乘客 观众 游客 路人'.split(
        ' ',
      ),
      ...'老人 老太太 老太 老头 大爷 大妈 男的 女的 小伙子 年轻人 摊贩 小贩 商贩 摊主 推销员 小偷 贼 偷车贼 嫌疑人 混混 小混混 醉汉 酒鬼 小子 家伙 小哥 那货 这货'.split(
        ' ',
      ),
      ...'欠款人 欠债人 债务人 老赖 当事人 上访者 访民 钉子户 骑手 外卖员 快递员 老公 老婆 丈夫 妻子 前妻 前夫 女朋友 男朋友 同事 儿子 女儿 明星 名人 网红 艺人 黄牛 领头的 为首的 家长 女工 男工 病患 住客 房东 店主 老板娘'.split(
        ' ',
      ),
      '{agent}',
    ],
    en: [
      ...'nurse nurses carer carers porter porters chef chefs waiter waiters waitress waitresses barman barmaid bartender bartenders receptionist receptionists pupil pupils'.split(
        ' ',
      ),
      'widow',
      'widower',
      'pensioner',
      'pensioners',
      'fan',
      'fans',
      'supporter',
      'supporters',
      'spectator',
      'spectators',
      'crowd',
      'attendee',
      'attendees',
      'delegate',
      'delegates',
      'courier',
      'couriers',
      'builder',
      'builders',
      'sub-contractor',
      'subcontractor',
      'sub-contractors',
      'subcontractors',
      'traveller',
      'travellers',
      'caravan lot',
      'lot',
      'group',
      'gang',
      'lippy',
      'cocky',
      'dodger',
      'dodgers',
      'fare dodger',
      'fare dodgers',
      'offender',
      'offenders',
      'culprit',
      'culprits',
      'seller',
      'sellers',
      'street seller',
      'street sellers',
      'busker',
      'buskers',
      'trader',
      'traders',
      'hawker',
      'picker',
      'pickers',
      'temp',
      'temps',
      'nanny',
      'landlord',
      'tenants',
      'lodger',
      'lodgers',
      'rough sleeper',
      'rough sleepers',
      'homeless',
      'addict',
      'addicts',
      'punter',
      'punters',
      'kiddie',
      'kiddies',
      'teen',
      'teens',
      'skater',
      'skaters',
      'yob',
      'yobs',
      'chav',
      'chavs',
      ...'him her them he she they people person persons anyone anybody someone somebody everyone everybody'.split(
        ' ',
      ),
      ...'visitor visitors customer customers guest guests tenant tenants resident residents worker workers employee employees staff'.split(
        ' ',
      ),
      ...'protester protesters demonstrator demonstrators petitioner petitioners debtor debtors trespasser trespassers intruder intruders'.split(
        ' ',
      ),
      ...'vendor vendors hawker hawkers suspect suspects shoplifter shoplifters thief thieves driver drivers passenger passengers'.split(
        ' ',
      ),
      ...'student students patient patients owner owners striker strikers man woman men women guy guys kid kids boy girl'.split(
        ' ',
      ),
      ...'cleaner cleaners labourer labourers laborers contractor contractors cashier nanny troublemaker troublemakers squatter squatters'.split(
        ' ',
      ),
      ...'shopper shoppers neighbour neighbours neighbor neighbors husband wife ex-employee journalist journalists reporter reporters photographer photographers lad lads bloke blokes teenager teenagers youth youths beggar beggars drunk drunks celebrity celebrities star influencer son daughter ex ex-wife ex-husband girlfriend boyfriend hire hires trucker truckers stallholder stallholders'.split(
        ' ',
      ),
    ],
  },
  /** Someone named by what they did: 偷东西的, 闹事的, 欠钱的. */
  agent: {
    zh: '偷*的 抢*的 闹*的 欠*的 拖欠*的 赖*的 逃*的 推销*的 捣乱*的 拉横幅*的 摆摊*的 上访*的 讨薪*的 维权*的 翻墙*的 不交*的 不还*的 不听*的 不配合*的 乱停*的 违停*的 乱放*的 不挪*的 不走*的 不肯*的 不付*的 不听话*的 闹事*的 插队*的 吵*的 骂*的 打人*的'.split(
      ' ',
    ),
  },
  /** Who a debt is owed by, or the state of owing. */
  debt: {
    zh: '[不|没|没有|未|拖着不|迟迟不|一直不][结|付|还|给][账|帐|款|钱] [借|欠]*不还 欠钱 欠款 欠债 欠帐 欠账 欠我们 欠我 欠了 欠着 拖欠 不还钱 不给钱 赖账 赖帐 老赖 不认帐 不认账 欠费 工程款 货款 借款 尾款 还钱 钱到帐 钱到账 一直不给 拖着不给 借**跑 不交 再不交 不缴 不认帐 收了钱 不退钱 {debtMoney}*[拖|没交|没缴|未交|未缴|不交|不缴|没给|没付|未付|欠|不给|不付|不还|赖] [拖了|没交|未交|未缴|拖欠]*{debtMoney} 纠纷 合同纠纷 拆迁 拆迁户 钉子户 不退押金 押金不退 不退钱 逾期 欠租 欠薪 拖欠工资 欠工资 没给钱 不给钱 未结清 加班费 赔偿金 补偿金 欠薪 不退款 退款 货有问题 质量问题 借了钱 借钱不还 不还 欠*{debtMoney} 借了*[万|千|百万|块] 电话都不接 拿到钱 拿不到钱 要到钱'.split(
      ' ',
    ),
    en: words(
      'debt, debts, debtor, debtors, owe, owes, owed, owing, [days|weeks|months] late, late paying, late payment, overdue fees, unpaid fees, late fees, until * pays, until * pay, late payer, late payers, non-payers, skipped * rent, wont refund, refund us, hasnt refunded, not refunded, refund, pay us back, still owes, arrears, unpaid, overdue, outstanding, havent paid, hasnt paid, wont pay, not paid, behind on, stopped paying, stop paying, not paying, borrowed, stopped answering, [money|deposit|cash] back, [months|weeks|month|week] behind, wont repay, hasnt repaid, never repaid, not repaid, not repaying, lent, loaned, lent money, borrowed money, skipped out, did a runner, bad goods, refund us, wont refund, owes us, owe us, bounced, bounced cheque, still hasnt paid, dodging us, ignoring our calls, in the red, late with, short-changed, until * [settles|settle|settled|clears|clear|cleared|coughs up|cough up|pays up], still owes, still owe, into paying, into paying up, into settling, into repaying, pay up, pays up, paying the damages, pay the damages, pay for the damage, pays for the damage, pay for damages, pay damages, hasnt coughed up, coughed up, cough up, still hasnt, dodging, a loan, over a loan, the loan, until * hand over * [cheque|money|cash|payment], a cheque, stopped paying, stop paying',
    ),
  },
  /** Money a debt is in. */
  debtMoney: {
    zh: '欠款 借款 货款 工程款 尾款 欠债 债 账 帐 欠的钱 旧账 旧帐 欠账 欠帐 工钱 房租 租金 物业费 管理费 装修款 加班费 补偿金 赔偿金 货钱'.split(
      ' ',
    ),
    en: words(
      'debt, debts, arrears, rent arrears, unpaid rent, money owed, money they owe, money he owes, what * owed, whats owed, what they owe, what he owes, what she owes, outstanding payments, overdue payments, unpaid invoices, overdue invoices, loan, loans, loan repayment, our money, overdue fees, unpaid fees, late fees, outstanding fees, overdue rent, unpaid bills, overdue bills, outstanding bills, outstanding balance, unpaid wages',
    ),
  },

  // ---- confinement: a place, and a wait for someone who is not the police ----
  room: {
    zh: '值班室 值斑室 保安室 门卫室 门卫 门岗 岗亭 保安亭 监控室 办公室 小房间 小屋 房间 屋里 屋子 里屋 后屋 里间 仓库 库房 会议室 接待室 地下室 楼梯间 车间 宿舍 病房 科室 护士站 小黑屋 厕所 杂物间 储藏室 包间 保卫科 保卫处 机房 休息室 没人的地方 没监控的地方 板房 活动板房 集装箱 角落 操场 工棚 后台 后巷 后面 后院 保安部 安保部 值班岗 空房间 空病房 配电房 杂物房 后厨 货梯间 车库 客服中心 服务中心 物业中心 物业办公室 前台后面 财务室 人事部 监控中心 磅房 器材室 体育室 广播室 档案室 医务室 教室 门房 传达室 收费亭 售票亭 值班亭 岗楼 地库 设备间 水泵房 锅炉房 配电室 消控室 后仓 包厢 隔间 茶水间 会客室 洽谈室 更衣室 电梯间 楼道 天台 停车场'.split(
      ' ',
    ),
    en: words(
      'room, back room, office, back office, security office, staff room, meeting room, conference room, gatehouse, guardhouse, guard room, security room, storeroom, store room, warehouse, basement, canteen, cellar, toilet, duty room, stockroom, stock room, loading bay, hut, guard hut, cabin, lodge, container, shipping container, backstage, side room, empty room, store cupboard, cupboard, portakabin, portacabin, site office, booth, kiosk, ticket office, pay booth, site office, on site, the site, staff room, break room, lobby, reception, back, locker room, lounge, waiting room, holding room, detention room, interview room, side office, first aid room, plant room, boardroom, vip room, staff canteen, security office, control room, yard, compound, cage, pen, cell, holding cell, lock-up, lockup',
    ),
  },
  /** Holding a person somewhere, which is unlawful only with a private wait or condition. */
  holdPerson: {
    zh: '锁到 [逮到|抓到|捉到|逮住|抓住]*锁 摁住 带到 带去 带回 请到 叫到 拉到 拖到 弄到 领到 押到 控制在 控制住 留在 扣在 锁在 困在 扣住 看住 看着 看紧 看好 守着 围住 围起来 堵住 堵着 按住 拦住 呆在 待在 圈在 圈到 弄进 带进 拉进 拖进 关进 塞进 推进 锁进 拦回 拦回去 弄回 押回 控制 扣着 留着 看管 守住 把门守住 把门堵住 看死 盯死 扣下 留下来'.split(
      ' ',
    ),
  },
  /**
   * Looking after someone, not holding them: a guest received, a lost child collected, a rest, or
   * staff waiting for their work (the foreman giving out the jobs, matron taking over).
   */
  care: {
    zh: '接待 来接 接走 接回 面试 开会 会见 参观 休息一下 休息会 [扶|让|请]*休息 办理 办手续 接班 交接 走失 迷路 送医 送回家 叫救护车 救护车 急救 陪同 照看 看护 照顾'.split(
      ' ',
    ),
    en: words(
      'collect, collects, pick up, picks up, pick * up, picks * up, escort, escorts, host, appointment, welcome, reception, lost child, lost children, first aid, unwell, ambulance, lost [child|children|kid|kids|boy|girl|person|people|kiddies], [gets|get|got|is|are|was|were|goes|go|went|gone] lost, missing child, find * parents, lost and found, lost property, claim, claims, claimed, handed in, found items, left behind, accompany, accompanies, walk back with, walk * back, cash escort, escorting, keep * company, sit with, stay with, take over, takes over, gives out, give out, hands out, hand out, assigns, briefing, the jobs, their jobs, tasks',
    ),
  },
  /** A ride called for someone: the plate of the taxi told to whoever sees them home. */
  rideCalled: {
    zh: '[叫|喊|打|拦|约]*[出租车|的士|网约车|代驾|车] 送*上车'.split(' '),
    en: words('[call|get|order|hail|book] * [taxi|cab|uber|ride], put * in a [taxi|cab]'),
  },
  /** People received and free to go: seated, given water, leaving when they like. */
  hosted: {
    zh: '坐下等 倒水 倒茶 遮阳 休息区 随时走 随时可以走 想走随时'.split(' '),
  },
  /** A person named by a pronoun or a pointing word. */
  him: { zh: '他 她 他们 她们 对方 此人 这人 那人 这家伙 那家伙 这小子 那小子'.split(' ') },
  /** Helping officials, not stopping them: done as they ask. */
  assistOfficial: {
    zh: '如实 实话实说 照实说 配合 协助 [通知|联系|报告给|上报给|上报|报告]*{official} 按*要求 听*安排 带*[民警|警察|执法人员|检查人员]*[去|到|进] [给|交给|提供给]*[{police}|执法人员|他们]*[拷|复制|调取|一份] [拷给|拷贝给|复制给|交给|提供给|调给|导给]*{police} 凭*[手续|证件|公函|介绍信|调取证明|协查函|调取函] {police}*[要调|来调|调取|调阅|要查|来查]**[交给|拷给|复制给|提供给|导出]'.split(
      ' ',
    ),
    en: words(
      '[call|ring|phone] the * hotline, [call|ring|phone|notify|alert] the [police|authorities|city management|urban management|chengguan], asked us to, as * [ask|asks|asked|request|requests|requested|instruct|instructs|instructed|direct|directs|directed], at * request, [assist|help|support] * [police|officers|inspectors|officials], while the police, cooperate, co-operate',
    ),
  },
  /** Someone other than the police whom the person is kept for. */
  privateParty: {
    zh: '[王|李|张|刘|陈|杨|赵|黄|周|吴|徐|孙|胡|朱|高|林|何|郭|马|罗|梁|宋|郑|谢|韩|唐|冯|于|董|程|曹|袁|邓|许|沈|曾|彭|吕|苏|卢|蒋|蔡|贾|丁|魏|叶|余|潘|杜|戴|夏|钟|汪|田|任|姜|范|方|石|姚|谭|廖|邹|熊|金|陆|白|崔|康|毛|邱|秦|江|谷|侯|孟|龙|万|段|钱|汤|易|常|武|贺|文][总|董|经理|主任|厂长|院长|老板|处长|科长] 老板 老版 老扳 经理 店长 领导 主管 厂长 院长 校长 负责人 老总 总经理 董事长 人事 法务 律师 财务 主任 家属 家人 家里人 父母 家长 辅导员 老师 队长 我们 我 公司 单位 物业 老大'.split(
      ' ',
    ),
    en: words(
      'son, daughter, manager, store manager, gaffer, guvnor, governor, matron, foreman, head chef, duty manager, line manager, head of year, boss, owner, supervisor, director, hr, finance, legal, lawyer, parents, family, i get there, we decide, our, we, i, me, team, loss prevention, us, the client, hr team, the owner, dad, mum, mom, father, mother, uncle, brother',
    ),
  },
  /** What the person is kept until, when that is not the police. */
  privateWait: {
    zh: [
      '等*{privateParty}*[来|到|回|过来|处理|决定|问话|开完]',
      '{privateParty}*[来|到|回来|过来]*[之前|以前|前]',
      '{privateParty}没到',
      '{privateParty}*[说|定|决定]*怎么[办|处理]',
      '{privateParty}*[不发话|没发话|不点头|没点头|不同意|不松口]',
      '[再|才|在]放行',
      '等*{privateParty}*[谈|说|看|忙|问|审|定]',
      '等*{privateParty}**再说',
      '不[交|给|付|还|缴|赔|补|结|签]**不[给|让|放|开|准|许]',
      '[再|才|在][让|放|准]*走',
      '{privateParty}*来了[再|在|才]',
      '内部调查',
      '{payment}*[再|在|才|之后|以后|为止]',
      '[再|在|才]放',
      '放人',
      '放走',
      '放他',
      '放她',
      '[别|不|不能|不要]放',
      '[才能|才可以|才让|再]走',
      '什么时候*走',
      '[哪也|哪都|哪儿也|哪里也]别*去',
      '领人',
      '赎人',
      '[拿|交]钱*[领|赎]',
      '{privateParty}*[到了|来了|回来了|过来了|到场后|来了以后|到了以后|来之后|到之后|回来以后][再|才|在]',
      '等*[酒醒|冷静|清醒|消气|老实|服软|认错]',
      '[散场|天亮|下班|结束|关门|打烊|闭店|明天|第二天|早上]*[以后|之后|后|了]*[再|才|在][放|让*走|走]',
      '{unmet}',
      '[关|锁|扣|押|看]到*[散场|天亮|明天|早上|下班|酒醒|结束]',
      // 回来跟他当面谈; 等东西找到了再说.
      '回来*[谈|问话|处理|当面谈]',
      '等*找到*[再说|再|才]',
      '找到了再说',
    ],
    en: [
      'pending',
      'pending * [decision|review|investigation|payment|settlement|arrival|outcome|instructions]',
      'before ** [pay|pays|paid|sign|signs|signed|settle|settles|apologise|apologises|apologize|agree|agrees|confess|confesses]',
      'until payment',
      'until * received',
      'for an hour',
      'for a while',
      'for the night',
      'thatll teach',
      'that will teach',
      'teach * lesson',
      'until ** [makes up|make up|made up|pays back|pay back|covers|cover|owns up|coughs up|cough up]',
      'until ** [finish|finishes|finished|works off|work off|worked off|return|returns|returned|hands back|hand back|brings back|bring back|confess|confesses|admit|admits|owns up]',
      'no exceptions',
      'until ** {privateParty}',
      'till ** {privateParty}',
      'until ** [pay|pays|paid|sign|signs|signed|agree|agrees|transfer|transfers|apologise|apologises|apologize|decide|decides|interview|question|talk to|speak to]',
      'till ** [pay|pays|paid|sign|signs|agree|agrees|decide|decides|settle|settles|sorted|cleared]',
      '[until|till] ** [write|writes|wrote|apologise|apologises|apologize|apologizes] ** [apology|confession|letter|statement|sorry]',
      'then ** let * go',
      '{privateParty} [will|can|is going to|to] * decide',
      'until ** [settle|settles|settled]',
      '{privateParty} [will|can|is going to|to] * [deal with|decide|talk to|speak to|question|handle|sort]',
      'until ** [calm|calms|calmed|sober|sobers|sobered|cool|cools|cooled|money|cash|payment|sorted]',
      'for the rest of the',
      'then let * go',
      'let * go [later|afterwards|after|quietly|once]',
      'after the [show|event|match|game|concert|party|gig]',
      'let * out [in the morning|tomorrow|later|after|once|when]',
      'sober up',
      '[can|may] [go|leave] [once|when|after] ** [paid|pays|signed|signs|apologised|apologized|settled]',
      'once ** [paid|pays|signed|signs|settled|settles]',
      'for [a few|a couple of|several|two|three|some|a couple] hours',
      'before ** [talks to|talk to|speaks to|speak to|interviews|questions|has spoken to]',
      'until the [launch|show|event|meeting|match|concert|game|party|conference|ceremony] is over',
    ],
  },
  /** A condition not yet met: unpaid, unsigned ("没结清", "不在协议上签字"). */
  unmet: {
    zh: '[没|没有|未|不|不肯|不愿|拒不][结清|交齐|交清|缴清|缴齐|付清|还清|还钱|交钱|给钱|付钱|赔钱|签字|签|道歉|赔|结账|买单|交|缴|付|还|结] [不|没|没有|不肯][在|把|给]**[签字|签|交钱|付钱|还钱|赔钱]'.split(
      ' ',
    ),
  },
  /** Paying or signing as the price of being let go or getting something back. */
  payment: {
    zh: '交*钱 还*钱 赔*钱 付*钱 给*钱 交*款 交*费 交*罚款 罚*款 交*[块|元|百|千] 交*租 补*钱 结清 赔了 交了 交完 签*字 写*保证书 写*检讨 认错 道歉 赔偿 赔钱 还款'.split(
      ' ',
    ),
  },
  leave: {
    zh: '离开 走 出去 出门 出*门 回家 下班 出院 出厂 离院 离厂 离店 离校 出来 跑 溜 下楼 出楼 出{room} 出病房 出宿舍 出单元 回宿舍 回去 开走'.split(
      ' ',
    ),
    en: words('leave, go, get out, go home, walk out, exit, depart, go out'),
  },
  /** A police hand-over: what makes holding an intruder lawful (Criminal Procedure Law Art. 84). */
  police: {
    zh: '民警 警察 公安 派出所 110 警方 公安机关 交警'.split(' '),
    en: words(
      'police, the police, cops, the cops, officers, police officers, 110, investigating officers',
    ),
  },
  policeHandover: {
    zh: '报警 扭送 移交 交给*{police} 交*{police}处理 等*{police}*[来|到] 打110 {police}到场 [报告|通知|上报|联系]*{police} 报案 去*{police}'.split(
      ' ',
    ),
    en: words(
      'call the police, call the cops, [call|ring|phone|dial] [police|cops], or the police, or the cops, [until|till] ** [police|cops] [come|comes|arrive|arrives|get here], call 999, call 911, call 110, hand ** to the police, report * to the police, go to the police, [hand|turn] ** over to the police, until the police',
    ),
  },

  // ---- searching ----
  belongings: {
    zh: '身 身上 全身 口袋 衣兜 兜 裤兜 衣服 包 背包 书包 挎包 手提包 随身包 行李 箱子 柜子 储物柜 衣柜 更衣柜 抽屉 床底 饭盒 随身物品 后备箱 内衣 内裤 胸罩 文胸 外衣 上衣 袜子 鞋子 鞋里 裤腿 袖子 {clothing} 手包 腰包 手提袋 袋子 钱包 挎包 手袋 包包 衣袋 外套口袋 编织袋 蛇皮袋 麻袋 塑料袋 工具包 工具袋 手提袋 随身的包 钱夹'.split(
      ' ',
    ),
    en: words(
      'bag, handbag, backpack, rucksack, personal effects, effects, stuff, things, purse, wallet, pocket, locker, belongings, luggage, lunch box, {clothing}, handbags, bags, backpacks, pockets, coat, coats, jacket, jackets, locker, lockers, drawers, drawer, desk, desks, car boot, boot, glovebox, wallet, wallets, purses, suitcases, totes, tote, holdall, satchel',
    ),
  },
  /** What people wear: taken off or felt under, a search of the body. */
  clothing: {
    zh: '衣服 外衣 外套 上衣 衣裳 裤子 裤 鞋 鞋子 袜子 内衣 内裤 胸罩 文胸 帽子 工服 工作服 马甲 裙子 外衣 大衣 羽绒服 棉袄 夹克'.split(
      ' ',
    ),
    en: words(
      'clothing, clothes, sleeves, sleeve, collar, waistband, coat, jacket, shirt, top, skirt, dress, bra, underwear, trousers, pants, jeans, shoes, socks, boots, hoodie, jumper, sweater, uniform, garments, outer garments, garment, footwear, trainers, hat, hats, cap, caps, gloves, overalls, apron, aprons, socks, tights, leggings, vest, t-shirt, hi-vis',
    ),
  },
  /** Done whether or not the person agrees: what no entrance screening allows. */
  forced: {
    zh: '[不愿意|不乐意|不肯|不同意|不配合|拒绝|不让][的|者]*[也得|也要|照样|一样|照查|强制|必须|都得] [不管|不论|无论]*[同意|愿意|愿不愿意|同不同意|乐不乐意] 强行 强制 硬*查 直接*[摸|查|搜|翻] 直接让 别整*安检 不用*安检 不要*安检'.split(
      ' ',
    ),
    en: words(
      'whether * [like|want] it or not, like it or not, even if * [refuse|refuses|object|objects|say no|says no|complain|complains], make * [empty|open|strip|take off|turn out|lift|show], force * to [empty|open|strip|take off|turn out|show], dodgy, looked suspicious, acting suspicious, take * to the back, in the back, regardless of * consent, regardless, irrespective of, with or without * consent, whatever they say, no matter what they say',
    ),
  },
  /** When a look in someone's bag is a search: on the way out, on suspicion, by force. */
  searchOccasion: {
    zh: '下班 离职 离开 离厂 出厂 出门 走之前 走的时候 出口 怀疑 可疑 丢了 丢 丢失 偷 失窃 被盗 少了 突击 强行 强制 不配合 不同意 [不用|不经|未经|无需|不需要|不必]*同意 挨个 带走 带出 夹带 收工 放工 出场 怕*带出 {forced}'.split(
      ' ',
    ),
    en: words(
      'leave, leaving, on departure, upon departure, clock off, clocking off, end of * shift, staff leaving, {forced}, finish * shift, go home, on the way out, at the exit, suspect, suspicious, missing, stolen, theft, alarm, every night, without * [consent|permission|asking], whether * agree or not, even if * [refuse|refuses|object|objects], under * desk, under * desks, at * desks, after hours, when nobody is around, when no one is around, while * away, while * at lunch, unattended, check for company, company documents, company property, while you r at it, while you are at it, random, randomly, spot check, spot checks, on a hunch, looks dodgy, outgoing, exiting, before * exit, before they exit, on exit, upon exit, on leaving, upon leaving, regardless, end of the day, departing, clock out, clocking out, clock-out, as they leave, as they go, on their way out, on the way home',
    ),
  },
  /** Leaving it to the police instead of doing it: what a policy for guards says. */
  insteadPolice: {
    zh: '交给警察处理 交给民警处理 由民警处理 由警察处理 让警察来查 让民警来查 改为报警 直接报警'.split(
      ' ',
    ),
    en: words(
      'police instead, instead * call, instead * police, leave it to the police, let the police, wait for the police',
    ),
  },
  /** What an entrance screening lawfully takes: items banned from the venue. */
  prohibitedItem: {
    zh: '违禁品 违禁物品 管制刀具 危险品 易燃易爆'.split(' '),
    en: words(
      'prohibited items, banned items, fireworks, knives, knife, drugs, prohibited item, banned item, amnesty bin, amnesty bins, dangerous items, weapons, flares, as set in the police plan',
    ),
  },
  /** A screening at an entrance with the person's consent (Regulation Art. 25). */
  screening: {
    zh: '安检 安全检查 金属探测 探测仪 探测器 X光 安检门 过机 入场 进场 进站 入口 登机 自行打开 自愿 同意后 自己*[打开|拉开|翻开|拿出] 主动*[打开|出示|拿出] 签*同意 同意的制度 出示'.split(
      ' ',
    ),
    en: words(
      'metal detector, x-ray, walk-through, scanner, screening, wand, entrance, entry, admitted, open for them, if * agree, consent, voluntarily',
    ),
  },

  // ---- documents and property ----
  document: {
    zh: '身份证 身分证 身份症 身份正 证件 驾驶证 驾照 行驶证 护照 工作证 毕业证 学位证 学历证 户口本 户口簿 社保卡 银行卡 暂住证 居住证 结婚证 房产证 证书 原件 资格证 上岗证 健康证 学生证 工资卡 医保卡 就诊卡 户口 签证 毕业证书 押金条'.split(
      ' ',
    ),
    en: words(
      '{idDocument}, documents, papers, bank card, bank cards, payment card, social security card, work permit, certificate, certificates',
    ),
  },
  /** Papers that prove who someone is, or what they may drive. */
  idDocument: {
    en: words(
      'id, ids, id card, identity card, passport, driving licence, driving license, drivers licence, drivers license, licence, license, identity documents, identity document, identity papers, travel documents, travel document, residence permit, residence permits, residence card, hukou, work visa, visa, visas, passports',
    ),
  },
  property: {
    zh: '快递 包裹 手机 电话 钥匙 车钥匙 车 汽车 货车 电动车 电瓶车 摩托车 三轮车 自行车 单车 货 货物 东西 物品 行李 工具 秤 推车 钱包 电脑 笔记本 包 财物 酒 烟 手表 现金 设备 门禁卡 钥匙卡 饭卡 工卡 桌椅 桌子 椅子 摊位 家电 电视 冰箱 空调 洗衣机 沙发 家具 无人机 相机 单反 平板 ipad 电瓶 电池 充电宝 耳机 首饰 项链 戒指 拉杆箱 行李箱 箱子 音箱 喇叭 横幅 旗子 车牌 货箱 材料 钢材 手推车 板车'.split(
      ' ',
    ),
    en: words(
      'phone, mobile, key, keys, car keys, drone, skateboard, skateboards, ball, toys, tablet, ipad, battery, charger, guitar, amp, instrument, instruments, table, tables, chairs, sign, signs, ladder, generator, van keys, jewellery, jewelry, watch, speaker, headphones, bag, handbag, [bank|access|key|payment|credit|debit|sim|memory|meal|swipe|student|staff|work|library|gym|membership|travel|bus|id] [card|cards], keycard, keycards, property, belongings, valuables, goods, vehicle, car, bike, motorbike, motorcycle, bicycle, scooter, cart, stock, stall, tool, toolbox, tool box, laptop, camera, pay packet, wages, alcohol, cigarettes, scales, wares, produce, trolley, equipment, parcel, package, delivery, deliveries, luggage, suitcase',
    ),
  },
  /** Things, not people: what a 锁在 or 扣在 may be about. */
  thing: {
    zh: [
      '{property}',
      '{document}',
      ...'登记本 登记簿 登记表 登记册 表格 名单 花名册 账本 账册 票据 单据 合同 本子 文件 资料 档案 材料 台账 U盘 u盘 硬盘 光盘 录像 录象 视频 录音 备份'.split(
        ' ',
      ),
    ],
  },
  vehicle: { zh: '车 汽车 货车 电动车 电瓶车 摩托车 三轮车 自行车 单车 车辆'.split(' ') },
  /** Taking something away from someone. */
  take: {
    zh: '拿下来 取下来 拔了 拔掉 拔走 摘走 卸走 拆走 卸了 摘了 收走 收了 收掉 收上来 收起来 收回来 收回 拿走 拿过来 拿过去 收过来 拿掉 拖走 拉走 搬走 带走 弄走 夺走 抢走'.split(
      ' ',
    ),
  },
  /** Holding on to something for someone: unlawful when it is returned only later, on a condition. */
  keep: {
    zh: '保管 代为保管 统一保管 收上来 收起来 留下 留着 留在 放在 存在 [交|交给|交到|交由|上交|统一交|交至][门卫|保安|门岗|保安队|保安部|保卫科|保卫处|人事|公司|队里|队长|前台|我们|财务|办公室|{room}] 交由 压在 押在 押着 保存 统一保存 收着 拿着 管着 保管着 扣着 放*{room} 放到{room} 收到{room} 收进{room}'.split(
      ' ',
    ),
  },
  /** Given back only later: after paying, when the work ends. */
  laterReturn: {
    zh: [
      '[再|在|才][还|给|拿|领|取|发还|退还|归还|换回|返还]',
      '[发还|退还|归还]',
      '[期满|离职|完工|结束|干满|出场|离开|出来|完了|之后|以后]*[还|归还|退还|发还|换回|拿回|领回|给]',
      '{payment}',
      '等*赔',
      '才能[拿|取|领]',
      '不[交|给|付|还|缴|赔]*不[给|让|放|开|还]',
      '[再|才|在]*[来|过来]*[拿|领|取]',
      '[来|到]*领',
      '赎',
      '[省得|免得|防止|以防|怕|不然]**[跳槽|走人|跑了|跑路|跑掉|离职|辞职|不干|走掉]',
      '[不还|不给|不退][了|啦]',
    ],
    en: words(
      '[until|till] ** [pay|paid|repay|repaid|clear|settle|finish|finished|end|leave|signed off|unloaded|money|cash|payment|sorted|rent|fee|fees|fine|fines|bill|bills|deposit|balance], when [they|he|she] [pay|pays|leave|leaves|finish|finishes|quit|quits], for the length of, get it back, get them back, to get * back, have * back, [back|return * |returned] tomorrow, [back|return * |returned] after, after [probation|the probation|the contract|the season|the project|the job|the term], at the end of [the|their|his|her] [contract|probation|job|term|project], so [they|he|she] [cant|cannot|wont] [leave|quit|run|go], so [they|he|she] [turn up|come back|show up|come in|return|stay], for the duration of, for safekeeping, at the end of [the|their|his|her] [month|week|day|shift|term|year|season|quarter|tenancy|placement|stay], [return|give back|hand back|returned|given back|handed back] * [at the end of|after|next|tomorrow|later|once|only when|only once]',
    ),
  },
  /** Taken as a punishment: the thing is not coming back. */
  penalty: {
    zh: '[就当|算是|当作|作为|当][罚|惩罚|处罚|教训] 罚[她|他|她们|他们|你们] 充公 归公 [不还|不用还|不退|不给][了|啦]'.split(
      ' ',
    ),
    en: words(
      'as a penalty, as punishment, as a punishment, as a fine, theyll learn, they will learn, hell learn, shell learn, teach * a lesson',
    ),
  },
  /** Lawful keeping: a deposit the owner chose, lost property, an item handed straight back. */
  lawfulKeeping: {
    zh: '寄存 存入 凭票 自行取回 自行领取 自己*[来领|领回|取回|拿回] 自行*[领|取] 凭号牌 凭牌 凭*[码|单|号|证]领 代收 拾到 捡到 遗失 失主 当场 立即 马上 随即 立刻 放行条 出门条 出门证'.split(
      ' ',
    ),
    en: words(
      'lost, found, dropped, mislaid, left behind, handed in, lost-property, cloakroom, gate pass, exit pass, property pass, ticket, claim ticket, receipt',
    ),
  },

  // ---- officials ----
  official: {
    zh: '执法人员 执法队 执法车 执法的 民警 警察 公安 派出所 交警 城管 工商 市场监管 市监 税务 环保 生态环境 安监 应急管理 消防队 消防大队 消防救援 消防部门 消防的人 消防的 卫生监督 卫监 质监 劳动监察 监察大队 检查组 调查组 督查组 巡视组 纪委 监委 法院 法官 法警 检察院 海关 检查人员 调查人员 稽查 局的人 局里的人 大队的人 [局|委|厅|所]的人 银保监 银监 保监 证监 金融监管 人民银行 人行 外管局 暗访 明察暗访 住建 卫健委 卫健 建委 规划局 国土 药监 食药监 文旅 文化执法 人社 统计局 审计 水务 街道办 安委会 [住建|卫健|建设|规划|国土|自然资源|水务|林业|农业|商务|文旅|文化|教育|交通|人社|劳动|药监|食药监|质监|统计|审计|民政|税务|环保|安监|应急|市监|工商|卫生|城管|海关|气象|烟草|人防][局|委|厅|所|队|大队|中队|支队|站|办]'.split(
      ' ',
    ),
    en: words(
      'police, the police, cops, cop, the cops, feds, officer, inspector, [environmental|environment|food|drug|safety|health|fire|tax|labour|labor|planning|building|customs|market] [agency|authority|authorities|regulator|regulators|commission], inspection team, enforcement [team|officers|officials|squad|agency|unit], official, tax people, tax office, tax bureau, labour bureau, [labour|labor|fire|health|tax|safety|environmental|food safety] [inspection|inspectors|inspector|officers|officials|bureau|department|people|team], authorities, the authorities, law enforcement, investigator, regulator, bailiff, court bailiffs, environmental officers, health inspectors, fire inspectors, labour inspectors, labor inspectors, tax officers, tax inspectors, customs, bureau, urban management, city management, chengguan, council officers, council inspectors, planning officers, building inspectors, housing bureau, health commission, market regulators, market supervision, drug administration, inspectors, hse, osha, hse inspector, trading standards, environmental health, weights and measures, immigration, immigration officers, border force, ministry, the ministry, government auditors, state auditors, audit office, audit bureau, national audit, inspectorate, warrant, search warrant, bailiffs, sheriff, commission inspectors, ministry officials, ministry auditors, fire brigade, fire service, fire department, firefighters, fire crew, customs officers, inspecter, inspecters, inspektor',
    ),
  },
  /** Hiding or lying from an official: enough with an official named in the sentence before. */
  obstructStrong: {
    zh: '[假装|装作]*[没人|不在|没开|关门|停产|放假|没开工] 就说 说*不在 没这个人 没有这*[公司|人|单位|家] 支开 支走 藏起来 藏好 转移 拖住 拖延 先别开门 别开门 [别往|不要往|别带*去|不要带*去] 不开门 别开门 不要开门 [别|不要|不][抬杆|抬闸|开闸|放行] 不让*进 别让*进 不要让*进 拖住 拖着 拖延 说*[放假|停产|停业|没开工|歇业|关门了|不在|出差] [别|不要|不]让*[上|进|看|查|拍|碰|取样|采样|靠近] 挡住 拦住 堵住 赶走 请走 打发走 通风报信 [从后门|走后门|后门]*[走|溜|跑|出去|撤] [让|叫|通知]*[躲|藏|避开|避一避|回避]'.split(
      ' ',
    ),
    en: words(
      'stay out of sight, pretend ** [nobody|nobodys|no one|no ones|noone|not here|not in|closed|empty|away|not home|not there], [dont|do not|never] answer * [intercom|door|buzzer|bell], say ** private [land|property|premises], [put|park|leave|move|drive] ** across * [gate|gates|entrance|driveway|exit|road], [not let|dont let|do not let|never let] * [in|inside|enter|into|onto|on site], hide, conceal, tell * nothing, tell * nobody, lie to, no such [tenant|company|person|business|firm|man|woman|employee|worker|office], never heard of, [doesnt|does not] exist, moved out, say we [dont|do not|never|didnt|have no|lost], [not let|dont let|do not let|never let] * through, [stand|form] ** [line|wall|chain|human chain] ** [gate|gates|door|entrance], [dont|do not|never|not] open * [gate|door|doors|gates|barrier|barriers|shutter|shutters], tell * [closed|shut], closed for [holiday|holidays|the holiday|the holidays|renovation|the day|the week|inventory|maintenance], keep * [out|outside|waiting|busy|downstairs|away|at the gate|in the lobby|at bay], turn * away, send * away, lock * out, refuse * entry, stall, make * go away, tell * private [land|property], stand in front of, get in * way, stop them, [tell|say] ** [isnt|is not|arent|are not|wasnt] [in|here|around|available|on site|back|about], [nobody|no one|noone] has the [keys|key], keep ** [chatting|talking|occupied|distracted|busy], so [they|he|she] [cant|cannot|can not|wont] [reach|get to|get into|get in|get up|access|find|see], delay access, delay * [access|entry], on a wild goose chase, misdirect, turn ** away, [dont|do not|never|not] show * [recorder|footage|records|books|files|logs|dvr|documents|cctv], [tell|say] ** [theres no|there is no|there are no|we have no|we dont have|we do not have] ** [cctv|camera|cameras|footage|recording|recordings|records|files|documents|books|logs], [say|tell] ** [shut|closed] for, keep * at the barrier, [until|till] [we|weve|we have|we are|were] [have|ve|finished|done|moved|cleared|unlocked|hidden|fixed|sorted|got]',
    ),
  },
  /** What keeps an official from doing the job: a door kept shut, a lie, a delay. */
  obstruct: {
    zh: '以**[不在|出差|休假|开会|在忙|没空|没来|外出|丢了|坏了|维修|停产|放假]为由 拒绝*[进入|检查|入内|查看|调取] 拦 挡 堵 不让*进 别让*进 不要让*进 不准*进 不许*进 别放*[进|上] 不放*[进|上] 别让*[上|碰|见|拍|动|去] 不让*[上|碰|见|拍|动|去] 不开门 别开门 不要开门 [别|先别|不要|不]开*门 [别|不要|先别|不][抬杆|抬闸|开闸|开道闸|放行] [道闸|栏杆|闸|大门]*[放下|关上|关死|锁上|锁死] 拖*[小时|分钟|钟头] [再|才]放*进[来|去] [站|守|围|坐|躺]*[在|着]**不[走|让|动|离开|撤] 说**[出差|休假|请假|没来|钥匙|开会|在忙|外出] [留在|带到|请到]**喝茶 慢慢 围住 [别让|不让|不要让|别叫]*[贴|查|看|封|抽|检|量|进|拖|收|抓|罚|拍] 围起来 等*{privateParty}*[到|来]*再说 拖住 拖着 拖延 拖*时间 拖个 拖一下 慢慢走 绕一圈 支开 支走 藏起来 藏好 转移 就说 说*不在 没这个人 请出去 赶出去 轰出去 别给 不给 阻碍 阻挠 阻挡 妨碍 阻拦 对抗 抗法 别说 不要说 不能说 [别让|不让|不要让|别给]*[靠近|接近|取样|采样|取水|抽检|抽样|进去|过去] 别往*[领|带|去] [带|领]*[别的|其他|另外的|另一]*[楼|地方|区域|楼层|车间|仓库|厂房]*[转|看|逛] 没有这*[公司|人|单位|家] 没这个人 [让|叫|请]*[改天|明天|下次|过几天|下周|以后|回头]再来 说*[停产|放假|停业|没开工|歇业|不营业|关门了] 说*[坏了|进不去|锁了|没钥匙|钥匙丢了|停电|在维修|在修|打不开] 进不去 通风报信 [从后门|走后门|后门]*[走|溜|跑|出去|撤] [让|叫|通知]*[躲|藏|避开|避一避|回避]'.split(
      ' ',
    ),
    en: words(
      'tell * [cameras|camera|cctv|recorder] * [were broken|was broken|broken|not working|werent working|were off|was off], [walk|take|lead|show] * [around|round] ** only, say ** [demolished|condemned|sealed off|not in use|out of use|not ours], block * [stairway|stairs|stairwell|staircase|corridor|hallway|lift|lifts], stall, delay, say * [is away|is abroad|is not here|is not in|isnt here|isnt in|is out], keep * waiting, keep * busy, keep * out, keep * outside, turn * away, send * away, lock * out, refuse * entry, hide, conceal, get rid of, distract, lie to, tell * nobody, tell * nothing, tell * [it has been|its been|it was|it is|they have been] * [overwritten|deleted|broken|lost|wiped|gone|missing], keep * at the [gate|door|entrance|reception], [dont|do not|never|not] open * [gate|door|doors|gates|barrier], say [nobody|no one|noone], as long as [you|we] can, as long as possible, while ** [move|hide|clear|shred|remove|delete] ** [files|documents|records|stock|goods|evidence|papers|books], give * time to, the long way, [shred|destroy] ** [documents|files|records|timesheets|papers|evidence], tell [them|him|her] ** [away|abroad|on leave|not here|not in|not around|has the keys|lost the key|lost the keys], stop * at the [gate|door|entrance|barrier|reception], block * [door|doors|gate|gates|entrance|way|path], [not let|dont let|do not let|never let|not be let] * [take|check|inspect|enter|in|into|through|test|sample|samples|near|access], [ring|call|phone] me before, tell them * [gone home|is away|is out|not here|not in|has left], lock * gate, [cant|cannot|can not] [go|come] in, tell ** [is being|is closed|is shut|closed for], send * off, say [its|it is|they are|theyre] being, say we [dont|do not|never|didnt|have no|lost], stay out of sight, hold * off, no such [tenant|company|person|business|firm|man|woman|employee|worker|office], never heard of, [doesnt|does not] exist, keep * [gate|gates|door|doors] [shut|closed|locked], keep * away from, steer * [away|clear], only [see|sees|goes|visits], [paperwork|documents|files|records|books] * out of the way, keep * [chatting|talking|occupied|distracted], [walk|take|lead|show] [them|him|her] to the [clean|other|wrong|good|tidy|new|nice], tell * [to come back|come back] [later|another day|tomorrow|next week|next month], [were|we are] not ready, [say|tell] ** [only key|has the key|has the keys|took the key|took the keys], [tell|say|inform|advise|explain] ** [on leave|off today|not in today|away today|only keyholder|keyholder is], before [they|he|she|the inspectors|the officers] [get in|arrive|come in|see|get here|turn up|get there], out the back, [tell|say] ** [was down|was off|was broken|not working|wasnt working|was not working|didnt record|did not record|never recorded|no footage|no recording|nothing recorded], [tell|say] ** [overseas|abroad|out of the country|on holiday|on vacation|travelling|traveling|off sick|in hospital|unavailable|dont have the keys|do not have the keys|no keys|no key|lost the keys], [dont|do not|not] let * [near|close|get near|get close|take samples|sample], [take|lead|walk|show] * [around|round] * [other|another|wrong|different] [building|buildings|floor|floors|area|areas|site|way], stand in front of, stand in * way, get in * way, stop them, stop him, stop her, physically stop, make * go away, make * leave, tell * private [land|property], stand on, keep * [downstairs|upstairs|outside|at the gate|in the lobby|away|back|at bay|talking], closed for [holiday|holidays|the holiday|the holidays|renovation|the day|the week|inventory|maintenance], the site is closed, we are closed, [not let|dont let|do not let|never let] * [up|upstairs|down|downstairs|inside|onto|past|near|through], keep ** [chatting|talking|occupied|distracted|busy], [tell|say] ** [isnt|is not|arent|are not|wasnt] [in|here|around|available|on site|back|about], [nobody|no one|noone] has the [keys|key], [not let|dont let|do not let|never let] * [stick|put up|post|serve|hand|deliver|seal|tape|pin|paste], so [they|he|she] [cant|cannot|can not|wont] [reach|get to|get into|get in|get up|access|find|see], [lock|lock off|disable|switch off|shut down|stop|hold] * [lift|lifts|elevator|elevators|stairs|stairwell|access], [say|tell|advise|inform] ** [unavailable|not available|missing|cannot be found|cant be found|are lost|were lost|not kept|dont exist|do not exist], escort * [off|out], show * the door, see * off the premises, on a tour, on a wild goose chase, the scenic route, [lead|take|walk|show|steer|divert|redirect|send] ** instead, divert, redirect, misdirect, delay access, delay * [access|entry], [hold|keep] * up, turn ** away, [dont|do not|never|not] show * [recorder|footage|records|books|files|logs|dvr|documents|cctv|camera], [tell|say] ** [theres no|there is no|there are no|we have no|we dont have|we do not have|no such] ** [cctv|camera|cameras|footage|recording|recordings|records|record|files|documents|books|logs], [say|tell] ** [shut|closed] for, keep * at the barrier, [until|till] [we|weve|we have|we are|were] [have|ve|finished|done|moved|cleared|unlocked|hidden|fixed|sorted|got], until weve',
    ),
  },

  // ---- debts and force ----
  /** Going after someone for money: sitting at their door, following them, leaning on them. */
  pressure: {
    zh: '[去|到|上]*[门口|家|店|公司|工地|办公室|单位|项目部|楼下|厂|仓库|住处|宿舍]*[堵|坐|站|守|蹲|闹|围|喊|骂|吵|转|晃] 不是吃素的 让*知道*[厉害|后果] 找几个人 封了 封住 封门 把*门封 别想*[开出去|出去|走|拿走] 给*压力 施压 跟着 拦住 堵住 天天去 天天上门 上门 挨家挨户 催 吓 逼 威胁 镇 堵 带人去 拉横幅 蹲点 派*去 谈不拢 敲门 找到他 给*[颜色|厉害|苦头]*[看|瞧|吃] 让*乖乖 乖乖*[交|还] 不是好惹的 不好惹 轮流站岗 站岗 守在 轮班 坐着 不解决不走 直到*为止 泼*[油漆|漆|粪|红油漆|红漆] 喷漆 [砸|敲]*[玻璃|窗户|窗|门|车] 写*欠债还钱 让*知道*下场 围住 焊上 焊死 焊住 换锁 断水 断电 停水 停电 上门*催 催一催 催催 门口*[坐|守|堵|蹲] 壮[一点|点|些]的 壮汉 气势 气场 站*后面 人多 谈谈 谈一谈 撑腰 助威 镇场 闭嘴 让*闭嘴 知道*后果 别想*好过 门口*[泼|喷|写|贴] 贴*[大字报|欠条] 找到*[住哪|住的地方|家] 电闸*[拉|关|断|掐] 拉*电闸 [拉|关|断|掐]*闸 断*[网|气|暖] [停|断|掐]*[水|电] 骚扰 天天打电话 打爆*电话 敲到*为止 让*做不成生意 没人敢买'.split(
      ' ',
    ),
    en: words(
      'lean on, make a scene, cause a scene, kick up a fuss, make a fuss, wait by, wait for him, wait for her, firmly, pay * a visit, visit, go round, go around, [send|take] ** round, make sure * understand, want paying, go to * [house|home|homes|houses|shop|office|warehouse|door|site], in [his|her|their] interest, stand around, stand outside, wait outside, wait at, sit outside, sit there, every day, every evening, every night, big men, biggest men, dont take no, pays up, pay up, make * life [difficult|hard|hell|miserable], make things difficult, make things hard, big guys, heavies, muscle, nervous, scare, frighten, pressure, sit at * door, call on, stand behind, whatever it takes, by any means, make * pay, attend, daily, each day, [chain|lock|padlock|bolt|weld] * [doors|door|gates|gate|shutter|shutters] [shut|closed|up], so * [cant|cannot|can not|wont] get * [stock|goods|things|stuff|car|van|truck] out, [big|bigger|biggest|heavy|tough|hard] [guards|guys|men|lads|blokes], pop round, pop over, swing by, drop by, turn up at, show up at, get * off [him|her|them], sit in * [office|offices|shop|house|flat|home|lobby|reception], [send|take|bring] * [lads|guys|men|guards|boys|heavies], cough up, whatever * need to do, block, blockade, every morning, door to door, door-to-door, be firm, lock * [parking|spots|space|spaces|door|shop|unit], cut off * [water|power|electricity], looking threatening, look threatening, look intimidating, looking intimidating, menacing, look scary, looking scary, make it clear, better pay, hed better, youd better, theyd better, she had better, he had better, or else, or there will be trouble, worse things happen, bad things happen, accidents happen, be a shame if, regret it, shake down, shake * down, put the frighteners on, lean on, sit on, camp outside, camp out, hang around outside, wait outside * [house|home|place|shop|office], go round to * [place|house|flat|home], round to * place, knock on * door, bang on * door, hound, harass, chase * down, track * down, show * face, turn up, follow * home, scare * a bit, scare the, put pressure on, squeeze, twist * arm, cut * [power|water|electricity|gas|heating], change * [lock|locks], camp outside, camp out, every day until, one way or another, one way or the other, whether he likes it or not, like it or not, stand at, all day, so no one, so nobody, scare * customers, scare off, drive * customers away, no customers, have a firm word, firm word, track * down, make it awkward, awkward for, stay until, accompany * to, [dont let|not let|do not let] * [leave|go] ** [until|till] * [pays|pay|settles|settle|coughs up]',
    ),
  },
  recover: {
    zh: '讨回 要回 追回 拿回 收回 弄回 讨 要 追 催 逼'.split(' '),
  },
  /** Somebody else who handles the money: the guard is not the one collecting. */
  otherHandler: {
    zh: '由*[客服|财务|前台|物业|法务|律师|法院|人事|行政|公司|单位|学校] [交给|在|归]*[律师|法务|法院] 律师*[处理|在管|在跟|跟进|负责] 通过*[短信|书面|通知|律师|法院|诉讼|仲裁|法律] 走法律 起诉 诉讼 仲裁'.split(
      ' ',
    ),
    en: words(
      'finance office, with [our|the|a|his|their] [lawyer|lawyers|solicitor|solicitors|court|courts|legal team], [lawyer|lawyers|solicitor|solicitors] [is|are] handling, handle * themselves, through * [lawyers|lawyer|solicitors|solicitor|courts|court|letters|legal], legal action, small claims, sue',
    ),
  },
  /** A quarrel over land, goods or a site: what force is used to settle (item 4). */
  dispute: {
    zh: '纠纷 争议 矛盾 冲突 闹翻 谈不拢 扯皮 吵起来 吵架 抢[位置|地盘|摊位|车位|生意|地] [跟|和|与]*争 [为了|为]*争 占了 占着 扣着 不发货 不给货 维权 拉横幅 横幅 上访 讨说法 讨个说法 要赔偿 索赔 闹*[款|钱|工资|工钱|赔偿|说法|账|帐] 来闹 闹事 干起来 打起来 闹起来 不肯撤 不撤 不搬 撤场 罢工 停工 堵门 {debt} 不搬走 不肯搬 不肯走 赖着不走 说*坏话 差评 投诉 讨要 加班费 抢*[位置|地盘|摊位|车位|生意|地|客户|活|停车位] 占*[位置|地方|车位|摊位|地盘|通道|路] 闹掰 闹掰了 抢*[公章|章|执照|印章] 扯*皮 漏水 赔给 [为|为了]*吵'.split(
      ' ',
    ),
    en: words(
      'refuses to pay, refuse to pay, refusing to pay, wont pay the balance, dispute, disputes, disputed, fight, fighting, quarrel, quarrelling, row, argument, feud, claim, claims, lease, our side, other side, protest, protesting, protesters, demonstration, demonstrating, strike, striking, strikers, picket, picketing, severance, compensation, unpaid wages, wages, sit-in, sit in, blockade, blocking, refuse to move, refusing to move, wont move, standoff, stallholders, {debt}, wont move out, wont leave, refuses to leave, refuse to leave, refusing to leave, eviction, evict, evicted, squatting, moved in without, bad goods, refund, owes, complaining, complained, complain, badmouthing, bad-mouthing, bad reviews, wont budge, squatters, squatter, wont go, refuse to go, refuses to go, holding out, wont sign, refuses to sign, overstayed, overstaying, wont get out',
    ),
  },
  /** Where people are driven out of. */
  site: {
    zh: '工地 小区 大门 门外 场外 现场 商场 医院 厂区 厂 园区 校园 学校 店 店里 大楼 大厅 市场 场地 办公楼 楼盘 售楼处 营业厅 去'.split(
      ' ',
    ),
  },
  /** A show of force in a dispute: weapons brought, a threat made. */
  threaten: {
    zh: '[不退|不还|不给|不交|不付|不赔]*就*[搬|拿|拉|扛|抢|扣|砸|拆|动手|打] 别让*好过 让*不好过 有*好看 让*好看 让*知道*[厉害|后果|下场] 不是好惹的 不好惹 别客气 不客气 不用客气 [拿着|拿|带着|带上|手持|举着|拎着|抄起|配上]*[棍|棍子|橡胶棍|警棍|甩棍|钢管|棒球棍|木棍|铁棍|电棍|砍刀|家伙] 站一排 站成一排 排成一排 [必要时|实在不行|不行就|不听就|不走就|不服就]*[动手|动粗|来硬的|上手|打] 壮[一点|点|些]的 气势要足 站在后面 让*闭嘴 不然*[后果|有你|好看|小心] 小心点 后果自负 走着瞧 [断|停|掐]*[水|电|暖气] 换*锁 [扎|戳|放][了|掉]*车胎 车胎*[扎|戳|放气] [砸|划|刮][了|掉|花]*[车|玻璃|门|窗] 划车 砸车 放气 [泼|浇]*[油漆|漆|粪|脏水] [把|将]*车*[堵住|堵死|拦住|扣住] 不[发货|给货|退钱|退款|还钱|交钱]*不[让|准|许]*走'.split(
      ' ',
    ),
    en: words(
      'with [batons|bats|sticks|clubs|weapons|knives|poles|pipes|crowbars], bring * [batons|bats|sticks|clubs|weapons], [line|stand] * up * [intimidating|scary|menacing], [rough|roughing] * up, teach * a lesson, show * who is boss, get physical, if necessary use force, worse things happen, bad things happen, accidents happen, or else, you will regret, regret it, be a shame if, looking threatening, look threatening, look intimidating, looking intimidating, menacing, cut * [power|water|electricity|gas|heating], change * [lock|locks], make * life hell, make * life difficult, scare, frighten, intimidate, they will be gone, theyll be gone, he will be gone, hell be gone, cut off * [water|power|electricity|gas|heating], one way or another, one way or the other, whatever it takes, out of the, however you need to, however you have to, however it takes, any way you can, break * [lock|locks|door|doors|in|padlock], force * [lock|door|entry|way in], [smash|kick] * [lock|door|in]',
    ),
  },
  /** Driving people off or taking things back by one's own force. */
  expel: {
    zh: '[推|赶|轰|撵|扔|拖|拽|架]出去 [推|赶|轰|撵|挪|拖]走 赶出来 占住 [拆了|拆掉|砸了|砸掉|推倒|拔了|拔掉|掀了|掀翻|踢翻|推翻] [拉回来|抢回来|夺回来|抢回|夺回] [推|赶|轰|撵|拖|拽|架|抬|扔|请][出|离]{site} [东西|货|物品|家具|行李|货物|桌椅]*[搬出来|扔出来|清出来|搬出去|扔出去|清出去|清走|扔了] [拉|拖|抬|搬|扔]出来 [堆|扔|放|搬]到[门外|外面|路边|街上|马路] [换锁|锁换掉|换掉锁|换了锁|锁换了|换把锁] [扯|撕|抢|拽|拆][了|掉|下|走]*横幅 横幅*[扯|撕|抢|拽|拆][了|掉|下|走] 赶出 轰出 撵出'.split(
      ' ',
    ),
    en: words(
      '[throw|push|drag|kick|force|shove|chase|clear|carry|haul] ** [out|off|away], [tip|knock|turn|kick|push] * [stall|stalls|table|tables|cart|barrow|van|car] [over|upside down], [pull|tear|knock|rip|smash|break] * down, [tear|rip|pull] * [banner|banners|placard|placards|signs], physically remove, remove [his|her|their] [workers|people|men|staff|things|stuff], change the locks, [move|clear|take|carry] * [stuff|things|belongings|furniture|gear|possessions|property] out, get [them|him|her|everyone|everybody] ** out, break * [lock|locks|door|doors|in|padlock], force * [lock|door|entry|way in], [smash|kick] * [lock|door|in], repossess',
    ),
  },

  // ---- footage and alarm records (Regulation Art. 30 item 5) ----
  record: {
    zh: '监控 监空 录像 录象 视频 画面 影像 录影 报警记录 报警信息 报警系统 报警主机 [那条|这条|那次|这次|那几条]报警 误报 硬盘 截图 那段 那一段 巡更记录 巡逻记录 巡查记录 值班记录 值班日志 交接班记录 巡更签到'.split(
      ' ',
    ),
    en: words(
      'footage, recording, video, clip, cctv, cctv still, still, stills, screenshot, screen grab, on camera, on cctv, on video, on tape, door log, door logs, access log, access logs, entry log, hard drive, hard disk, dvr, nvr, camera recordings, camera footage, surveillance video, security video, tape, alarm record, alarm log, alarm data, alarm, cctv clip, cctvclip, camera video, vid, vids, patrol log, patrol record, patrol records, patrol logs, incident log, incident report, logbook, log book, duty log, the log, the logs, camera file, camera files, video file, video files, recording file, footage file, the bit where, the part where, the section where, the clip where, the bit when, the part when',
    ),
  },
  tamper: {
    zh: '删 删掉 删了 删除 清掉 清空 清除 抹掉 去掉 剪 剪掉 剪了 剪辑 掐掉 截掉 处理掉 改 改成 修改 篡改 伪造 格式化 销毁 毁掉 拆下来 不要留 别留 不留 别记 不记 不要记 马赛克 打码 模糊处理 补一下 补记 补上 写成 改为 改写 别存 不存 不要存 清了 往后挪 往前挪 调成 调到 换成 换掉 替换 调包 覆盖掉 覆盖了 盖掉 补签 补打 补录 倒签 改一下 改掉 改了 抹了 抹去 抹除 弄掉 搞掉 弄没 搞没 删没 改成*测试 写成*测试 标成*测试 改为*测试 当成*测试 覆盖一下 覆盖下 盖一下 覆盖了吧'.split(
      ' ',
    ),
    en: words(
      'delete, erase, alter, edit, tamper with, lose, misplace, scrub, purge, clean up, wipe out, doctor, destroy, wipe, falsify, fabricate, overwrite, remove, get rid of, cut out, cut, take out, change, blur, blur out, pixelate, crop, entries, entry, change the entries, make it look like, so it looks like, so that it looks like, to look as if, backdate, back-date, rewrite, redo, lose, mislabel, relabel, record over, tape over, switch * tape, snip, snip out, trim, chop, chop out, splice, lose the tape, lose the footage, amend, modify, tweak, backfill, touch up, massage, fudge, cook, rewrite, purge',
    ),
  },
  /** Erasing beyond doubt: a sentence with footage and one of these asks for it gone. */
  erase: {
    zh: '抹了 抹去 抹除 弄掉 搞掉 弄没 搞没 删没 处理干净 弄干净 清理掉 [只写|只记|少写|少记]*[一次|一条|一个] 漏记 删掉 删除 删了 清掉 清空 清除 抹掉 剪掉 剪好 剪一下 剪辑 剪了 掐掉 处理掉 格式化 销毁 篡改 伪造 覆盖掉 盖掉 补签 补打 补录 倒签 改成*[按时|正常|没有|没事|准时] [别|不要|不用|不必]*[写进去|记进去|记上|写上|录进去|录入|填上|上报|登记] 就当没[发生|有过|这回事|报过]'.split(
      ' ',
    ),
  },
  /** Copying footage out for someone. */
  copyOut: {
    zh: '拷一份 拷给 拷贝给 拷走 复制一份 复制给 发给 传给 导出来 导出 给*拷'.split(' '),
  },
  /** Passing footage on: copying, posting, sending. */
  spread: {
    zh: '发到 发给 发在 发*群 发朋友圈 发抖音 发微博 发快手 传到 上传 转发 扩散 外传 外泄 泄露 曝光 公开 拷给 拷一份 拷贝 拷走 复制 导出 卖给 卖 截图发 截*图发 贴 张贴 贴在 贴到'.split(
      ' ',
    ),
    en: words(
      'leak, spread, circulate, publish, sell, forward, post, put, share, upload, send, give, export, show, air, broadcast, whatsapp, wechat, text, message, dm, airdrop',
    ),
  },
  /** Where footage must not go: the internet, a group chat, the press, a private party. */
  publicPlace: {
    zh: '小红书 B站 视频号 公众号 直播间 网上 朋友圈 群里 业主群 微信群 抖音 快手 微博 媒体 记者 报社 电视台 外人 公告栏 宣传栏 大门口'.split(
      ' ',
    ),
    en: words(
      'online, on social media, shop window, the window, front window, the internet, the media, the press, journalist, tabloid, tabloids, magazine, blogger, influencer, facebook, instagram, twitter, tiktok, weibo, website, noticeboard, page, the local paper, newspaper, douyin, wechat group, residents wechat group, group chat, whatsapp, whatsapp group, telegram, residents group, the group, so everyone knows, socials, our socials, our page, our account, our channel, youtube, snapchat, reddit, xiaohongshu, bilibili, big screen, everyone wants to see, for promotion, promo, marketing, advert, advertising, our feed',
    ),
  },
  /** Who may lawfully have a copy of footage. */
  lawfulRecipient: {
    zh: '公安 民警 派出所 警方 公安机关 警察 交警 法院 调取证明 调查的民警 物业 客户单位 甲方 安保部 保卫科 保卫处 项目经理'.split(
      ' ',
    ),
    en: words(
      'police, officers, investigating officers, legal department, head of security, facilities team, facility manager, site manager, lost dog, lost cat, lost pet, missing dog, missing cat, missing pet, find the owner, owner can find, owners can find, the client, our client, the control room',
    ),
  },
  /** Footage that disappears on the retention schedule, not on request. */
  scheduledOverwrite: {
    zh: '自动覆盖 循环覆盖 自动 到期 保存期 校准 调准 对准 同步 不准 校时 对时 误差'.split(' '),
    en: words(
      'automatically, on a loop, after * days, retention, system overwrites, overwrites automatically, regulations require, as the regulations, the law requires, at least * days, for at least, retention period',
    ),
  },

  // ---- privacy and secrets (item 6) ----
  personalData: {
    zh: '名字 姓名 微信名 微信号 昵称 电话 手机号 电话号码 号码 联系方式 身份证号 身份证复印件 身份证信息 身份证号码 住址 地址 房号 门牌号 车牌 车牌号 登记本 登记表 登记册 登记信息 访客信息 访客登记 来访登记 入住信息 入住记录 开房信息 住户信息 业主信息 业主名单 住户名单 名单 个人信息 照片 长相 人脸 行踪 开房记录 聊天记录 通话记录 门禁记录 刷卡记录 出入记录 资料 [家长|学生|业主|住户|员工|客户|访客|会员|病人|患者|租户|居民|住客|顾客|车主|宾客][的]*[信息|资料|名单|电话|联系方式|信息表|花名册|通讯录|手机号|号码|照片] 信息表 花名册 通讯录 病房照片 病历 进出时间 出入时间 行程'.split(
      ' ',
    ),
    en: words(
      'phone number, numbers, names, date of birth, dates of birth, accident book, contact sheet, contact sheets, contact info, contact information, admission list, admissions list, admission records, [patient|patients] [list|lists|records|details|names|files], sign-in book, sign in book, guest register, visitor register, hotel register, guest book, visitors book, access card records, access records, card records, reg numbers, regs, plates, contact details, address, flat number, room number, unit number, house number, id scans, id copies, id copy, copies of * id, access-card logs, access card logs, card logs, visitor records, visitor logs, visitor data, visitor phone numbers, sign-in sheets, sign in sheets, visitor book, visitor sign-in, parking list, resident list, residents list, list of residents, contact list, contact lists, plate numbers, number plates, registration numbers, photos, faces, face data, facial data, face images, biometric data, resident information, resident data, residents data, personal data, personal information, tenant information, owner information, visitor log, phone list, phone lists, phone numbers, mobile numbers, email addresses, email list, mailing list, tenant list, tenants list, owner list, guest list, guest lists, patient list, member list, membership list, car regs, who lives where, list of [guests|residents|tenants|celebrities|patients|visitors|members|customers|clients|owners|vips|staff|employees|students|parents], room numbers, guest names, plate, car plate, number plate, reg, registration, reg number',
    ),
  },
  /** A private end for personal data: a date, a grudge against who complained. */
  privatePurpose: {
    zh: '漂亮的 美女 长得好看 身材好 帅哥 我想约 想认识 想追 约她 约他 追她 我个人 私人用 骂物业的 投诉我们的 投诉过我们 举报我们的 曝光我们的 [是|查]*哪户的'.split(
      ' ',
    ),
    en: words(
      'for me personally, personal reasons, private use, personal use, blonde, brunette, redhead, pretty, cute, good-looking, hot, gorgeous, ask her out, ask him out, date her, fancy her, who complained, complained about us, who reported us, who posted about us',
    ),
  },
  /** The people the data is about agreed to it: "they agreed", "as they signed up to". */
  consent: {
    en: words(
      'they agreed, agreed to it, agreed to this, with * consent, with * permission, as they signed up, signed up to, signed up for, opted in, opt in',
    ),
  },
  /** The person whose data it is asks for it or agrees: 业主要求保安帮他联系…. */
  subjectAsks: {
    zh: '[业主|住户|租户|本人|当事人][要求|请求|委托|同意|授权]'.split(' '),
  },
  /** Someone personal data must not be passed to. */
  dataBuyer: {
    zh: '中介 房产中介 装修公司 贷款公司 [理财|贷款|保险|金融|营销|广告|教育|培训|房产|装修]公司 销售 营销 推销 广告 合作方 合作伙伴 合作的 第三方 外人 别人 朋友 私家侦探 侦探 同行 竞争对手 对手 推广 抽奖 拉新 营销活动 做活动 发广告 广告 粉丝 粉丝群 群里 微信群 网上 朋友圈 狗仔 记者 媒体 有人来问 谁来问 好处费 保险 卖*的 [培训|教育|理财|贷款|保险|金融|营销|广告|房产|装修|早教|健身|美容|医美|投资|借贷|催收]*[机构|公司|的人|中心] {sell} 洗车店 商家 店家 [隔壁|附近|楼下|对面|周边][的]*[店|商家|公司|商铺|超市|饭店|健身房|楼盘|开发商|售楼处|机构|美容院] [隔壁|附近|楼下|对面|周边]*[商家|商铺|超市|饭店|健身房|楼盘|开发商|售楼处|美容院] 搞活动 做推广 发传单 拉客户 要债的 讨债的 催收的 放贷的 外面的人 表弟 表哥 堂弟 堂哥 亲戚 老乡 同学 哥们 做*[装修|保险|车险|中介|贷款|房产|二手车|宽带|家政|搬家|培训|销售|推销|生意|理财|广告|营销]*的 提成 分成 回扣 [钱|好处]*[大家分|分你|分你们|一起分|平分|对半分] 拉*业务 抢单'.split(
      ' ',
    ),
    en: words(
      'sell insurance, insurance on the side, on the side, agency, estate agency, estate agent, [loan|finance|insurance|marketing|estate|sales|ad|advertising|debt|tour|travel|dating|recruitment] [company|companies|firm|firms|agency|agent|agents], lender, lenders, dealership, car dealer, leads, friend, marketing partner, partner, third party, third parties, private detective, detective, investigator, anyone who asks, ad company, advertiser, marketing, advertising, sales team, car wash, discount, commission, kickback, cousin, claims firm, claims company, claims management, ambulance chaser, wants new [patients|clients|customers|members], wants * [patients|clients|members], brother-in-law, sister-in-law, brother, sister, uncle, aunt, nephew, rep, reps, sales rep, sales reps, vouchers, voucher, gift cards, [tutoring|tuition|training|driving|language] [centre|center|school], wants * customers, a buyer, sells insurance, her husband, his wife, the husband, the wife, debt collector, debt collectors, collector, collectors, loan shark, loan sharks, stranger, strangers, outsider, outsiders, ex-partner, ex-boyfriend, ex-girlfriend, reporter, journalist, car wash, gym, shop next door, local businesses, a guy, some guy, salesman, salesmen, realtor, broker, brokers, mate, mates, my mate, pal, buddy, the paper, newspaper, tabloid, the press, press, salesman, salesmen, broadband, a cut, giving us a cut, backhander, bung, sweetener, associate, our associate',
    ),
  },
  /** Selling something: what makes a photo or a list a trade. */
  sell: {
    zh: '卖给 出售给 倒卖给 卖钱 卖了 卖掉 自己卖 拿去卖 能卖 可以卖 卖点钱 卖个 出售 倒卖 贩卖 变现 换钱'.split(
      ' ',
    ),
    en: words('sell, sells, sold, selling, resell, flog, make money, paparazzi, tabloid, tabloids'),
  },
  /** What a private life is made of: where someone lives, goes, and with whom. */
  privateLife: {
    zh: '谁来找{him} 谁找{him} 住*[几楼|几号|哪栋|那栋|几栋|几单元|哪个单元|哪间|那间] 住哪 住在哪 住几楼 住几号 住哪栋 住哪间 几点下班 几点上班 几点回家 几点出去 上下班时间 一个人住 单身 住址 开房 几点睡 几点起 作息 家里几个人 开什么车 跟谁 和谁 [跟|和]什么*[人|男的|女的] 行踪 底细 去哪 几点出门 几点回来 私生活 隐私 带谁 干什么的 做什么的 做什么生意 几口人 家里有谁 家庭情况 在哪上班 在哪工作 工作单位 案底 犯罪记录 前科 背景 [哪些|什么|哪个|谁|几个][人|男的|女的|男人|女人]*[进出|来往|出入|来过|进去|上门|过夜|留宿] 谁进出 谁来过 几点走 几点来 几点进 同居 同性恋 同性 怀孕 病情 病史 艾滋 HIV hiv 宗教 信仰 离婚 情人 小三 出轨 婚外情 性取向 精神病 抑郁 看什么病 挂什么科 接私活 在外面*干什么 跟谁联系 联系了谁 谁[晚上|半夜|夜里|几点|经常]*[出去|回来|进出|出门|回家|来找] [跟|和]谁*[聊天|聊|联系|来往|吃饭|见面|约会] 有没有[男朋友|女朋友|对象|男人|女人] 男朋友 女朋友 对象是谁 没人住 空着 常年不在 长期不在 家里没人 没人在家 [跟|和]谁*[出去|出门|回家|走|在一起|住] [跟|和]谁一起 跟谁在一起'.split(
      ' ',
    ),
    en: words(
      'where * lives, movements, comings and goings, daily routine, routine, what time ** [gets home|comes home|leaves|goes out|gets back|comes back|gets in], who with, background, who * [boyfriend|girlfriend|husband|wife|partner] is, where * worked, comes and goes, come and go, who visits, who * visits, who comes, who * sees, who * with, when * [comes|leaves|goes out|gets home|comes home|gets back], which flat, which room, which bank, bank details, how much * [earns|earn|makes|make|salary|income], salary, income, lives in, where * goes, where * working, where * works, who * meets, whereabouts, private life, has visitors, gets visitors, who visits, when * has visitors, which [apartment|unit|floor|building|house|door|patients|residents|tenants|guests|visitors|employees|students], same-sex, gay, lesbian, sexual orientation, sexuality, religion, religious, pregnant, pregnancy, hiv, std, medical condition, health condition, illness, mental health, divorced, divorce, living together, cohabiting, affair, affairs, dating, who * talking to, who * talks to, who * seeing, side job, side jobs, moonlighting, what * say about, what they say, what * talk about, political views, politics, union, unions, [her|his|their] [visitors|hours|comings|callers|guests|boyfriend|girlfriend|lover|lovers], visitors and hours, who * dating, dating, staying on, staying at, staying here, staying in, who is staying, whos staying, prayer room, prays, praying, mosque, church, temple, counsellor, therapist, therapy, how often, which [staff|workers], who ** [talk to|talks to|speak to|speaks to|meets|meet|sees|visits|stops to talk to], single, dating app, dating apps, dating profiles, dating profile, tinder, who is single, whos single, social media profiles, social media, staying over, stays over, sleeps over, sleep over, overnight guests, boyfriends, girlfriends, when ** [goes|go] to the [shops|shop|gym|church|doctor|doctors|pub|bank|market|park], is away, goes away, out of the house, benefits, on benefits, welfare, criminal record, immigration status, visa status',
    ),
  },
  /** Watching someone on the quiet. */
  watch: {
    zh: '盯 盯着 盯一下 盯住 留意 监视 暗中 偷偷 悄悄 跟着 跟踪 尾随 盯梢 跟梢'.split(' '),
    en: words(
      'keep an eye on, keep tabs on, watch, monitor, note, observe, track, follow, observation, discreet observation, surveillance on, keep watch on, keep under watch, keep under observation, keep * under observation, log, maintain observation',
    ),
  },
  secret: {
    zh: '金库 保险柜 投标文件 招标文件 商业秘密 国家秘密 秘密 机密 涉密 内部资料 图纸 平面图 设计图 配方 报价 投标报价 底价 标书 新产品 样品 白板 [测试|实验|研发|技术|生产|财务|销售]*[数据|资料|文件|报表] 客户名单 客户资料 客户信息 门禁密码 密码 运钞车 押运路线 押运时间 [送款|运钞|押运|换班|交接班]*时间 什么时候*[送款|运钞|押运|换班] 情报 几点*[送钱|送款|运钞|押运|换班|到|来|送] 送多少 运多少 多少现金 时间表 路线 合同 价格 报价单 进货价 进货单 单价 进价 成本 客户清单 来访客户 名单 生产线 样机 原型 实验室 研发 投资人 数据 押运员 几个押运员 几点*[来|到|送] 运钞 押运的路线 押运的时间 路线和时间 密码 门禁码 保险柜密码 出多少*[货|车] [每天|一天|每月]*[出|进|发]*多少*[货|车|箱] 产量 出货量 进货量 销量 营业额 流水 客流量 名片 客户名片 来访客户 访客名单'.split(
      ' ',
    ),
    en: words(
      'secret, unreleased, unreleased [handset|handsets|phone|phones|product|products|model|models], board minutes, board papers, board meeting, cash truck, cash trucks, security van, alarm code, door code, pin code, password, passwords, cash van, cash delivery, vault, safe, the safe, safe code, combination, how much cash, delivery times, delivery route, route, routes, what time, prototype, prototypes, samples, new line, production line, new product, designs, lab results, test results, pricing, prices, rates, room rates, contracts, investors, clients, corporate clients, visitor list, list of visitors, whiteboard, tender, tenders, tender documents, delivery schedule, delivery schedules, customer names, client names, guard rota, confidential, classified, trade secret, state secret, client information, client data, client list, client files, case files, customer data, customer list, internal documents, blueprint, drawing, design, plans, formula, alarm codes, door codes, visitor records, visitor logs, visitor data, resident information, resident data, tenant information, owner information, personal data, personal information, alarm codes, delivery dates, prototype delivery, when * [delivery|deliveries|shipment|shipments|cash] [arrive|arrives|comes|come], how many guards, key codes, combination, cash-in-transit schedule, cash in transit schedule, cit schedule, collection schedule, collection times, transit schedule, transport schedule, escort schedule, escort route, tender submissions, bids, bid, which corporate clients, corporate clients, guest list, vip list, who is staying, whos staying, case files, merger, acquisition, deal, customer database, client database, database, crm, customer records, client records, sales figures, sales data, payroll, routines, opening and closing, opening routine, closing routine, lock-up routine, lockup routine, alarm zones, floor plans, security layout, camera layout, blind spots, camera blind spots, guard schedule, patrol times, patrol routes, internal emails, client emails, clients emails, their emails, confidential emails, internal memos, memos, flights, high-value shipments, shipments',
    ),
  },
  /** A price for information. */
  bribe: {
    zh: '出价 给钱 好处费 不会亏待 费用另算 另外给 有偿 提成 给点好处 给*好处 好处 红包 请*吃饭 少不了*的 辛苦费 茶水费 烟钱 意思意思'.split(
      ' ',
    ),
    en: words(
      'pay well, see * right, pay you, per page, for a fee, paid well, worth their while, worth your while, worth * while, make it worth, a cut, giving us a cut, backhander, bung, sweetener, cash in hand, few quid, a few quid, a drink, drink in it, in it for you, paying cash, pay cash, pay you cash, hes paying, he is paying, theyre paying, they are paying, will pay, pay you well',
    ),
  },
  /** Told or handed to us: what a guard posted elsewhere is asked to pass on. */
  tellUs: {
    zh: '跟我说 跟我讲 告诉我 告诉我们 说一声 说说 讲讲 拍给我 发给我 打听 透露 问问 问一下 套 拍下来 拍几张 拍一下 拍张 给我个名单 [给|发][我|我们]*[一份|个|份] 导一份 拷一份 拷出来 导出来 复印一份 抄一份 发我 透个底 透底 通个气 报给我 汇报 回来说 回来告诉 [跟|和|给]*[我|我们|朋友][说|讲|透|报|发] 记下来 记住 记个本子 记本子上 [朋友|熟人|亲戚|有人|外人][想知道|在问|问] 私下*[跟|和|给|告诉|透露|说|发] 偷偷*[跟|告诉|说|给|发] 悄悄*[跟|告诉|说|给|发] 帮我[看看|看一下|留意|盯着|数一数|数数|记一下] [发|给|拷|导|抄|拍|复印]*一份给[我|我们]'.split(
      ' ',
    ),
    en: words(
      'jot ** down, note ** down, write ** down, let * know, [photo|snap|copy|scan] ** for [me|us], tell us, tell me, find out, get * a copy, a copy of, grab * [pic|pics|photo|photos|picture|pictures], [pic|pics|photo|photos|picture|pictures] of, send * to me, jot down, report back, send * over, pass * to us, send * to us, send me, send us, report on, pass on, pass * on, pass along, anything about, keep * ears open, keep an ear out, report * back, note down, write down, get a copy, take * photos, take * pictures, take * pics, photograph, snap, copy, [tell|give] [my|a] [friend|mate|contact|cousin|partner], share them, share it, share that, share this, just share, just tell, can just tell, is asking, are asking, wants to know, want to know, pass * dates, send * dates, give * [codes|code|dates|times|schedule|route], email us, email me, email * to us, email * to me, text us, whatsapp us, message us, forward * to us, forward us, send over, drop us, bring us, get us, get me',
    ),
  },
  /** Another firm's business: whom they see, what they pay, what they make. */
  theirBusiness: {
    zh: '他们*来了*[哪些|什么]*[客户|人|投资人] 他们的*[客户|报价|价格|合同|供应商|进货价|房价|数据|图纸|配方|门禁记录|访客|来访客户|新品|生产线] 他们公司*[客户|来访|报价|合同|价格|图纸|访客|名片] [那家|这家|隔壁|楼里|楼下|楼上|对面]*[公司|律所|企业|银行|医院|诊所|店|单位|事务所]*的*[访客|客户|来访]'.split(
      ' ',
    ),
    en: words(
      'their [clients|customers|investors|suppliers|prices|rates|contracts|deals|plans|visitors|room rates|corporate clients|designs|prototype]',
    ),
  },
  /** Our own premises: what our guards there see is ours to know. */
  /** Nobody left inside what is locked: 确认里面没人再锁门. */
  nobodyInside: {
    zh: '[里面|屋里|店里|库里|楼里|室内]*没[人|有人] 清场 确认没人'.split(' '),
  },
  /** Data said to stay where it is: what is handed on inside is not passed out (不准外传). */
  keptWithin: {
    zh: '[不准|不得|严禁|禁止|不能|不许|莫|不要|切勿|一律不]*[外传|外泄|外发|对外提供|给外人|泄露|透露]'.split(
      ' ',
    ),
    en: words(
      '[not to be|never to be|must not be|mustnt be|is not to be|are not to be] [shared|passed on|given out|handed out|disclosed] ** [outside|anyone else|third parties|outsiders], [never|not] [leaves|leave] the [office|building|desk|company]',
    ),
  },
  ownSite: {
    zh: '在我们*[这|这里|这边|公司|厂|小区|楼|单位|项目|店|医院|学校|银行|园区|商场|工地|酒店|网点|大楼|写字楼|仓库|市场|支行|门店|超市] [派到|派驻到|派驻|派来]我们 我们*[商场|工地|公司|小区|酒店|医院|学校|银行|网点|厂|仓库|项目]*的保安 在我司 在本*[公司|单位|小区|楼|厂|店]'.split(
      ' ',
    ),
    en: words(
      'our [site|building|office|premises|factory|warehouse|shop|store|mall|hotel|bank|branch|school|hospital|estate|plant|lab] [guard|guards|team], at our [site|building|office|offices|premises|factory|warehouse|shop|store|mall|hotel|bank|branch|school|hospital|estate|plant|lab], our own',
    ),
  },
  /** Guards posted at someone else's premises, asked to tell what they see there. */
  postedAt: {
    zh: '你们*[在|派|给|帮]**[值班|值夜班|夜班|站岗|上班|值守|保安|押运|看门|门岗|前台|安保|巡逻] 你们*[在|派|给|帮]**[公司|厂|银行|支行|大院|园区|写字楼|商场|医院|大楼|研发楼|项目|工地|酒店|小区|网点|科技园|实验室] [值班|站岗|值守|巡逻]*[的时候|时] 负责**[值班|值守|巡逻] 你们[押运|守|看|值守|负责|服务|驻守|派驻|看守|巡逻]*的 [也有|有]你们的[人|保安|队员] 你们的人 [的|那个]保安岗 派到*[站岗|值班|值守|门口|当保安] [派|驻][在|到]**[站岗|值班|值守] 值班保安 值守的保安 押运的'.split(
      ' ',
    ),
    en: words(
      '[your guards|your people|your men|your staff|your guard|you guys|your team] ** at, [you|your team|your guys|your people|your men|your company|your firm] [guard|guards|cover|covers|patrol|patrols|protect|protects|man|mans|look after|looks after], [guard|guards|guy|guys|people|men|someone|staff] you [have|put|placed|sent|station|stationed] at, [officer|officers|guard|guards|staff|people|man|men] stationed at, you have [guards|a guard|people|someone|a guy|guys] at, [while|when] ** [on shift|on duty|on patrol|guarding|working] at, you [do|run|cover|man|staff|handle] ** [front desk|reception|security|gate|door|doors|desk] at, your [van|vans|truck|trucks|escort|escorts|crew|crews], [also|too] work at, your * [guard|guards|people|men|staff|team|officer|officers|guy|guys|lads|boys|crew|bloke|fella|man] ** at, you [cover|guard|protect|look after|patrol], while [guarding|on duty|on patrol|on shift|on * shift], on night shift, during * [shift|shifts|patrol|rounds], your guards see, your guards can see, your guard sees, your guards have access, your guard has access, our guard knows, our guards know, your guard knows, your guards know, the guard on duty, guard on duty, guards on duty, at the front desk, on the door at, your [supervisor|supervisors|manager|managers|team leader|shift leader|officers|staff] ** at, you can see, your guards can see',
    ),
  },
  rival: {
    zh: '竞争对手 对手 竞标对手 同行 隔壁公司 对面公司 别家 那家公司 隔壁 对面 隔壁厂 对面商场'.split(
      ' ',
    ),
    en: words(
      'competitor, rival, other bidder, other bidders, competing bidder, competitors man, next door, the company next door, across the road, rival hotel, rival bidder, rival firm, rival company, the rival, the competition, competing, associate, our associate',
    ),
  },
};

/** Words that, right before a match, make it a prohibition rather than a request ("严禁搜身", "do not search bags"). */
export const NEGATION_CUES: { zh: readonly string[]; en: readonly string[] } = {
  zh: [
    ...'不 不得 严禁 禁止 不准 不许 不要 不能 不可 不应 不会 切勿 请勿 勿 别 千万别 防止 防范 制止 劝阻 避免 杜绝 严防 谨防 以免 以防'.split(
      ' ',
    ),
    ...'绝不 决不 拒绝 谢绝 无需 无须 不需要 不需 不用 不必 不允许 不该 不是 而不是 并非 无权 没有权力 不承接 不接 不做 不干 不搞 不参与 不负责 不涉及 不包括 不含 不提供 不从事 不安排 不派 不让 不给 莫 莫要 千万莫'.split(
      ' ',
    ),
  ],
  en: [
    ...'not never no dont doesnt didnt cannot cant wont mustnt shouldnt neednt nor prevent prevents avoid prohibit prohibits prohibited forbid forbids forbidden refuse refuses without'.split(
      ' ',
    ),
    'instead of',
    'rather than',
    'under no circumstances',
    'at no time',
    'refrain from',
    'regardless of',
    'irrespective of',
  ],
};

/**
 * Words right before a lawful context that leave it undecided: "再看要不要报警", "decide whether to
 * call the police" hands nobody to the police (an A-not-A question, 报不报警, is read apart).
 */
export const UNDECIDED_CUES: { zh: readonly string[]; en: readonly string[] } = {
  zh: '是否 要不要 用不用 需不需要 该不该 考虑'.split(' '),
  en: ['whether to', 'whether or not to', 'if we should', 'if they should'],
};

/**
 * Words that turn a request to a further duty ("门岗正常登记车辆，另外…", "wand everyone as normal, and
 * also…"): a lawful context told before the turn belongs to the first duty and does not excuse an
 * act asked for after it, nor one after the turn excuse an act before it.
 */
export const DUTY_TURNS: { zh: readonly string[]; en: readonly string[] } = {
  zh: '另外 顺便 顺带 顺手 还有就是 再就是 除此之外 此外'.split(' '),
  en: [
    'also',
    'as well as that',
    'on top of that',
    'besides that',
    'while you are at it',
    'while you r at it',
    'as normal and',
    'as usual and',
    'as always and',
    'oh and',
  ],
};

/**
 * A plan said to be dropped or refused, after the act in its sentence or in the next one ("Our
 * boss suggested taking their licences. We've dropped that idea"; "有装修公司想买业主电话，我们已经拒绝了"):
 * the act is told of, not asked for.
 */
export const DROPPED_PLANS: { zh: readonly string[]; en: readonly string[] } = {
  zh: '已经拒绝了 已拒绝 已经回绝了 已经否了 已经否决了 否掉了 已经放弃了 已经放弃 放弃了这个 打消了 这个想法取消了 不打算这么做 不这么做了 不这样做了 不这么搞了 这个就算了 这事就算了 此事作罢 已作罢 作罢了'.split(
    ' ',
  ),
  en: [
    ...words(
      'the answer is no, the answer was no, considered and rejected, rejected by the board, rejected by management, was rejected by, turned down by the board, turned down by management, plan was scrapped, idea was scrapped, plan was dropped, idea was dropped, plan was abandoned, idea was abandoned, talked him out of it, talked her out of it, talked them out of it, dropped that idea, dropped the idea, dropped this idea, dropped that plan, dropped the plan, dropped it, scrapped that idea, scrapped the idea, scrapped that, scrapped the plan, abandoned that idea, abandoned the idea, abandoned the plan, decided against it, decided against that, decided against this, ruled that out, ruled it out, off the table, turned it down, turned that down, said no to that, said no to it, wont be doing that, will not be doing that, not going ahead with, not going to happen, thought better of it',
    ),
  ],
};

/**
 * Someone's suggestion or wish told of ("保安队长提议把…", "A guard suggested erasing…", 公司说扣…,
 * "the client asked us to…"), before the act in its sentence: with a refusal after it
 * (`REFUSALS`), the act is told of, not asked for.
 */
export const SUGGESTIONS: { zh: readonly string[]; en: readonly string[] } = {
  zh: [
    ...'提议 建议 出主意 出了个主意 说要 说把 说干脆 说想 说让 想叫 想让 本来想 原本想 原来想 叫我 叫我们 要我们 要求我们 让我们 问能不能 问可不可以 问我们能不能 问我们可不可以'.split(
      ' ',
    ),
    // Whoever said it (有人说, 公司说, 领导说…): a wish reported, asked for only if not refused.
    ...'有人 公司 老板 领导 经理 客户 业主 甲方 厂长 主管 主任 队长 老总 上面'
      .split(' ')
      .map((who) => `${who}说`),
  ],
  en: words(
    'suggested, suggests, suggest, suggesting, proposed, proposes, propose, floated the idea, came up with the idea, wanted to, had the idea, wanted, asked if, asks if, asking if, asked whether, asks whether, asked us to, asks us to, asking us to, asked me to, asked for, asks for, asking for, wanted us to, wants us to, want us to, would like us to, said we should, says we should, said to, told us to, told me to, requested, demanded, insisted, said he would, said she would, said they would, threatened to',
  ),
};

/**
 * A suggestion turned down, after the act in its sentence or at the start of the next one
 * ("经理说不行", "boss said no.", "absolutely not."); weaker than a dropped plan, so it counts
 * only after a suggestion.
 */
export const REFUSALS: { zh: readonly string[]; en: readonly string[] } = {
  zh: [
    ...'不行 不同意 没同意 不答应 没答应 没批 不批 否了 骂了他一顿 批评了他 方案取消 取消了'.split(
      ' ',
    ),
    // Turned down as unlawful, or not taken up: 这个不合法, 律师说违法, 我们否决了, 没采纳.
    ...'不合法 违法 犯法 不合规 否决 没采纳 没有采纳 不采纳 拒绝了 回绝了 婉拒 不搞 不干 不是我们的事 不归我们管'.split(
      ' ',
    ),
  ],
  en: words(
    'said no, says no, say no, absolutely not, no way, refused, rejected, not allowed, not approved, wont allow, will not allow, declined, illegal, unlawful, against the law, not legal, told him no, told her no, told them no, turned down, turned it down, wont do that, will not do that, wont do it, will not do it, wont do this, not doing that, no chance, not our job, not our place, not something we do, we dont do that, we do not do that',
  ),
};

/** Cues that look like a negation but are not: "不得不" (must), "能不能" is a question (handled apart). */
export const FALSE_NEGATIONS: { zh: readonly string[]; en: readonly string[] } = {
  zh: '不得不 不能不 不得已 不要紧 别人 别处 别的 莫名 莫过于'.split(' '),
  en: ['not only', 'no one else', 'no longer'],
};

/**
 * Words allowed between a negation cue and the act it negates: manner ("不得擅自搜身"), a
 * preposition's object ("不得对访客搜身"), who does it ("不需要你们去催收", "never ask guards to
 * collect"), and the other acts of a list ("严禁殴打、辱骂、搜查他人").
 */
export const NEGATION_FILLERS: { zh: readonly string[]; en: readonly string[] } = {
  zh: [
    ...'自己 自行 另外 另行 额外 作为 成为 当作 拿来 用来 以此 随意 随便 擅自 私自 任意 私下 故意 主动 直接 强行 强制 硬 急着 急于 着急 再 也 都 一律 一概 均 绝对 以任何方式 以任何理由 以任何借口 以任何形式 任何形式的 任何方式的 任何类型的 任何纠纷的 纠纷的 任何 对他人 向他人 向外 对外 替人 帮人 有 出现 以下行为 下列行为 如下行为 有以下行为 有下列行为 这样 那样 去 来 得 要 应 应当 可以 能 会 必须 私下里 报复性的 报复性地 报复 先 还手 回去'.split(
      ' ',
    ),
    ...'参与 参加 协助 帮助 介入 从事 承接 让 叫 请 安排 派 由 用 需要 要求 你们 你 我们 保安员 保安人员 保安 门卫 员工 队员 人员 贵公司 贵方 任何人 他人 别人'.split(
      ' ',
    ),
    ...'和 或 及 以及 与 或者 或是 并 并且 甚至'.split(' '),
  ],
  en: [
    ...'to be is are ever allowed allow allows permitted their his her team teams members people officers any anyone anybody others from attempt try the a an and or nor guards guard security staff our we you your they'.split(
      ' ',
    ),
    ...'take part in, help, assist, join, be involved in, get involved in, get involved with, involved in, involved with'.split(
      ', ',
    ),
    ...'even one tell tells told manager managers boss supervisor should must may can will would ask asks asked expect expects require requires want wants need needs supposed used going at all in any way under any circumstances lay asking requesting expecting wanting telling being been'.split(
      ' ',
    ),
  ],
};

/**
 * Verbs a list of prohibitions names beside the acts it forbids ("不准私自查看、拷贝监控录像",
 * "never search, detain or insult"): between a cue and an act, they keep the negation going.
 */
export const NEGATED_LIST_VERBS: { zh: readonly string[]; en: readonly string[] } = {
  zh: '抄录 抄写 拍照 转发 外借 复印 发送 插队 拥挤 争抢 打架 斗殴 哄抢 踩踏 吵闹 拦截 拦 查看 翻看 调取 调看 使用 复制 拷贝 删除 删改 修改 泄露 透露 外传 传播 扩散 打骂 打 骂 推搡 搜 搜查 检查 扣 扣押 没收 收缴 限制 关押 拘禁 跟踪 偷拍 拍摄 录音 进入 接触 携带 打听 议论 补 补改 涂改 更改 改动'.split(
    ' ',
  ),
  en: 'swear search frisk detain hold lock keep insult hit beat push shove touch seize confiscate take follow film photograph copy delete edit share post leak sell read open remove evict change searched detained held locked insulted hit beaten pushed touched seized confiscated taken followed filmed photographed copied deleted edited shared posted leaked sold opened humiliated humiliate restrained threatened intimidated put install place fit mount hide shout yell scream grab kick slap punch manhandle drag'.split(
    ' ',
  ),
};

/** A preposition and its object, skipped between a cue and the act ("不得在厕所", "不准对访客"); up to this many characters. */
export const NEGATION_PREPOSITIONS = {
  words: '对 向 把 将 给 替 帮 在 为 以 跟 和'.split(' '),
  reach: 8,
};

/** Another department's job, said after the act: "物业费催缴是客服的事" — not the guards' to do. */
const OTHERS_JOB =
  '客服 财务 法务 物业 物业公司 物业公司客服 前台 行政 人事 法院 律师 银行 警察 民警 公安'
    .split(' ')
    .flatMap((who) => [
      ...['事', '工作', '职责', '活'].map((what) => `是${who}的${what}`),
      // 物业费催缴是物业公司客服打电话: done by that department, not the guards.
      ...['打电话', '负责', '处理', '通知', '发通知'].flatMap((how) => [
        `是${who}${how}`,
        `由${who}${how}`,
      ]),
      `归${who}管`,
      `归${who}`,
    ]);

/** Words after an act that forbid it ("搜身是不允许的", "searching bags is not allowed"). */
export const POST_NEGATIONS: { zh: readonly string[]; en: readonly string[] } = {
  zh: [
    ...OTHERS_JOB,
    ...'是不允许的 不允许 是禁止的 一律禁止 禁止 是违法的 违法 属违法 属于违法 不行 不可以 不能做 不做 不接 不干 不参与 严禁 坚决杜绝 绝对不行 是不对的'.split(
      ' ',
    ),
  ],
  en: [
    'not allowed',
    'not required',
    'not needed',
    'not necessary',
    'unnecessary',
    'not permitted',
    'prohibited',
    'forbidden',
    'banned',
    'illegal',
    'unlawful',
    'not acceptable',
    'out of the question',
  ],
};

/** Words between an act and its post-negation ("扣押证件等行为一律禁止"). */
export const POST_NEGATION_FILLERS: { zh: readonly string[]; en: readonly string[] } = {
  zh: '等 等行为 这种事 这类事 这些事 的行为 的事 的活 这些 费 款 都 一律 我们 公司 本公司 坚决 是 也 均 绝对 未经允许 未经授权 未经批准'.split(
    ' ',
  ),
  en: [
    ...'is are was were will be would strictly absolutely always of any kind unauthorised unauthorized'.split(
      ' ',
    ),
    ...words('without permission, without authorisation, without authorization, without approval'),
  ],
};

/** Someone else doing the act: the guard stops or reports it ("发现有人偷拍，应当制止"). */
export const OTHERS_DOING: {
  zh: readonly string[];
  en: readonly string[];
  fillers: { zh: readonly string[]; en: readonly string[] };
} = {
  zh: '民警 警察 公安 法院 法警 执行人员 执法人员 可疑人员 陌生人 外来人员 不明身份的人 有人 如有人 若有人 发现有人 遇到有人 一旦有人 外人 小偷 嫌疑人 业主要求 住户要求 顾客要求 客人要求 家属要求 对方要求 有人要求 业主想 客人想 顾客想 家属想 对方 有客人 有顾客 有业主 有住户 有员工 有工人 有学生 有乘客 有病人 有患者 有家属 有商户 有司机 有访客 有租户'.split(
    ' ',
  ),
  en: [
    ...'someone somebody anyone anybody whoever'.split(' '),
    // The officials' own deed: "the police detained him", "the bailiffs seized the machines".
    ...'police, the police, police officers, officers, bailiffs, the bailiffs, the court, court officers, customs officers'.split(
      ', ',
    ),
    // A rival doing it where anyone may: "Rival dealer taking photos of our showroom from outside".
    ...'rival, rivals, competitor, competitors, the competition'.split(', '),
  ],
  fillers: {
    zh: '正在 偷偷 故意 想 要 试图 企图 强行 在 先 喝醉了 喝多了 喝醉 醉酒 酒后 又'.split(' '),
    en: 'who that is are was were tries to try starts start caught seen found keeps keep dealer dealers rep reps firm company staff man men guy guys people'.split(
      ' ',
    ),
  },
};
