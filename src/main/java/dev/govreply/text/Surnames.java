package dev.govreply.text;

import dev.govreply.internal.Words;

/**
 * The surnames a person's name starts with: the common ones of a single character (the most
 * frequent few hundred, 王, 李, 张 … carried by nearly all of the population), and those of two (欧阳,
 * 司马). Where the reader must guess whether some characters are a person's name or something else
 * (two names run together, a label glued to its name), a name it reads so starts with one of them;
 * a rarer surname leaves the characters as printed.
 */
final class Surnames {
  private Surnames() {}

  /** The common surnames of one character. */
  private static final String COMMON = (
      "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
      + "姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔"
      + "向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌"
      + "毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦"
      + "麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩"
      + "明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼满闻位厉伊仝区郜海阚花权强"
      + "帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊乌母裘亓修"
      + "邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡"
      + "富尧闭由");

  /** The surnames of two characters (欧阳建社, 司马建国). */
  private static final Words DOUBLE = Words.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫",
      "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐", "端木", "独孤", "南宫", "西门",
      "呼延", "百里", "轩辕", "申屠", "澹台", "闻人", "钟离", "太史", "万俟", "完颜", "拓跋");

  /** Whether {@code name} starts with a surname of two characters (欧阳). */
  static boolean startsWithDouble(String name) {
    return DOUBLE.startOf(name);
  }

  /** Whether {@code name} starts with a common surname of one character (王五, 成志鹏). */
  static boolean startsWithCommon(String name) {
    return !name.isEmpty() && COMMON.indexOf(name.charAt(0)) >= 0;
  }
}
