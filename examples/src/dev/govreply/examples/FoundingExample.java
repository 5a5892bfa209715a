package dev.govreply.examples;

import dev.govreply.model.Addressee;
import dev.govreply.model.AddresseeRole;
import dev.govreply.model.Body;
import dev.govreply.model.Commitment;
import dev.govreply.model.Commitments;
import dev.govreply.model.Contact;
import dev.govreply.model.ContactRole;
import dev.govreply.model.Disclosure;
import dev.govreply.model.DocumentNumber;
import dev.govreply.model.Measure;
import dev.govreply.model.Motion;
import dev.govreply.model.MotionKind;
import dev.govreply.model.PhoneNumber;
import dev.govreply.model.Point;
import dev.govreply.model.Reply;
import dev.govreply.model.ResultClass;
import dev.govreply.model.Session;

/**
 * The project's founding example, built by hand: 平江县人民政府's reply 平政字〔2024〕12号 to deputy 张亮's
 * suggestion No. 241 of 岳阳市九届人大四次会议 (samples/00-pingjiang-xzf-jy241.txt), complete, with
 * every sentence of the body in its place.
 *
 * <p>It shows how the parts of a {@link Reply} map onto a printed reply:
 *
 * <ul>
 *   <li>the header line {@code 平政字〔2024〕12号 A2类 同意公开} becomes a {@link DocumentNumber}, a
 *       {@link ResultClass} and a {@link Disclosure};
 *   <li>the title {@code 平江县人民政府 对……建议的 答 复} is kept without its layout spacing;
 *   <li>the salutation {@code 张亮代表：} becomes an {@link Addressee};
 *   <li>the body is the opening (您提出的《…》已收悉), two context paragraphs, the measures 一、…四、
 *       with their run-in points 一是/二是/三是, the commitments (2024年，平江将… with 一是…四是) and the
 *       closing paragraphs;
 *   <li>the contact block {@code 承办负责人：朱远} / {@code 承办人及联系电话：何勇 0730-6222076} becomes
 *       two {@link Contact}s.
 * </ul>
 *
 * <p>The text is as printed, with the PDF's line breaks, its spaces between Chinese and digits
 * ({@code 牵头 16 家} → {@code 牵头16家}) and its bold markers removed; nothing else is changed, not
 * even the stray quotation mark at a page break ({@code 推进“双随机、“一公开”监管}). A point's heading
 * is its first (usually bold) sentence, its paragraph the rest. The seed has no date.
 *
 * <p>{@code examples/documents/00-pingjiang-xzf-jy241.json} is this reply as canonical JSON.
 */
public final class FoundingExample {

  private FoundingExample() {}

  /**
   * The founding reply, complete.
   *
   * @return the reply; a new but equal value on every call
   */
  public static Reply reply() {
    return Reply.builder()
        .issuer("平江县人民政府")
        .documentNumber(DocumentNumber.parse("平政字〔2024〕12号"))
        .resultClass(ResultClass.parse("A2"))          // A2类
        .disclosure(Disclosure.PUBLIC)                 // 同意公开
        .title("平江县人民政府对岳阳市九届人大四次会议第241号建议的答复")
        .motion(Motion.builder()
            .kind(MotionKind.SUGGESTION)
            .session(Session.parse("岳阳市九届人大四次会议"))
            .number("241")
            .title("关于优化营商环境，政府部门先行的建议")
            .build())
        .addressee(Addressee.builder()
            .salutation("张亮代表")
            .addName("张亮")
            .role(AddresseeRole.DEPUTY)
            .build())
        .body(body())
        .addContact(Contact.of(ContactRole.RESPONSIBLE, "朱远"))
        .addContact(Contact.of(ContactRole.HANDLER, "何勇", PhoneNumber.parse("0730-6222076")))
        .build();
  }

