package dev.govreply.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The text documents of the test resources, by set: each set is a directory of {@code *.txt}
 * documents with {@code expected/NAME.json} ledger rows annotated by hand, and a file naming their
 * sources.
 */
enum DocumentSets {
  /** The 33 real replies of the project's samples (00 is the founding example). */
  SAMPLES("samples", "/samples/SOURCES.md"),
  /** Real replies gathered for issue 13, first batch, annotated before the reader ran on them. */
  CORPUS_A("corpus/a", "/corpus/a/SOURCES.md"),
  /** Real replies gathered for issue 13, second batch, annotated before the reader ran on them. */
  CORPUS_B("corpus/b", "/corpus/b/SOURCES.md"),
  /** Real replies gathered for issue 13, third batch, annotated before the reader ran on them. */
  CORPUS_C("corpus/c", "/corpus/c/SOURCES.md"),
  /** Real replies gathered for issue 13, fourth batch, annotated before the reader ran on them. */
  CORPUS_D("corpus/d", "/corpus/d/SOURCES.md"),
  /** Real replies gathered for issue 13, fifth batch, annotated before the reader ran on them. */
  CORPUS_E("corpus/e", "/corpus/e/SOURCES.md"),
  /** Real replies gathered for issue 13, sixth batch, annotated before the reader ran on them. */
  CORPUS_F("corpus/f", "/corpus/f/SOURCES.md"),
  /** Real replies gathered for issue 13, seventh batch, annotated before the reader ran on them. */
  CORPUS_G("corpus/g", "/corpus/g/SOURCES.md"),
  /** Real replies gathered for issue 13, eighth batch, annotated before the reader ran on them. */
  CORPUS_H("corpus/h", "/corpus/h/SOURCES.md"),
  /** Real replies gathered for issue 13, ninth batch, annotated before the reader ran on them. */
  CORPUS_I("corpus/i", "/corpus/i/SOURCES.md"),
  /** Real replies gathered for issue 13, tenth batch, annotated before the reader ran on them. */
  CORPUS_J("corpus/j", "/corpus/j/SOURCES.md"),
  /** Real replies gathered for issue 13, eleventh batch, annotated before the reader ran on them. */
  CORPUS_K("corpus/k", "/corpus/k/SOURCES.md"),
  /** Real replies gathered for issue 13, twelfth batch, annotated before the reader ran on them. */
  CORPUS_L("corpus/l", "/corpus/l/SOURCES.md"),
  /** Real replies gathered for issue 13, thirteenth batch, annotated before the reader ran on them. */
  CORPUS_M("corpus/m", "/corpus/m/SOURCES.md"),
  /** Real replies gathered for issue 13, fourteenth batch, annotated before the reader ran on them. */
  CORPUS_N("corpus/n", "/corpus/n/SOURCES.md"),
  /** Real replies gathered for issue 13, fifteenth batch, annotated before the reader ran on them. */
  CORPUS_O("corpus/o", "/corpus/o/SOURCES.md"),
  /** Real replies gathered for issue 13, sixteenth batch, annotated before the reader ran on them. */
  CORPUS_P("corpus/p", "/corpus/p/SOURCES.md"),
  /** Real replies gathered for issue 13, seventeenth batch, annotated before the reader ran on them. */
  CORPUS_Q("corpus/q", "/corpus/q/SOURCES.md"),
  /** Real replies gathered for issue 13, eighteenth batch, annotated before the reader ran on them. */
  CORPUS_R("corpus/r", "/corpus/r/SOURCES.md"),
  /** Real replies gathered for issue 13, nineteenth batch, annotated before the reader ran on them. */
  CORPUS_S("corpus/s", "/corpus/s/SOURCES.md"),
  /** Real replies gathered for issue 13, twentieth batch, annotated before the reader ran on them. */
  CORPUS_T("corpus/t", "/corpus/t/SOURCES.md"),
  /** Real replies gathered for issue 13, twenty-first batch, annotated before the reader ran on them. */
  CORPUS_U("corpus/u", "/corpus/u/SOURCES.md"),
  /** Real replies gathered for issue 13, twenty-second batch, annotated before the reader ran on them. */
  CORPUS_V("corpus/v", "/corpus/v/SOURCES.md"),
  /** Real replies gathered for issue 13, twenty-third batch, annotated before the reader ran on them. */
  CORPUS_W("corpus/w", "/corpus/w/SOURCES.md"),
  /** Real replies gathered for issue 13, twenty-fourth batch, annotated before the reader ran on them. */
  CORPUS_X("corpus/x", "/corpus/x/SOURCES.md"),
  /** Real replies gathered for issue 13, twenty-fifth batch, annotated before the reader ran on them. */
  CORPUS_Y("corpus/y", "/corpus/y/SOURCES.md"),
  /** Real replies gathered for issue 13, twenty-sixth batch, annotated before the reader ran on them. */
  CORPUS_Z("corpus/z", "/corpus/z/SOURCES.md"),
  /** Real replies gathered for issue 13, twenty-seventh batch, annotated before the reader ran on them. */
  CORPUS_AA("corpus/aa", "/corpus/aa/SOURCES.md"),
  /** Real replies gathered for issue 13, twenty-eighth batch, annotated before the reader ran on them. */
  CORPUS_AB("corpus/ab", "/corpus/ab/SOURCES.md"),
  CORPUS_AC("corpus/ac", "/corpus/ac/SOURCES.md"),
  CORPUS_AD("corpus/ad", "/corpus/ad/SOURCES.md"),
  CORPUS_AE("corpus/ae", "/corpus/ae/SOURCES.md"),
  CORPUS_AF("corpus/af", "/corpus/af/SOURCES.md"),
  CORPUS_AG("corpus/ag", "/corpus/ag/SOURCES.md"),
  CORPUS_AH("corpus/ah", "/corpus/ah/SOURCES.md"),
  CORPUS_AI("corpus/ai", "/corpus/ai/SOURCES.md"),
  CORPUS_AJ("corpus/aj", "/corpus/aj/SOURCES.md"),
  CORPUS_AK("corpus/ak", "/corpus/ak/SOURCES.md"),
  CORPUS_AL("corpus/al", "/corpus/al/SOURCES.md"),
  CORPUS_AM("corpus/am", "/corpus/am/SOURCES.md"),
  CORPUS_AN("corpus/an", "/corpus/an/SOURCES.md"),
  CORPUS_AO("corpus/ao", "/corpus/ao/SOURCES.md"),
  CORPUS_AP("corpus/ap", "/corpus/ap/SOURCES.md"),
  CORPUS_AQ("corpus/aq", "/corpus/aq/SOURCES.md"),
  CORPUS_AR("corpus/ar", "/corpus/ar/SOURCES.md"),
  CORPUS_AS("corpus/as", "/corpus/as/SOURCES.md"),
  CORPUS_AT("corpus/at", "/corpus/at/SOURCES.md"),
  CORPUS_AU("corpus/au", "/corpus/au/SOURCES.md"),
  CORPUS_AV("corpus/av", "/corpus/av/SOURCES.md"),
  CORPUS_AW("corpus/aw", "/corpus/aw/SOURCES.md"),
  CORPUS_AX("corpus/ax", "/corpus/ax/SOURCES.md"),
  CORPUS_AY("corpus/ay", "/corpus/ay/SOURCES.md"),
  CORPUS_AZ("corpus/az", "/corpus/az/SOURCES.md"),
  CORPUS_BA("corpus/ba", "/corpus/ba/SOURCES.md"),
  CORPUS_BB("corpus/bb", "/corpus/bb/SOURCES.md"),
  CORPUS_BC("corpus/bc", "/corpus/bc/SOURCES.md"),
  CORPUS_BD("corpus/bd", "/corpus/bd/SOURCES.md"),
  CORPUS_BE("corpus/be", "/corpus/be/SOURCES.md"),
  CORPUS_BF("corpus/bf", "/corpus/bf/SOURCES.md"),
  CORPUS_BG("corpus/bg", "/corpus/bg/SOURCES.md"),
  CORPUS_BH("corpus/bh", "/corpus/bh/SOURCES.md"),
  CORPUS_BI("corpus/bi", "/corpus/bi/SOURCES.md"),
  CORPUS_BJ("corpus/bj", "/corpus/bj/SOURCES.md"),
  CORPUS_BK("corpus/bk", "/corpus/bk/SOURCES.md"),
  CORPUS_BL("corpus/bl", "/corpus/bl/SOURCES.md"),
  CORPUS_BM("corpus/bm", "/corpus/bm/SOURCES.md"),
  CORPUS_BN("corpus/bn", "/corpus/bn/SOURCES.md"),
  CORPUS_BO("corpus/bo", "/corpus/bo/SOURCES.md"),
  CORPUS_BP("corpus/bp", "/corpus/bp/SOURCES.md"),
  CORPUS_BQ("corpus/bq", "/corpus/bq/SOURCES.md"),
  CORPUS_BR("corpus/br", "/corpus/br/SOURCES.md"),
  CORPUS_BS("corpus/bs", "/corpus/bs/SOURCES.md"),
  CORPUS_BT("corpus/bt", "/corpus/bt/SOURCES.md"),
  CORPUS_BU("corpus/bu", "/corpus/bu/SOURCES.md"),
  CORPUS_BV("corpus/bv", "/corpus/bv/SOURCES.md"),
  CORPUS_BW("corpus/bw", "/corpus/bw/SOURCES.md"),
  CORPUS_BX("corpus/bx", "/corpus/bx/SOURCES.md"),
  CORPUS_BY("corpus/by", "/corpus/by/SOURCES.md"),
  CORPUS_BZ("corpus/bz", "/corpus/bz/SOURCES.md"),
  CORPUS_CA("corpus/ca", "/corpus/ca/SOURCES.md"),
  CORPUS_CB("corpus/cb", "/corpus/cb/SOURCES.md"),
  CORPUS_CC("corpus/cc", "/corpus/cc/SOURCES.md"),
  CORPUS_CD("corpus/cd", "/corpus/cd/SOURCES.md"),
  CORPUS_CE("corpus/ce", "/corpus/ce/SOURCES.md"),
  CORPUS_CG("corpus/cg", "/corpus/cg/SOURCES.md"),
  CORPUS_CH("corpus/ch", "/corpus/ch/SOURCES.md"),
  CORPUS_CI("corpus/ci", "/corpus/ci/SOURCES.md"),
  CORPUS_CJ("corpus/cj", "/corpus/cj/SOURCES.md"),
  CORPUS_CK("corpus/ck", "/corpus/ck/SOURCES.md"),
  CORPUS_CL("corpus/cl", "/corpus/cl/SOURCES.md"),
  CORPUS_CM("corpus/cm", "/corpus/cm/SOURCES.md"),
  CORPUS_CN("corpus/cn", "/corpus/cn/SOURCES.md"),
  CORPUS_CO("corpus/co", "/corpus/co/SOURCES.md"),
  CORPUS_CP("corpus/cp", "/corpus/cp/SOURCES.md"),
  CORPUS_CR("corpus/cr", "/corpus/cr/SOURCES.md"),
  CORPUS_CS("corpus/cs", "/corpus/cs/SOURCES.md"),
  CORPUS_CT("corpus/ct", "/corpus/ct/SOURCES.md"),
  CORPUS_CU("corpus/cu", "/corpus/cu/SOURCES.md"),
  CORPUS_CV("corpus/cv", "/corpus/cv/SOURCES.md"),
  CORPUS_CW("corpus/cw", "/corpus/cw/SOURCES.md"),
  CORPUS_CX("corpus/cx", "/corpus/cx/SOURCES.md"),
  CORPUS_CY("corpus/cy", "/corpus/cy/SOURCES.md"),
  CORPUS_CZ("corpus/cz", "/corpus/cz/SOURCES.md"),
  CORPUS_DA("corpus/da", "/corpus/da/SOURCES.md"),
  CORPUS_DB("corpus/db", "/corpus/db/SOURCES.md"),
  CORPUS_DC("corpus/dc", "/corpus/dc/SOURCES.md"),
  CORPUS_DD("corpus/dd", "/corpus/dd/SOURCES.md"),
  CORPUS_DE("corpus/de", "/corpus/de/SOURCES.md"),
  CORPUS_DF("corpus/df", "/corpus/df/SOURCES.md"),
  CORPUS_DG("corpus/dg", "/corpus/dg/SOURCES.md"),
  CORPUS_DH("corpus/dh", "/corpus/dh/SOURCES.md"),
  CORPUS_DI("corpus/di", "/corpus/di/SOURCES.md"),
  CORPUS_DJ("corpus/dj", "/corpus/dj/SOURCES.md"),
  CORPUS_DK("corpus/dk", "/corpus/dk/SOURCES.md"),
  CORPUS_DL("corpus/dl", "/corpus/dl/SOURCES.md"),
  CORPUS_DM("corpus/dm", "/corpus/dm/SOURCES.md"),
  CORPUS_DN("corpus/dn", "/corpus/dn/SOURCES.md"),
  CORPUS_DO("corpus/do", "/corpus/do/SOURCES.md"),
  CORPUS_DP("corpus/dp", "/corpus/dp/SOURCES.md"),
  CORPUS_DQ("corpus/dq", "/corpus/dq/SOURCES.md"),
  CORPUS_DR("corpus/dr", "/corpus/dr/SOURCES.md"),
  CORPUS_DS("corpus/ds", "/corpus/ds/SOURCES.md"),
  CORPUS_DT("corpus/dt", "/corpus/dt/SOURCES.md"),
  CORPUS_DU("corpus/du", "/corpus/du/SOURCES.md"),
  CORPUS_DV("corpus/dv", "/corpus/dv/SOURCES.md"),
  CORPUS_DW("corpus/dw", "/corpus/dw/SOURCES.md"),
  CORPUS_DX("corpus/dx", "/corpus/dx/SOURCES.md"),
  CORPUS_DY("corpus/dy", "/corpus/dy/SOURCES.md"),
  CORPUS_DZ("corpus/dz", "/corpus/dz/SOURCES.md"),
  CORPUS_EA("corpus/ea", "/corpus/ea/SOURCES.md"),
  CORPUS_EB("corpus/eb", "/corpus/eb/SOURCES.md"),
  CORPUS_EC("corpus/ec", "/corpus/ec/SOURCES.md"),
  CORPUS_ED("corpus/ed", "/corpus/ed/SOURCES.md"),
  CORPUS_EE("corpus/ee", "/corpus/ee/SOURCES.md"),
  CORPUS_EF("corpus/ef", "/corpus/ef/SOURCES.md"),
  CORPUS_EG("corpus/eg", "/corpus/eg/SOURCES.md"),
  CORPUS_EH("corpus/eh", "/corpus/eh/SOURCES.md"),
  CORPUS_EI("corpus/ei", "/corpus/ei/SOURCES.md"),
  CORPUS_EJ("corpus/ej", "/corpus/ej/SOURCES.md"),
  CORPUS_EL("corpus/el", "/corpus/el/SOURCES.md"),
  CORPUS_EM("corpus/em", "/corpus/em/SOURCES.md"),
  CORPUS_EN("corpus/en", "/corpus/en/SOURCES.md"),
  CORPUS_EO("corpus/eo", "/corpus/eo/SOURCES.md"),
  CORPUS_EP("corpus/ep", "/corpus/ep/SOURCES.md"),
  CORPUS_EQ("corpus/eq", "/corpus/eq/SOURCES.md"),
  CORPUS_ER("corpus/er", "/corpus/er/SOURCES.md"),
  CORPUS_ES("corpus/es", "/corpus/es/SOURCES.md"),
  CORPUS_EU("corpus/eu", "/corpus/eu/SOURCES.md"),
  CORPUS_EW("corpus/ew", "/corpus/ew/SOURCES.md"),
  CORPUS_EX("corpus/ex", "/corpus/ex/SOURCES.md"),
  CORPUS_EY("corpus/ey", "/corpus/ey/SOURCES.md"),
  CORPUS_EZ("corpus/ez", "/corpus/ez/SOURCES.md"),
  CORPUS_FA("corpus/fa", "/corpus/fa/SOURCES.md"),
  CORPUS_FB("corpus/fb", "/corpus/fb/SOURCES.md"),
  CORPUS_FC("corpus/fc", "/corpus/fc/SOURCES.md"),
  CORPUS_FD("corpus/fd", "/corpus/fd/SOURCES.md"),
  CORPUS_FE("corpus/fe", "/corpus/fe/SOURCES.md"),
  CORPUS_FF("corpus/ff", "/corpus/ff/SOURCES.md"),
  CORPUS_FG("corpus/fg", "/corpus/fg/SOURCES.md"),
  CORPUS_FH("corpus/fh", "/corpus/fh/SOURCES.md"),
  CORPUS_FI("corpus/fi", "/corpus/fi/SOURCES.md"),
  CORPUS_FJ("corpus/fj", "/corpus/fj/SOURCES.md"),
  CORPUS_FK("corpus/fk", "/corpus/fk/SOURCES.md"),
  CORPUS_FL("corpus/fl", "/corpus/fl/SOURCES.md"),
  CORPUS_FO("corpus/fo", "/corpus/fo/SOURCES.md"),
  CORPUS_FP("corpus/fp", "/corpus/fp/SOURCES.md"),
  CORPUS_FQ("corpus/fq", "/corpus/fq/SOURCES.md"),
  CORPUS_FR("corpus/fr", "/corpus/fr/SOURCES.md"),
  CORPUS_FS("corpus/fs", "/corpus/fs/SOURCES.md"),
  CORPUS_FT("corpus/ft", "/corpus/ft/SOURCES.md"),
  CORPUS_FV("corpus/fv", "/corpus/fv/SOURCES.md"),
  CORPUS_FW("corpus/fw", "/corpus/fw/SOURCES.md"),
  CORPUS_FX("corpus/fx", "/corpus/fx/SOURCES.md"),
  CORPUS_FY("corpus/fy", "/corpus/fy/SOURCES.md"),
  CORPUS_FZ("corpus/fz", "/corpus/fz/SOURCES.md"),
  CORPUS_GA("corpus/ga", "/corpus/ga/SOURCES.md"),
  CORPUS_GB("corpus/gb", "/corpus/gb/SOURCES.md"),
  CORPUS_GD("corpus/gd", "/corpus/gd/SOURCES.md"),
  CORPUS_GE("corpus/ge", "/corpus/ge/SOURCES.md"),
  CORPUS_GF("corpus/gf", "/corpus/gf/SOURCES.md"),
  CORPUS_GG("corpus/gg", "/corpus/gg/SOURCES.md"),
  CORPUS_GH("corpus/gh", "/corpus/gh/SOURCES.md"),
  CORPUS_GI("corpus/gi", "/corpus/gi/SOURCES.md"),
  CORPUS_GJ("corpus/gj", "/corpus/gj/SOURCES.md"),
  CORPUS_GK("corpus/gk", "/corpus/gk/SOURCES.md"),
  CORPUS_GL("corpus/gl", "/corpus/gl/SOURCES.md"),
  CORPUS_GM("corpus/gm", "/corpus/gm/SOURCES.md"),
  CORPUS_GN("corpus/gn", "/corpus/gn/SOURCES.md"),
  CORPUS_GO("corpus/go", "/corpus/go/SOURCES.md"),
  CORPUS_GP("corpus/gp", "/corpus/gp/SOURCES.md"),
  CORPUS_GQ("corpus/gq", "/corpus/gq/SOURCES.md"),
  CORPUS_GR("corpus/gr", "/corpus/gr/SOURCES.md"),
  CORPUS_GS("corpus/gs", "/corpus/gs/SOURCES.md"),
  CORPUS_GT("corpus/gt", "/corpus/gt/SOURCES.md"),
  CORPUS_GU("corpus/gu", "/corpus/gu/SOURCES.md"),
  CORPUS_GV("corpus/gv", "/corpus/gv/SOURCES.md"),
  CORPUS_GW("corpus/gw", "/corpus/gw/SOURCES.md"),
  CORPUS_GX("corpus/gx", "/corpus/gx/SOURCES.md"),
  CORPUS_GY("corpus/gy", "/corpus/gy/SOURCES.md"),
  CORPUS_GZ("corpus/gz", "/corpus/gz/SOURCES.md"),
  CORPUS_HA("corpus/ha", "/corpus/ha/SOURCES.md"),
  CORPUS_HB("corpus/hb", "/corpus/hb/SOURCES.md"),
  CORPUS_HC("corpus/hc", "/corpus/hc/SOURCES.md"),
  CORPUS_HD("corpus/hd", "/corpus/hd/SOURCES.md"),
  CORPUS_HE("corpus/he", "/corpus/he/SOURCES.md"),
  CORPUS_HF("corpus/hf", "/corpus/hf/SOURCES.md"),
  CORPUS_HG("corpus/hg", "/corpus/hg/SOURCES.md"),
  CORPUS_HH("corpus/hh", "/corpus/hh/SOURCES.md"),
  CORPUS_HI("corpus/hi", "/corpus/hi/SOURCES.md"),
  CORPUS_HJ("corpus/hj", "/corpus/hj/SOURCES.md"),
  CORPUS_HK("corpus/hk", "/corpus/hk/SOURCES.md"),
  CORPUS_HL("corpus/hl", "/corpus/hl/SOURCES.md"),
  CORPUS_HM("corpus/hm", "/corpus/hm/SOURCES.md"),
  CORPUS_HN("corpus/hn", "/corpus/hn/SOURCES.md"),
  CORPUS_HP("corpus/hp", "/corpus/hp/SOURCES.md"),
  CORPUS_HQ("corpus/hq", "/corpus/hq/SOURCES.md"),
  CORPUS_HR("corpus/hr", "/corpus/hr/SOURCES.md"),
  CORPUS_HS("corpus/hs", "/corpus/hs/SOURCES.md"),
  CORPUS_HT("corpus/ht", "/corpus/ht/SOURCES.md"),
  CORPUS_HU("corpus/hu", "/corpus/hu/SOURCES.md"),
  CORPUS_HV("corpus/hv", "/corpus/hv/SOURCES.md"),
  CORPUS_HW("corpus/hw", "/corpus/hw/SOURCES.md"),
  CORPUS_HX("corpus/hx", "/corpus/hx/SOURCES.md"),
  CORPUS_HY("corpus/hy", "/corpus/hy/SOURCES.md"),
  CORPUS_HZ("corpus/hz", "/corpus/hz/SOURCES.md"),
  CORPUS_IA("corpus/ia", "/corpus/ia/SOURCES.md"),
  CORPUS_IB("corpus/ib", "/corpus/ib/SOURCES.md"),
  CORPUS_IC("corpus/ic", "/corpus/ic/SOURCES.md"),
  CORPUS_ID("corpus/id", "/corpus/id/SOURCES.md"),
  CORPUS_IE("corpus/ie", "/corpus/ie/SOURCES.md"),
  CORPUS_IF("corpus/if", "/corpus/if/SOURCES.md"),
  CORPUS_IG("corpus/ig", "/corpus/ig/SOURCES.md"),
  CORPUS_IH("corpus/ih", "/corpus/ih/SOURCES.md"),
  CORPUS_II("corpus/ii", "/corpus/ii/SOURCES.md"),
  CORPUS_IJ("corpus/ij", "/corpus/ij/SOURCES.md"),
  CORPUS_IK("corpus/ik", "/corpus/ik/SOURCES.md"),
  CORPUS_IL("corpus/il", "/corpus/il/SOURCES.md"),
  CORPUS_IM("corpus/im", "/corpus/im/SOURCES.md"),
  CORPUS_IN("corpus/in", "/corpus/in/SOURCES.md"),
  CORPUS_IO("corpus/io", "/corpus/io/SOURCES.md"),
  CORPUS_IP("corpus/ip", "/corpus/ip/SOURCES.md"),
  CORPUS_IQ("corpus/iq", "/corpus/iq/SOURCES.md"),
  CORPUS_IR("corpus/ir", "/corpus/ir/SOURCES.md"),
  CORPUS_IS("corpus/is", "/corpus/is/SOURCES.md"),
  CORPUS_IT("corpus/it", "/corpus/it/SOURCES.md"),
  CORPUS_IU("corpus/iu", "/corpus/iu/SOURCES.md"),
  CORPUS_IV("corpus/iv", "/corpus/iv/SOURCES.md"),
  CORPUS_IW("corpus/iw", "/corpus/iw/SOURCES.md"),
  CORPUS_IY("corpus/iy", "/corpus/iy/SOURCES.md"),
  CORPUS_IZ("corpus/iz", "/corpus/iz/SOURCES.md"),
  CORPUS_JA("corpus/ja", "/corpus/ja/SOURCES.md"),
  CORPUS_JB("corpus/jb", "/corpus/jb/SOURCES.md"),
  CORPUS_JC("corpus/jc", "/corpus/jc/SOURCES.md"),
  CORPUS_JD("corpus/jd", "/corpus/jd/SOURCES.md"),
  CORPUS_JE("corpus/je", "/corpus/je/SOURCES.md"),
  CORPUS_JF("corpus/jf", "/corpus/jf/SOURCES.md"),
  CORPUS_JG("corpus/jg", "/corpus/jg/SOURCES.md"),
  CORPUS_JH("corpus/jh", "/corpus/jh/SOURCES.md"),
  CORPUS_JI("corpus/ji", "/corpus/ji/SOURCES.md"),
  CORPUS_JJ("corpus/jj", "/corpus/jj/SOURCES.md"),
  CORPUS_JK("corpus/jk", "/corpus/jk/SOURCES.md"),
  CORPUS_JL("corpus/jl", "/corpus/jl/SOURCES.md"),
  CORPUS_JM("corpus/jm", "/corpus/jm/SOURCES.md"),
  CORPUS_JO("corpus/jo", "/corpus/jo/SOURCES.md"),
  CORPUS_JP("corpus/jp", "/corpus/jp/SOURCES.md"),
  CORPUS_JQ("corpus/jq", "/corpus/jq/SOURCES.md"),
  CORPUS_JR("corpus/jr", "/corpus/jr/SOURCES.md"),
  CORPUS_JS("corpus/js", "/corpus/js/SOURCES.md"),
  CORPUS_JT("corpus/jt", "/corpus/jt/SOURCES.md"),
  CORPUS_JU("corpus/ju", "/corpus/ju/SOURCES.md"),
  CORPUS_JV("corpus/jv", "/corpus/jv/SOURCES.md"),
  CORPUS_JW("corpus/jw", "/corpus/jw/SOURCES.md"),
  CORPUS_JX("corpus/jx", "/corpus/jx/SOURCES.md"),
  CORPUS_JY("corpus/jy", "/corpus/jy/SOURCES.md"),
  CORPUS_JZ("corpus/jz", "/corpus/jz/SOURCES.md"),
  CORPUS_KA("corpus/ka", "/corpus/ka/SOURCES.md"),
  CORPUS_KB("corpus/kb", "/corpus/kb/SOURCES.md"),
  CORPUS_KC("corpus/kc", "/corpus/kc/SOURCES.md"),
  CORPUS_KD("corpus/kd", "/corpus/kd/SOURCES.md"),
  CORPUS_KE("corpus/ke", "/corpus/ke/SOURCES.md"),
  CORPUS_KF("corpus/kf", "/corpus/kf/SOURCES.md"),
  CORPUS_KH("corpus/kh", "/corpus/kh/SOURCES.md"),
  CORPUS_KI("corpus/ki", "/corpus/ki/SOURCES.md"),
  CORPUS_KJ("corpus/kj", "/corpus/kj/SOURCES.md"),
  CORPUS_KK("corpus/kk", "/corpus/kk/SOURCES.md"),
  CORPUS_KL("corpus/kl", "/corpus/kl/SOURCES.md"),
  CORPUS_KM("corpus/km", "/corpus/km/SOURCES.md"),
  CORPUS_KN("corpus/kn", "/corpus/kn/SOURCES.md"),
  CORPUS_KO("corpus/ko", "/corpus/ko/SOURCES.md"),
  CORPUS_KP("corpus/kp", "/corpus/kp/SOURCES.md"),
  CORPUS_KQ("corpus/kq", "/corpus/kq/SOURCES.md"),
  CORPUS_KR("corpus/kr", "/corpus/kr/SOURCES.md"),
  CORPUS_KS("corpus/ks", "/corpus/ks/SOURCES.md"),
  CORPUS_KT("corpus/kt", "/corpus/kt/SOURCES.md"),
  CORPUS_KU("corpus/ku", "/corpus/ku/SOURCES.md"),
  CORPUS_KV("corpus/kv", "/corpus/kv/SOURCES.md"),
  CORPUS_KW("corpus/kw", "/corpus/kw/SOURCES.md"),
  CORPUS_KX("corpus/kx", "/corpus/kx/SOURCES.md"),
  CORPUS_KY("corpus/ky", "/corpus/ky/SOURCES.md"),
  CORPUS_KZ("corpus/kz", "/corpus/kz/SOURCES.md"),
  CORPUS_LA("corpus/la", "/corpus/la/SOURCES.md"),
  CORPUS_LB("corpus/lb", "/corpus/lb/SOURCES.md"),
  CORPUS_LC("corpus/lc", "/corpus/lc/SOURCES.md"),
  CORPUS_LD("corpus/ld", "/corpus/ld/SOURCES.md"),
  CORPUS_LE("corpus/le", "/corpus/le/SOURCES.md"),
  CORPUS_LF("corpus/lf", "/corpus/lf/SOURCES.md"),
  CORPUS_LG("corpus/lg", "/corpus/lg/SOURCES.md"),
  CORPUS_LH("corpus/lh", "/corpus/lh/SOURCES.md"),
  CORPUS_LI("corpus/li", "/corpus/li/SOURCES.md"),
  CORPUS_LJ("corpus/lj", "/corpus/lj/SOURCES.md"),
  CORPUS_LK("corpus/lk", "/corpus/lk/SOURCES.md"),
  CORPUS_LL("corpus/ll", "/corpus/ll/SOURCES.md"),
  CORPUS_LM("corpus/lm", "/corpus/lm/SOURCES.md"),
  CORPUS_LN("corpus/ln", "/corpus/ln/SOURCES.md"),
  CORPUS_LO("corpus/lo", "/corpus/lo/SOURCES.md"),
  CORPUS_LP("corpus/lp", "/corpus/lp/SOURCES.md"),
  CORPUS_LQ("corpus/lq", "/corpus/lq/SOURCES.md"),
  CORPUS_LR("corpus/lr", "/corpus/lr/SOURCES.md"),
  CORPUS_LS("corpus/ls", "/corpus/ls/SOURCES.md"),
  CORPUS_LT("corpus/lt", "/corpus/lt/SOURCES.md"),
  CORPUS_LU("corpus/lu", "/corpus/lu/SOURCES.md"),
  CORPUS_LV("corpus/lv", "/corpus/lv/SOURCES.md"),
  CORPUS_LW("corpus/lw", "/corpus/lw/SOURCES.md"),
  CORPUS_LX("corpus/lx", "/corpus/lx/SOURCES.md"),
  CORPUS_CF("corpus/cf", "/corpus/cf/SOURCES.md"),
  /** Synthetic layout variants: layouts real replies use that the samples do not show. */
  VARIANTS("variants", "/variants/README.md");

  /** The set's directory under the test resources, e.g. {@code corpus/a}. */
  final String name;
  private final String marker;

  DocumentSets(String name, String marker) {
    this.name = name;
    this.marker = marker;
  }

  /** The set's directory. */
  Path dir() {
    try {
      return Path.of(DocumentSets.class.getResource(marker).toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(marker, e);
    }
  }

  /** The documents, sorted by name. */
  List<Path> documents() {
    try (Stream<Path> s = Files.list(dir())) {
      return s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A document's name without {@code .txt}. */
  static String name(Path document) {
    String n = document.getFileName().toString();
    return n.substring(0, n.length() - ".txt".length());
  }
}
