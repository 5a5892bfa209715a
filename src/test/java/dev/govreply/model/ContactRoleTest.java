package dev.govreply.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ContactRoleTest {

  @ParameterizedTest
  @CsvSource({
    // samples: 承办负责人：朱远; 承办人及联系电话：何勇 0730-6222076; 联系人:许浩浩; 签发人:杨宏亮;
    // 联系单位及联系人:海南省交通运输厅综合规划处,潘东
    "承办负责人, RESPONSIBLE", "承办负责人：, RESPONSIBLE", "负责人, RESPONSIBLE",
    "负 责 人, RESPONSIBLE", "負責人, RESPONSIBLE", "领导署名, RESPONSIBLE", "簽發人:, RESPONSIBLE",
    "签发人, RESPONSIBLE", "承办单位负责人, RESPONSIBLE",
    "承办人, HANDLER", "承辦人, HANDLER", "联系人, HANDLER", "联系人:, HANDLER", "聯系人, HANDLER",
    "聯繫人, HANDLER", "经办人, HANDLER", "承办人员, HANDLER", "经办人员：, HANDLER", "办理人, HANDLER", "承 办 人签字:, HANDLER", "主管领导签字, RESPONSIBLE", "领导签字, RESPONSIBLE", "承办人及联系电话, HANDLER", "承办人及联系电话：, HANDLER",
    "联系人及电话, HANDLER", "联系单位及联系人, HANDLER", "承 办 人 及 联 系 电 话, HANDLER",
    "联系人和电话, HANDLER",
    // traditional forms, blanks of every kind, compounds with each separator and detail
    "經辦人, HANDLER", "承辦單位負責人, RESPONSIBLE", "領導署名, RESPONSIBLE", "联系人及聯繫電話, HANDLER",
    "承办人/电话, HANDLER", "承办人、手机, HANDLER", "'联系人,电话', HANDLER", "联系人，电话号码, HANDLER",
    "联系人与联系方式, HANDLER", "姓名及职务及联系人, HANDLER", "職務和联系人, HANDLER",
    "联系人及办公电话, HANDLER", "单位及负责人, RESPONSIBLE", "负责人及负责人, RESPONSIBLE",
    "联系人：：, HANDLER", "联系人::, HANDLER", "联系人 及 电话, HANDLER", "联系人\u3000, HANDLER",
    "主要负责人, RESPONSIBLE", "单位负责人, RESPONSIBLE", "分管领导, RESPONSIBLE", "工作人员, HANDLER", "单位领导签名, RESPONSIBLE", "领导签字：, RESPONSIBLE",
    "领导签名, RESPONSIBLE", "領導簽批, RESPONSIBLE", "主管领导, RESPONSIBLE", "具体承办人, HANDLER", "承办责任人：, RESPONSIBLE", "责任人：, RESPONSIBLE", "主要领导：, RESPONSIBLE", "责任领导：, RESPONSIBLE",
    "签发领导, RESPONSIBLE", "承办领导, RESPONSIBLE", "主要签发领导, RESPONSIBLE", "领导签发, RESPONSIBLE",
    "联系人姓名, HANDLER", "联系人姓名：, HANDLER", "主管领导姓名, RESPONSIBLE", "承办人 姓名, HANDLER",
    "承办单位联系人, HANDLER", "承办单位联系人姓名及电话：, HANDLER", "联系人姓名及电话, HANDLER",
    // a later part leaves out the word its first part starts with (corpus fa 3063)
    "联系科室、人员及电话, HANDLER", "联系单位及协办人, HANDLER", "会办人, HANDLER", "联系人员, HANDLER", "联系科室及联系人, HANDLER", "联系科室、人, HANDLER",
    "承\u00A0办人, HANDLER", "承\u200B办人, HANDLER", "'\uFEFF承\t办\n人', HANDLER"
  })
  void recognisesLabels(String label, ContactRole role) {
    assertThat(ContactRole.fromLabel(label)).contains(role);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "联系电话", "电话", "抄送", "承办负责人及承办人", "联系人及地址", "及", "：",
      "发文机关", "联系人;电话", "负责人及", "及负责人", "联系人及", "负责人及承办人", "承办人手机号码",
      "联系人：张三", "人", "承办", "承办x人", "分管领导及电话", "主要负责人及联系电话", "领导签字/职务", "姓名", "姓名姓名",
      "联系电话姓名", "工作人员及电话", "联系科室及电话", "科室、人员"})
  void otherLabels(String label) {
    assertThat(ContactRole.fromLabel(label)).isEmpty();
  }

  @Test
  void canonicalLabels() {
    assertThat(ContactRole.RESPONSIBLE.chinese()).isEqualTo("承办负责人");
    assertThat(ContactRole.HANDLER.chinese()).isEqualTo("承办人");
    for (ContactRole r : ContactRole.values()) {
      assertThat(ContactRole.fromLabel(r.chinese())).contains(r);
    }
    assertThatNullPointerException().isThrownBy(() -> ContactRole.fromLabel(null));
  }
}
