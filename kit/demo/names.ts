/**
 * Pools of Chinese names for synthetic people and places. Invented combinations may match a real
 * person or place by chance; none is taken from the seeds' people.
 */

/** Common surnames, weighted roughly by national frequency, with northern Shanxi's 郭, 武, 闫, 贾 … raised. */
export const SURNAMES: readonly (readonly [string, number])[] = [
  ['王', 71], ['李', 70], ['张', 67], ['刘', 54], ['陈', 45], ['杨', 31], ['赵', 28], ['郭', 20],
  ['黄', 18], ['周', 18], ['吴', 17], ['徐', 15], ['孙', 15], ['高', 15], ['马', 13], ['胡', 12],
  ['朱', 12], ['武', 11], ['梁', 10], ['闫', 10], ['贾', 10], ['任', 9], ['田', 8], ['宋', 8],
  ['郑', 8], ['韩', 8], ['冯', 7], ['于', 7], ['董', 7], ['白', 6], ['侯', 6], ['薛', 5], ['段', 5],
  ['乔', 5], ['史', 5], ['范', 5], ['康', 4], ['牛', 4], ['霍', 4], ['申', 3], ['温', 3], ['尹', 3],
  ['欧阳', 1],
];

/** Characters of men's given names. */
export const MALE_GIVEN = [...'伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆旭宁龙林峰建国文志海成春东亮晨博轩睿'];

/** Characters of women's given names. */
export const FEMALE_GIVEN = [...'芳娜敏静丽艳娟霞秀玲桂英红梅燕萍雪琳婷慧欣颖佳怡悦晶兰凤洁倩雅璐梦涵诗思月晓'];

/** Two-character stems for invented subdistricts and communities: first × second. */
export const PLACE_FIRST = [...'东西南北新兴安和永长太平云文建光红振胜利高乐丰宏富福德华金玉'];
export const PLACE_SECOND = [...'华安宁平和兴庄泉山河城关峰源园坊桥湾阳口店堡营屯寨'];

/** Stems of modern compounds' names (pre-sale brochures' favourites). */
export const COMPOUND_STEMS = [
  '阳光', '和平', '幸福', '安居', '康乐', '翠苑', '锦绣', '东方', '紫薇', '金域', '云冈', '御河', '文瀛', '魏都',
  '同泉', '瑞祥', '馨园', '泰和', '盛世', '丽景', '兴华', '北苑', '恒安', '永安', '吉祥', '春晖', '龙城', '凤凰',
  '富丽', '怡景', '明珠', '桃园', '梅园', '兰亭', '湖滨', '河畔', '玉河', '星河', '滨河', '红旗', '西苑', '清泉',
  '书香', '林语', '悦府', '水岸', '中央', '世纪', '新城', '时代', '御景', '华严', '善化', '鼓楼', '凤临', '金地',
];

/** Endings of modern compounds' names. */
export const COMPOUND_SUFFIXES = ['花园', '家园', '苑', '公寓', '华庭', '名邸', '雅居', '佳苑', '府', '城'];

/** Former employers whose staff housing became today's older compounds (老旧小区). */
export const WORK_UNITS = [
  '机车厂', '电厂', '矿务局', '纺织厂', '粮食局', '供电局', '铁路', '机床厂', '水泥厂', '化工厂', '棉纺厂', '肉联厂',
  '汽修厂', '邮电局', '建筑公司', '农机厂', '制药厂', '齿轮厂', '轴承厂', '面粉厂',
];

/** Endings of older compounds' names. */
export const OLDER_SUFFIXES = ['家属院', '宿舍', '小区', '新村'];

/** Endings of village names (…庄, …湾, …堡). */
export const VILLAGE_TAILS = [...'庄湾堡营屯寨窑沟'];

/** Places a dedicated grid (专属网格) covers. */
export const DEDICATED_SITES = ['小学', '中学', '农贸市场', '商业街', '医院', '幼儿园', '产业园', '批发市场'];

const DIGITS = [...'零一二三四五六七八九'];

/** 1 → 一, 12 → 十二, 40 → 四十 (1–99): for 第一网格, 二组, 三期. */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`chineseNumber handles 1-99: ${n}`);
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : DIGITS[tens]}十${n % 10 === 0 ? '' : DIGITS[n % 10]}`;
}
