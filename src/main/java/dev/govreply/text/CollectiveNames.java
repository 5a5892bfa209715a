package dev.govreply.text;

import dev.govreply.internal.Words;
import java.util.List;
import java.util.stream.Stream;

/**
 * The names of the collectives a salutation may address instead of persons: groups of members
 * (雨露乡委员小组, 第五代表团, 农业界别, 民宗社团组), the parties and the federation that table proposals
 * as bodies (民盟市委员会, 九三学社宝山区委, 市工商联, 九三学社中央), and a committee of the assembly that
 * tables a motion with members (县政协民族和宗教委). {@link Salutation} reads them.
 */
final class CollectiveNames {
  private CollectiveNames() {}

  /** The democratic parties, which table proposals as bodies (民盟市委) and never answer them. */
  private static final List<String> PARTIES = List.of("民盟", "民建", "民进", "农工党", "致公党",
      "九三学社", "台盟", "民革");

  /**
   * The words a collective addressee's name ends with: 雨露乡委员小组, 社会法制和民族宗教委员组,
   * 民盟市委员会, 市工商联, 市无党派人士 (a sector that tables proposals as a body), 全体代表.
   */
  static final Words COLLECTIVE_WORDS = Words.of(Stream.concat(Stream.of("小组", "委员组", "代表组",
      "工作组", "联络组", "活动组", "代表团", "界别", "联组", "党派", "支部", "总支", "委员会"),
      Stream.concat(PARTIES.stream(), Stream.of("工商联", "无党派人士", "全体代表", "全体委员")))
      .toList());

  /**
   * The words a group of members' name ends with, which a salutation may name with their role
   * (第五代表团各位代表, 农业界别委员, 民进市直总支各位委员), after at least two characters: not a
   * party's name, which ends a person's too (欧阳民建).
   */
  private static final Words MEMBERS_GROUPS = Words.of("代表团", "界别", "小组", "工作组", "联络组",
      "活动组", "联组", "支部", "总支");

  /**
   * The fewest characters before a bare 组 that name a group of members (民宗社团组委员, a sector's
   * group), not a person (张建组代表, 欧阳建组代表).
   */
  private static final int BEFORE_BARE_GROUP = 4;

  /** Whether {@code name}, named with its members' role, is a group of members. */
  static boolean membersGroup(String name) {
    String group = MEMBERS_GROUPS.endOf(name);
    return group != null ? name.length() - group.length() >= 2
        : name.endsWith("组") && name.length() - 1 >= BEFORE_BARE_GROUP;
  }

  /**
   * The names of the parties and the federation that table proposals as bodies and never answer
   * them (致公党广州市委员会, 民盟市委): a line that is the name of such a party's committee alone
   * ({@link #PARTY_COMMITTEE_ENDINGS}) is the addressee even without a colon. Other collectives
   * need the colon: a name with 委员会 alone may be the issuer (市发展和改革委员会), a line 雨露乡委员小组
   * a heading.
   */
  static final Words PROPOSING_PARTY_WORDS =
      Words.of(Stream.concat(PARTIES.stream(), Stream.of("工商联")).toList());

  /** What the name of a party's committee ends with: 委员会, 市委, 总支, 支部. */
  static final List<String> PARTY_COMMITTEE_ENDINGS = List.of("委员会", "委", "总支", "支部");

  /**
   * The words that name a group of members by their role (社会法制和民族宗教委员组, 第三代表组): after at
   * least {@value #BEFORE_ROLES_GROUP} characters, not after a surname alone (李代表组: a person's
   * role and a stray 组).
   */
  private static final Words ROLES_GROUPS = Words.of("委员组", "代表组");

  /** The fewest characters before {@link #ROLES_GROUPS} that name a group of members. */
  private static final int BEFORE_ROLES_GROUP = 2;

  /**
   * Whether {@code name}, read as a collective addressee by the word it ends with ({@link
   * #COLLECTIVE_WORDS}), names one: a group named by its members' role has a name before that.
   */
  static boolean collectiveName(String name) {
    String group = ROLES_GROUPS.endOf(name);
    return group == null || name.length() - group.length() >= BEFORE_ROLES_GROUP;
  }

  /** Whether a key has a word that a collective's name ends with ({@link #COLLECTIVE_WORDS}). */
  static boolean namesCollective(String k) {
    return COLLECTIVE_WORDS.in(k);
  }

  /**
   * What the name of a body that tables motions with members ends with: a committee of the
   * assembly or a party (县政协民族和宗教委, 民革自治区委员会, 九三学社宝山区委) or a group of members
   * (第三代表团, 农业界别, 雨露乡委员小组).
   */
  private static final Words TABLING_BODY_ENDINGS = Words.of("委", "委员会", "代表团", "界别", "小组",
      "工作组", "联络组", "联组", "支部", "总支");

  /** Words that start a clause of a sentence, never a body's name (根据县人大常委会交办, 由…). */
  private static final Words CLAUSE_STARTS = Words.of("根据", "按照", "依据", "由", "经", "据", "受");

  /**
   * Whether the key {@code k} of an item of a list of names is a body that tables motions with
   * members: at least four characters, ending as such a body's name does ({@link
   * #TABLING_BODY_ENDINGS}), the name of a body ({@link OrgNames#isName}) of the assembly (政协,
   * 人大) or of a collective that proposes ({@link #COLLECTIVE_WORDS}), and no clause of a sentence
   * ({@link #CLAUSE_STARTS}). A shorter name ending as a body's does (王委) is a person's.
   */
  static boolean tablingBody(String k) {
    return k.length() >= 4 && TABLING_BODY_ENDINGS.endOf(k) != null && !CLAUSE_STARTS.startOf(k)
        && OrgNames.isName(k)
        && (k.contains("政协") || k.contains("人大") || COLLECTIVE_WORDS.in(k));
  }

  /** What follows a party's name to name its central committee: 九三学社中央, 致公党中央. */
  private static final String CENTRAL = "中央";

  /**
   * Whether the compact key {@code name}, saluted alone with its colon, is a body that tables
   * proposals and is no body's name by {@link OrgNames#isName}: a democratic party's central
   * committee, its name and 中央 and nothing else (九三学社中央, 致公党中央). A people's organisation
   * (市妇联) or a sector's group of the assembly (政协农业组) saluted alone is not read: the same
   * words end a clause (一是会同市侨联：, 请市妇联：) or an assembly's working team (县人大常委会督查组：).
   */
  static boolean proposingBody(String name) {
    return name.endsWith(CENTRAL)
        && PARTIES.contains(name.substring(0, name.length() - CENTRAL.length()));
  }
}
