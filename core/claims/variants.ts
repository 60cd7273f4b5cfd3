/**
 * Simplified → Traditional characters for the detector's own vocabulary (and no
 * more): enough to write each term once in Simplified script and also find it in
 * Taiwan and Hong Kong text. Derived from OpenCC's cn→t, cn→tw and cn→hk character
 * tables for exactly the characters in ./terms.ts; tests/unit/claims/variants.test.ts
 * checks every term against opencc-js so a new term cannot silently miss its
 * Traditional form. (opencc-js itself is too large for the content script.)
 */

/** Pairs: Simplified char followed by its one Traditional form. */
const SINGLE =
  '务務讯訊录錄门門诉訴师師呗唄还還过過递遞员員将將会會响響没沒无無并並从從绝絕愿願别別谨謹们們阁閣贷貸网網条條' +
  '罚罰滞滯纳納违違约約应應钱錢债債权權单單结結后後费費缴繳项項严嚴长長讨討恶惡时時尽盡马馬额額处處专專组組团團' +
  '队隊风風楼樓联聯发發给給邻鄰劳勞动動医醫疗療业業调調织織协協议議纠糾纷紛对對讼訟冻凍强強执執备備请請见見传傳' +
  '进進报報转轉劝勸广廣预預禀稟铁鐵边邊开開决決货貨揽攬维維装裝检檢测測洁潔体體种種药藥护護猫貓车車饭飯课課辅輔' +
  '导導诊診废廢锁鎖办辦采採样樣试試评評验驗机機换換帮幫访訪实實户戶亲親属屬妈媽领領紧緊学學络絡电電话話骗騙记記' +
  '轰轟个個来來缉緝关關责責让讓监監狱獄诈詐构構侦偵统統计計损損点點变變赖賴拦攔号號码碼设設经經总總银銀场場书書' +
  '这這区區脸臉负負贱賤颜顏气氣断斷败敗丢丟现現泼潑红紅县縣镇鎮级級层層运運输輸';

/** Characters with more than one Traditional form in use (TW / HK / both). */
const MULTI: Readonly<Record<string, string>> = {
  着: '著着',
  征: '徵征',
  台: '臺台',
  账: '帳賬',
  里: '裡裏里',
  准: '準准',
  启: '啟啓',
  为: '為爲',
  污: '汙污',
  干: '幹干',
  系: '繫係系',
  尽: '盡儘',
  发: '發髮',
  户: '戶户',
  群: '群羣',
  吃: '吃喫',
  板: '板闆',
  核: '核覈',
  托: '託托',
  喂: '餵喂',
};

const TABLE: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, readonly string[]>();
  for (let i = 0; i + 1 < SINGLE.length; i += 2) map.set(SINGLE[i]!, [SINGLE[i + 1]!]);
  for (const [s, t] of Object.entries(MULTI)) map.set(s, [...t]);
  return map;
})();

/** Traditional code unit → the Simplified one it is a form of (every entry is one BMP character each way). */
const TO_SIMPLIFIED: ReadonlyMap<number, number> = (() => {
  const map = new Map<number, number>();
  for (const [s, forms] of TABLE) for (const t of forms) if (t !== s) map.set(t.charCodeAt(0), s.charCodeAt(0));
  return map;
})();

/**
 * The Simplified form of a character of the vocabulary's Traditional spellings,
 * or the character itself. The detector folds both its terms and the text it
 * reads, so one Simplified term finds every Traditional (or mixed) spelling
 * without a variant list: a variant list multiplied out to 14,000 spellings
 * and cost the first detection 60 ms of building.
 */
export function toSimplified(code: number): number {
  return TO_SIMPLIFIED.get(code) ?? code;
}

/** The Traditional forms listed for a Simplified character (for the tests' check of the table). */
export function traditionalForms(ch: string): readonly string[] {
  return TABLE.get(ch) ?? [];
}
