package org.concord.stats.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.concord.stats.inference.ReferenceCsv;
import org.junit.jupiter.api.Test;

/**
 * Per-LA indices against R: {@code reference/agreement-expected.csv} comes from {@code Rscript agreement-reference.R}
 * (multilevel 2.7 rwg.j, rwg.j.lindell, ad.m; base R for the person and group indices) on
 * {@code agreement-responses.csv}. The LAs cover missing answers (A, B, E, F), reverse-keyed items (q3, q5), a single
 * leader (B), no leaders (C), no workers (H), flat profiles (D, E), a leader item nobody answered (E), one complete
 * respondent (F) and item variances above the null variance (B, G: rwg.j truncated to 0).
 */
class AgreementIndicesTest {

    static final int SCALE = 5;
    static final List<String> ITEMS = List.of("q1", "q2", "q3", "q4", "q5", "q6");
    static final Set<String> REVERSED = Set.of("q3", "q5");

    @Test
    void everyLaMatchesR() {
        List<Map<String, String>> expected = ReferenceCsv.rows("agreement-expected.csv");
        assertThat(expected).hasSize(8);
        for (Map<String, String> e : expected) {
            String la = e.get("la");
            LaIndices actual = AgreementIndices.compute(answers(la, "leader"), answers(la, "worker"), SCALE);
            for (String name : LaIndices.NAMES) {
                Double want = ReferenceCsv.number(e.get(name));
                Double got = actual.get(name);
                if (want == null) {
                    assertThat(got).as(la + " " + name).isNull();
                } else {
                    assertThat(got).as(la + " " + name).isNotNull().isCloseTo(want, within(1e-9));
                }
            }
        }
    }

    @Test
    void laWithoutLeadersHasNoPersonOrGroupIndex() {
        LaIndices c = AgreementIndices.compute(answers("C", "leader"), answers("C", "worker"), SCALE);
        assertThat(c.personMad()).isNull();
        assertThat(c.personD2()).isNull();
        assertThat(c.groupMad()).isNull();
        assertThat(c.groupD()).isNull();
        assertThat(c.profileR()).isNull();
        assertThat(c.rwgJ()).isNotNull();
    }

    @Test
    void noRespondentsAtAllGivesNoIndex() {
        assertThat(AgreementIndices.compute(new double[0][], new double[0][], SCALE)).isEqualTo(LaIndices.UNDEFINED);
    }

    @Test
    void namesFollowTheRecordOrderAndUnknownNamesAreRefused() {
        LaIndices v = new LaIndices(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0);
        assertThat(LaIndices.NAMES).extracting(v::get).containsExactly(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0);
        assertThatThrownBy(() -> v.get("person_mean")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("person_mad");
    }

    @Test
    void rowsOfDifferentLengthAreRefused() {
        assertThatThrownBy(() -> AgreementIndices.compute(new double[][] {{1, 2}}, new double[][] {{1}}, SCALE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The answers of one role in one LA, reverse-keyed items rescored as (A + 1) - x, blank = NaN. */
    static double[][] answers(String la, String role) {
        List<double[]> rows = new ArrayList<>();
        for (Map<String, String> r : ReferenceCsv.rows("agreement-responses.csv")) {
            if (r.get("la").equals(la) && r.get("role").equals(role)) {
                rows.add(ITEMS.stream().mapToDouble(q -> {
                    double x = ReferenceCsv.value(r.get(q));
                    return REVERSED.contains(q) ? (SCALE + 1) - x : x;
                }).toArray());
            }
        }
        return rows.toArray(new double[0][]);
    }
}
