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
  /**
   * Lawful contexts of every paraphrase (an act of several parts) of the rule, as if each act
   * listed them after ` ! ` ("…交给前台，不准外传": data kept in, not passed on).
   */
  lawful?: { zh: readonly string[]; en: readonly string[] };
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
        // Told to go nowhere until paid: 钱没缴清之前哪儿都莫去.
        '[哪儿|哪里|哪]*都[莫|别|不准|不许|不能|不要]*[去|走|出去|离开] & {privateWait} ! {policeHandover} ! {care}',
        // A door locked on people until something is over: 把板房的门锁起，会开完之前一个都不准出来 (not an exam's rule without a lock).
        '门*[锁起|锁上|锁住|锁好|反锁|扣上|关死] & [之前|以前]**不[准|许|让|能]*[出来|出去|离开|走] ! {policeHandover}',
        // Told not to let them move or go while waiting: 莫让他动，等院办领导下来处理; 哪个都莫放下楼，等东西找到了再说.
        '[莫让|别让|不让|不准|不许|不要让]{him}*[动|走|离开|出去|出门|出厂|出厂门|下楼|回去] & {privateWait} ! {policeHandover} ! {care}',
        // Their own door locked on them from outside: 把他们房门从外面锁上 (the key kept is no thing locked in).
        '把{him}*[房门|门|宿舍门|屋门|寝室门]*[从外面|在外面|外面]*[锁上|锁住|锁死|反锁|锁了|扣上|插上|闩上]',
        '[谁都|谁也|一个都|一个也|哪个都|都][别|莫|不许|不准|不能|不要]*放*[下楼|走|出去|离开|出门|出来] & {privateWait} ! {policeHandover} ! {care}',
        '[莫|别|不|不要|不准]放*[出来|出去|下楼|出门] & {privateWait} ! {policeHandover} ! {care}',
        '[按在|摁在|压在]*[椅子|凳子|床|地上|墙上|桌上] & {privateWait} ! {policeHandover}',
        '在*{room}*[站到|坐到|待到|呆到|蹲到|关到][下班|天亮|明天|散场|结束|晚上|半夜|第二天]',
        '限制*人身自由',
        '限制*自由',
        '限制*[离开|离院|离厂|离店|离校|出院|出门|回家|下班]',
        '[非法拘禁|拘禁|软禁|囚禁|关押|看押|羁押|关起来|小黑屋|绑起来|捆起来|绑住|捆住|铐起来|铐住|绑在|捆在|铐在|拴在]',
        '[谁都|谁也|一个都|一个也|哪个都]别*[出去|走|离开]',
        '[谁都|谁也|一个都|一个也|哪个都|全都][别|不许|不准|不能]*{leave} & {privateWait} ! {policeHandover} ! {care}',
        '[扣人|押人|扣着人|扣下人|圈起来|控制起来] ! {policeHandover} ! {care}',
        // A door locked on them until they pay or the boss comes: 把他房门从外面锁上，交了钱再开.
        '[门|房门|大门|楼门|铁门|卷帘门]*[锁上|锁住|锁死|锁了|反锁] & {privateWait} ! {policeHandover} ! {nobodyInside}',
        '关*[一晚|一夜|一天|几天|两天|几个小时|一宿|一会儿|一会|半天|一阵|一上午|一下午|几个钟头]',
        // Tied or cuffed to something: 拷在岗亭柱子上 (拷 for 铐).
        '[绑|捆|铐|拷|拴|锁]在*[柱子|栏杆|树上|椅子|管子|暖气片|电线杆|铁门|床|架子|杆子|水管]',
        // A door locked on someone from outside: 把门从外面锁上.
        '[从外面|在外面|外面]*[锁上|锁住|锁死|反锁|锁了|焊死|焊上|焊住|封死|堵死|钉死|扣上|插上|闩上|拴上] & [{person}|人在|里面有人|请他|让他|把他|把她|把他们] ! {thing} ! {nobodyInside}',
        '[门|房门|大门|防盗门|铁门|卷帘门]*[焊死|焊上|焊住|钉死|封死] & [{person}|人在|里面有人|出来|出不来]',
        // Shut in a room: 关在值班室, 把人锁在仓库里, 学生一律扣在门卫室.
        '关[在|到|进]*{room}',
        '关*{room} & {privateWait} ! {policeHandover} ! {care}',
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
        // A door locked from outside on people inside until something ends: "once they are inside, lock the door from outside until the vote is over".
        'lock * [door|doors|room] [from outside|from the outside|on them|on him|on her] & [until|till] ** [over|done|finished|ends|ended|back|calls|arrives|comes] & [inside|in there|in the room|are in|is in] ! {policeHandover} ! {care}',
        // Held in a room and kept from phoning: "hold them in the security booth all afternoon, no phone calls".
        '[keep|hold|lock|shut] [them|him|her|{person}] [in|inside|at] * {room} & [no phone calls|no phone call|no calls|no phone|no phones|not let * call|cant call|without * phone] ! {policeHandover}',
        // Kept in a room with the door shut until someone calls: "stays in there with door shut until the boss calls back".
        '[stays|stay|stayed|kept|held|sits|sit] in [there|the room|the office|the back office] & [door shut|door closed|door locked|shut in|locked in] & [until|till] ** [boss|manager|owner|director|supervisor|hr] ! {policeHandover}',
        '[doesnt|dont|does not|do not|not|never] let [him|her|them] [past|out|leave|go|through] & {privateWait} ! {policeHandover} ! {care}',
        '[not to be|never to be|is not to be|are not to be|not be] let out & {privateWait} ! {policeHandover} ! {care}',
        '[keep|hold|lock|leave] [them|him|her] [in there|inside|in the room|locked in] & {privateWait} ! {policeHandover} ! {care}',
        '[not be able to|unable to|not able to] {leave} & {privateWait} ! {policeHandover} ! {care}',
        '[nobody|no one] ** [goes out|go out|leaves|gets out|get out] without ** [signed|permission|approval|slip|note]',
        '[shut|lock|bolt] ** [in|inside|into] * {room} & {privateWait} ! {policeHandover} ! {care}',
        '[stay|stays|stayed|kept|held|keep|made to stay] behind & {person} & [until|till] ** [makes up|make up|made up|pay|pays|paid|pays back|pay back|owns up|confess|confesses|admit|admits|sign|signs|covers|cover] ! {policeHandover} ! {care}',
        '{person} [stay|stays|remain|remains|wait|waits|sits|sit|is kept|is held] on site & {privateWait} ! {policeHandover} ! {care}',
        '[sit|sat|park|plonk] {person} down & {privateWait} ! {policeHandover} ! {care}',
        '[dont let|do not let|not let|never let] * {person} [off|out of|leave|past] * [site|premises|building|room|office|shop|store|gate|door] & {privateWait} ! {policeHandover} ! {care}',
        '[keep|hold|detain|lock|shut|confine] * {person} [in|inside|at|on] * [site|premises|building|room|office|shop|store] & {privateWait} ! {policeHandover} ! {care}',
        '[restrict|deprive] * [personal freedom|freedom|liberty]',
        'detain ! {policeHandover}',
        'detention ! {policeHandover}',
        'imprison',
        'kidnap',
        'hostage',
        '[lock|shut] * {person} [up|in|inside|into]',
        '[lock|shut] up * {person}',
        'confine * {person}',
        '[pen|penned|kettle|kettled|corral|corralled|hem|hemmed] ** [in|into|up] ! {policeHandover}',
        '[lock|bolt] ** from the outside & [{person}|his|her|their] ! [nobody|no one|noone|empty|left|check|checking|make sure|gone]',
        '[lock|shut|bolt|lock up] * {room} & {person} ** [inside|still inside|in there] ! [nobody|no one|noone|check|make sure|ensure|empty|after]',
        '[block|box|hem|pen] {person} in',
        '[shut|lock|close] the [gates|gate|doors|door] on {person}',
        '[nobody|no one|none of them] ** [gets out|get out|leaves|leave|goes home|go home] & [tonight|until|shut|lock|locked|gates] ! {policeHandover}',
        '[chain|tie|handcuff|cuff|zip tie|cable tie|strap|tape] * {person} [to|up]',
        'leave * {person} there [until|overnight|all night]',
        '{person} [kept|held|locked|locked up|shut|confined] [in|inside|at|up]',
        '[be|are to be|is to be|will be|should be] [retained|contained|confined|held|kept] [in|inside|at|on] & {person} & {privateWait} ! {policeHandover} ! {care}',
        'hold {person} [against|captive|hostage]',
        'park [him|her|them] [in|at] & {privateWait} ! {policeHandover} ! {care}',
        '[hold|keep|leave|put|make|sit|seat|take|bring|walk|march|hang onto|hang on to|hold onto|hold on to|keep hold of] * {person} & {privateWait} ! {policeHandover} ! {care}',
        'let * stew',
        '[lock|shut|bolt] * [door|doors|gate|gates] & {person} & {privateWait} ! {policeHandover} ! {care}',
        '{person} [stay|stays|remain|remains|wait|waits] [in|inside|at] & {privateWait} ! {policeHandover} ! {care}',
        '[get|gets|got|be|are|is|stay|stays|remain|remains] [kept|held|locked|locked up|shut|confined] [in|inside|at] * {room} & {privateWait} ! {policeHandover} ! {care}',
        '[stay|stays|remain|remains|wait|waits|kept|held|locked] [in|inside|at|on] * {room} & {person} & {privateWait} ! {policeHandover} ! {care}',
        '[stays|kept|held|locked|locked up|spend|spends] [in|inside|at] * {room} ** [overnight|all night|the night] & {person}',
        '[so|so that] * {person} [cant|cannot|can not|wont be able to] [leave|go|get out|slip off|slip away|get away|run off|sneak off|escape|drive off]',
        '{person} [cant|cannot|can not|wont be able to] [leave|go|get out] ** until',
        '[keep|hold|lock] * {person} [in|inside|at] * {room} & [overnight|all night|the night|{privateWait}] ! {policeHandover} ! {care}',
        // A door locked until they pay: "lock the front door until they settle up".
        '[lock|shut|block|bolt] * [door|doors|gate|gates|exit|exits|entrance] & [until|till] ** [pay|pays|paid|settle|settles|settled|sign|signs|signed|apologise|apologises|apologize|apologizes]',
        '[prevent|stop|keep] * {person} from leave',
        '[not let|dont let] ** {person} [leave|go|out|get out] ! [unless|except|fire doors|fire door|fire exits|fire exit|emergency exit|emergency exits|main gate|main gates|main entrance|other exit|another exit|side door|wrong way|that way]',
        '[dont let|not let|do not let] * {person} & [out of|leave|go|get out|drive off|drive away] & {privateWait} ! {policeHandover} ! {care}',
        'not allow * {person} to leave',
        '[not permitted to|not allowed to|not to|cannot|can not|may not] {leave} & {person} & {privateWait} ! {policeHandover} ! {care}',
        '[nobody|no one|none of them] [leave|go|get out] ** until',
        'make sure * {person} [cant|cannot|doesnt|dont|wont|can not|does not|do not] [leave|go|get out]',
      ],
    },
    exclusions: {
      zh: [
        // Goods carried off: 别让人顺走 guards the things, not a person.
        '[别|不|不要]让*[顺|偷|拿|搬|拉|运|抢|扛|卷]走',
        // A pick-up refused: 不是登记的家长不让接孩子走 keeps the child safe, holds no one.
        '[别|不|不要|莫]让*[接|带|领]*走',
        // A crowd kept from crushing: 别让人挤着下楼.
        '[别|不|不要|莫]让*[挤|挤着|推|推着|踩|拥]*[下楼|走|出去|离场]',
        '离开岗位',
        '放人[进|入]',
        '放[他|她|他们][进|入]',
        '[扣留|扣住|扣下]{person}的',
      ],
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
        // Looked at under their clothes: 衣服里头也要看.
        '{clothing}[里头|里面|里边|底下][看|摸|查|检查|翻]',
        '{clothing}[里头|里面|里边|底下][也要|也得|都要|都得][看|摸|查|检查|翻]',
        // Clothes taken off to be looked at: 喊她把外套脱了，里头穿的也要看; 把鞋子脱了、皮带解了检查.
        '把*{clothing}*[脱了|脱掉|脱下|解了|解开|撩起来|掀起来|敞开] & [检查|看|查|搜|摸|拍] ! {screening}',
        '[撸|挽|卷|捋]*袖子 & [挨个|下班|出门|出厂|每个|所有]',
        '[拍拍|摸摸|捏捏|拍一拍|摸一摸|捏一捏]*[{belongings}|裤腿|腰|腿|身上]',
        '{clothing}*[敞开|拉开|打开|脱下|脱掉]*[看|查|检查|给]',
        '[翻一翻|翻翻|搜一搜|搜搜|摸一摸|翻一下] & {belongings} & {searchOccasion} ! {screening}',
        '[撬开|撬|砸开|强行打开]*{belongings}',
        '{belongings}*[撬开|砸开|撬了]',
        '[全身|浑身|身上|从头到脚|上下]*[拍|摸|搜|捏|摸索][一遍|一下|个遍|遍|一拍|一摸|一搜]',
        '[打开|翻|翻看|查看|检查|看看|看|翻翻]*[相册|聊天记录|微信|短信|通话记录|手机里] & {searchOccasion} ! {screening} ! {insteadPolice}',
        '[手机|电话]*交出来 & [打开|翻|查看|检查|看看] & {searchOccasion}',
        '[搜查|搜身|收身|摸身|人身检查]',
        '[搜|翻][一下|一遍|一搜|遍|个遍]',
        '挨个搜',
        '[搜|翻|掏|摸|翻查|翻找]*{belongings}',
        '{belongings}*[翻|掏|搜]',
        '{belongings}*[翻|掏|倒]出来',
        '{belongings}*[倒过来|抖一抖|抖抖|抖一下|掏空|倒空]',
        '摸[一摸|一下|两下|摸]',
        '脱*[衣|{clothing}]**[检查|检察|查|看|搜|摸]',
        '{clothing}*脱**[检查|检察|查|看|搜|摸]',
        '{clothing}*[掀起|撩起|掀开|撩开|解开]',
        '{clothing}*[里面|里头|底下|下面|里边]*[摸|搜|翻|查|检查]',
        '摸[一遍|个遍|遍]',
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
        '[检查|查看|翻|搜|查]**{belongings} & {searchOccasion} ! {screening}',
      ],
      en: [
        // Hands in their pockets: "guards put their hands in staff pockets".
        '[put|puts|stick|sticks|reach|reaches] * hands [in|into|inside] ** [pocket|pockets|bag|bags|clothes|clothing]',
        // Looked at under the clothes: "check the nurses' bodies when they clock out, under the uniform too".
        '[check|search|feel|pat|look] ** [under|beneath|inside] [their|his|her] [uniform|uniforms|clothes|clothing|shirt|shirts|top|tops|skirt|dress|overalls]',
        '[check|search|inspect|examine|pat down] [the|their|his|her|staffs|workers|nurses|employees|cleaners] * [body|bodies] & [clock out|clocks out|leave|leaving|shift|uniform|clothes]',
        '[take|takes|taking] * {clothing} ** off & [check|checked|search|searched|inspect|look|pat] ! {screening}',
        '[remove|take off] ** {clothing} & [inspection|inspect|check|search|examine|examination] ! {screening}',
        '{belongings} ** [gone through|searched|emptied|turned out] & {searchOccasion} ! {screening}',
        'head to toe & [check|checked|go over|goes over|pat|search|frisk|inspect]',
        'search ** [cars|car|vehicles|vans|boot|boots|glovebox] & [workers|staff|employees|on the way out] ! {assistOfficial} ! {policeHandover}',
        '[tip|empty|turn|dump|pour] [it|them|everything|the lot|the contents|her bag|his bag|their bags|handbag|handbags|bag|bags] out & {belongings} & {forced}',
        '[physical|personal|bodily|full body|full-body] [inspection|inspections|search|searches|check|checks|examination] ** [{person}|{clothing}]',
        '[search of the person|searches of the person|bodily search|personal search]',
        '[inspect|inspection|examine|examination|check] ** {clothing} & {searchOccasion} ! {screening}',
        '[inspect|check|search|examine|go through] * [contents|content|inside] & {belongings} & [{forced}|{searchOccasion}] ! {screening} ! {insteadPolice}',
        '[open|unzip|go through|look through|look inside|rifle through|dig through|root through|poke through|check] ** [{person}|their|his|her] * {belongings} & {searchOccasion} ! {screening} ! {insteadPolice}',
        'body search',
        'strip search',
        'frisk',
        'pat * down',
        'pat down',
        '[a proper|a quick|a good|a full|a thorough|a firm] pat & {searchOccasion} ! {screening}',
        '[rummage|root] through',
        '[empty|turn out|show] ** [pockets|pocket|bra|underwear] ! {screening}',
        '[check|look|feel|search|reach|put * hand] [under|inside|beneath|up] * {clothing}',
        '[strip|undress]',
        'once over & [{clothing}|{belongings}|{person}] ! {screening}',
        'feel * [pockets|pocket|{clothing}]',
        '[check|search|feel|pat] * [bra|bras|underwear|knickers|waistband|waistbands|crotch]',
        '[turn|empty|tip] * {belongings} [inside out|upside down] ! {screening}',
        '[lift|pull up|raise|open] * {clothing} & [check|look|see|search|feel]',
        '[take off|remove] ** {clothing} & [check|search|look|see] ! {screening}',
        '[check|inspect|look inside|look in|look into|open|search|go through] ** {belongings} & {forced}',
        'search * {belongings}',
        'search * {person}',
        '[go through|look through] ** {belongings}',
        '[check|inspect|inspection|examine|examination|look inside|look in|look into|open] ** {belongings} & {searchOccasion} ! {screening} ! {insteadPolice}',
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
        '[a proper|a quick|a good|a full|a thorough|a firm] pat on the [back|shoulder]',
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
        // Beaten into submission: 打服为止.
        '[打服|打到*服][为止|再说|了再]',
        // Shamed before everyone: 当到大家的面喊她滚，让她脸上挂不住.
        '当*[大家|众人|所有人|大伙|全场|大家伙][的面|面前|面]*[骂|喊|吼|凶|羞辱|数落|训]',
        '让*[脸上挂不住|下不来台|丢脸|丢人|没面子]',
        '[顶在|举在|挂在|戴在][头上|脖子上|身上|胸前]',
        '绕*[小区|厂区|商场|院子|学校|全场|操场]*[走|游|转]一[圈|遍]',
        '[绑|捆|铐|拴|挂|站|跪]**让[大家|所有人|众人|路人|顾客|业主|员工]*[看|围观|瞧]',
        '往{him}*[身上|脸上|头上]*[泼|浇|倒|扔|吐]',
        '骂到*[走|为止|哭|服]',
        '[抽|扇|踹|踢|打|揍|捶|锤][他|她|他们|她们][几下|两下|一顿|几巴掌|几脚|几拳|一下|两巴掌|两脚]',
        '狠狠[抽|扇|打|揍|踹|踢|捶|锤|教训]',
        '教*做人',
        '[好好|狠狠]教[他|她|他们]',
        '[按|摁|压|踩|摔|撂|放倒]在地上',
        '[按|摁|压]在地上*[摩擦|打|揍|踩]',
        '骂[走|跑|出去|哭|滚]',
        '当着*[面|大家|所有人|家长|顾客|客人|同事|员工|众人]*[骂|训|数落|羞辱|批|吼]',
        '让{him}*[下不来台|丢人|丢脸|出丑|难堪|没面子|颜面扫地|抬不起头]',
        '[直接上手|就上手|往死里打|殴打|欧打|污辱|打人|暴打|痛打|毒打|打伤|揍|拳打脚踢|体罚|罚跪|下跪|跪下|跪着|示众|游街|扒光]',
        '打*一顿',
        '往死里[打|揍|踹|弄|整|收拾]',
        '打[几下|两下|他|她|他们|她们|死|残|断]',
        '打了*[算我|我负责|没事|有我]',
        '动手',
        // A class or a review "教训" a problem, not a person: 上一堂消防课，好好教训一下….
        '教训*[一顿|一下|一哈|他|她|他们|她们] ! [一堂|一节|上课|课上|培训|讲座|复盘|总结会]',
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
        '[一脚|几脚|两脚|一拳|几拳]*[踹|踢|打|揍]',
        '让{him}[滚|滚蛋|滚出去|爬]',
        '[臭骂|痛骂|大骂|破口大骂|吐*口水|吐痰]',
        '[几拳|一拳|两拳|几脚|两脚|几巴掌]',
        '[推|搡][两下|几下|一把|搡|两把|几把]',
        // Beaten in other words: 教育教育, 给他两下, 吼他、推他, 别打脸 (so elsewhere).
        '[教育教育|修理修理|收拾收拾|招呼招呼|伺候伺候]',
        '给{him}[两下|几下|两下子|几下子|几拳|几脚|几巴掌|两拳|两脚|一拳|一脚|一巴掌|一顿]',
        '[别|不要|别往|不能]打[脸|头|要害|出血|出事|坏|残|死|伤|明显的地方]',
        '[吼|凶|推|搡|踹|踢|扇|掐|揪|拽|薅]{him} ! {him}的',
        '[让|随|由着]{him}[打|互殴|打架|打个够]',
        '[可以|随便|尽管|使劲|狠狠|直接|就]骂',
        '[挂|举|戴|拿]**牌子 & [小偷|贼|我是|偷东西]',
        '[照片|头像|脸|相片]**[贴|挂|放|投|播]*[门口|大屏|屏幕|公告栏|墙上|橱窗] & [小偷|偷东西|贼|偷]',
        '[侮辱|辱骂|羞辱|谩骂]',
        '骂[几句|一顿|两句|他|她|他们|她们]',
        '骂*一顿',
        '[当众|当着*的面|当着大家|当着所有人]*[认错|道歉|鞠躬|检讨|批评|出丑|下跪]',
        '[照片|相片|名字|姓名|头像]*[贴|挂|公示|张贴]',
        // Shamed over a loudspeaker: 拉到广播室念检讨.
        '[念|读]检讨',
        '广播*[检讨|道歉|认错|名字|姓名]',
        '{person}*[拍照|拍下来]*[贴|挂|公示|张贴]',
        '[挂牌|举牌|挂*牌子|举*牌子]',
      ],
      en: [
        // Names called and a scolding before others: "call her stupid and useless", "scold her in front of the team".
        'call [them|him|her] [stupid|useless|idiot|idiots|lazy|worthless|dumb|pathetic|thief|thieves]',
        '[scold|berate|shout at|yell at|tell off] ** in front of',
        '[give|gave|giving] ** [a slap|a smack|a punch|a kick|a thump|a whack|a beating|a hiding|a kicking|a clip round the ear]',
        'call [them|him|her] [dirty|trash|scum|rubbish|vermin|animals|peasants|idiots|names|pigs]',
        'teach [them|him|her] [some|a few|a little|proper] manners',
        'where [there are|there is|theres] no [cameras|camera|cctv] & [take|drag|bring|walk]',
        '[made to|make them|make him|make her|force them to|force him to|force her to] kneel',
        'call * names ! [list|roll|register|attendance|out]',
        '[physical|corporal] [correction|punishment|discipline|chastisement]',
        '[chastise|chastisement]',
        '[belittle|shame|humiliate|mock|ridicule|name and shame] ** [over the pa|over the tannoy|on the pa|on the tannoy|over the loudspeaker|the whole * hears|everyone hears|in front of]',
        'give * [hiding|kicking|beating|thrashing|slapping|smacking|going-over|going over|seeing-to|seeing to|clip round the ear|black eye|bloody nose|good hiding|proper hiding]',
        '[a proper|a right|a real|a good] [hiding|kicking|beating|thrashing|slap|smack|going-over|going over|seeing-to|seeing to]',
        'parade * {person}',
        '[march|walk|drag] * {person} ** [past|through|around|round] & [so everyone|everyone sees|everyone can see|in front of|publicly|round * neck]',
        '[slap|smack|punch|thump|whack|belt|clout|deck|headbutt|kick|hit|batter|wallop|bash] [the|that|this|those|these|any] * [one|ones|lot|bunch|gang|kid|kids|lad|lads|idiot|idiots|guy|bloke]',
        '[clout|belt|deck|wallop|batter|bash|headbutt|knee] {person}',
        '[curse|cuss|spit on|spit at|mock|ridicule|belittle|taunt|jeer at|scream at] * {person}',
        '[curse|cuss|yell|scream|swear] * {person} out',
        'knock * off {person}',
        '[knock|smack|slap|punch|kick] * [helmet|hat|phone|glasses|cap|teeth] [off|out]',
        'beat up',
        'beat * up',
        'beat {person}',
        '[a beating|a good hiding|a hiding|a thrashing|a kicking]',
        'a good [slap|smack|kicking|thrashing|beating|punch|slapping|kickin|beatin|hidin|thrashin|slappin|smackin|battering|hammering|pasting|going over|seeing to]',
        'give * [kickin|beatin|hidin|thrashin|slappin|smackin|battering|hammering|pasting]',
        '[assault|attack|punch|kick|slap|smack|hit|thump|whack|shove|abuse|manhandle] * {person}',
        'swear at {person}',
        '[clip|cuff|box] * [ear|ears]',
        '[clip|cuff|whack|smack|slap|clout|thump] * [round|around|across|about|on] the [head|ear|ears|face|back of the head]',
        'on [his|her|their] knees',
        '[make|made] * {person} [stand|kneel|wear|hold|carry|sit] & [so everyone|so everybody|everyone can see|everybody can see|in public|publicly|in front of]',
        '[a few|some|a couple of] [slaps|punches|kicks|smacks|digs|thumps|whacks|clips|knocks|wallops]',
        '[rough|knock] * [up|about|around]',
        '[rough|knock|push|slap|kick|shove] ** [about|around]',
        '[read|reading|announce|announcing|call out|calling out] ** [names|name] ** [over the tannoy|over the pa|on the tannoy|on the pa|over the loudspeaker|over the speakers] & [shame|dodger|dodgers|thief|thieves|shoplifter|shoplifters|cheat|cheats|caught|offender|offenders|so everyone]',
        'teach ** a lesson ! lesson [on|about]',
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
        '[photo|photos|picture|pictures|mugshot] & [stick|post|put up|display|pin|hang] ** [door|wall|window|noticeboard|board|screen|entrance] & [shoplifter|shoplifters|thief|thieves|nicked|stole|stolen|caught]',
        'down a peg',
        'in front of everyone',
        'make ** [kneel|grovel|beg]',
        'make an example of',
        '[shout|yell|scream|swear] at {person} & [in front of|publicly|in public|everyone]',
        '[kneel|kneeling] ** [front|everyone|public|sorry|apologise|apologize]',
        'lay hands on',
        'knock * sense into',
        'sort {person} out & [behind|back|outside|properly|lesson|boys|lads]',
      ],
    },
    exclusions: {
      zh: [
        '打人员',
        // Asked to make a call, not to hit: 保安让他打电话给业主.
        '[让|叫|请]{him}打[电话|个电话|给|车|卡|印|水|饭|伞|招呼]',
        // What a recording shows, not an act asked for: 推搡那段录像.
        '[推搡|打架|打人|动手|骂人|吵架|推人][那段|这段|的那段|的录像|的视频|的监控|录像|视频]',
        '动手[术|能力|脚]',
        '自己动手',
        '[吸取|经验]*教训',
        // Someone named by what they did, handed on: 动手的那个等警察到了交给警察.
        '[动手|打人|打架|闹事]的[人|那个|那位|一方|几个|那几个|那些|男的|女的]',
        '收拾*[东西|房间|卫生|干净|行李|桌子|垃圾|残局|现场|岗亭]',
        // A sign held up to direct traffic or people: 在路口举牌提示绕行.
        '举[牌|牌子|指示牌][提示|引导|指引|示意|告知|指路]',
      ],
      en: [
        '[knock|knocking] on ** [around|about]',
        // A place or a thing given a good going-over is searched or cleaned, nobody beaten.
        'the [car park|carpark|parking lot|garage|building|site|premises|area|place|warehouse|grounds|perimeter|lobby|rooms|floor|floors|office|offices|yard|store|shop|basement|stairwells|vehicles|cars|fence] [a proper|a right|a real|a good] [going-over|going over]',
      ],
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
        // Grabbed off them: 把他手机抢过来.
        '把{him}*[手机|相机|包|东西|证件|钥匙|车钥匙|电脑]*[抢过来|抢走|抢下来|夺过来|夺下来|夺走|抢了]',
        // Kept by the guards and not given back: 放你们那到期末才还，家长来要也莫给; 锁在保卫科保险柜，老板签了字才拿得到.
        '[放|锁|收|存]*[你们那|保安那|门卫那|保险柜|柜子里|抽屉] & {laterReturn} & [{document}|{property}] ! {lawfulKeeping}',
        '[来要|要回|来拿|来领]*也[莫|别|不]给',
        '扣*{document}',
        '[扣押|扣压|没收|扣留|收缴|强占]',
        '[扣下|扣着|锁走|收着|收下|收下来|收上来|收走|锁起来] & [才还|再还|才给|再给|才退|再退] ! {lawfulKeeping}',
        '[{property}|钥匙|{vehicle}|{document}]*[收着|扣着|收走|扣下|先收|拿走] & {debt} ! {lawfulKeeping}',
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
        // Identity papers handed to the guards to keep: 身份证一律上交给保安队统一保管.
        '[身份证|身分证|证件|护照|驾驶证|驾照|银行卡|工资卡|户口本|社保卡]**[交给|上交给|上交|交到|交由|交][保安|门卫|队长|公司|人事|队里|我们|前台]**[保管|收着|保存|存放|管着] ! {lawfulKeeping} ! [登记后|登记完|核对后|查验后|看完|归还|还给|退还|退回|自愿]',
        // Taken as a punishment: 直接拿走，不用还了，就当罚了.
        '{take} & {penalty} ! {lawfulKeeping}',
      ],
      en: [
        // Kept for a whole term: "take them and keep them for the whole semester", "dont give back whole term".
        '[keep|hold|confiscate] [them|it|their phones|the phones|phones] for the [whole|entire|rest of the] [semester|term|year|month]',
        '[dont|do not|not|never] give * back * [whole|entire|all] [term|semester|year]',
        '[take|takes|grab|keep|keeps|confiscate|hold] ** [{document}|{property}|them] & [no giving back|no return|no returns|not give * back|never give * back|wont give * back|for good] ! {lawfulKeeping}',
        '[until the weekend|until the holidays|until the end of term|so nobody quits|so no one quits|so nobody leaves|so no one leaves] & [keep|keeps|hold|holds|retain|retained] & [{document}|{property}] ! {lawfulKeeping}',
        '[take|keep|hold] ** [licence|license|id|passport|keys|id card] & [until|till] ** [pay|pays|paid] * [fine|fines|fee|fees]',
        '[keep|hold|lock up|impound|clamp] [their|his|her] ** [{property}|van|vans|tools|truck|car|cars|vehicle|equipment] & [{debt}|hasnt paid|not paid|unpaid|until * pays|till * pays|till * does|until * does] ! {lawfulKeeping}',
        '[keep|hold|take|withhold|hang on to|hold on to|hang onto|hold onto] [their|his|her] * [{property}|{document}] & [until|till] ** [boss|manager|supervisor|employer|firm|company|agency] ! {lawfulKeeping}',
        'seize',
        'seizure',
        'confiscate ! {prohibitedItem} ! {policeHandover}',
        'impound',
        '[clamp|wheel clamp|wheel-clamp|wheel lock|wheel-lock|steering lock|tyre lock|tire lock]',
        '[immobilise|immobilize|disable] & {property} & {laterReturn} ! {lawfulKeeping}',
        '[pocket|bag|nab|nick|swipe|pinch|snatch|grab|take away] ** {property} & {laterReturn} ! {lawfulKeeping}',
        '[withhold|take away|hold on to|hold onto|hang on to|hang onto|keep hold of|hold back|take possession of|take] * [{document}|{property}] ! {lawfulKeeping}',
        '[withhold|hold on to|hold onto|hang on to|hang onto|keep hold of|hold back|take possession of] ** {idDocument} ! {lawfulKeeping}',
        '[collect|gather|take in|keep|hold|hang on to|hang onto] ** {document} & {laterReturn} ! {lawfulKeeping}',
        '[{property}|{document}|permit|permits|pass|passes] ** [chained|locked|clamped|impounded|towed|immobilised|immobilized|immobilise|immobilize|disabled|withdrawn|withheld|revoked] & {laterReturn} ! {lawfulKeeping}',
        '[retain|keep|hold] * {idDocument} ! {lawfulKeeping}',
        '{document} ** [go|goes|kept|locked|stay|stays|put|held|stored|lodged|deposited|left|handed in|surrendered] & {laterReturn} ! {lawfulKeeping}',
        '[have to|has to|must|required to|need to|are to] [hand in|surrender|deposit|give up|leave|hand over] * {idDocument}',
        '[get|give|hand|return] * [{document}|{property}] back & {laterReturn} ! {lawfulKeeping}',
        '[dont|do not|wont|will not|not] [get|have] * [{document}|{property}] back & {laterReturn} ! {lawfulKeeping}',
        '[take|grab|snatch|pull|confiscate|nick|swipe|pinch|nab|pocket|yank|lift|wrestle] ** off {person}',
        '[take|grab|snatch|pull|confiscate|nick|swipe|pinch|nab|pocket|yank|lift|wrestle] ** off [the|those|these|any|that|this] {person}',
        '[collect|gather|take in] * {idDocument} ! [check|checks|checked|return|returned|hand * back|handed back|give * back|straight back]',
        '[take|tow|remove|haul|grab] [his|her|their] * {property}',
        '[keep|hold|lock|chain|take|tow|grab|haul|load|cart|hang onto|hang on to|hold onto|hold on to] ** {property} & {laterReturn} ! {lawfulKeeping}',
        // The things named before, kept by a pronoun: "load his goods onto our van and keep them until he pays".
        '[keep|hold|lock|chain|retain] [them|it|those|these] & {laterReturn} &< [{document}|{property}] ! {lawfulKeeping}',
        '[keep|keeps|take|takes|hold|confiscate|lock up|take away] ** [it|them|{property}|{document}] & {penalty} ! {lawfulKeeping}',
        '[leave|hand in|deposit|surrender|hand over] * {idDocument} & [collect|get * back|sign out|on the way out|when they leave] ! {lawfulKeeping}',
      ],
    },
    exclusions: {
      zh: [
        '扣押金',
        '押[金|运|送|车|解|款]',
        // The officials' instrument named: 法院来贴查封公告, 出示扣押决定书.
        '[查封|扣押|没收|冻结|收缴][公告|通知书|通知|决定书|决定|令|清单|笔录|封条]',
        // Their own things, taken by them: 他私人的东西让他带走.
        '{him}*[自己|私人|个人]的*[东西|物品]*让{him}*[带走|拿走|取走]',
      ],
      en: [
        'take * off the [hook|hooks|shelf|wall|board|rack|key safe|key box|cabinet|peg]',
        'take * [out of|from] the [key safe|key box|cabinet|drawer|safe]',
        'seize * [opportunity|opportunities|moment|chance|day]',
        // Papers their owners keep: "cleaners keep their own passports".
        '[keep|keeps|hold|holds|retain|retains] * own * {idDocument}',
        'take * [visitor passes|passes|tickets|photos|pictures|notes]',
        // Photographing, not taking: "take photos of cars parked in the fire lane".
        'take [photos|pictures|photo|picture|pics|a photo|a picture|a pic|video|a video] of * [car|cars|vehicle|vehicles|van|vans|truck|trucks|lorry|lorries|bike|bikes|scooter|scooters|plate|plates|damage]',
        // Noting, not taking: "take note of the vehicle plate".
        'take [note|notes|a note] of * [vehicle|vehicles|car|cars|van|truck|plate|plates|number|numbers|registration|details|face|faces|time|who|what]',
        // The officials' own act: "tax bureau officials come to take documents".
        '{official} ** to [take|collect|seize|remove|check] ** {document}',
        // The officials' instrument named, not a guard's act: "bailiffs serve a seizure order".
        '[seizure|confiscation|impound|impoundment|distraint] [notice|notices|order|orders|warrant|warrants|papers|list]',
        '{official} ** to [seize|confiscate|impound|seal]',
        'take ** [board|boards|sign|signs|poster|posters|notice|notices|flag|flags|decorations] down',
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
        // Standing in front or stopping them getting up: 站在前面，莫让他们动手; 楼梯间的门锁了，电梯也停了，他们上不来.
        '[站在前面|站在前头|挡在前面|挡在前头|围在前面|上不来|进不来] & {official} ! {assistOfficial}',
        '[莫让|别让|不让|不要让]*[动手|拆] & {official} ! {assistOfficial}',
        '[电梯|楼梯|楼梯间|楼道]*[停了|锁了|停掉|锁上|关了|封了] & {official} ! {assistOfficial}',
        '{obstruct} & [检查|调查|抽检|执法]*[的人|人员|组]*[来了|来的时候|要是来|过来|上门] ! {policeHandover} ! {assistOfficial}',
        '[阻碍|阻挠]*[执法|公务|民警|警察|公安|检查|调查]',
        '妨碍*[执法|公务|民警|警察|公安|调查]',
        '[阻拦|阻止|拦住]*[执法|民警|警察|公安|城管|检查人员|调查人员|调查组|检查组]',
        '抗法',
        '对抗*[执法|检查|调查]',
        '拦*[警车|执法车]',
        // An official kept out, stalled or lied to: 环保局的人来了别开门, 城管来了就说老板不在.
        '{obstruct} & {official} ! {policeHandover} ! {assistOfficial}',
        '{obstruct} & [检查|调查|查封|抽检|执法]*[时|的时候] ! {policeHandover} ! {assistOfficial}',
        '{obstructStrong} &< {official} ! {policeHandover} ! {assistOfficial}',
        '[撕|揭]*[封条|公告|告示]',
        '封条*[撕|揭]',
      ],
      en: [
        // The gate chained, nobody said to be in: "chain the gate", "tell them noone is here".
        'chain * [gate|gates|door|doors|entrance] &< {official} ! {policeHandover} ! {assistOfficial}',
        '[physically block|tell * nobody is|tell * no one is|tell * noone is] &< {official} ! {policeHandover} ! {assistOfficial}',
        // Officials kept from going somewhere or doing the job: "keep them from going upstairs or taking photos".
        '[keep|stop] [them|him|her|the officers|the inspectors|{official}] from [going|entering|taking|getting|coming|seeing|checking|inspecting|photographing|filming|looking] &< {official} ! {policeHandover} ! {assistOfficial}',
        // Not let past reception, the records said to be elsewhere: "tell them all records are at HQ in another city".
        '[say|tell] ** [timesheets|records|files|books|documents|papers|logs|accounts|payroll|ledgers] ** [at hq|at headquarters|in another city|at another office|at our other office] &< [{official}|inspection|inspectors|inspector] ! {assistOfficial}',
        '[dont let|do not let|not let|never let] * [talk to|speak to|interview|question|meet] &< {official} ! {assistOfficial}',
        '[off limits|off-limits|out of bounds|form a line|form a human chain|human wall|in front of the excavator|in front of the digger|in front of the bulldozer|cant find the key|cannot find the key|cant find the keys] &< {official} ! {assistOfficial}',
        '[say|tell] ** [timesheets|records|files|books|documents|papers|logs|accounts|keys|payroll|ledgers] ** [at head office|at the head office|with the boss|at another site|at the other site|offsite|off site|in storage|archived|with the accountant|with the lawyer|not here|elsewhere] & {official} ! {assistOfficial}',
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
        // The public kept back, not the officials: 维持秩序，让围观群众往后站.
        '[让|叫|请]*[围观群众|围观的人|群众|人群|闲杂人员|路人|行人]*[往后|后退|退后|让开|散开|离远]',
        '消防[通道|设施|栓|器材|演练|车道|门]',
        // 挡, 拦, 堵 inside the name of a thing or a traffic state, not an act on anyone.
        '[围挡|挡板|挡墙|挡土墙|挡杆|挡车器|挡雨|挡风|遮挡|阻挡物|拦网|拦车杆|堵车|堵塞|拥堵|封堵|防堵]',
      ],
      en: [
        // The public kept back, not the officials: "keep the crowd back while the officers work".
        'keep * [crowd|crowds|people|public|onlookers|bystanders|passers-by|passersby|residents|shoppers|customers|everyone|spectators|visitors|guests|staff] * [back|away|clear|at bay|behind]',
      ],
    },
    // A paraphrase told beside the police called or the officials helped is not their obstruction
    // ("dont let a crowd in, call police if it escalates").
    lawful: {
      zh: ['{policeHandover}', '{assistOfficial}'],
      en: ['{policeHandover}', '{assistOfficial}'],
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
        // A show of force in a quarrel: 哪个不听话就给他点厉害.
        '给{him}*点厉害 &< {dispute} ! {policeHandover}',
        // Guards sent to chase a debt in so many words: 保安帮忙催一下账.
        '[保安|你们|派人|帮忙|帮我|帮我们]**[催账|催帐|催债|催款|催一下账|催一下帐|催一下款|催一下债|催下账|催一催账|催催账]',
        // A threat told with someone's grievance or a debt: 让他们晓得闹了没得好果子吃; 不删帖就等到起.
        '[没得|没有|没]*好果子吃 &< {dispute}',
        '[找到|找上门|上门|屋头|住处] & 不[删|撤|改|道歉|还|赔|给]**就*[等到起|等着瞧|走着瞧|等着]',
        // A dowry or thing not given back, men sent along to make a show of it: 女方不肯退彩礼，陪到一起去她家要，气势要足.
        '不肯[退|还|给|赔] & [气势|人多|壮|镇|撑腰|助威|找几个人|几个人]',
        // A blow or damage threatened in a dispute: 再占就把他摊子砸了，让他晓得厉害; 敢来就打出去.
        '把*[摊子|摊位|店|铺子|车|门|东西|玻璃|窗户]*[砸了|砸掉|砸烂|掀了|掀翻] &< {dispute} ! {policeHandover}',
        '让*晓得*[厉害|后果|怕|下场] &< {dispute} ! {policeHandover}',
        '敢[来|闹|动|进]*就*[打|揍|砸|收拾] &< {dispute} ! {policeHandover}',
        '[准备|带上|备]*[甩棍|棍子|家伙|钢管|警棍] &< {dispute} ! {policeHandover}',
        '[去|到|上]*[他那里|他那儿|他那边|那里|屋头|家里|他家]*[坐一坐|坐坐|坐一下|站起|站着|守着|蹲着] & [{debt}|拿到钱|赔|还钱]',
        '[去|到|上]**[家|屋头|屋里|公司|门口]**催[款|钱|债|账|帐]',
        '[让|叫]*看到*人多',
        '[店门|门|门锁|大门|铺子|店]*[锁了|锁上|封了|堵了|换了] & [再开|才开|再给*钥匙|才给*钥匙] & [{debt}|交清|还清|付清|结清|钱到|交钱|给钱]',
        '[人多点|多带几个人|多叫几个人|多去几个人|多带点人|多叫点人] & [不好惹|好看|颜色看看]',
        '[讨债|追债|催债|逼债|收债|要债|要账|要帐|讨账|讨帐|收账|收帐|催账|催帐|追账|追帐|催收] ! {otherHandler}',
        '[追讨|追索]*[欠款|债|款|钱|账|帐|工钱]',
        '[讨|追|逼]*{debtMoney} ! {otherHandler}',
        '催{debtMoney} ! {otherHandler}',
        '[要|收][回|个|笔|一笔|点|回来]*{debtMoney} ! {otherHandler}',
        '[讨回|要回|追回|拿回|收回]**[钱|款] ! {otherHandler}',
        '{debtMoney}**[讨回|要回|追回|拿回|收回|弄回|要回来|讨回来|追回来|催缴|催收|追讨|追缴|讨要|催|追|讨|逼] ! {otherHandler}',
        // Someone who owes, and guards sent to sit at their door or lean on them.
        '{pressure} &< {debt} ! {otherHandler} ! {hosted}',
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
        '把{person}[推开|拉开|架开|拖开] ! [打架|劝架|分开|隔开|斗殴|互殴|打起来]',
        '[堵|找|缠|跟|守|逮]*{him}*要[钱|账|帐|回|债]',
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
        // Made to take a post down or apologise by guards at their door: 去他家楼下堵他，逼他把帖子删了.
        '[逼|强迫|逼着|硬逼]{him}**[删|撤|道歉|签字|搬走|认错|改口|保证书] & [堵|围|找*人|找*保安|找*兄弟|上门|门口|楼下|家里]',
        '压下去',
        '镇[一镇|住|场子|场]',
        // Scaring off a thief and calling the police deters an offence: 喊一声吓跑就算了，马上报警.
        '吓[一吓|唬|退|跑|他|她|他们] ! {policeHandover}',
        '[恐吓|威胁]',
        '围起来',
      ],
      en: [
        // A threat in a quarrel: "his car gets scratched", "things will get ugly"; a signature forced.
        '[get ugly|gets ugly|turn ugly|turns ugly|gets scratched|get scratched|gets keyed|get keyed|gets smashed|gets damaged] &< {dispute} ! {policeHandover}',
        '[make|force|pressure|get] [him|her|them] [sign|to sign|into signing] &< {dispute} ! {policeHandover}',
        // Men standing behind someone in a dispute so the other side gives in: "so they feel the pressure and sign".
        '[standing behind|stand behind|stands behind|feel the pressure|feels the pressure|feel pressured] & [dispute|disputes|renegotiate|negotiate|negotiation|sign|pay|owes|debt]',
        // Borrowers' homes visited with banners; a car not given back fetched by a few men.
        '[hang|put up|hold up] * [banner|banners|signs|posters] * [outside|at|on] * [home|homes|house|houses|door|doors|flat|flats] & [borrower|borrowers|loan|loans|debtor|debtors|owe|owes|list]',
        '[send|bring|take] * few [guys|men|lads|blokes|of your men|of your guys] & [wont give back|won t give back|wont return|refuses to give back|refuses to return|get it back|hand it over]',
        // Damage threatened to make someone comply: "tell him his windows will get smashed if he does it again".
        '[get smashed|gets smashed|will be smashed|get slashed|gets slashed|will be slashed|get done|gets done|will get done|get broken|will be broken|get keyed|get wrecked] & [tell|warn|let * know] & [if|unless|again|or else]',
        '[smash|break|wreck|trash] * [windshield|windshields|windscreen|windscreens|windows|cars|trucks|car|truck|stall] &< {dispute} ! {policeHandover}',
        '[broken fingers|broken legs|broken arms|broken noses|broken bones|the old way|will get hurt|theyll get hurt|they will get hurt|youll get hurt|could get hurt|intimidation|bit of muscle] &< {dispute} ! {policeHandover}',
        '[cut|cut off|shut off|disable|turn off] ** [lift access|lift|elevator|water|power|electricity|access|key card|keycard] & [wont leave|refuses to leave|pay|pays|owes|rent|lease]',
        '[heavier|bigger|biggest|big|heavy|hard|toughest|burly|beefy] [guys|lads|men|blokes|boys] & [collect|recover|get|chase] ** [rent|money|cash|payment|payments|fees|dues]',
        '[will be|itll be|it will be|next it will be|be] [his|her|their|your] [windscreen|windows|window|car|tyres|tires|legs|face|head|kneecaps|van|shop] next',
        '[recover|repossess|take back|get back|seize] ** [equipment|goods|stock|property|{property}] & {debt} & [break|force|smash|whatever|however]',
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
        // 劝不走就打110: the call that follows is to the police, not a blow.
        '不[服|听|同意|配合|答应|走|给|肯|行]*就*打[110|120|119|12345|电话|报警]',
        // Workers claiming their own pay (离职员工拉横幅讨加班费): the guards collect nothing.
        '讨*[加班费|工资|薪水|薪资|欠薪|血汗钱]',
        '讨薪',
        // Their own banner: 欠薪的工人拉横幅, 业主在楼下拉横幅 (the guards' answer is another act).
        '[工人|员工|业主|民工|住户|职工|商户|租户|家属][拉横幅|挂横幅|打横幅]',
        '[工人|员工|业主|民工|住户|职工|商户|租户|家属]在**[拉横幅|挂横幅|打横幅]',
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
        'carry [it|this|that|them] out',
        'carry out',
        'carried out',
        'carrying out',
        '[throw|throw away|chuck] [out|away] [food|rubbish|trash|the rubbish|the trash|old|expired|waste|leftovers|junk|litter|flyers|papers]',
        '[put|put it] out',
        'check * out',
        'sign * out',
        'badge out',
        'debt collection [department|dept|office|floor|team|software|system|training|policy|law]',
        // Keeping clear of the bailiffs: "stay out of the way".
        '[stay|keep|get|staying|keeping] out of the way',
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
        // What a camera caught posted online: 电梯里拍到…发到业主群和抖音上.
        '[发到|发在|传到|发进|上传到|发去]*[业主群|朋友圈|网上|抖音|快手|微博|小红书|群里] &< [拍到|录到|监控里|录像里|视频里]',
        // A stretch not kept, cleared, or changed to another time: 十点到十点半那段莫留了; 那两条记录清一下; 刷卡记录改一哈，改成九点以后离开的.
        '[那段|这段|那部分|那几分钟|那一段|这一段]*[莫留|别留|不要留|不留|删了|处理掉] & [{record}|录像|监控|视频]',
        '[记录|录像|报警记录|监控]*[清一下|清掉|清了|清空|抹掉|清除]',
        '[改一下|改一哈|改哈|改成|改为]**[时间|到场|离开|分钟|点以后|点之后|点前] & [记录|登记本|记录本|刷卡|打卡|门禁]',
        '[改成|改为|改到]**[点|时|分钟|号] & [记录|登记本|记录本|刷卡|打卡|门禁|考勤]',
        '[发到|发在|传到|发进]*[群|业主群|朋友圈|网上|抖音|微博] & [{record}|录像|监控|视频] & [曝光|丢人|出丑|示众]',
        '[那几分钟|那一段|那段|那部分|几分钟|这段|这几分钟]*[去掉|剪掉|剪了|截掉|抹掉] & [录像|监控|视频|画面]',
        '[录像|监控|视频|画面]**[去掉|剪掉|剪了|截掉|抹掉]',
        '{erase} &< {record} ! {scheduledOverwrite}',
        '[把|将][记录|日志|记载|登记]*{tamper} & {record} ! {scheduledOverwrite}',
        '{tamper}*[记录|日志|登记] & {record} ! {scheduledOverwrite}',
        '[别让|不要让|不能让|别叫]*[总部|领导|上面|公司|警察|甲方|客户|保险|公安|业主|老板]*[知道|看到|看见|发现] & {record} & [改|删|剪|换|补|写成|覆盖|盖]',
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
        // A timestamp changed to show another time: "edit the timestamp so it shows 6pm" (not a clock set right).
        '[edit|change|alter|amend|adjust|fix|doctor] * [timestamp|timestamps|time stamp|date stamp|time|date] & [so it shows|so it says|to show|to read|make it show|make it look|so it looks] ! [right hour|right time|right date|correct time|correct hour|correct date|real time|actual time|fast|slow|wrong]',
        // Footage recorded over on purpose: "record over the gate camera disk, the boss doesn't want last week on file".
        '[record over|tape over|write over|overwrite] ** [disk|drive|footage|tape|recording|recordings|camera|hard drive] & [doesnt want|dont want|does not want|do not want|not on file|nobody sees|no one sees|tonight]',
        '[send|email|give|forward|post|share|whatsapp|text] [it|them|the clip|the video|the footage|a copy] ** [her|him|them] &< [{record}|clip|video] &< [reporter|journalist|the press|the media|adjuster|insurer|publicity|nobody will know]',
        '[version|copy|cut] with ** [taken out|cut out|edited out|removed]',
        '[trim|cut|snip] ** [part|bit|section|out] & [recording|footage|audio|video|clip|body cam|file] ! [training|promotional|promo|marketing|induction|instructional|demo|tutorial|welcome] [video|videos|clip|clips|film]',
        '[make sure|made sure] ** overwrote [that|the] [day|night|week|clip|part|bit|section|footage]',
        'overwrite ** [camera|cameras|footage|recording|recordings|cctv] ! {scheduledOverwrite}',
        '{record} ** [disappear|vanish|go away|go missing] ! {scheduledOverwrite}',
        '{tamper} [it|them|this|that|those|these|the lot|everything|all of it] &< {record} ! {scheduledOverwrite} ! [code|codes|password|passwords|pin|pins|combination|lock|locks|battery|batteries]',
        '{tamper} * [entry|entries|line|lines|time|times|log|logs|record|records|status] & {record} ! {scheduledOverwrite}',
        '[so it looks like|so that it looks like|to make it look|make it look like|make it look as if|to look as if|so it looks as if] & {record} ! {scheduledOverwrite}',
        '[tell|say] ** [overwrote|overwritten|deleted|wiped|lost|broken|corrupted|not recording|no footage] & {record} & [delete|erase|wipe|destroy|quietly|tonight|actually]',
        '{tamper} ** {record} ! {scheduledOverwrite}',
        '{record} ** [gone|deleted|erased|wiped|disappear|disappears|removed|get lost|gets lost|got lost|is lost|was lost|be lost|goes missing|go missing] ! {scheduledOverwrite}',
        '[dont|do not|stop] log * {record}',
        '{tamper} * [part|bit|minutes|section|time stamp|timestamp|date] & {record}',
        '[cut out|cut|edit out|remove|delete|blur|take out|snip|snip out|trim|chop|chop out] * [part|bit|section|moment|frames|seconds|minutes] [where|when|that shows|showing]',
        '[change|alter|edit|fix|move] * [time|times|timestamp|time stamp|date] & [log|record|records|report|alarm] ! {scheduledOverwrite}',
        '[leave|keep] * [off|out of] * [log|record|records|report]',
        '[make sure|make] ** {record} [show|shows|say|says|read|reads] & [whatever|regardless|no matter|even if]',
        '[no longer|not be|isnt|is not|are not|arent] [retrievable|recoverable|available|accessible|viewable] & {record} & [before|prior to|ahead of|by the time] ! {scheduledOverwrite}',
        '[overwritten|overwrite|wiped|deleted|erased] & [before|prior to|ahead of|accidentally|by accident|conveniently] & {record} ! {scheduledOverwrite}',
        '[switch off|turn off|disable|stop|pause|unplug] ** {record} & [no record|no records|no trace|no log|nobody knows|no one knows|wont show|doesnt show|on record|want it recorded|wants it recorded]',
        '[camera|cameras|cctv|footage|recording] ** [not working|wasnt working|was broken|was off|was down|faulty|malfunctioned] & [make sure|say|tell|if anyone asks|pretend|claim]',
        '[can|could|needs to|need to|has to|have to|must|should|make|let|got to|gotta] ** [disappear|vanish|go missing|be gone|go away|get lost] & {record} ! {scheduledOverwrite}',
        '[copy|make a copy of|copies of|burn] ** {record} & [send|give|pass|hand|email|post|share] ! {lawfulRecipient}',
        '[leak|spread|circulate|publish|sell|forward|email] ** {record} ! {lawfulRecipient}',
        '{spread} ** {record} & {publicPlace} ! {lawfulRecipient}',
        '{record} ** {spread} & {publicPlace} ! {lawfulRecipient}',
        // The footage named, then passed on by a pronoun: "the clip of the fight, send it to our group".
        '{spread} [it|them|this|that|the clip|the video|the footage] & {publicPlace} &< {record} ! {lawfulRecipient}',
        // Footage put on a stick for someone who asked: "Burn it onto a disc for him, he'll pay".
        '[put|copy|burn|save|download|export|transfer] ** [usb|usb stick|memory stick|flash drive|pen drive|thumb drive|disk|disc|dvd|cd] & [for him|for her|for them|{bribe}|{dataBuyer}] &< {record} ! {lawfulRecipient}',
        '[clear|clear out] * [entry|entries|log|logs|history] & {record} ! {scheduledOverwrite} ! [test|testing|procedure|maintenance|engineer]',
        '{spread} ** [clip|video] & [post|share|upload|online|douyin|funny|hilarious]',
        '{spread} ** {record} & [funny|hilarious|lol|for a laugh|my mates|my friends|mates|the lads|love it|laugh] ! {lawfulRecipient}',
      ],
    },
    exclusions: {
      zh: [
        '[删除|清除]*旧档',
        '[识|区|类|级|特|分|告|辨|性|个]别记',
        // A sign put up (贴“监控区域”的提示牌) tells people they are filmed; nothing is posted.
        '[贴|张贴|挂]**[监控区域|提示牌|提示|告示|标识|标志|警示]',
      ],
      en: [
        // Not surveillance records: test, demo or sample recordings ("delete the old test recordings").
        '[delete|erase|wipe|remove|clear|overwrite|edit] ** [test|demo|sample|dummy|practice|training] [recording|recordings|footage|clip|clips|video|videos|files]',
        '[edit|cut|trim|crop|change|make] * [training|promotional|promo|marketing|induction|safety|welcome|corporate|instructional|demo|tutorial] [video|videos|clip|clips|film]',
      ],
    },
    services: [],
  },
  {
    id: LegalityRuleId.INVADE_PRIVACY,
    title: { zh: '侵犯个人隐私', en: 'Invading personal privacy' },
    ...basis(6),
    acts: {
      zh: [
        // Peering in at their window: 去他家窗子外头瞄一下，看他们屋头在搞啥子.
        '[窗子|窗户|窗]**[瞄|偷看|偷瞄|往里看|往里瞄]',
        '看*[屋头|屋里|家里]*[在搞啥|在干啥|在干什么|在做什么|搞啥子|干嘛]',
        // Someone followed after work to see where they go: 下班跟到他，看他去了哪些地方.
        '[跟到|跟着|跟踪|尾随]*[他|她|他们|她们] & [去了哪|去哪|去过哪|哪些地方|拍*照片|见*谁|跟哪个|跟谁]',
        // Who someone meets photographed: 拍下他跟哪个在房间里见面.
        '[拍下|拍|记下|盯|看]**[跟哪个|跟谁|和谁|和哪个|同哪个]**[见面|碰头|在一起|约会|吃饭|进房|进出]',
        // A colleague's drawer or laptop opened after hours: 她下班以后你们打开看一下.
        '[抽屉|电脑|笔记本|手机|柜子] & [打开|翻开|翻|开]*[看|查] & [下班|不在|私底下|偷偷|背着|是不是]',
        // Someone's parcels or letters opened to see what is inside: 偷偷翻一下她的快递看看买了啥.
        '[翻|拆|打开|拆开]*[快递|包裹|信件|来信] & [看看|看一下|买了|里面|是什么|啥] & [她|他|业主|住户|员工|租户] ! [当面|当着|同意|本人要求]',
        // A room entered with a spare key to look through someone's things: 用备用钥匙进她房间，看看她抽屉里有什么.
        '[备用钥匙|万能钥匙|万能卡|备用房卡]*[进|开] & [抽屉|有什么|翻翻|翻一下|翻看|看看她|看看他|她的东西|他的东西|私人物品]',
        // Phones, chats and computers looked through; a peephole; a tiny camera: 翻一下他们的微信; 从猫眼往里看; 烟感里头装个小摄像头.
        '[翻一下|翻翻|翻看|偷看|查看|看一下|看下|登|登录|登陆|翻]*[微信|聊天记录|短信|邮箱|浏览记录|电脑|手机] & [他们|她|他|员工|工人|员工的|哪个|有没有人|在跟]',
        '[猫眼|门缝|窗户缝|窗帘缝|钥匙孔]*[往里|往里面|偷看|看]',
        '[装|放|安|藏|弄]*[针孔|小摄像头|微型摄像头|隐形摄像头|隐蔽摄像头|偷拍设备]',
        '[试衣间|更衣室|卫生间|厕所|浴室|洗澡间]*[装|放|安]*[摄像头|监控|针孔]',
        '[跟一段|跟一下|跟一阵|跟着他|跟踪] & [几点出门|几点回来|去哪|哪些地方|开啥子车|开什么车|平时]',
        '[跟踪|尾随|盯梢|跟梢|监视][一下|一段|几天|一阵]',
        '[装|安装|放|对]*[摄像头|监控|镜头]**[对着|对准|朝着|正对]*[门|窗|房间|宿舍|家|床]',
        '趁{him}*[不在|不注意|没注意|睡着|洗澡|出去|上班]**[翻|看|拿|拍|查|拷]',
        '[翻|翻翻|翻一翻|看看|查查|偷看]**{privateLife}',
        '[看看|看一下|看一看|翻翻|翻一翻|翻|翻看|检查|查|查查|读|偷看|偷偷看|查看][他们|她们|他|她|员工|学生|住户|工人|租户|业主|孩子][的]*[手机|聊天记录|短信|微信|邮件|日记|信件|相册|私信|笔记|本子]',
        '[看看|看一下|翻翻|翻看|检查|查|查查|读|偷看|查看]*[日记本|日记|聊天记录|信件|私信|相册]',
        '[查查|查一下|查|打听|盯|留意|记]**{privateLife}',
        '[隔着|透过|从]*[窗户|窗]*[拍|看|偷看|拍照|拍视频]',
        '[放|装|藏|塞|粘|贴]*[录音笔|录音机|窃听器|录音设备|麦克风|摄像头|定位器]*[桌子底下|桌下|床底|沙发|抽屉|房间|休息室|宿舍|车上|车里|包里]',
        // Listening at someone's door or wall: 贴门上听听他们吵什么.
        '[贴|趴|靠|凑]**[门|墙|窗][上|边|口|缝]*[听|偷听]',
        '侵犯*隐私',
        '[偷拍|偷录|偷听|窃听|窃录|偷窥|针孔摄像头|私家侦探|私人侦探|人肉搜索]',
        '[调查|打听|查|收集|搜集|曝光|公开|泄露|挖]*隐私',
        '[跟踪|尾随|盯梢|跟梢|监视][他|她]',
        '[跟踪|尾随|盯梢|跟梢|监视]*[他们|对方|员工|工人|业主|住户|租户|客户|某人|此人|老公|老婆|丈夫|妻子|配偶|前妻|前夫|行踪|私生活]',
        '查*[行踪|开房记录|聊天记录|通话记录]',
        '查**{privateLife}',
        '[打听|调查|查一下|查查] & {privateLife}',
        '[帮我|替我|给我]*{watch} & {privateLife} & {person}',
        '[帮我|替我|给我]*[看看|看一下|盯|留意|注意|查|问问]**{privateLife}',
        '[查|打听|调查]**{person}**{privateLife}',
        '{watch} & [记下|记录|拍下|拍照]*{personalData}',
        '[列个|列一个|列一份|整理一份|整理个|列张]*[名单|单子|清单] & {personalData}',
        // Who is away, told to an outsider: 谁家常年没人住，列个单子给我朋友.
        '[给|发|告诉|列] & {privateLife} & {dataBuyer} ! {subjectAsks} ! {rideCalled}',
        '[拍|记下|告诉我|跟我说|汇报给我|报告给我|发给我|发我] & {privateLife} ! [报物业|交物业|报给物业|报警|报派出所]',
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
        // Looked up for a private end: 我想约她, 投诉我们的那个人, "for me personally".
        '{personalData} & {privatePurpose}',
        '{privateLife} & {privatePurpose}',
        '{personalData}**[卖|出售|倒卖|贩卖]',
        '{sell} & {personalData}',
        '[拍|拍照|偷拍|拍几张|拍下|拍下来|照片] & {sell} & {person}',
        '[给|发|拷|复印|告诉|导出|提供|整理|拍|拍下|抄|记下|收集] & {personalData} & {dataBuyer} ! {subjectAsks} ! {rideCalled}',
        '{personalData}**[拍|拍照]*[发给|给]',
        '[派|找|安排|叫]*人*[跟着|跟上|跟住|盯着|盯住] & [去哪|去了哪|都去|跟谁|和谁|见谁|见了谁]',
        '[拆开|拆了|打开]*[快递|包裹|信件|信封|邮件]*[看|瞧] ! [同意|授权|当面|当着|破损|验货|签收]',
        '[快递|包裹|信件|信封]**[拆开|拆了|打开]*[看|瞧] ! [同意|授权|当面|当着|破损|验货|签收]',
        '[看看|看|翻|查|偷看|翻看]*[微信|QQ|手机|电脑|聊天]**[聊些|聊了|聊什么|聊啥|都聊|跟谁聊|在聊]',
        '{privateLife} & [发到|发在|传到|发群|群里|朋友圈|网上|微博|抖音|粉丝]',
      ],
      en: [
        // A tracker hidden on someone's car to know where they go.
        '[put|slip|stick|attach|hide|place|fit] * [gps|tracker|trackers|tracking device|airtag|air tag|tag] & [where * goes|where * go|where * went|keep tabs|know where|follow]',
        // A camera pointed through a window; a guard peeping into rooms.
        '[point|aim|angle|set up|put] ** [camera|cameras|lens] ** through ** [window|windows]',
        '[peep|peek|spy] [into|in|through|on] ** [dorm|dorms|bedroom|bedrooms|changing room|changing rooms|toilet|toilets|shower|showers|rest room|flat|flats|home|homes|house|houses|cubicle|cubicles]',
        '[peep|peek|spy] [into|in|through|on] ** [window|windows] & [female|women|girls|who is|who s|sleeping|changing|undressing|tenant|neighbour|neighbor]',
        '[go in|go into|let yourself in|enter|get in] ** [while|when] ** [at work|out|away|not in|not home] & [look around|check|drawers|laptop|diary|wardrobe]',
        '[while|when] ** [at work|out|away|not in|not home] & [let yourself in|let yourself into|go in|go into|get into|enter|spare key] & [look around|check|drawers|laptop|diary|wardrobe|phone|go through]',
        '[follow|tail|shadow] ** [to see|and see|find out] & [which|who|where|meets|lives]',
        '[find out|work out|figure out] & [is dating|sleeping with|going out with|picks her up|picks him up]',
        '[let * know|tell|report to|inform] & {privateLife} & [landlord|landlady|husband|wife|committee|boss|owner|chairman] & [which|who|whether]',
        '[run|look up|trace|check] ** [plates|plate|licence plates|number plates|reg|regs] & [address|addresses|owner|owners|who owns|contacts]',
        '[get|collect|note|list|photograph|record|obtain|find] ** [{personalData}|faces|names] & [protesters|protestors|demonstrators|protest|protesting|whistleblower|whistleblowers]',
        '[go through|look through|rummage through|search|check|see in|look in|dig through|sift through] ** [bins|bin|rubbish|trash|recycling|waste] & [personal|private|tenants|residents|their|his|her|letters|receipts]',
        '[private|personal] [chats|messages|emails|texts|conversations|correspondence|letters|photos] & [screenshot|read|copy|send|forward|print|check|look at|go through|photograph]',
        '[film|filming|record|photograph|photos of|pictures of|watch|peek into|peer into|look into] ** [toilet|toilets|loo|loos|ladies|gents|washroom|washrooms|lavatory|lavatories|restroom|restrooms|changing room|changing rooms|locker room|locker rooms|showers|shower|bathroom|bathrooms|cubicle|cubicles] & [women|womens|girls|ladies|mens|men|through|vent|hole|gap|secretly|hidden|under the door|over the top|people|while]',
        '[discreet|covert|secret|undercover|quiet|hidden] [observation|surveillance|monitoring|watch|tail|following|photography|filming]',
        '[obtain|gather|find out|dig up|get hold of|pull|look up|pull up|retrieve|get] ** [{personalData}|names] & [union|unions|union meeting|trade union|strikers|petition|rally|complained|complaint|complaints]',
        '[concealed|covert|disguised|secret] [camera|cameras|microphone|recorder|recording device|mic]',
        '[listen in|listen in on|listen at|earwig|ear to the door|ear against the door|ear to the wall|ear against the wall|ear to * wall|ear to * door|press * ear] ! [pump|pumps|machine|machinery|engine|boiler|plant room|leak|smoke|fire|hiss]',
        '[read|go through|look through|rifle through] ** [letters|notebooks|notebook|journal|journals|personal papers]',
        '[read|go through|look through|check|look at|search|monitor|open] ** [wechat|whatsapp|inbox|dms|gallery|camera roll|browser history|search history]',
        '[unlock|break into|crack|get into|hack|hack into] * [phone|phones|laptop|laptops|account|accounts|email|computer|wechat|messages]',
        '[photograph|film|take photos|take pictures|take pics|snap|record|zoom|look|peek|peer|watch|spy] ** [through|into] * [window|windows|bedroom|flat|apartment|home|house|curtains]',
        '[camera|cam|mic|microphone|recorder] [in|inside|behind|into] * [smoke alarm|smoke detector|clock|vent|plant pot|light fitting|charger|socket|picture frame|teddy|air freshener]',
        '[stick|put|hide|fit|install|attach|plant|leave|tape|place] * [recorder|recorders|recording device|voice recorder|mic|microphone|bug|bugs|wire|dictaphone|listening device|hidden camera]',
        '[so we can|so i can|to] [hear|listen to|listen in on|overhear|record] * [what|whatever] * [say|says|said|talk|talks|discuss]',
        '[find out|work out|figure out|want to know|wants to know|tell me|tell us|list|note|make a list] ** [who|which] ** [union|unions|unionise|unionize|organising|organizing|complaining|complains|petition|strike]',
        '[find out|work out|figure out|tell me|tell us|make a list] ** {privateLife} & [list|names|who|which|tell me|tell us|report|chairman|wants|want] ! [visitor book|visitor log|visitor logs|logbook|log book|register|sign-in|sign in]',
        '[invade|violate|breach|intrude on|intrude upon] * privacy',
        'invasion of privacy',
        'spy on',
        'stalk',
        '[tail|shadow] {person}',
        'follow * {person} [home|around|everywhere] ! [signs|sign|route|arrows|map]',
        '[follow|tail|shadow] * [{person}|manager|boss|director|colleague|secretary|accountant|supervisor] ** [after work|after hours|for a few days|for * days|for a week|when * leaves|home|everywhere] ! [signs|sign|route|arrows|map|instructions|instruction|lead|advice|orders|rules|procedure|procedures|directions|guidance]',
        '[report|tell me|let me know|text me|tell us] ** {privateLife} &< [follow|tail|shadow]',
        'follow ** {person} & {privateLife}',
        '[{personalData}|{privateLife}|home address] & {privatePurpose}',
        '[track|keep tabs on|keep an eye on|tail|shadow|stalk] & {privateLife} & {person}',
        '[look into|dig into|dig around|snoop] ** {privateLife} & {person}',
        '[tell me|let me know|text me|send me|report to me] ** {privateLife} & {person}',
        '[get|collect|note|list|photograph|record|send|take|compile] ** [{personalData}|faces|names] & [union|unions|union meeting|trade union|strikers|petition|rally]',
        '{watch} ** {privateLife} & {person} ! [visitor book|visitor log|visitor logs|logbook|log book|register|sign-in|sign in]',
        '[read|steam open|look inside|open] ** [mail|post|letters|parcels|packages] & [before|unit|flat|tenant|resident|owner|their|his|her] ! [asks|asked|request|requested|in front of|consent|permission|damaged]',
        '[keep a log|log|note down|write down|record|keep track] ** [when|what time] ** [leave|leaves|comes back|come back|goes out|go out|gets home|get home|comes home|come home] & [who with|with whom|asking|wants to know] & [lady|man|woman|girl|guy|tenant|resident|she|he|her|him|wife|husband]',
        '[find out|work out|figure out] ** [dating|sleeping with|going out with|picks her up|picks him up]',
        '[{personalData}|home address] & [debt collector|debt collectors|collector|collectors|journalist|reporter|private investigator|ex-husband|ex-wife] & [text|send|give|tell|pass|forward|email]',
        'find out ** {privateLife}',
        'track * [whereabouts|private life]',
        'wiretap',
        'eavesdrop',
        '[secretly|covertly] [film|record|photograph|watch|monitor|track|follow]',
        '[hidden|spy|pinhole|small|secret|concealed|tiny|mini] [camera|cam|cams|cameras|webcam|webcams]',
        '[gps tracker|tracking device|listening device]',
        '[stick|put|hide|fit|install|attach|plant] * [tracker|trackers|airtag|airtags|gps|tracking app] ! [our own|companys own|the companys|fleet|company vehicle|company vehicles|company car|company cars|company van|company vans|our vans|our trucks|our vehicles|our cars|pool car|pool cars]',
        // Hiring one, not one who calls and is told nothing.
        'private [investigator|investigation|detective|eye] ! [calls|rings|phones|asks|comes asking|turns up|shows up]',
        'dig up dirt',
        '[read|go through|look through|check|look at|search|monitor] ** [phone|phones|messages|wechat messages|emails|texts|chats|chat history|diary|diaries]',
        '[camera|cameras|cam|cams|cctv] ** [toilet|toilets|loo|loos|ladies|gents|washroom|washrooms|lavatory|lavatories|restroom|restrooms|changing room|changing rooms|locker room|locker rooms|dormitory|dormitories|bathroom|bathrooms]',
        '[dox|doxx]',
        '[sell|sells] ** {personalData}',
        '{sell} & {personalData}',
        '[pass|give|send|hand|share|copy|export|extract|download|print|email|forward|leak|text|slip|tell|show|dig|pull|compile|list|jot down|note down|write down|take down|collect|gather|harvest|scrape] ** {personalData} & {dataBuyer}',
        '[photograph|film|take photos of|take pictures of|snap|take pics of|take * photos of|take * pictures of] ** [{person}|room|ward] & {sell}',
        '[pass|give|send|hand|share|copy|email|forward|text|leak] & {personalData} & {dataBuyer}',
        '[photograph|copy|scan|photocopy|take photos of|take pictures of|snap|text|send] ** [{idDocument}|{personalData}] & {dataBuyer}',
        // The recipient told in the sentence before, then named by a pronoun: "My cousin sells
        // insurance. Send him the residents' phone list."
        '[pass|give|send|hand|share|copy|forward|email|text|slip] [him|her|them|his|their] ** {personalData} &< {dataBuyer}',
        // Told to whoever "wants to know": "…wants to know who's been reported, tell them which flats".
        '[tell|give|send|text|pass|show] [them|him|her] ** [{privateLife}|{personalData}] & [wants to know|want to know|is asking|are asking|keeps asking] ! {lawfulRecipient}',
        '[peek|peep|look|glance|snoop] at ** {idDocument} & [text me|send me|tell me|note down|write down|copy]',
        '[photograph|film|take photos of|collect] ** [face|visitor|resident|customer|photos|{personalData}] & [marketing|advertising|sales team|ad company]',
        '[tell|give|send] * [journalist|reporter|the press|the media|newspaper] & {privateLife}',
        '[tell|give|send|show|pass] & [{personalData}|{privateLife}] & [{publicPlace}|photographer|photographers|paparazzi|{dataBuyer}]',
        '[post|put up|share|upload|stick|pin|display] ** {personalData} & [{publicPlace}|facebook group|group|lobby|lift|window] ! {lawfulRecipient} ! {consent}',
        '[stick|post|put up|display|pin] & [list|names] ** [residents|tenants|owners|debtors|who] ! {consent}',
        '[note|take photos|photograph|record|list|keep a list of|write down] ** [who|which] & [union|meeting|meetings|goes in|go in|send * to me|tell me|report to me|give me|email me]',
        '[camera|cameras|cctv] ** [facing|pointing at|pointed at|aimed at|looking into|overlooking] ** [flat|apartment|bedroom|window|home|house]',
      ],
    },
    exclusions: {
      zh: [
        '跟踪[处理|解决|落实|反馈|整改|服务|问题|报修|进度|维修|回访|督办]',
        // Inspectors, not a check on someone: 检查人员要去哪里就带去哪里.
        '检查[人员|组|员|的人]',
        // Someone caught doing it, not asked to: 抓到偷拍的.
        '[抓到|抓住|逮到|发现|遇到|碰到|看到|举报|制止]*[偷拍|偷录|偷窥|偷听|窃听]',
        // Following up a task for someone: 跟踪处理业主报修.
        '跟踪[处理|解决|落实|反馈|整改|服务|报修|维修|回访|督办]*{person}',
        '[查看|翻看]*监控',
        '小偷拍[照|下]',
        // Someone else's secret filming, named by its evidence or its doer: 那个偷拍的视频.
        '[偷拍|偷录|偷窥|窃听]的[视频|录像|照片|事|案子|人|男的|女的|家伙]',
        '[卫生间|厕所|更衣室|浴室|房间内]*不得*[装|安装]',
        // 卖 inside other words: 外卖员, 卖场, 买卖.
        '[发现|发生|出发|发票|发烧|发言|发展|发动|发起|发放|发货]',
        '登记',
        '[外卖|卖场|买卖|卖家|卖方|售卖|义卖|拍卖]',
      ],
      en: [
        'check * phone number',
        'check * phone numbers',
        '[check|checking|checks] ** and [phone|phones|phoned|calls|rings] [the|his|her|their|our|security|police|a|an]',
      ],
    },
    lawful: { zh: ['{keptWithin}'], en: ['{keptWithin}'] },
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
        // Where a woman lives told to whoever asks: 她前夫来问她住几栋几号，保安就跟他说了.
        '[跟他说|告诉他|跟他讲|告诉她|跟她说|发给他] &< [住几栋|几栋几号|住哪|住在哪|门牌号|房号|房间号|住址] ! [同意|确认过|核实]',
        // Patients' records exported for a firm that wants them.
        '[导出来|导出|拷出来|打印出来]*[发给|传给|给] & [想要|要买|出钱|公司] &< {personalData}',
        // Patients' names and illnesses passed to a firm outside: 病人名字和病种，每天整理一份给外头那家殡葬服务公司.
        '[病人|患者|住院]*[名字|姓名|病种|病情|诊断] & [给|发|整理|提供|卖] & [外头|外面|外边|殡葬|公司|机构]*[公司|机构|的人] ! {policeHandover}',
        // Another firm's goods or a site's plans passed on: 隔壁药厂每天出几车货、发往哪里，记一下告诉我; 机房布局图和门禁密码发一份到我微信.
        '[{tellUs}|汇总一份给我们|汇总给我们|发一份|发到我] & [出*货|发往哪|发到哪|出的货|车牌|布局图|门禁密码|密码|平面图] & [{rival}|驻在|驻场|那家|他们|价钱好说] ! {assistOfficial}',
        '{tellUs} & {secret} & [朋友|熟人|亲戚|有人问|外人|记者|同行|对手]',
        '[朋友|熟人|亲戚|外人|记者|同行]*[想知道|想要|在问|问|打听] & {secret}',
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
        '[拍|复印|拷|抄|记下]*[给我|给我们|发我|发给我|发我们|传给我|发过来|传过来] & {secret} & [{postedAt}|他们|顺便|顺手|偷偷|悄悄]',
        '[打听|留意|观察|刺探]**[告诉我们|告诉我|跟我们说|跟我说] & {rival}',
        '[打听|刺探|留意]**{rival}',
        '[留意|打听|刺探|观察|盯] & {rival}',
        '{rival}**[打听|刺探|留意|拍给我]',
        '[记者|中介|外人|朋友|熟人|亲戚|同行|媒体]**[想知道|想要|在问|问|打听] & [告诉|跟*说|说一下|说一声|发给|透露] & [是谁|{privateLife}|空着|哪几户|哪户]',
      ],
      en: [
        // Where someone is, told to whoever asks: "the reporter asked which room… tell him"; a route passed on for pay.
        '[tell|give] [him|her|them|it] &< [which room|room number|home address|where she lives|where he lives|flat number] &< [reporter|journalist|blogger|ex|stranger|caller|says hes|says he is|claims|fan]',
        '[pass|hand|send|slip|give] [it|them] [on|over|along] &< {secret} &< [{rival}|{bribe}|paying|pays]',
        // Documents copied for us by a guard posted elsewhere: "your guard on their night shift could copy a few documents for us".
        '[copy|photocopy|scan|photograph|take|bring|get] ** [documents|files|papers|drawings|plans|blueprints] [for us|for me|to us|to me] ! {ownSite}',
        // A register's pages scanned for a buyer: "a marketing firm will pay per entry, pls scan the pages for them".
        '[scan|copy|photograph|photocopy] ** [pages|page|entries|logbook|log book|register|book] & [{dataBuyer}|{bribe}|pay per|will pay|pays per] &< {personalData}',
        '[tell|give|send|text|pass] [her|him|them] ** [room number|the room|which room|room and the floor] &< [fan|fans|fan account|confidential|tipped|tip|husband|cousin|ex|ex-husband|ex-wife|ex-boyfriend|ex-girlfriend|reporter|journalist|stranger|caller]',
        '[jot|note|write] ** down & [same field|same industry|same line of business|same business]',
        '[buy * dinner|buy * drinks|brief us|brief me|fill us in|forward us|forward me|give him copies|give her copies|give them copies|another firm|dont tell|nda] &< [what ships|which ships|ships came in|ship movements|vault sensors|cash room|laid out|layout|production floor|production line|delegations|document numbers|drawings|whiteboards]',
        '[what ships|which ships|ships came in|ship movements|vault sensors|cash room|laid out|layout|production floor|production line|delegations|document numbers|drawings|whiteboards] & [buy * dinner|buy * drinks|brief us|brief me|fill us in|forward us|forward me|give him copies|give her copies|give them copies|another firm|dont tell|nda]',
        '[contact list|parent contact|phone list|contacts] & [rmb per|yuan per|per family|per name|per contact|per number|offers * for] & [share|send|give|pass|hand]',
        '[share|send|give|pass|hand] [it|them|the list] &< [rmb per|yuan per|per family|per name|per contact|per number]',
        '[sell insurance|insurance on the side|on the side|for a cut] &< [copy|send|pass|give|export|email] ** {personalData}',
        '[share|pass on|pass|give|tell|send|hand over|hand|leak|forward|show] ** {secret} ** [with|to] * [friend|mate|cousin|brother|sister|uncle|contact|journalist|reporter|scout|buyer|outsider|outsiders|someone|anyone|ex|ex-partner|boyfriend|girlfriend]',
        '[forward|send|copy|email|screenshot|photograph] [me|us] ** {secret}',
        '[grab a photo|take a photo|snap|photograph|take pictures|take pics|get a pic|photo of|pic of|picture of|photos of|pics of] ** [client list|client lists|customer list|customer lists|screen|screens|whiteboard|whiteboards|files|documents|papers|plans|contracts|case files|client files|visitor list|guest list|business cards] & [we|us|me|for us|for me|appreciate] ! {ownSite} ! [damage|insurance|evidence|police|incident]',
        '[copy|download|export|dump|transfer|put|burn] ** {secret} ** [usb|usb stick|memory stick|flash drive|pen drive|thumb drive|my laptop|my email|for me|for us|to me|to us]',
        '[leak|disclose|reveal|divulge|sell|expose|steal] ** {secret}',
        '[bring out|take out|sneak out|smuggle out|get out] ** {secret} & [{bribe}|for my|for me|for us|contact|friend|mate|cash] ! {ownSite}',
        '[provide|supply|furnish|give|get|send|hand|bring] ** [us|me] ** [copies|copy|photos|pictures|scans|details|a list|list|photocopies] ** {secret}',
        '[copies|copy|photos|scans|photocopies|pictures] of ** {secret} & [us|me|for us|for me|to us|to me]',
        '[tip off|tip * off|clue * in|fill * in|let * in on|give * a heads up|give * a heads-up] & [{secret}|{rival}|{theirBusiness}|who is staying|staying|clients]',
        '[pass|give|send|sell|hand|forward|share|tell] ** to ** [{rival}|journalists|journalist|reporter|reporters|the press|the media|third parties|contact|friend|mate]',
        '[share|pass on|pass|give|tell|send|hand over|hand|leak|forward|show|text|slip] ** [them|it|him|her|codes|code|details|dates|times|schedule|route] &< {secret} & [{rival}|friend|mate|buddy|pal|cousin|contact|journalist|reporter|the press|collector|outsider|outsiders|ex-partner|asking|asks|asked|wants to know|want to know|wants a copy|want a copy|love a copy]',
        '[leak|disclose|reveal|sell|pass on|hand over|give away|expose|steal] * {secret}',
        '[spy on|gather intelligence on|collect intelligence on|snoop on] * {rival}',
        '[industrial|corporate] espionage',
        'espionage',
        '[pass|give|send|sell|hand] * to * [{rival}|journalists|the press|the media|third parties]',
        '[tell|give|send|show|pass] * {rival}',
        '[copy|photograph|photocopy|scan|take photos of] * {secret} & [send|email|pay|sell|give]',
        '[copy|photograph|photocopy|scan|take photos of|snap] [them|it|those|these] & [send|email|sell|give|buyer] &< {secret} ! {ownSite}',
        '[tell|give|send|show|pass|leak] ** {rival} & {secret}',
        '{secret} & {bribe}',
        '[{tellUs}|ask them|ask him|ask her] &< {postedAt} ! {ownSite}',
        '[pass|send|give|forward|hand|show|email] ** {secret} ** to [our|my|me|us] &< {postedAt} ! {ownSite}',
        '{tellUs} & {rival} ! {ownSite}',
        '[want to know|find out|tell me|tell us|let me know|let us know] ** who their * are',
        '[read out|read|tell|give|pass|send] ** {secret} ** to [my|a|this|his|her] [friend|mate|guy|man|contact|cousin|partner|pal|buddy|brother] ! {ownSite}',
        '[tell|give|pass|send|let * know] * [my|a] [friend|mate|contact|cousin|partner] & {secret}',
        '[tell|give|send|show|pass|copy|photograph|note down|write down|get a copy of] ** {secret} & {postedAt}',
        '[find out|let me know|let us know|tell me|tell us] & {rival}',
        '[give|send|pass|show|hand] ** [friend|mate|cousin|contact|brother|boyfriend|girlfriend|contractor] & [alarm code|alarm codes|door code|door codes|codes|patrol schedule|patrol route|guard rota|vault|safe code|combination|password|passwords|cash van|cash delivery|floor plan of the vault]',
        'let [my|a|his|her|your|the|our] * [friend|mate|contact|cousin|partner|brother|guy|colleague|ex-colleague] know & [alarm code|alarm codes|door code|door codes|code for|code to|code of|codes|patrol schedule|patrol route|guard rota|vault|safe code|combination|password|passwords|cash van|cash delivery|floor plan of the vault]',
        '[share|pass on|give|send|hand over|show|leak] ** [alarm code|alarm codes|door code|door codes|codes|patrol schedule|patrol route|guard rota|vault|safe code|combination|password|passwords|cash van|cash delivery|floor plan of the vault] ** with * [contractor|contractors|stranger|guy|man|woman|outsider]',
      ],
    },
    exclusions: { zh: ['[防止|杜绝]*泄露'], en: ['ask [them|him|her] to'] },
    services: [],
  },
];

/** The rule with this id (for titles and legal basis in the UI). */
export function legalityRule(id: LegalityRuleId): LegalityRule {
  const rule = LEGALITY_RULES.find((r) => r.id === id);
  if (!rule) throw new Error(`No legality rule ${id}`);
  return rule;
}