  /** Prints a short summary of the founding reply. */
  public static void main(String[] args) {
    Reply reply = reply();
    Body body = reply.body();
    System.out.println("Issuer:          " + reply.issuer().orElseThrow());
    System.out.println("Document number: " + reply.documentNumber().orElseThrow()
        + " (class " + reply.resultClass().orElseThrow()
        + ", " + reply.disclosure().orElseThrow() + ")");
    System.out.println("Title:           " + reply.title().orElseThrow());
    Motion motion = reply.motion().orElseThrow();
    System.out.println("Answers:         " + motion.kind().orElseThrow() + " No. "
        + motion.number().orElseThrow() + " of " + motion.session().orElseThrow()
        + ": 《" + motion.title().orElseThrow() + "》");
    System.out.println("Addressee:       " + reply.addressee().orElseThrow().salutation().orElseThrow());
    System.out.println("Body:            " + body.context().size() + " context paragraphs, "
        + body.measures().size() + " measures");
    for (Measure m : body.measures()) {
      System.out.println("  " + m.ordinal() + ". " + m.heading().orElse("")
          + " (" + m.points().size() + " points)");
    }
    Commitments next = body.commitments().orElseThrow();
    System.out.println("Commitments:     " + next.items().size() + " items");
    for (Commitment c : next.items()) {
      System.out.println("  " + c.ordinal() + ". " + c.heading().orElse(""));
    }
    System.out.println("Closing:         " + body.closing().size() + " paragraphs");
    for (Contact c : reply.contacts()) {
      System.out.println("Contact:         " + c.role() + " " + c.name().orElse("")
          + c.phone().map(p -> " " + p).orElse(""));
    }
  }

  private static Point point(int ordinal, String heading, String paragraph) {
    return Point.builder().ordinal(ordinal).heading(heading).addParagraph(paragraph).build();
  }

  private static Commitment commitment(int ordinal, String heading, String paragraph) {
    return Commitment.builder().ordinal(ordinal).heading(heading).addParagraph(paragraph).build();
  }

