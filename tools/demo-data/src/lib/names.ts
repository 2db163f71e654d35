// Chinese names: surnames by approximate frequency in Chongqing (陈, 李, 王, 张, 刘, 杨 lead; 谭, 冉, 向, 秦
// are more common here than nationally), given names of one or two characters from common name characters.
// Every character is in GBK, so a GBK export round-trips.
import { Rng, WeightedTable } from './random';

const SURNAMES: ReadonlyArray<readonly [string, number]> = [
  ['陈', 76], ['李', 72], ['王', 62], ['张', 60], ['刘', 58], ['杨', 50], ['黄', 34], ['周', 33], ['罗', 30], ['何', 28],
  ['吴', 26], ['谭', 24], ['唐', 24], ['胡', 22], ['邓', 21], ['徐', 20], ['赵', 20], ['曾', 19], ['彭', 18], ['冉', 16],
  ['向', 16], ['余', 16], ['谢', 15], ['蒋', 15], ['朱', 14], ['雷', 13], ['熊', 13], ['郭', 13], ['秦', 12], ['田', 12],
  ['肖', 12], ['袁', 12], ['杜', 11], ['冯', 11], ['马', 11], ['孙', 10], ['许', 10], ['高', 10], ['林', 9], ['龙', 9],
  ['程', 9], ['魏', 9], ['梁', 8], ['宋', 8], ['韩', 8], ['曹', 8], ['郑', 8], ['傅', 8], ['钟', 7], ['廖', 7],
  ['汪', 7], ['严', 6], ['付', 6], ['夏', 6], ['任', 6], ['石', 6], ['姚', 6], ['苏', 6], ['贺', 5], ['游', 5],
  ['江', 5], ['文', 5], ['蒲', 5], ['况', 4], ['牟', 4], ['易', 4], ['卢', 4], ['陶', 4], ['黎', 4], ['沈', 4],
  ['叶', 4], ['邹', 4], ['潘', 4], ['万', 4], ['官', 3], ['帅', 3], ['税', 2], ['母', 2], ['欧阳', 2], ['司马', 1],
];

const MALE = '伟强军勇杰涛斌波磊鹏浩宇俊峰刚明华建国平辉亮超飞林成兵东海洪文德志红荣春江山川龙庆福财贵松云鑫宏晨博';
const FEMALE = '芳娟敏静丽艳玲燕霞红琴英梅兰萍莉娜婷雪倩颖洁琳秀凤华春慧佳欣悦怡蓉菊桂莲琼瑶月晶婉雯露丹';
const SECOND = '明华平安建文永志春海晓金玉国家德成世天宏红光新思子嘉俊雨梦小';

const surnameTable = new WeightedTable(SURNAMES);

/** A full name: surname, then one given character (one in four) or two. */
export function drawName(rng: Rng, female: boolean): string {
  const surname = surnameTable.draw(rng);
  const pool = female ? FEMALE : MALE;
  const last = pool[rng.below(pool.length)] ?? '';
  if (rng.next() < 0.25) return surname + last;
  const first = rng.next() < 0.45 ? (SECOND[rng.below(SECOND.length)] ?? '') : (pool[rng.below(pool.length)] ?? '');
  return first === last ? surname + last : surname + first + last;
}
