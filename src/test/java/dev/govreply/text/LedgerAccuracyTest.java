package dev.govreply.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Reads every document of every {@linkplain DocumentSets set} and compares its ledger row with the
 * row annotated by hand ({@code expected/NAME.json}) under the comparison rule of LEDGER.md; prints
 * the per-field table, the documents with a wrong key and every wrong key, and how many of the
 * values the reader filled in are wrong.
 *
 * <p>Each set has a floor: the fields right at the last deliberate change of the reader, and the
 * most filled values allowed wrong. A change that loses a field or fills in a wrong value fails
 * here; one that gains raises the floor in the same commit.
 *
 * <pre>mvn -B -ntp test -Dtest=LedgerAccuracyTest</pre>
 */
class LedgerAccuracyTest {

  /** Per set: the fields right at least, the filled values wrong at most. */
  private static final Map<DocumentSets, int[]> FLOORS = new EnumMap<>(Map.ofEntries(
      Map.entry(DocumentSets.SAMPLES, new int[] {462, 0}),
      Map.entry(DocumentSets.CORPUS_A, new int[] {318, 0}),
      Map.entry(DocumentSets.CORPUS_B, new int[] {417, 0}),
      Map.entry(DocumentSets.CORPUS_C, new int[] {344, 0}),
      Map.entry(DocumentSets.CORPUS_D, new int[] {264, 0}),
      Map.entry(DocumentSets.CORPUS_E, new int[] {277, 0}),
      Map.entry(DocumentSets.CORPUS_F, new int[] {223, 0}),
      Map.entry(DocumentSets.CORPUS_G, new int[] {139, 1}),
      Map.entry(DocumentSets.CORPUS_H, new int[] {151, 0}),
      Map.entry(DocumentSets.CORPUS_I, new int[] {196, 0}),
      Map.entry(DocumentSets.CORPUS_J, new int[] {233, 3}),
      Map.entry(DocumentSets.CORPUS_K, new int[] {164, 0}),
      Map.entry(DocumentSets.CORPUS_L, new int[] {261, 2}),
      // 233: m 333's kind is left empty where annotators split (GR-TXT-056, ItemKindDoubtTest)
      Map.entry(DocumentSets.CORPUS_M, new int[] {233, 1}),
      Map.entry(DocumentSets.CORPUS_N, new int[] {180, 0}),
      Map.entry(DocumentSets.CORPUS_O, new int[] {136, 2}),
      Map.entry(DocumentSets.CORPUS_P, new int[] {278, 1}),
      Map.entry(DocumentSets.CORPUS_Q, new int[] {266, 0}),
      Map.entry(DocumentSets.CORPUS_R, new int[] {278, 0}),
      Map.entry(DocumentSets.CORPUS_S, new int[] {277, 1}),
      Map.entry(DocumentSets.CORPUS_T, new int[] {273, 1}),
      Map.entry(DocumentSets.CORPUS_U, new int[] {276, 3}),
      Map.entry(DocumentSets.CORPUS_V, new int[] {278, 2}),
      Map.entry(DocumentSets.CORPUS_W, new int[] {232, 1}),
      Map.entry(DocumentSets.CORPUS_X, new int[] {280, 0}),
      Map.entry(DocumentSets.CORPUS_Y, new int[] {165, 3}),
      Map.entry(DocumentSets.CORPUS_Z, new int[] {249, 0}),
      Map.entry(DocumentSets.CORPUS_AA, new int[] {151, 0}),
      Map.entry(DocumentSets.CORPUS_AB, new int[] {166, 0}),
      Map.entry(DocumentSets.CORPUS_AC, new int[] {179, 0}),
      Map.entry(DocumentSets.CORPUS_AD, new int[] {173, 0}),
      Map.entry(DocumentSets.CORPUS_AE, new int[] {150, 1}),
      Map.entry(DocumentSets.CORPUS_AF, new int[] {150, 1}),
      Map.entry(DocumentSets.CORPUS_AG, new int[] {153, 0}),
      Map.entry(DocumentSets.CORPUS_AH, new int[] {165, 0}),
      Map.entry(DocumentSets.CORPUS_AI, new int[] {137, 0}),
      Map.entry(DocumentSets.CORPUS_AJ, new int[] {140, 0}),
      Map.entry(DocumentSets.CORPUS_AK, new int[] {83, 1}),
      Map.entry(DocumentSets.CORPUS_AL, new int[] {110, 0}),
      Map.entry(DocumentSets.CORPUS_AM, new int[] {140, 0}),
      Map.entry(DocumentSets.CORPUS_AN, new int[] {107, 0}),
      Map.entry(DocumentSets.CORPUS_AO, new int[] {137, 1}),
      Map.entry(DocumentSets.CORPUS_AP, new int[] {82, 0}),
      Map.entry(DocumentSets.CORPUS_AQ, new int[] {112, 0}),
      Map.entry(DocumentSets.CORPUS_AR, new int[] {139, 1}),
      Map.entry(DocumentSets.CORPUS_AS, new int[] {98, 0}),
      Map.entry(DocumentSets.CORPUS_AT, new int[] {67, 1}),
      Map.entry(DocumentSets.CORPUS_AU, new int[] {124, 1}),
      Map.entry(DocumentSets.CORPUS_AV, new int[] {68, 0}),
      Map.entry(DocumentSets.CORPUS_AW, new int[] {83, 0}),
      Map.entry(DocumentSets.CORPUS_AX, new int[] {149, 2}),
      Map.entry(DocumentSets.CORPUS_AY, new int[] {48, 3}),
      Map.entry(DocumentSets.CORPUS_AZ, new int[] {140, 0}),
      Map.entry(DocumentSets.CORPUS_BA, new int[] {42, 0}),
      Map.entry(DocumentSets.CORPUS_BB, new int[] {14, 0}),
      Map.entry(DocumentSets.CORPUS_BC, new int[] {83, 0}),
      Map.entry(DocumentSets.CORPUS_BD, new int[] {67, 0}),
      Map.entry(DocumentSets.CORPUS_BE, new int[] {123, 0}),
      Map.entry(DocumentSets.CORPUS_BF, new int[] {97, 0}),
      Map.entry(DocumentSets.CORPUS_BG, new int[] {69, 0}),
      Map.entry(DocumentSets.CORPUS_BH, new int[] {168, 0}),
      Map.entry(DocumentSets.CORPUS_BI, new int[] {96, 1}),
      Map.entry(DocumentSets.CORPUS_BJ, new int[] {68, 2}),
      Map.entry(DocumentSets.CORPUS_BK, new int[] {139, 0}),
      Map.entry(DocumentSets.CORPUS_BL, new int[] {124, 1}),
      Map.entry(DocumentSets.CORPUS_BM, new int[] {139, 0}),
      Map.entry(DocumentSets.CORPUS_BN, new int[] {138, 0}),
      Map.entry(DocumentSets.CORPUS_BO, new int[] {108, 0}),
      Map.entry(DocumentSets.CORPUS_BP, new int[] {137, 0}),
      Map.entry(DocumentSets.CORPUS_BQ, new int[] {98, 0}),
      Map.entry(DocumentSets.CORPUS_BR, new int[] {56, 0}),
      Map.entry(DocumentSets.CORPUS_BS, new int[] {153, 0}),
      Map.entry(DocumentSets.CORPUS_BT, new int[] {84, 0}),
      Map.entry(DocumentSets.CORPUS_BU, new int[] {56, 0}),
      Map.entry(DocumentSets.CORPUS_BV, new int[] {56, 0}),
      Map.entry(DocumentSets.CORPUS_BW, new int[] {70, 0}),
      Map.entry(DocumentSets.CORPUS_BX, new int[] {42, 0}),
      Map.entry(DocumentSets.CORPUS_BY, new int[] {84, 0}),
      Map.entry(DocumentSets.CORPUS_BZ, new int[] {67, 1}),
      Map.entry(DocumentSets.CORPUS_CA, new int[] {27, 1}),
      Map.entry(DocumentSets.CORPUS_CB, new int[] {28, 0}),
      Map.entry(DocumentSets.CORPUS_CC, new int[] {111, 0}),
      Map.entry(DocumentSets.CORPUS_CD, new int[] {40, 0}),
      Map.entry(DocumentSets.CORPUS_CE, new int[] {81, 1}),
      Map.entry(DocumentSets.CORPUS_CG, new int[] {94, 1}),
      Map.entry(DocumentSets.CORPUS_CH, new int[] {56, 0}),
      Map.entry(DocumentSets.CORPUS_CI, new int[] {83, 0}),
      Map.entry(DocumentSets.CORPUS_CJ, new int[] {82, 0}),
      Map.entry(DocumentSets.CORPUS_CK, new int[] {39, 0}),
      Map.entry(DocumentSets.CORPUS_CL, new int[] {13, 0}),
      Map.entry(DocumentSets.CORPUS_CM, new int[] {82, 1}),
      Map.entry(DocumentSets.CORPUS_CN, new int[] {14, 0}),
      Map.entry(DocumentSets.CORPUS_CO, new int[] {70, 0}),
      Map.entry(DocumentSets.CORPUS_CP, new int[] {55, 0}),
      Map.entry(DocumentSets.CORPUS_CR, new int[] {24, 0}),
      Map.entry(DocumentSets.CORPUS_CS, new int[] {56, 0}),
      Map.entry(DocumentSets.CORPUS_CT, new int[] {14, 0}),
      Map.entry(DocumentSets.CORPUS_CU, new int[] {112, 0}),
      Map.entry(DocumentSets.CORPUS_CV, new int[] {28, 0}),
      Map.entry(DocumentSets.CORPUS_CW, new int[] {69, 0}),
      Map.entry(DocumentSets.CORPUS_CX, new int[] {69, 0}),
      Map.entry(DocumentSets.CORPUS_CY, new int[] {108, 1}),
      Map.entry(DocumentSets.CORPUS_CZ, new int[] {56, 0}),
      Map.entry(DocumentSets.CORPUS_DA, new int[] {55, 0}),
      Map.entry(DocumentSets.CORPUS_DB, new int[] {13, 1}),
      Map.entry(DocumentSets.CORPUS_DC, new int[] {112, 0}),
      Map.entry(DocumentSets.CORPUS_DD, new int[] {55, 1}),
      Map.entry(DocumentSets.CORPUS_DE, new int[] {112, 0}),
      Map.entry(DocumentSets.CORPUS_DF, new int[] {82, 0}),
      Map.entry(DocumentSets.CORPUS_DG, new int[] {14, 0}),
      Map.entry(DocumentSets.CORPUS_DH, new int[] {55, 1}),
      Map.entry(DocumentSets.CORPUS_DI, new int[] {83, 1}),
      Map.entry(DocumentSets.CORPUS_DJ, new int[] {96, 0}),
      Map.entry(DocumentSets.CORPUS_DK, new int[] {42, 0}),
      Map.entry(DocumentSets.CORPUS_DL, new int[] {111, 0}),
      Map.entry(DocumentSets.CORPUS_DM, new int[] {83, 0}),
      Map.entry(DocumentSets.CORPUS_DN, new int[] {96, 0}),
      Map.entry(DocumentSets.CORPUS_DO, new int[] {112, 0}),
      Map.entry(DocumentSets.CORPUS_DP, new int[] {28, 0}),
      Map.entry(DocumentSets.CORPUS_DQ, new int[] {109, 1}),
      Map.entry(DocumentSets.CORPUS_DR, new int[] {64, 1}),
      Map.entry(DocumentSets.CORPUS_DS, new int[] {106, 2}),
      Map.entry(DocumentSets.CORPUS_DT, new int[] {111, 0}),
      Map.entry(DocumentSets.CORPUS_DU, new int[] {110, 1}),
      Map.entry(DocumentSets.CORPUS_DV, new int[] {14, 0}),
      Map.entry(DocumentSets.CORPUS_DW, new int[] {28, 0}),
      Map.entry(DocumentSets.CORPUS_DX, new int[] {41, 0}),
      Map.entry(DocumentSets.CORPUS_DY, new int[] {110, 0}),
      Map.entry(DocumentSets.CORPUS_DZ, new int[] {97, 0}),
      Map.entry(DocumentSets.CORPUS_EA, new int[] {110, 2}),
      Map.entry(DocumentSets.CORPUS_EB, new int[] {53, 2}),
      Map.entry(DocumentSets.CORPUS_EC, new int[] {97, 1}),
      Map.entry(DocumentSets.CORPUS_ED, new int[] {28, 0}),
      Map.entry(DocumentSets.CORPUS_EE, new int[] {56, 0}),
      Map.entry(DocumentSets.CORPUS_EF, new int[] {55, 1}),
      Map.entry(DocumentSets.CORPUS_EG, new int[] {53, 1}),
      Map.entry(DocumentSets.CORPUS_EH, new int[] {68, 0}),
      Map.entry(DocumentSets.CORPUS_EI, new int[] {28, 0}),
      Map.entry(DocumentSets.CORPUS_EJ, new int[] {66, 0}),
      Map.entry(DocumentSets.CORPUS_EL, new int[] {66, 0}),
      Map.entry(DocumentSets.CORPUS_EM, new int[] {14, 0}),
      Map.entry(DocumentSets.CORPUS_EN, new int[] {13, 0}),
      Map.entry(DocumentSets.CORPUS_EO, new int[] {14, 0}),
      Map.entry(DocumentSets.CORPUS_EP, new int[] {28, 0}),
      Map.entry(DocumentSets.CORPUS_EQ, new int[] {28, 0}),
      Map.entry(DocumentSets.CORPUS_ER, new int[] {70, 0}),
      Map.entry(DocumentSets.CORPUS_ES, new int[] {70, 0}),
      Map.entry(DocumentSets.CORPUS_EU, new int[] {110, 1}),
      Map.entry(DocumentSets.CORPUS_EW, new int[] {54, 1}),
      Map.entry(DocumentSets.CORPUS_EX, new int[] {106, 0}),
      Map.entry(DocumentSets.CORPUS_EY, new int[] {56, 0}),
      Map.entry(DocumentSets.CORPUS_EZ, new int[] {42, 0}),
      Map.entry(DocumentSets.CORPUS_FA, new int[] {50, 0}),
      Map.entry(DocumentSets.CORPUS_FB, new int[] {14, 0}),
      Map.entry(DocumentSets.CORPUS_FC, new int[] {68, 1}),
      Map.entry(DocumentSets.CORPUS_FD, new int[] {28, 0}),
      Map.entry(DocumentSets.CORPUS_FE, new int[] {14, 0}),
      Map.entry(DocumentSets.CORPUS_FF, new int[] {27, 0}),
      Map.entry(DocumentSets.CORPUS_FG, new int[] {14, 0}),
      Map.entry(DocumentSets.CORPUS_FH, new int[] {13, 0}),
      Map.entry(DocumentSets.CORPUS_FI, new int[] {69, 0}),
      Map.entry(DocumentSets.CORPUS_FJ, new int[] {27, 1}),
      Map.entry(DocumentSets.CORPUS_FK, new int[] {14, 0}),
      Map.entry(DocumentSets.CORPUS_FL, new int[] {56, 0}),
      Map.entry(DocumentSets.CORPUS_FO, new int[] {22, 0}),
      Map.entry(DocumentSets.CORPUS_FP, new int[] {55, 1}),
      Map.entry(DocumentSets.CORPUS_FQ, new int[] {42, 0}),
      Map.entry(DocumentSets.CORPUS_FR, new int[] {27, 0}),
      Map.entry(DocumentSets.CORPUS_FS, new int[] {55, 1}),
      Map.entry(DocumentSets.CORPUS_FT, new int[] {28, 0}),
      Map.entry(DocumentSets.CORPUS_FV, new int[] {13, 1}),
      Map.entry(DocumentSets.CORPUS_FW, new int[] {14, 0}),
      Map.entry(DocumentSets.CORPUS_FX, new int[] {28, 0}),
      Map.entry(DocumentSets.CORPUS_FY, new int[] {28, 0}),
      Map.entry(DocumentSets.CORPUS_FZ, new int[] {42, 0}),
      Map.entry(DocumentSets.CORPUS_GA, new int[] {14, 0}),
      Map.entry(DocumentSets.CORPUS_GB, new int[] {83, 1}),
      Map.entry(DocumentSets.CORPUS_GD, new int[] {39, 2}),
      Map.entry(DocumentSets.CORPUS_GE, new int[] {28, 0}),
      Map.entry(DocumentSets.CORPUS_GF, new int[] {41, 0}),
      Map.entry(DocumentSets.CORPUS_GG, new int[] {28, 0}),
      Map.entry(DocumentSets.CORPUS_GH, new int[] {95, 2}),
      Map.entry(DocumentSets.CORPUS_GI, new int[] {97, 0}),
      Map.entry(DocumentSets.CORPUS_GJ, new int[] {27, 1}),
      Map.entry(DocumentSets.CORPUS_GK, new int[] {112, 0}),
      Map.entry(DocumentSets.CORPUS_GL, new int[] {109, 1}),
      Map.entry(DocumentSets.CORPUS_GM, new int[] {64, 2}),
      Map.entry(DocumentSets.CORPUS_GN, new int[] {68, 0}),
      Map.entry(DocumentSets.CORPUS_GO, new int[] {98, 0}),
      Map.entry(DocumentSets.CORPUS_GP, new int[] {84, 0}),
      Map.entry(DocumentSets.CORPUS_GQ, new int[] {14, 0}),
      Map.entry(DocumentSets.CORPUS_GR, new int[] {14, 0}),
      Map.entry(DocumentSets.CORPUS_GS, new int[] {92, 3}),
      Map.entry(DocumentSets.CORPUS_GT, new int[] {93, 1}),
      Map.entry(DocumentSets.CORPUS_GU, new int[] {93, 1}),
      Map.entry(DocumentSets.CORPUS_GV, new int[] {83, 0}),
      Map.entry(DocumentSets.CORPUS_GW, new int[] {112, 0}),
      Map.entry(DocumentSets.CORPUS_GX, new int[] {96, 1}),
      Map.entry(DocumentSets.CORPUS_GY, new int[] {111, 0}),
      Map.entry(DocumentSets.CORPUS_GZ, new int[] {28, 0}),
      Map.entry(DocumentSets.CORPUS_HA, new int[] {92, 0}),
      Map.entry(DocumentSets.CORPUS_HB, new int[] {56, 0}),
      Map.entry(DocumentSets.CORPUS_HC, new int[] {108, 0}),
      Map.entry(DocumentSets.CORPUS_HD, new int[] {103, 1}),
      Map.entry(DocumentSets.CORPUS_HE, new int[] {97, 1}),
      Map.entry(DocumentSets.CORPUS_HF, new int[] {56, 0}),
      Map.entry(DocumentSets.CORPUS_HG, new int[] {82, 2}),
      Map.entry(DocumentSets.CORPUS_HH, new int[] {54, 1}),
      Map.entry(DocumentSets.CORPUS_HI, new int[] {112, 0}),
      Map.entry(DocumentSets.CORPUS_HJ, new int[] {109, 1}),
      Map.entry(DocumentSets.CORPUS_HK, new int[] {42, 0}),
      Map.entry(DocumentSets.CORPUS_HL, new int[] {69, 1}),
      Map.entry(DocumentSets.CORPUS_HM, new int[] {56, 0}),
      Map.entry(DocumentSets.CORPUS_HN, new int[] {93, 2}),
      Map.entry(DocumentSets.CORPUS_HP, new int[] {108, 1}),
      Map.entry(DocumentSets.CORPUS_HQ, new int[] {84, 0}),
      Map.entry(DocumentSets.CORPUS_HR, new int[] {27, 0}),
      Map.entry(DocumentSets.CORPUS_HS, new int[] {37, 2}),
      Map.entry(DocumentSets.CORPUS_HT, new int[] {42, 0}),
      Map.entry(DocumentSets.CORPUS_HU, new int[] {96, 1}),
      Map.entry(DocumentSets.CORPUS_HV, new int[] {98, 0}),
      Map.entry(DocumentSets.CORPUS_HW, new int[] {112, 0}),
      Map.entry(DocumentSets.CORPUS_HX, new int[] {69, 0}),
      Map.entry(DocumentSets.CORPUS_HY, new int[] {38, 0}),
      Map.entry(DocumentSets.CORPUS_HZ, new int[] {66, 0}),
      Map.entry(DocumentSets.CORPUS_IA, new int[] {55, 1}),
      Map.entry(DocumentSets.CORPUS_IB, new int[] {97, 0}),
      Map.entry(DocumentSets.CORPUS_IC, new int[] {55, 1}),
      Map.entry(DocumentSets.CORPUS_ID, new int[] {52, 1}),
      Map.entry(DocumentSets.CORPUS_IE, new int[] {69, 0}),
      Map.entry(DocumentSets.CORPUS_IF, new int[] {98, 0}),
      Map.entry(DocumentSets.CORPUS_IG, new int[] {82, 2}),
      Map.entry(DocumentSets.CORPUS_IH, new int[] {109, 1}),
      Map.entry(DocumentSets.CORPUS_II, new int[] {108, 1}),
      Map.entry(DocumentSets.CORPUS_IJ, new int[] {77, 0}),
      Map.entry(DocumentSets.CORPUS_IK, new int[] {82, 0}),
      Map.entry(DocumentSets.CORPUS_IL, new int[] {97, 1}),
      Map.entry(DocumentSets.CORPUS_IM, new int[] {70, 0}),
      Map.entry(DocumentSets.CORPUS_IN, new int[] {65, 0}),
      Map.entry(DocumentSets.CORPUS_IO, new int[] {69, 1}),
      Map.entry(DocumentSets.CORPUS_IP, new int[] {39, 0}),
      Map.entry(DocumentSets.CORPUS_IQ, new int[] {55, 1}),
      Map.entry(DocumentSets.CORPUS_IR, new int[] {84, 0}),
      Map.entry(DocumentSets.CORPUS_IS, new int[] {108, 1}),
      Map.entry(DocumentSets.CORPUS_IT, new int[] {97, 1}),
      Map.entry(DocumentSets.CORPUS_IU, new int[] {76, 0}),
      Map.entry(DocumentSets.CORPUS_IV, new int[] {69, 0}),
      Map.entry(DocumentSets.CORPUS_IW, new int[] {79, 1}),
      Map.entry(DocumentSets.CORPUS_IY, new int[] {70, 0}),
      Map.entry(DocumentSets.CORPUS_IZ, new int[] {56, 0}),
      Map.entry(DocumentSets.CORPUS_CF, new int[] {83, 0}),
      Map.entry(DocumentSets.VARIANTS, new int[] {182, 0})));

