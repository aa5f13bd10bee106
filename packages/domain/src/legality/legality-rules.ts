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
 * One rule of the legality screen: the acts that make it up, each written as a pattern over
 * words and the word classes of WORD_CLASSES.
 *
 * An act is one or more parts joined by ` & `, then any number of ` ! ` lawful contexts:
 * `'{holdPerson}*{room} & {privateWait} ! {policeHandover}'` is someone held in a room while
 * waiting for the boss, unless the sentence hands them to the police. All parts must lie in one
 * sentence, in any order; a part joined by ` &< ` may instead be told in the sentence before
 * ("X owes us money. Sit at his door until he pays."). The first part is the deed itself and
 * must not be negated ("严禁…", "never…"); the others are its circumstances. A lawful context found (and not negated) in the
 * sentence cancels the act. The match runs from the first part to the
 * last. Within a part: `[a|b]` is either, `{name}` any word of a class, `*` a short gap (4 CJK
 * characters or 2 English words), `**` a long one (10 or 5), never across a clause. Chinese
 * matches as substrings; English by whole words with regular endings ("seize" also finds
 * "seized"). An exclusion is a lawful phrase: a match lying wholly inside one does not count
 * ("扣押金" is a deposit deduction, not 扣押).
 */
export interface LegalityRule {
  id: LegalityRuleId;
  title: { zh: string; en: string };
  /** Item of Regulation Art. 30 the rule restates. */
  item: number;
  basis: string;
  basisEn: string;
  acts: { zh: readonly string[]; en: readonly string[] };
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

/** The rule table of the legality screen, in the order of Art. 30. */
export const LEGALITY_RULES: readonly LegalityRule[] = [
  {
    id: LegalityRuleId.RESTRICT_FREEDOM,
    title: { zh: '限制他人人身自由', en: 'Restricting personal freedom' },
    ...basis(1),
    acts: {
      zh: [
        '限制*人身自由',
        '限制*自由',
        '限制*[离开|离院|离厂|离店|离校|出院|出门|回家|下班]',
        '[非法拘禁|拘禁|软禁|囚禁|关押|看押|羁押|关起来|小黑屋|绑起来|捆起来|绑住|捆住|铐起来|铐住|绑在|捆在|铐在|拴在]',
        '[谁都|谁也|一个都|一个也|哪个都]别*[出去|走|离开]',
        // A door locked on them until they pay or the boss comes: 把他房门从外面锁上，交了钱再开.
        '[门|房门|大门|楼门|铁门|卷帘门]*[锁上|锁住|锁死|锁了|反锁] & {privateWait} ! {policeHandover}',
        '关*[一晚|一夜|一天|几天|两天|几个小时|一宿|一会儿|一会|半天|一阵|一上午|一下午|几个钟头]',
        // Tied or cuffed to something: 拷在岗亭柱子上 (拷 for 铐).
        '[绑|捆|铐|拷|拴|锁]在*[柱子|栏杆|树上|椅子|管子|暖气片|电线杆|铁门|床|架子|杆子|水管]',
        // A door locked on someone from outside: 把门从外面锁上.
        '[从外面|在外面|外面]*[锁上|锁住|锁死|反锁|锁了] & [{person}|人在|里面有人] ! {thing}',
        // Shut in a room: 关在值班室, 把人锁在仓库里, 学生一律扣在门卫室.
        '关[在|到|进]*{room}',
        '[把|将]{person}*[锁|反锁|扣|押|困|关|看]*[在|到|进] ! {police} ! {thing}*[扣|锁|押][在|到|进]',
        '{person}*[锁|反锁|扣|困][在|到|进]*{room} ! {thing}*[扣|锁|押][在|到|进]',
        // Shut in a room, the person told in the clause before: 抓到偷东西的，扣在值班室.
        '[扣|锁|困|押][在|到|进]{room} ! {thing}*[扣|锁|押][在|到|进] ! {policeHandover}',
        '[把门|门]*反锁 & [人在|他在|她在|里面有人|有人在]',
        '[扣留|扣住|看住]{person}',
        // Kept from leaving: 不让他走, 别让她离开接待室.
        '[不让|不准|不许|不能让|别让|不要让]*{person}*{leave}',
        '阻止{person}*离开',
        '[哪也|哪都|哪儿也|哪里也]别让*去',
        '[别|不|不能|不要|不准|不许|再|在|才][放人|放他|放她|放他们|放走]',
        '一个都别放',
        // Guarded so they cannot get out: 楼门口派两个人守着不让出去.
        '[守着|看着|看住|堵着|锁着|堵住|守住]*[不让|不准|不许|别让]*{leave}',
        '[不让|不准|不许|不能让|别让|不要让|别想|不能]*{leave} & {person} & {privateWait} ! {policeHandover} ! {care}',
        '[别|不要|不能|先别][急着|马上|轻易]*放',
        // Held somewhere until the boss comes or the money is paid, not for the police.
        '{holdPerson}*{room} & {privateWait} ! {policeHandover} ! {care}',
        '{holdPerson}*{person} & {privateWait} ! {policeHandover} ! {care}',
        '{person}*{holdPerson} & {privateWait} ! {policeHandover} ! {care}',
        '{person}*[留|关|扣|锁|控制|看]*{room} & {privateWait} ! {policeHandover} ! {care}',
        '{holdPerson} & {person} & {privateWait} ! {policeHandover} ! {care} ! {thing}',
        '在*{room}*[待着|呆着|等着|坐着|蹲着] & {privateWait} ! {policeHandover} ! {care}',
        '[陪着|看着|盯着|守着]{person}*[在|到]**[等|待|坐|呆] & {privateWait} ! {policeHandover} ! {care}',
      ],
      en: [
        '[restrict|deprive] * [personal freedom|freedom|liberty]',
        'detain ! {policeHandover}',
        'detention ! {policeHandover}',
        'imprison',
        'kidnap',
        'hostage',
        '[lock|shut] * {person} [up|in|inside|into]',
        '[lock|shut] up * {person}',
        'confine {person}',
        '[chain|tie|handcuff|cuff|zip tie|cable tie|strap|tape] * {person} [to|up]',
        'leave * {person} there [until|overnight|all night]',
        '{person} [kept|held|locked|locked up|shut|confined] [in|inside|at|up]',
        'hold {person} [against|captive|hostage]',
        '[hold|keep|leave|put|make|sit|seat|take|bring|walk|march] * {person} & {privateWait} ! {policeHandover} ! {care}',
        '{person} [stay|stays|remain|remains|wait|waits] [in|inside|at] & {privateWait} ! {policeHandover} ! {care}',
        '[get|gets|got|be|are|is|stay|stays|remain|remains] [kept|held|locked|locked up|shut|confined] [in|inside|at] * {room} & {privateWait} ! {policeHandover} ! {care}',
        '[stay|stays|remain|remains|wait|waits|kept|held|locked] [in|inside|at] * {room} & {person} & {privateWait} ! {policeHandover} ! {care}',
        '[stays|kept|held|locked|locked up|spend|spends] [in|inside|at] * {room} ** [overnight|all night|the night] & {person}',
        '[so|so that] * {person} [cant|cannot|can not|wont be able to] [leave|go|get out]',
        '{person} [cant|cannot|can not|wont be able to] [leave|go|get out] ** until',
        '[keep|hold|lock] * {person} [in|inside|at] * {room} & [overnight|all night|the night|{privateWait}] ! {policeHandover} ! {care}',
        // A door locked until they pay: "lock the front door until they settle up".
        '[lock|shut|block|bolt] * [door|doors|gate|gates|exit|exits|entrance] & [until|till] ** [pay|pays|paid|settle|settles|settled|sign|signs|signed|apologise|apologises|apologize|apologizes]',
        '[prevent|stop|keep] * {person} from leave',
        '[not let|dont let] ** {person} [leave|go|out|get out]',
        'not allow * {person} to leave',
        '[nobody|no one|none of them] [leave|go|get out] ** until',
        'make sure * {person} [cant|cannot|doesnt|dont|wont|can not|does not|do not] [leave|go|get out]',
      ],
    },
    exclusions: {
      zh: ['离开岗位', '放人[进|入]', '放[他|她|他们][进|入]', '[扣留|扣住|扣下]{person}的'],
      en: [],
    },
    services: [ServiceKind.DETAINING_PERSONS],
  },
  {
    id: LegalityRuleId.SEARCH_PERSONS,
    title: { zh: '搜查他人身体或物品', en: "Searching people's bodies or belongings" },
    ...basis(1),
    acts: {
      zh: [
        '[搜查|搜身|收身|摸身|人身检查]',
        '[搜|翻][一下|一遍|一搜|遍|个遍]',
        '挨个搜',
        '[搜|翻|掏|摸|翻查|翻找]*{belongings}',
        '{belongings}*[翻|掏|搜]',
        '{belongings}*[翻|掏|倒]出来',
        '摸[一摸|一下|两下|摸]',
        '脱*{clothing}*[检查|查|看|搜|摸]',
        '{clothing}*脱*[检查|查|看|搜|摸]',
        '{clothing}*[掀起|撩起|掀开|撩开|解开]',
        '[掀起|撩起|掀开|撩开]*{clothing}',
        '[拍身|拍*身上|摸*身上|手检] & {forced}',
        '拍身 & {searchOccasion} ! {screening}',
        '[直接|上手|用手|伸手]摸',
        '[检查|查看|查|看|打开|拉开|开|翻|搜|摸]*{belongings} & {forced}',
        '{belongings}**[检查|查看|查|打开|拉开|翻|搜|摸] & {forced}',
        '[强行|强制]*[检查|查看|打开]*{belongings}',
        // A look in someone's bag on the way out or on suspicion, not a screening at the door.
        '[检查|查看|查|看|打开|拉开|开]*{belongings} & {searchOccasion} ! {screening}',
        '{belongings}*[检查|查看|查|打开|拉开] & {searchOccasion} ! {screening}',
        '{belongings}**[检查|查看|打开|拉开|翻看] & {searchOccasion} ! {screening}',
        '开包[检查|查看|检验] & {searchOccasion} ! {screening}',
      ],
      en: [
        'body search',
        'strip search',
        'frisk',
        'pat * down',
        'pat down',
        '[rummage|root] through',
        '[empty|turn out] ** [pockets|pocket|bra|underwear] ! {screening}',
        '[check|look|feel|search|reach|put * hand] [under|inside|beneath|up] * {clothing}',
        '[strip|undress]',
        '[lift|pull up|raise|open] * {clothing} & [check|look|see|search|feel]',
        '[take off|remove] ** {clothing} & [check|search|look|see] ! {screening}',
        '[check|inspect|look inside|look in|look into|open|search|go through] ** {belongings} & {forced}',
        'search * {belongings}',
        'search * {person}',
        '[go through|look through] ** {belongings}',
        '[check|inspect|look inside|look in|look into|open] ** {belongings} & {searchOccasion} ! {screening}',
        '[bag|pocket|body|locker] ** [check|search] & {searchOccasion} ! {screening}',
      ],
    },
    exclusions: {
      zh: [
        '搜查令',
        '摸一下[情况|底|清楚]',
        '摸[清|底|排|索|黑|鱼]',
        '翻[墙|译|新|修|看监控|看录像]',
        '[安检|安全检查]*包',
      ],
      en: [
        'search * [records|database|databases|system|files|logs|online|internet|engine|results|history|web|building|grounds|car park|area|premises|site]',
      ],
    },
    services: [ServiceKind.BODY_SEARCH],
  },
  {
    id: LegalityRuleId.INSULT_OR_BEAT,
    title: { zh: '侮辱、殴打他人', en: 'Insulting or beating people' },
    ...basis(1),
    acts: {
      zh: [
        '[直接上手|就上手|往死里打|殴打|欧打|污辱|打人|暴打|痛打|毒打|打伤|揍|拳打脚踢|体罚|罚跪|下跪|跪下|跪着|示众|游街|扒光]',
        '打*一顿',
        '打[几下|两下|他|她|他们|她们|死|残|断]',
        '打了*[算我|我负责|没事|有我]',
        '动手',
        '教训*[一顿|一下|他|她|他们|她们]',
        '给*教训',
        '教训教训',
        // Made to suffer for it: 让他吃点苦头, 给他来两下，让他长点记性.
        '[吃点|吃些|吃吃|吃个]苦头',
        '[给|让|叫]{person}*[长*记性|尝尝]',
        '[给|让|叫]{person}*来[两下|几下|一下子]',
        '收拾[一下|一顿|他|她|他们|这|那]',
        '给*[颜色|厉害|苦头]*[看|瞧|吃]',
        '[扇|抽|甩]*[耳光|巴掌|嘴巴]',
        '[耳光|巴掌|嘴巴子|大嘴巴|耳刮子]',
        '[罚站|蹲墙角|面壁|抱头蹲|打出去]',
        '[你们|大家|兄弟们]*[直接上|一起上|都上]',
        '削[他|她|他们|一顿]',
        '[好好|狠狠][修理|收拾|招呼]',
        '修理{person}',
        '[上去|过去|冲上去]*[削|揍|踹|踢|扇]',
        '[兄弟们|兄弟|弟兄们|几个人]*[好好]*[招呼|伺候|关照|收拾]',
        '让{person}*[站|跪|举|挂|蹲]*[门口|大门|大厅|当众|示众]',
        '[踢|踹][他|她|几脚|两脚|一脚]',
        '[几拳|一拳|两拳|几脚|两脚|几巴掌]',
        '[推|搡][两下|几下|一把|搡|两把|几把]',
        // Beaten in other words: 教育教育, 给他两下, 吼他、推他, 别打脸 (so elsewhere).
        '[教育教育|修理修理|收拾收拾|招呼招呼|伺候伺候]',
        '给{him}[两下|几下|两下子|几下子|几拳|几脚|几巴掌|两拳|两脚|一拳|一脚|一巴掌|一顿]',
        '[别|不要|别往|不能]打[脸|头|要害|出血|出事|坏|残|死|伤|明显的地方]',
        '[吼|凶|推|搡|踹|踢|扇|掐|揪|拽|薅]{him} ! {him}的',
        '[让|随|由着]{him}[打|互殴|打架|打个够]',
        '[可以|随便|尽管|使劲|狠狠|直接|就]骂',
        '[挂|举|戴|拿]*牌子 & [小偷|贼|我是]',
        '[照片|头像|脸|相片]**[贴|挂|放|投|播]*[门口|大屏|屏幕|公告栏|墙上|橱窗] & [小偷|偷东西|贼|偷]',
        '[侮辱|辱骂|羞辱|谩骂]',
        '骂[几句|一顿|两句|他|她|他们|她们]',
        '骂*一顿',
        '[当众|当着*的面|当着大家|当着所有人]*[认错|道歉|鞠躬|检讨|批评|出丑|下跪]',
        '[照片|相片|名字|姓名|头像]*[贴|挂|公示|张贴]',
        '{person}*[拍照|拍下来]*[贴|挂|公示|张贴]',
        '[挂牌|举牌|挂*牌子|举*牌子]',
      ],
      en: [
        'beat up',
        'beat * up',
        'beat {person}',
        '[a beating|a good hiding|a hiding|a thrashing|a kicking]',
        'a good [slap|smack|kicking|thrashing|beating|punch|slapping]',
        '[assault|attack|punch|kick|slap|smack|hit|thump|whack|shove|abuse|manhandle] * {person}',
        'swear at {person}',
        '[clip|cuff|box] * [ear|ears]',
        'on [his|her|their] knees',
        '[make|made] * {person} [stand|kneel|wear|hold|carry|sit] & [so everyone|so everybody|everyone can see|everybody can see|in public|publicly|in front of]',
        '[a few|some|a couple of] [slaps|punches|kicks|smacks]',
        '[rough|knock] * [up|about|around]',
        'teach * a lesson',
        'insult',
        'humiliate',
        'publicly shame',
        'shame {person}',
        'verbally abuse',
        'call {person} names',
        'corporal punishment',
        'parade {person} [publicly|in public|around]',
        '[hold|holding] a sign',
        '[with|saying|reading] [thief|shoplifter|liar|cheat|i steal|i stole|i am a thief]',
        '[photo|photos|picture|pictures|face|mugshot] ** [big screen|screen|noticeboard|wall|entrance|window|display] & [thief|thieves|shoplifter|shoplifters|caught|stole]',
        'in front of everyone',
        'make ** [kneel|grovel|beg]',
        '[kneel|kneeling] ** [front|everyone|public|sorry|apologise|apologize]',
        'lay hands on',
        'knock * sense into',
        'sort {person} out & [behind|back|outside|properly|lesson|boys|lads]',
      ],
    },
    exclusions: {
      zh: [
        '打人员',
        '动手[术|能力|脚]',
        '自己动手',
        '[吸取|经验]*教训',
        '收拾*[东西|房间|卫生|干净|行李|桌子|垃圾|残局|现场|岗亭]',
      ],
      en: [],
    },
    services: [],
  },
  {
    id: LegalityRuleId.SEIZE_DOCUMENTS_OR_PROPERTY,
    title: {
      zh: '扣押、没收他人证件、财物',
      en: "Seizing or confiscating people's documents or property",
    },
    ...basis(2),
    acts: {
      zh: [
        '扣*{document}',
        '[扣押|扣压|没收|扣留|收缴|强占]',
        '扣[车|货]',
        '扣[下|住|着|在|留|起来]*[{document}|{property}]',
        '[{document}|{property}]*扣[下|住|着|在|起来|了|压]',
        '押*{document}',
        '{document}*押[在|着|给]',
        // Taken off someone: 把他手机收了, 收走施工队的工具.
        '{person}*[{document}|{property}]*{take} ! {otherHandler}',
        '{take}*{person}*[{document}|{property}] ! {otherHandler}',
        '{vehicle}*[拖走|拖到|拉走|推走]',
        '[拖走|拉走]*{vehicle}',
        '{vehicle}*[锁上|锁住|锁起来|上锁|锁了|锁死|加锁] & {laterReturn}',
        '{person}*{property}*[拉到|搬到|拖到|拿到|推到|开到|扛到|抬到]*{room}',
        '{property}**[拉到|搬到|拖到|拿到|推到|开到|扛到|抬到]*{room} & {laterReturn} ! {lawfulKeeping}',
        '[拉到|搬到|拖到|推到|开到|扛到|抬到]*{room} & {property} & {laterReturn} & [{agent}|摊贩|小贩|商贩|摊主] ! {lawfulKeeping}',
        '{person}*{property}*[锁在|锁起来|锁住|扣在]',
        '[{property}|{document}]*{take} & [摊贩|小贩|商贩|摊主|{agent}]',
        '{property}*[拉到|搬到|拖到|拿到]*{room} & [摊贩|小贩|商贩|摊主|{agent}]',
        // Kept for someone, and given back only later or on a condition.
        '[{keep}|{take}]**[{document}|{property}] & {laterReturn} ! {lawfulKeeping}',
        '[{document}|{property}]**[{keep}|{take}] & {laterReturn} ! {lawfulKeeping}',
        // The object told in one clause, the taking in the next: 带手机的，保安直接收走，期末再还.
        '{take} & [{document}|{property}] & {laterReturn} ! {lawfulKeeping}',
        '把*{property}*[拔了|拆了|卸了|摘了]*{take}',
      ],
      en: [
        'seize',
        'seizure',
        'confiscate',
        'impound',
        '[clamp|wheel clamp|wheel-clamp]',
        '[withhold|take away|hold on to|hold onto|hang on to|hang onto|keep hold of|hold back|take possession of|take] * [{document}|{property}] ! {lawfulKeeping}',
        '[collect|gather|take in|keep|hold|hang on to|hang onto] ** {document} & {laterReturn} ! {lawfulKeeping}',
        '{property} ** [chained|locked|clamped|impounded|towed] & {laterReturn} ! {lawfulKeeping}',
        '[retain|keep|hold] * {idDocument}',
        '{document} ** [go|goes|kept|locked|stay|stays|put|held|stored] & {laterReturn} ! {lawfulKeeping}',
        '[have to|has to|must|required to|need to|are to] [hand in|surrender|deposit|give up|leave|hand over] * {idDocument}',
        '[get|give|hand|return] * [{document}|{property}] back & {laterReturn} ! {lawfulKeeping}',
        '[dont|do not|wont|will not|not] [get|have] * [{document}|{property}] back & {laterReturn} ! {lawfulKeeping}',
        '[take|grab|snatch|pull|confiscate] ** off {person}',
        '[collect|gather|take in] * {idDocument} ! [check|checks|checked|return|returned|hand * back|handed back|give * back|straight back]',
        '[take|tow|remove|haul|grab] [his|her|their] * {property}',
        '[keep|hold|lock|chain] * {property} & {laterReturn} ! {lawfulKeeping}',
        // The things named before, kept by a pronoun: "load his goods onto our van and keep them until he pays".
        '[keep|hold|lock|chain|retain] [them|it|those|these] & {laterReturn} &< [{document}|{property}] ! {lawfulKeeping}',
        '[leave|hand in|deposit|surrender|hand over] * {idDocument} & [collect|get * back|sign out|on the way out|when they leave] ! {lawfulKeeping}',
      ],
    },
    exclusions: {
      zh: ['扣押金', '押[金|运|送|车|解|款]'],
      en: [
        'seize * [opportunity|opportunities|moment|chance|day]',
        'take * [visitor passes|passes|tickets|photos|pictures|notes]',
      ],
    },
    services: [ServiceKind.SEIZING_DOCUMENTS],
  },
  {
    id: LegalityRuleId.OBSTRUCT_OFFICIAL_DUTIES,
    title: { zh: '阻碍依法执行公务', en: 'Obstructing officials performing their duties' },
    ...basis(3),
    acts: {
      zh: [
        '[阻碍|阻挠]*[执法|公务|民警|警察|公安|检查|调查]',
        '妨碍*[执法|公务|民警|警察|公安|调查]',
        '[阻拦|阻止|拦住]*[执法|民警|警察|公安|城管|检查人员|调查人员|调查组|检查组]',
        '抗法',
        '对抗*[执法|检查|调查]',
        '拦*[警车|执法车]',
        // An official kept out, stalled or lied to: 环保局的人来了别开门, 城管来了就说老板不在.
        '{obstruct} & {official} ! {policeHandover} ! {assistOfficial}',
        '{obstruct} & [检查|调查|查封|抽检|执法]*[时|的时候] ! {policeHandover} ! {assistOfficial}',
        '{obstructStrong} &< {official} ! {policeHandover}',
        '[撕|揭]*[封条|公告|告示]',
        '封条*[撕|揭]',
      ],
      en: [
        '[obstruct|obstruction of|hinder|impede|interfere with|resist|disrupt] * [{official}|inspection|inspections|investigation|investigations|public duty|official duties|official duty|enforcement|raid|search warrant]',
        '[stop|block] * {official}',
        '{obstruct} & {official} ! {policeHandover} ! {assistOfficial}',
        '{obstructStrong} &< {official} ! {policeHandover} ! {assistOfficial}',
        '[dont let|do not let|not let] * see & {official}',
        '[keep|lock] * {official} [out|waiting|busy]',
        '[not let|dont let|refuse] * {official} [in|enter|into]',
        '[not let|dont let] * [in|into|enter] & {official}',
        'hide * from * {official}',
        'resist arrest',
      ],
    },
    exclusions: {
      zh: [
        '消防[通道|设施|栓|器材|演练|车道|门]',
        // 挡, 拦, 堵 inside the name of a thing or a traffic state, not an act on anyone.
        '[围挡|挡板|挡墙|挡土墙|挡杆|挡车器|挡雨|挡风|遮挡|阻挡物|拦网|拦车杆|堵车|堵塞|拥堵|封堵|防堵]',
      ],
      en: [],
    },
    services: [],
  },
  {
    id: LegalityRuleId.DEBT_OR_FORCE,
    title: {
      zh: '追索债务、以暴力或以暴力相威胁处置纠纷',
      en: 'Collecting debts or settling disputes by force or threats',
    },
    ...basis(4),
    acts: {
      zh: [
        '[讨债|追债|催债|逼债|收债|要债|要账|要帐|讨账|讨帐|收账|收帐|催账|催帐|追账|追帐|催收] ! {otherHandler}',
        '[追讨|追索]*[欠款|债|款|钱|账|帐|工钱]',
        '[讨|追|逼]*{debtMoney} ! {otherHandler}',
        '催{debtMoney} ! {otherHandler}',
        '[要|收][回|个|笔|一笔|点|回来]*{debtMoney} ! {otherHandler}',
        '[讨回|要回|追回|拿回|收回]**[钱|款] ! {otherHandler}',
        '{debtMoney}**[讨回|要回|追回|拿回|收回|弄回|要回来|讨回来|追回来|催|追|讨|逼] ! {otherHandler}',
        // Someone who owes, and guards sent to sit at their door or lean on them.
        '{pressure} &< {debt} ! {otherHandler}',
        '钱*[要回|讨回|追回|拿回]',
        '[让|逼|叫|要]*{person}*[还钱|还债|还款|把钱还|还了钱|还账|还帐] ! {otherHandler}',
        // Force in a dispute.
        '[暴力|武力|强行][解决|处置|处理|驱赶|清场|拆除|清退]',
        '[用|使用|动用|采用][暴力|武力]',
        '[以|用]暴力*威胁',
        '威胁*[还钱|还款|还债|搬走|离开|签字]',
        '[摆平|搞定]*[纠纷|矛盾|闹事]',
        '[抵债|抵账|抵帐|强拆|打手|撑场面|看场子|硬来|来硬的|动粗|人多势众|按倒|摁倒|推倒|撂倒|放倒]',
        '尝尝*[厉害|苦头|拳头]',
        '[强行|强制|直接]*[拆除|驱赶|清退|赶走|清场|驱离|打开|撬开|砸开|冲进]',
        '把{person}[推开|拉开|架开|拖开]',
        '[架|拖|轰|扔|拽|抬|撵][出去|走|出来]',
        // Force in a dispute, told here or in the sentence before: 跟邻村争那块地…谁来就赶走.
        '{expel} &< {dispute} ! {policeHandover}',
        // A show of force in a dispute: 保安拿着橡胶棍站一排，让他们知道厉害.
        '{threaten} &< {dispute} ! {policeHandover}',
        // Men taken along to take it back or tear it down: 带人去他仓库直接拉回来.
        '[带|派|叫|找]*[人|保安|兄弟]*[去|过去|到]**[拉回来|抢回来|夺回来|抢回|夺回|拆了|拆掉|占住|占了|赶走|砸了|砸掉|挪走|拖走]',
        '把*[拉开|架开|推开|拖开]*[拆|搬|清]',
        // Cutting off their water or power to make them sign or pay: 把他们家水电停了，看他签不签.
        '[停|断|掐|拉闸|停掉|断掉|停了|断了]*[水电|水|电|暖气|煤气] & [不签|签不签|不搬|搬不搬|{debt}]',
        '[水电|暖气|煤气]*[停了|断了|掐了|停掉|断掉] & [不签|签不签|不搬|搬不搬|{debt}]',
        // A threat of force if they do not comply: 不服就动手.
        '[不服|不听|不同意|不配合|不答应|不走|不给|不肯]*就[动手|打|揍|收拾|来硬的|动粗]',
        '压下去',
        '镇[一镇|住|场子|场]',
        '吓[一吓|唬|退|跑|他|她|他们]',
        '[恐吓|威胁]',
        '围起来',
      ],
      en: [
        'debt collection',
        'debt collector',
        'debt recovery',
        '[collect|recover|chase|chase up|pursue|enforce|get back] ** {debtMoney} ! {otherHandler}',
        'get * money back',
        '{pressure} &< {debt} ! {otherHandler}',
        'force {person} to [pay|repay]',
        'by force',
        'use force',
        '[threat|threats] of violence',
        'threaten {person}',
        'intimidate',
        'strong arm',
        'forcibly [evict|remove|disperse|clear]',
        'settle * [dispute|disputes|conflict|quarrel] * [force|violence|threats]',
        '[throw|push|drag|kick|force] * [out|off]',
        // The dispute here or in the sentence before: "…fighting over the lease; push the other lot out".
        '{expel} &< {dispute} ! {policeHandover}',
        '{threaten} &< {dispute} ! {policeHandover}',
        '[bigger|biggest|big|heavy|hard|toughest] [guys|lads|men|blokes|boys] & [have a word|get the message|gets the message|send * message|sort * out|scare|teach]',
        '[by any means|whatever it takes|any means necessary]',
        'change the locks & [tenant|evict|evicted|behind|arrears]',
        'put * [things|stuff|belongings] [on the street|outside]',
        '[put|throw|dump|move|carry|leave] ** [pavement|street|sidewalk|kerb|curb|outside] & [stuff|things|belongings|furniture|possessions] &< {debt}',
        'throw * [things|stuff|belongings] out',
        'we know where * [live|lives|kids|children|family|school|works]',
      ],
    },
    exclusions: {
      zh: [
        '应收账',
        '应收帐',
        '收账款',
        '收帐款',
        '[要|追|讨]回*钱包',
        '打手[电|机|势|套]',
        '要[交|求|登记|出示|核对]',
        '收[取|费]',
        '催[促|办]',
        '催收[部|中心|部门|公司|机构]',
        // Those who come to collect are someone else: 来要账的人员.
        '来[讨债|追债|催债|逼债|要债|要账|要帐|讨账|讨帐|收账|收帐]的[人|那|几|这]',
      ],
      en: [
        '[put|put it] out',
        'check * out',
        'sign * out',
        'badge out',
        'debt collection [department|dept|office|floor|team|software|system|training|policy|law]',
      ],
    },
    services: [ServiceKind.DEBT_COLLECTION, ServiceKind.DISPUTE_ENFORCEMENT],
  },
  {
    id: LegalityRuleId.TAMPER_OR_SPREAD_RECORDS,
    title: {
      zh: '删改或者扩散监控影像资料、报警记录',
      en: 'Altering, deleting or spreading surveillance footage or alarm records',
    },
    ...basis(5),
    acts: {
      zh: [
        '{tamper}**{record} ! {scheduledOverwrite}',
        '{erase} & {record} ! {scheduledOverwrite}',
        '{record}**{tamper} ! {scheduledOverwrite}',
        '[覆盖|覆写]*{record} & [之前|以前|提前|先] ! {scheduledOverwrite}',
        '[别|不要|不用]记 & [报警|误报|记录]',
        '[就说|说|对外说]*[坏了|没开|没录上|故障|停了|没电] & {record}',
        '[时间|日期|时间点|时间戳]*[往后|往前|挪|改|调成|调到|提前|推后] & {record} ! {scheduledOverwrite}',
        '[别|不要|不用|不必]*[写进去|记进去|记上|写上|录进去|录入|填上] & [报警|误报|记录|日志]',
        // Switched off so nothing is kept: 把报警主机关了，别留记录.
        '[关掉|关了|关闭|停掉|拔掉|断掉]*{record} & [不留|别留|没有记录|没记录|查不到|看不到]',
        // Footage passed on: posted online, to the press, to a private party.
        '{spread}**{record}*{publicPlace} ! {lawfulRecipient}',
        '{record}**{spread}*{publicPlace} ! {lawfulRecipient}',
        '{spread}**{record} & {publicPlace} ! {lawfulRecipient}',
        '{record}**{spread} & {publicPlace} ! {lawfulRecipient}',
        '{record}**{spread} ! {lawfulRecipient}',
        '{spread} & {record} & {publicPlace} ! {lawfulRecipient}',
        '{copyOut} & {record} ! {lawfulRecipient}',
        '[给*看|随便看|可以拷|随便拷|让*拷|让*看] & {record} & [业主|住户|顾客|客人|外人|谁|别人] ! {lawfulRecipient}',
        '{spread}**{record} ! {lawfulRecipient}',
      ],
      en: [
        '{tamper} ** {record} ! {scheduledOverwrite}',
        '{record} ** [gone|deleted|erased|wiped|disappear|disappears|removed|lost] ! {scheduledOverwrite}',
        '[dont|do not|stop] log * {record}',
        '{tamper} * [part|bit|minutes|section|time stamp|timestamp|date] & {record}',
        '[cut out|cut|edit out|remove|delete|blur|take out] * [part|bit|section|moment|frames|seconds|minutes] [where|when|that shows|showing]',
        '[change|alter|edit|fix|move] * [time|times|timestamp|time stamp|date] & [log|record|records|report|alarm] ! {scheduledOverwrite}',
        '[leave|keep] * [off|out of] * [log|record|records|report]',
        '[switch off|turn off|disable|stop|pause|unplug] ** {record} & [no record|no records|no trace|no log|nobody knows|no one knows|wont show|doesnt show]',
        '[camera|cameras|cctv|footage|recording] ** [not working|wasnt working|was broken|was off|was down|faulty|malfunctioned] & [make sure|say|tell|if anyone asks|pretend|claim]',
        '[needs to|need to|has to|have to|must|should|make|let|got to|gotta] * [disappear|vanish|go missing|be gone|go away] & {record} ! {scheduledOverwrite}',
        '[copy|make a copy of|copies of|burn] ** {record} & [send|give|pass|hand|email|post|share] ! {lawfulRecipient}',
        '[leak|spread|circulate|publish|sell|forward|email] ** {record} ! {lawfulRecipient}',
        '{spread} ** {record} & {publicPlace} ! {lawfulRecipient}',
        '{record} ** {spread} & {publicPlace} ! {lawfulRecipient}',
        // The footage named, then passed on by a pronoun: "the clip of the fight, send it to our group".
        '{spread} [it|them|this|that|the clip|the video|the footage] & {record} & {publicPlace} ! {lawfulRecipient}',
        '{spread} ** [clip|video] & [post|share|upload|online|douyin|funny|hilarious]',
      ],
    },
    exclusions: { zh: ['[删除|清除]*旧档', '[识|区|类|级|特|分|告|辨|性|个]别记'], en: [] },
    services: [],
  },
  {
    id: LegalityRuleId.INVADE_PRIVACY,
    title: { zh: '侵犯个人隐私', en: 'Invading personal privacy' },
    ...basis(6),
    acts: {
      zh: [
        '侵犯*隐私',
        '[偷拍|偷录|偷听|窃听|窃录|偷窥|针孔摄像头|私家侦探|私人侦探|人肉搜索]',
        '[调查|打听|查|收集|搜集|曝光|公开|泄露|挖]*隐私',
        '[跟踪|尾随|盯梢|跟梢|监视][他|她]',
        '[跟踪|尾随|盯梢|跟梢|监视]*[他们|对方|员工|工人|业主|住户|租户|客户|某人|此人|老公|老婆|丈夫|妻子|配偶|前妻|前夫|行踪|私生活]',
        '查*[行踪|开房记录|聊天记录|通话记录]',
        '查**{privateLife}',
        '[打听|调查|查一下|查查] & {privateLife}',
        '[帮我|替我|给我]*[看看|看一下|盯|留意|注意|查|问问]**{privateLife}',
        '[查|打听|调查]**{person}**{privateLife}',
        '{watch} & [记下|记录|拍下|拍照]*{personalData}',
        '[列个|列一个|列一份|整理一份|整理个|列张]*名单 & {personalData}',
        '[拍|记下|告诉我|跟我说|汇报给我|报告给我|发给我|发我] & {privateLife}',
        '{watch}*{person} & {privateLife}',
        '{watch}**[看|记|拍|告诉] & [{privateLife}|告诉我|跟我说|汇报给我]',
        '[悄悄|偷偷|暗中]*[跟着|跟踪|盯着|拍]',
        '[翻看|偷看|查看]*[手机|聊天记录|短信|微信|邮件|日记]',
        '[安装|装|放]*[定位器|窃听器|针孔摄像头|录音]',
        '[隐藏|暗藏|微型|偷装|偷偷装|伪装]*[摄像头|录音笔|摄像机]',
        '[卫生间|厕所|更衣室|浴室|淋浴间|宿舍内|宿舍里|房间内|房门]**[装|安装]*[摄像头|监控|录音]',
        '[卫生间|厕所|更衣室|浴室|淋浴间|宿舍内|宿舍里|房间内|房门]**[摄像头|监控|录音]',
        '[装|安装]**[摄像头|监控]**[卫生间|厕所|更衣室|浴室|淋浴间|宿舍内|宿舍里|房门]',
        // Personal data sold or handed to an agency, a partner, anyone who asks.
        '[卖|出售|倒卖|贩卖]**{personalData}',
        '{personalData}**[卖|出售|倒卖|贩卖]',
        '{sell} & {personalData}',
        '[拍|拍照|偷拍|拍几张|拍下|拍下来|照片] & {sell} & {person}',
        '[给|发|拷|复印|告诉|导出|提供|整理] & {personalData} & {dataBuyer}',
        '{personalData}**[拍|拍照]*[发给|给]',
      ],
      en: [
        '[invade|violate|breach|intrude on|intrude upon] * privacy',
        'invasion of privacy',
        'spy on',
        'stalk',
        '[tail|shadow] {person}',
        'follow * {person} [home|around|everywhere]',
        'follow ** {person} & {privateLife}',
        '[track|keep tabs on|keep an eye on|tail|shadow|stalk] & {privateLife} & {person}',
        '{watch} ** {privateLife} & {person} ! [visitor book|visitor log|visitor logs|logbook|log book|register|sign-in|sign in]',
        'find out ** {privateLife}',
        'track * [whereabouts|private life]',
        'wiretap',
        'eavesdrop',
        '[secretly|covertly] [film|record|photograph|watch|monitor|track|follow]',
        '[hidden|spy|pinhole|small] camera',
        '[gps tracker|tracking device|listening device]',
        'private [investigator|investigation|detective|eye]',
        'dig up dirt',
        '[read|go through|look through|check|look at|search|monitor] ** [phone|phones|messages|wechat messages|emails|texts|chats|chat history|diary|diaries]',
        '[camera|cameras|cctv] ** [toilet|toilets|restroom|restrooms|changing room|changing rooms|locker room|locker rooms|dormitory|dormitories|bathroom|bathrooms]',
        '[dox|doxx]',
        '[sell|sells] ** {personalData}',
        '[pass|give|send|hand|share|copy|export|extract|download|print|compile|list|jot down|note down|write down|take down|collect|gather|harvest|scrape] ** {personalData} & {dataBuyer}',
        '[photograph|film|take photos of|take pictures of|snap|take pics of|take * photos of|take * pictures of] ** [{person}|room|ward] & {sell}',
        '[pass|give|send|hand|share|copy] & {personalData} & {dataBuyer}',
        '[photograph|copy|scan|photocopy|take photos of|take pictures of] ** [{idDocument}|{personalData}] & {dataBuyer}',
        '[photograph|film|take photos of|collect] ** [face|visitor|resident|customer|photos|{personalData}] & [marketing|advertising|sales team|ad company]',
        '[tell|give|send] * [journalist|reporter|the press|the media|newspaper] & {privateLife}',
        '[tell|give|send|show|pass] & [{personalData}|{privateLife}] & [{publicPlace}|photographer|photographers|paparazzi|{dataBuyer}]',
        '[stick|post|put up|display|pin] & [list|names] ** [residents|tenants|owners|debtors|who]',
        '[note|take photos|photograph|record|list|keep a list of|write down] ** [who|which] & [union|meeting|meetings|goes in|go in|send * to me|tell me|report to me|give me|email me]',
        '[camera|cameras|cctv] ** [facing|pointing at|pointed at|aimed at|looking into|overlooking] ** [flat|apartment|bedroom|window|home|house]',
      ],
    },
    exclusions: {
      zh: [
        '跟踪[处理|解决|落实|反馈|整改|服务|问题|报修|进度|维修|回访|督办]',
        // Someone caught doing it, not asked to: 抓到偷拍的.
        '[抓到|抓住|逮到|发现|遇到|碰到|看到|举报|制止]*[偷拍|偷录|偷窥|偷听|窃听]',
        // Following up a task for someone: 跟踪处理业主报修.
        '跟踪[处理|解决|落实|反馈|整改|服务|报修|维修|回访|督办]*{person}',
        '[查看|翻看]*监控',
        '小偷拍[照|下]',
        '[卫生间|厕所|更衣室|浴室|房间内]*不得*[装|安装]',
        // 卖 inside other words: 外卖员, 卖场, 买卖.
        '[外卖|卖场|买卖|卖家|卖方|售卖|义卖|拍卖]',
      ],
      en: ['check * phone number', 'check * phone numbers'],
    },
    services: [ServiceKind.PRIVATE_INVESTIGATION],
  },
  {
    id: LegalityRuleId.LEAK_SECRETS,
    title: {
      zh: '泄露国家秘密、商业秘密或客户要求保密的信息',
      en: 'Leaking state, commercial or client secrets',
    },
    ...basis(6),
    acts: {
      zh: [
        '泄密',
        '[泄露|泄漏|透露|出卖|出售|倒卖|贩卖|外传|外泄|窃取|刺探|套取|打探]*[{secret}|内部资料|客户资料|客户信息|客户名单|业主信息|业主资料|住户信息|访客信息|访客记录|个人信息|数据|资料]',
        '[{secret}|内部资料|客户资料|客户信息|客户名单|业主信息|业主资料|住户信息|访客信息|访客记录|个人信息]*[泄露|泄漏|透露|外传|外泄|出卖|卖掉|卖给]',
        '[提供给|交给|发给|告诉|卖给]*[竞争对手|对手公司|同行|外人|第三方]',
        '[偷拍|拍摄|复印|拷贝|拍]*[商业秘密|机密|涉密|国家秘密|内部资料|图纸|配方|报价|平面图]',
        '收集*[竞争对手|对手]*[情报|信息|资料]',
        '{secret} & {bribe}',
        '{secret} & [私下告诉|偷偷告诉|透露给|私下给|偷偷给|告诉我|跟我说|发给我|拍给我]',
        // Guards posted elsewhere asked to tell: 你们在银行网点值班，运钞车几点到跟我说一声.
        '{tellUs} &< {postedAt} ! {ownSite}',
        '{tellUs} & [{secret}|{theirBusiness}] & [{rival}|他们|那边|那家] ! {ownSite}',
        '[打听|刺探|套取|摸清|探听] & {bribe}',
        '{secret}*[拍下来|拍给|拷走|复印]',
        // What guards see at someone else's premises, copied to us: 值班的时候…图纸，拍几张给我们.
        '[拍|复印|拷|抄|记下]*[给我|给我们|发我|发给我|发我们|传给我|发过来|传过来] & {secret} & [{postedAt}|他们|顺便|偷偷|悄悄]',
        '[打听|留意|观察|刺探]**[告诉我们|告诉我|跟我们说|跟我说] & {rival}',
        '[打听|刺探|留意]**{rival}',
        '[留意|打听|刺探|观察|盯] & {rival}',
        '{rival}**[打听|刺探|留意|拍给我]',
      ],
      en: [
        '[leak|disclose|reveal|sell|pass on|hand over|give away|expose|steal] * {secret}',
        '[spy on|gather intelligence on|collect intelligence on|snoop on] * {rival}',
        '[industrial|corporate] espionage',
        'espionage',
        '[pass|give|send|sell|hand] * to * [{rival}|journalists|the press|the media|third parties]',
        '[tell|give|send|show|pass] * {rival}',
        '[copy|photograph|photocopy|scan|take photos of] * {secret} & [send|email|pay|sell|give]',
        '{secret} & {bribe}',
        '[{tellUs}|ask them|ask him|ask her] & {postedAt} ! {ownSite}',
        '{tellUs} & {rival} ! {ownSite}',
        '[want to know|find out|tell me|tell us|let me know|let us know] ** who their * are',
        '[tell|give|pass|send|let * know] * [my|a] [friend|mate|contact|cousin|partner] & {secret}',
        '[tell|give|send|show|pass|copy|photograph|note down|write down|get a copy of] ** {secret} & {postedAt}',
        '[find out|let me know|let us know|tell me|tell us] & {rival}',
      ],
    },
    exclusions: { zh: ['[防止|杜绝]*泄露'], en: [] },
    services: [],
  },
];

/** The rule with this id (for titles and legal basis in the UI). */
export function legalityRule(id: LegalityRuleId): LegalityRule {
  const rule = LEGALITY_RULES.find((r) => r.id === id);
  if (!rule) throw new Error(`No legality rule ${id}`);
  return rule;
}
