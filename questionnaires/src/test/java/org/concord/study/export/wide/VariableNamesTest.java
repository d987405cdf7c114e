package org.concord.study.export.wide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Names the statistics packages refuse are rewritten, the same way every time, without collisions. */
class VariableNamesTest {
    @Test
    void spssRewritesSpacesLeadingDigitsReservedWordsAndAccents() {
        assertThat(VariableNames.SPSS.assign(List.of("my answer", "1st", "ALL", "by", "With", "_n", "ŵyr", "a.b-c",
                "", "ok_name"))).containsExactly("my_answer", "v_1st", "v_ALL", "v_by", "v_With", "v_n", "wyr",
                "a_b_c", "v", "ok_name");
    }

    @Test
    void stataRewritesItsOwnReservedWordsCaseSensitively() {
        assertThat(VariableNames.STATA.assign(List.of("_n", "_N", "byte", "Byte", "str12", "strL", "in", "by",
                "all", "_all", "2nd go"))).containsExactly("v__n", "v__N", "v_byte", "Byte", "v_str12", "v_strL",
                "v_in", "by", "all", "v__all", "v_2nd_go");
    }

    @Test
    void namesCutTo32CharactersNeverCollide() {
        String a = "a_very_long_question_name_that_goes_past_32_one";
        String b = "a_very_long_question_name_that_goes_past_32_two";
        String c = "a_very_long_question_name_that_g";
        List<String> names = VariableNames.STATA.assign(List.of(a, b, c, c));
        assertThat(names).containsExactly("a_very_long_question_name_that_g", "a_very_long_question_name_that_2",
                "a_very_long_question_name_that_3", "a_very_long_question_name_that_4");
        assertThat(names).allMatch(n -> n.length() <= 32);
        assertThat(VariableNames.STATA.assign(List.of(a, b, c, c))).as("the same input, the same names")
                .isEqualTo(names);
    }

    @Test
    void spssNamesDifferingOnlyInCaseAreMadeDistinct() {
        assertThat(VariableNames.SPSS.assign(List.of("Q1", "q1", "q1_2"))).containsExactly("Q1", "q1_2", "q1_2_2");
        assertThat(VariableNames.STATA.assign(List.of("Q1", "q1"))).containsExactly("Q1", "q1");
        assertThat(VariableNames.SPSS.assign(List.of("x".repeat(70))).get(0)).hasSize(64);
    }
}