  @ParameterizedTest
  @EnumSource(DocumentSets.class)
  void ledgerRowsAreAtLeastAsRightAsBefore(DocumentSets set) throws IOException {
    LedgerCheck.Outcome o = LedgerCheck.check(set.dir());
    System.out.println(o.table(set.name));
    System.out.print(o.perDocumentTable());
    o.failures().forEach(f -> System.out.println("  " + f));
    int[] floor = FLOORS.get(set);
    assertThat(o.total()).as(set.name + ": fields right").isGreaterThanOrEqualTo(floor[0]);
    assertThat(o.wrongFilled()).as(set.name + ": filled values wrong")
        .isLessThanOrEqualTo(floor[1]);
  }

  @ParameterizedTest
  @EnumSource(DocumentSets.class)
  void everyNonBlankLineIsAccounted(DocumentSets set) throws IOException {
    assertThat(LedgerCheck.check(set.dir()).unaccounted()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(DocumentSets.class)
  void linesInUnrecognizedBlocksAreKeptVerbatim(DocumentSets set) throws IOException {
    for (Path p : set.documents()) {
      ReadResult r = LedgerCheck.read(p);
      r.reply().unrecognized().forEach(b -> {
        for (int i = 0; i < b.lines().size(); i++) {
          assertThat(b.lines().get(i)).as(p.getFileName() + ":" + (b.firstLine() + i))
              .isEqualTo(r.report().lines().get(b.firstLine() - 1 + i).text());
        }
      });
    }
  }
}
