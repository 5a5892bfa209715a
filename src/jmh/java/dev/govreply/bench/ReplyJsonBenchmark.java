package dev.govreply.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.govreply.json.GovReplyJackson3Module;
import dev.govreply.json.ReplyJson;
import dev.govreply.model.Addressee;
import dev.govreply.model.AddresseeRole;
import dev.govreply.model.Body;
import dev.govreply.model.Commitment;
import dev.govreply.model.Commitments;
import dev.govreply.model.Contact;
import dev.govreply.model.ContactRole;
import dev.govreply.model.Disclosure;
import dev.govreply.model.DocumentNumber;
import dev.govreply.model.ExtensionValue;
import dev.govreply.model.Measure;
import dev.govreply.model.Motion;
import dev.govreply.model.MotionKind;
import dev.govreply.model.PhoneNumber;
import dev.govreply.model.Point;
import dev.govreply.model.Reply;
import dev.govreply.model.ResultClass;
import dev.govreply.model.Session;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The cost of the {@code govreply/1} binding against plain Jackson on the same document, on each
 * Jackson line.
 *
 * <p>{@link #replyJsonWriteRead} writes a realistic full reply (shaped like the founding example
 * 平政字〔2024〕12号: four measures of three points each with long Chinese paragraphs, commitments,
 * contacts, ~15 KB of UTF-8) and reads it back into the model; {@link #jacksonTreeReadWrite}
 * parses the same bytes into a Jackson tree and writes the tree, the baseline for "as fast as
 * Jackson". {@link #jackson3ModuleWriteRead} and {@link #jackson3TreeReadWrite} are the same pair
 * on Jackson 3: a {@code JsonMapper} with {@code GovReplyJackson3Module} against the tree read and
 * write of the same mapper. The floor is a ratio of at most 1.5 on each line.
 *
 * <p>Run: {@code mvn test-compile exec:exec@jmh -Djmh.args="ReplyJsonBenchmark -f 1 -wi 3 -w 2s
 * -i 5 -r 2s"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ReplyJsonBenchmark {

  private static final String P1 = "县委书记4次大会讲评、5次专题调研优化营商环境工作，并亲自部署营商环境警示片拍摄工作。县委常委会、"
      + "县政府常务会4次专题研究优化营商环境工作。县长先后4次召开营商环境工作推进会和全县2022年省评价结果反思约谈会，"
      + "30家部门主要负责人先后作表态发言。常务副县长牵头16家县直部门一把手举行8场次营商环境主题电视访谈。"
      + "分管副县长主持召开30多场次工作调度会、约谈会，指导各单位深入剖析全县2022年省评参评指标问题短板，"
      + "提出整改提升措施，对打好优化发展环境持久工作进行全面部署。";
  private static final String P2 = "深化“一网通办”打造“一件事一次办”升级版，以标准化、规范化、便利化为导向，"
      + "实现更多政务服务事项“好办”“快办”“智能办”“一次办”，高频政务服务事项网上办结率和政务数据归集率大幅提升。"
      + "加快推进23个主题式、套餐式“一件事”在平江落地实施，新生儿出生“一件事一次办”实现县乡全覆盖和“湘易办”掌上业务办理。"
      + "在全市率先开启“互联网+不动产抵押登记”审批服务新模式，实现抵押登记“无纸化办理”“不见面审批”“一站式办结”。";
  private static final String P3 = "2023年全县各项贷款余额为395.88亿元，较年初增加41.76亿元，增长11.79%。存贷比为87.35%，"
      + "排六县市第三。辖内绿色贷款余额140.82亿元，较年初增加20.26亿元，增长16.80%。新发放园区贷款16.63亿元，"
      + "较年初增长5.25亿元，增幅为46.13%。我县普惠型小微企业贷款余额为49.05亿元，比上年增长56.55%；"
      + "小微企业信用贷款余额25.97亿元，比上年增长48.53%。";
  private static final String[] PARAGRAPHS = {P1, P2, P3};
  private static final String[] MEASURES = {
    "打造“五张清单”，重构工作联动新机制。", "夯实“一网通办”，重塑优质政务新平台。",
    "强化“高效监管”，重塑良好法治新生态。", "聚焦“纾困增效”，重塑要素保障新体系。",
  };
  private static final String[] POINTS = {"高点位开展部署调度。", "高标准打造“五张清单”。", "高强度抓好督导督促。"};

  private final ReplyJson json = ReplyJson.standard();
  private final ObjectMapper mapper = new ObjectMapper();
  private final tools.jackson.databind.json.JsonMapper mapper3 = tools.jackson.databind.json
      .JsonMapper.builder().addModule(new GovReplyJackson3Module()).build();
  private Reply reply;
  private byte[] bytes;

  /** The fixture: a full reply resembling the founding example. */
  public static Reply fixture() {
    Body.Builder body = Body.builder()
        .opening("您提出的《关于优化营商环境，政府部门先行的建议》已收悉。现答复如下：")
        .addContext("营商环境是市场经济根植之土、市场主体活力之源，是推动地区跨越式发展的题中要义，"
            + "也是衡量地区生产力、吸引力的重要标尺，是扩大对外开放、推动高质量发展的关键所在。")
        .addContext(P3);
    for (int m = 0; m < 4; m++) {
      Measure.Builder measure = Measure.builder().ordinal(m + 1).heading(MEASURES[m]);
      for (int p = 0; p < 3; p++) {
        measure.addPoint(Point.builder().ordinal(p + 1).heading(POINTS[p])
            .addParagraph(PARAGRAPHS[(m + p) % 3]).build());
      }
      body.addMeasure(measure.build());
    }
    Commitments.Builder commitments = Commitments.builder()
        .addIntro("2024 年，平江将持续深化贯彻落实《优化营商环境条例》和《湖南省优化营商环境规定》，"
            + "以服务市场主体为导向，对标对表，扬长补短，全力打造营商环境县级标杆。");
    String[] items = {"进一步创优优化营商环境工作机制。", "进一步推动惠企惠民政策落实落细。",
        "进一步突出典型打造和问题整治。", "进一步推动构建亲清新型政商关系。"};
    for (int i = 0; i < items.length; i++) {
      commitments.addItem(Commitment.builder().ordinal(i + 1).heading(items[i])
          .addParagraph(PARAGRAPHS[i % 3]).build());
    }
    body.commitments(commitments.build())
        .addClosing("优化营商环境永远是进行时，在省市坚强领导下，各界的关心支持下，我们力求做的更好。")
        .addClosing("感谢您对平江优化营商环境工作，乃至整个平江经济社会发展的关注。");
    Map<String, ExtensionValue> workflow = new LinkedHashMap<>();
    workflow.put("state", ExtensionValue.of("已办结"));
    workflow.put("satisfied", ExtensionValue.of(true));
    workflow.put("steps", ExtensionValue.array(ExtensionValue.of("交办"), ExtensionValue.of("办理")));
    return Reply.builder()
        .issuer("平江县人民政府")
        .documentNumber(DocumentNumber.parse("平政字〔2024〕12号"))
        .resultClass(ResultClass.parse("A2"))
        .disclosure(Disclosure.PUBLIC)
        .title("平江县人民政府对岳阳市九届人大四次会议第241号建议的答复")
        .motion(Motion.builder().kind(MotionKind.SUGGESTION)
            .session(Session.parse("岳阳市九届人大四次会议")).number("241")
            .title("关于优化营商环境，政府部门先行的建议").build())
        .addressee(Addressee.builder().addName("张亮").role(AddresseeRole.DEPUTY).build())
        .body(body.build())
        .signature("平江县人民政府")
        .date(LocalDate.of(2024, 3, 1))
        .addContact(Contact.of(ContactRole.RESPONSIBLE, "朱远"))
        .addContact(Contact.of(ContactRole.HANDLER, "何勇", PhoneNumber.parse("0730-6222076")))
        .addCopyTo("岳阳市人大常委会选联工委")
        .addNote("此件主动公开")
        .putExtension("legacyId", ExtensionValue.of(42))
        .putExtension("workflow", ExtensionValue.object(workflow))
        .build();
  }

  /** Builds the fixture and its canonical bytes. */
  @Setup
  public void setUp() {
    reply = fixture();
    bytes = json.write(reply);
  }

  /** ReplyJson (Jackson 2): canonical write, then a strict read into the model. */
  @Benchmark
  public Reply replyJsonWriteRead() {
    return json.read(json.write(reply));
  }

  /** Jackson 3: the module writes the reply, then reads it back into the model. */
  @Benchmark
  public Reply jackson3ModuleWriteRead() {
    return mapper3.readValue(mapper3.writeValueAsBytes(reply), Reply.class);
  }

  /** The Jackson 3 baseline: its tree model reads the same bytes and writes them again. */
  @Benchmark
  public byte[] jackson3TreeReadWrite() {
    return mapper3.writeValueAsBytes(mapper3.readTree(bytes));
  }

  /** The baseline: Jackson's tree model reads the same bytes and writes them again. */
  @Benchmark
  public byte[] jacksonTreeReadWrite() throws IOException {
    JsonNode tree = mapper.readTree(bytes);
    return mapper.writeValueAsBytes(tree);
  }
}