  private static Body body() {
    return Body.builder()
        .opening("您提出的《关于优化营商环境，政府部门先行的建议》已收悉。现答复如下：")
        .addContext("营商环境是市场经济根植之土、市场主体活力之源，"
            + "是推动地区跨越式发展的题中要义，也是衡量地区生产力、"
            + "吸引力的重要标尺，是扩大对外开放、推动高质量发展的关键所在，"
            + "体现的是一个地方尊商重企便民的社会氛围，展示的是政府的服务效能，"
            + "彰显的是社会治理水平和管理能力。从实践上来说，"
            + "营商环境的优劣决定着经济发展的速度和质量，"
            + "已经成为衡量一个地区发展软实力的重要标志。")
        .addContext("近年来，在省、市的坚强领导下，"
            + "平江县全县上下深入贯彻落实习近平新时代中国特色社会主义思想，"
            + "坚决落实伟明省长关于优化营商环境工作的“十个坚决”指示精神，"
            + "纵深推进湖南省优化营商环境三年行动计划，重塑全县推进、政务、法治、"
            + "要素四项环境体系和政商关系，全面打造市场化、法治化、"
            + "国际化的营商环境，全县营商环境持续向好，"
            + "企业和群众获得感和满意度明显提高，"
            + "为全县经济高质量发展注入了强大动力，2023年，"
            + "全县完成地区生产总值422亿元，增长8%，"
            + "规模工业增加值累计增长8.5%，全县金融机构贷款余额397亿元，"
            + "增长7.5%，引进产业项目130个，到位资金149亿元，"
            + "平江高新区实现税收8.2亿元，创历史新高。截至2023年年底，"
            + "平江县实有经营主体80385户（其中企业14012户），"
            + "实有企业占比17.4%。新注册经营主体13346户，"
            + "净增经营主体9336户。")
        // 一、
        .addMeasure(Measure.builder()
            .ordinal(1)
            .heading("打造“五张清单”，重构工作联动新机制。")
            .addPoint(point(1, "高点位开展部署调度。",
                "县委书记4次大会讲评、5次专题调研优化营商环境工作，"
                + "并亲自部署营商环境警示片拍摄工作。县委常委会、"
                + "县政府常务会4次专题研究优化营商环境工作。"
                + "县长先后4次召开营商环境工作推进会和全县2022年省评价结果反思约谈会，"
                + "30家部门主要负责人先后作表态发言。"
                + "常务副县长牵头16家县直部门一把手举行8场次营商环境主题电视访谈。"
                + "分管副县长主持召开30多场次工作调度会、约谈会，"
                + "指导各单位深入剖析全县2022年省评参评指标问题短板，"
                + "提出整改提升措施，对打好优化发展环境持久工作进行全面部署。"
                + "九个工作专班每季度至少研商1次指标提升工作，确保指标整体提升。"
                + "县纪委监委牵头开展“营商清风101”专项行动，"
                + "积极为企业协调督促解决实际问题，排忧解难。县纪委监委、县委宣传部、"
                + "县委统战部、工商联、县委督查室、政府督查室、"
                + "优化办构建多部门联动机制，全面形成优化营商环境工作合力。"))
            .addPoint(point(2, "高标准打造“五张清单”。",
                "牵头制订“五张清单”（目标清单、责任清单、整改清单和重点任务清单、"
                + "改革创新任务清单），以清单定目标、定任务、定进度，专题调度7次，"
                + "下达省评整改任务34条、改革任务26条、重点工作任务22个，"
                + "对24家单位制订了今年省评目标。"
                + "各相关部门单位根据县方案全部制订了单位子方案，报送工作进度15次。"))
            .addPoint(point(3, "高强度抓好督导督促。",
                "由政府督查室、优化办对省评整改和工作落实开展联合督查8次，"
                + "发布督查通报6期。针对宣传报道发出提示函9份、督办函30份，"
                + "发布通报2期，约谈分管负责人8人。"))
            .build())
        // 二、
        .addMeasure(Measure.builder()
            .ordinal(2)
            .heading("夯实“一网通办”，重塑优质政务新平台。")
            .addPoint(point(1, "搭建“湘易办”平台。",
                "精细化梳理政务服务事项，完成700余项政务服务事项上线“湘易办”，"
                + "上线200余项个人高频“掌上办”事项，"
                + "全面构建“三区一中心”（“湘易办”线下体验中心，"
                + "搭配服务大厅24小时自助服务区、政务公开专区、便民自助终端区），"
                + "实现政务服务事项“好办、快办、易办”。"))
            .addPoint(point(2, "深化创新“一网通办”。",
                "深化“一网通办”打造“一件事一次办”升级版，以标准化、规范化、"
                + "便利化为导向，"
                + "实现更多政务服务事项“好办”“快办”“智能办”“一次办”，"
                + "“一网通办”，高频政务服务事项网上办结率和政务数据归集率大幅提升。"
                + "加快推进23个主题式、套餐式“一件事”在平江落地实施，"
                + "新生儿出生“一件事一次办”实现县乡全覆盖和“湘易办”掌上业务办理。"
                + "残疾人证、公民婚育等“一件事一次办”先后落地实施。"
                + "在全市率先开启“互联网+不动产抵押登记”审批服务新模式，"
                + "实现抵押登记“无纸化办理”“不见面审批”“一站式办结”“最多跑一次”。"))
            .addPoint(point(3, "推进建设数据共享。",
                "进一步巩固拓展深化“无证明城市”建设，完善高频应用场景，"
                + "向非政务服务领域延伸拓展，扩大基层证明覆盖范围，"
                + "实现“无证明城市”建设向乡镇（街道）、村（社区）延伸。"
                + "依托基层政务服务模式，"
                + "第一批16项基层证明线下窗口申请办理3947件；"
                + "政务服务网上大厅申请办理91件，办结4038件，办结率100%，"
                + "全县累计办理基层证明9612件。已完成95类电子证照归集，"
                + "汇聚证照数量269727个。与江西省湘东区、湖北省荆州市、"
                + "广州市天河、深圳龙岗区等4个地区建立“跨省通办”合作关系，"
                + "累计已与31个县市区建立合作关系。"
                + "2023年全年共办理“跨省通办”业务3285件，群众满意度100%。"
                + "县政务服务大厅园区“一件事一次办”窗口全年累计已为园区74个工程建设项目建设提供帮代办服务。"
                + "持续推进惠企政策“免申即享”改革，依托“岳商通”平台，"
                + "对全县各类惠企政策进行最小颗粒度业务梳理，"
                + "进一步健全完善惠企政策汇集、推动、兑现机制建设，"
                + "确保惠企政策应上尽上、能兑尽兑、精准推送、高效直达、无感知办，"
                + "截至目前在“湘易办”上线县级惠企政策32个，政策兑现事项52个，"
                + "已为130家企业提供服务。"))
            .build())
        // 三、
        .addMeasure(Measure.builder()
            .ordinal(3)
            .heading("强化“高效监管”，重塑良好法治新生态。")
            .addPoint(point(1, "打造良好生产秩序。",
                "严厉打击“衣食住行”市场中的乱象、金融领域非法集资、"
                + "工程建设领域恶意竞标和强揽工程等破坏市场经营秩序的违法犯罪行为以及市场主体反映的不作为、"
                + "慢作为、乱作为、逐利执法等问题，发现并督促有关部门整改涉及政策落实、"
                + "涉企服务等方面的突出问题35个，查处影响营商环境的问题6起，处分、"
                + "处理9人。建立窗口办事月回访督查制度，"
                + "开展审批电话回访9批500多人次，对反馈的问题全部交办整改到位；"
                + "建立营商环境投诉举报处置联动机制，"
                + "12345热线办向优化办移送优化营商环境投诉举报线索信息32条次，"
                + "完成处置省、市转办、交办营商环境投诉举报和信访事项8个。"
                + "强化公平竞争审查刚性约束，对涉及市场发展相关规范性文件进行严格审查，"
                + "防止出台排除、限制竞争的政策措施，落实公平审查制度。"
                + "开展涉企政策文件专项清理行动，对全县现行有效规范性文件开展集中清理，"
                + "废止8件，公示失效规范性文件38件。"))
            .addPoint(point(2, "打造高效监管体系。",
                "优化政府采购和招标投标流程，扩大电子营业执照招标投标领域应用，"
                + "维护公平竞争的招投标市场环境。严格招标事前、备案审查，"
                + "2023年共审查上网公示环节项目54个、招标挂网备案项目56个，"
                + "共进场公开招投标项目49个，共计招标金额29.64亿元；"
                + "招标办参与监督现场开标项目29个，其中远程异地评标项目2，"
                + "备案合同35个。组织履行标后检查项目13次，检查项目15个。"
                + "开展涉企行政执法突出问题专项整治行动，维护生产经营秩序。"
                + "推行非现场监管，减少对市场主体的不必要干扰，推进“双随机、"
                + "“一公开”监管常态化、广覆盖，"
                + "24个工作部门都启动了部门内专项抽查或跨部门联合抽查，"
                + "制定或接收抽查任务159项，已实施并完成抽查任务159项，"
                + "完成率100%。已抽取应检查对象数2141户，"
                + "已抽取的检查人员数843人次，检查录入公示数2141户，"
                + "公示率100%，跨部门联合抽查任务占比达79.87%，"
                + "涉企执法次数同比下降30%以上。开展行政处罚、"
                + "行政强制及行政执法“三项制度”建设专项检查，抽查行政处罚案卷32本，"
                + "发现问题18条，发出执法监督函5份。"))
            .addPoint(point(3, "打造有序竞争环境。",
                "准甄别案件，推进积案清理，通过繁简分流，打通简易案件的“快车道”，"
                + "有效节约司法成本，减少诉累，提升效率。"
                + "扎实开展并有效推动符合条件的“执行不能”企业案件及时转入破产程序，"
                + "通过破产途径合法有序退出市场，健全市场主体救治和退出机制，"
                + "充分发挥司法保护主导作用，呵护创新的法治化营商环境。"
                + "2023年县法院共审结各类涉企案民商事案件1050件，"
                + "其中速裁中心审结195件。全面加强信用信息共享、信用监管和信用核查。"
                + "将政务违约毁约、拖欠账款、"
                + "拒不履行司法裁决等失信信息纳入社会信用信息共享平台并向社会公示，"
                + "全县全年归集信用信息191422条，其中双公示信息84368条，"
                + "合格率100%。"))
            .build())
        // 四、
        .addMeasure(Measure.builder()
            .ordinal(4)
            .heading("聚焦“纾困增效”，重塑要素保障新体系。")
            .addPoint(point(1, "着力改善信贷获得。",
                "推动县域各银行机构持续加强对重点企业信贷支持，"
                + "有效提升银行机构发展普惠金融的积极性，全面加大制造业、"
                + "普惠小微企业首贷、续贷、信用贷投放力度，扩大普惠金融覆盖范围，"
                + "全力打造金融超市，推进贷款产品线上投放。"
                + "2023年全县各项贷款余额为395.88亿元，"
                + "较年初增加41.76亿元，增长11.79%。存贷比为87.35%，"
                + "排六县市第三。辖内绿色贷款余额140.82亿元，"
                + "较年初增加20.26亿元，增长16.80%。"
                + "新发放园区贷款16.63亿元，较年初增长5.25亿元，"
                + "增幅为46.13%。我县普惠型小微企业贷款余额为49.05亿元，"
                + "比上年增长56.55%；小微企业信用贷款余额25.97亿元，"
                + "比上年增长48.53%。积极推动各金融机构、"
                + "担保公司开展减息降费政策，确保降低融资成本，落实助企纾困措施，"
                + "实现企业银税互动335户，金额4.69亿元；"
                + "当年新发放普惠型小微企业贷款平均利率为6.00%，"
                + "比上年下降4.61%，累计向市场主体发放贷款68.71亿元。"
                + "县财政出资1.09亿元，投入担保基金及风险补偿基金8支，"
                + "审核通过262家企业进入平江风补基金支持企业白名单，"
                + "可支持企业融资121757万元，"
                + "全县共有153家企业获得风补基金支持的贷款达5.75亿元。"))
            .addPoint(point(2, "着力优化政企沟通。",
                "扎实开展联手帮扶·纾困增效行动，由县级领导带队深入重点企业走访，"
                + "为企业破解融资、用地、用电、环保等难题47个。"
                + "由纪委监委牵头开展“营商清风101”专项行动及“清风护企”专项行动，"
                + "47名中层以上纪检监察干部与联点企业现场一对一结对“认亲”，"
                + "积极为企业协调督促解决实际问题，排忧解难，"
                + "推动构建“亲而有度”“清而有为”的新型政商关系。"
                + "在全县选聘74名人大代表、政协委员、"
                + "企业家代表担任县级营商环境监督员，组织培训、座谈6场次。"
                + "由统战部牵头，将“企业家沙龙”活动制度化和常态化，由工商联、"
                + "科工信局、贸促会、"
                + "优化办等部门联合举办企业家沙龙和政企餐畅聊会9场次，"
                + "收集意见建议41条，解决问题24个。"))
            .addPoint(point(3, "着力保障要素供给。",
                "截至12月24日，"
                + "平江县实有经营主体80385户（其中实有企业14012户，"
                + "实有个体户63738户，实有农民专业合作社2635户），"
                + "实有企业占比17.4%。新注册经营主体13346户，"
                + "净增经营主体9336户，经营主体培育工程年度预期目标进度112%。"
                + "推广“标准地+承诺制”用地模式，服务企业“签约即供地”项目23个，"
                + "“竣工即办证”项目3个，落地5亿元置换项目1个，用地198.8亩。"
                + "做好重点项目用地保障，截止12月26日，共从省、"
                + "市完成土地报批77宗，总面积238.4633公顷。"
                + "县财政投入130万元建设中小企业公共服务平台，助力优质中小企业发展。"
                + "全县全年新增减税降费8489万元，留抵退税1.04亿元，"
                + "兑现各类奖补9889万元。"
                + "平江高新区以激发企业“二次创业”潜能为着力点，大力盘活土地、"
                + "用活政策、用心服务，全年共启动19家企业扩产增能，"
                + "累计帮助36家企业持续创业，完成或启动二期、三期、四期建设，"
                + "其中三期或四期建设的8家。园区已培育税收过亿元企业3家，"
                + "过千万元企业17家。2023年新增规模企业16家，"
                + "新增税收1.5亿元，税收增幅达44.86%。"))
            .build())
        .commitments(Commitments.builder()
            .addIntro("2024年，"
                + "平江将持续深化贯彻落实《优化营商环境条例》和《湖南省优化营商环境规定》，"
                + "以服务市场主体为导向，对标对表，扬长补短，全力打造营商环境县级标杆。")
            .addItem(commitment(1, "进一步创优优化营商环境工作机制。",
                "进一步明晰各部门、乡镇优化营商环境的职能职责，"
                + "完善统筹协调和纵向横向联动机制，加大改革创新力度。完善投诉举报受理、"
                + "社会监督、暗访暗查和问题线索移送纪检监察机关等工作机制，"
                + "加强与县纪委监委、县委统战部、工商联及两办督查室等部门的联动协作，"
                + "在损害优化营商环境问题线索移送、“企业家沙龙”、诉求办理、"
                + "“三位一体督查”等方面，加大工作力度。"))
            .addItem(commitment(2, "进一步推动惠企惠民政策落实落细。",
                "持续推进惠企政策“免申即享”改革，对各类惠企政策进行梳理归集，"
                + "进一步健全完善惠企政策兑现机制，确保惠企政策应上尽上、能兑尽兑、"
                + "精准推送、高效直达、无感智办。强化公平竞争审查刚性约束，"
                + "严查各类不正当竞争行为。"))
            .addItem(commitment(3, "进一步突出典型打造和问题整治。",
                "健全宣传报道长效机制，拓展宣传维度广度，"
                + "充分展示全县优化营商环境工作成果，提高全社会对营商环境改革的认知度，"
                + "营造优化营商环境浓厚氛围，提振市场信心。拓宽问题线索反映渠道，"
                + "持续以高压态势惩治营商环境领域突出问题。"))
            .addItem(commitment(4, "进一步推动构建亲清新型政商关系。",
                "规范监管执法。推行非现场监管和行政执法检查“备案制”，无事不扰。"
                + "推进“双随机、一公开”监管常态化、全覆盖，“进一次门、查多项事”。"
                + "全面落实行政执法“三项制度”，规范执法行为；推行包容审慎监管，"
                + "推行轻微违法“首违不罚”。落实少捕慎诉慎押司法理念。"
                + "全面清理涉企行政事业性收费、经营服务性收费，进一步规范涉企收费行为。"
                + "强化政企沟通。构建完整涉企服务体系，对市场主体实行全流程、"
                + "全周期跟踪指导服务，精准化解难题，切实解决企业融资、用能、用工、"
                + "用地等问题。"))
            .build())
        .addClosing("全面落实稳经济政策措施，加速释放政策红利。")
        .addClosing("优化营商环境永远是进行时，在省市坚强领导下，各界的关心支持下，"
            + "我们力求做的更好。")
        .addClosing("感谢您对平江优化营商环境工作，乃至整个平江经济社会发展的关注。")
        .build();
  }
}
