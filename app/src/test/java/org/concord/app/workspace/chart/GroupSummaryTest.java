package org.concord.app.workspace.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The group mean and 95% interval drawn on the chart, against scipy (the same interval as R's t.test(x)). */
class GroupSummaryTest {
    @Test
    void theIntervalIsStudentsTIntervalOfTheMean() {
        // python3: x = [0.933, 0.956, 0.828, 0.989, 1.046]; scipy.stats.t.interval(0.95, df=4, loc=mean(x),
        // scale=scipy.stats.sem(x)) -> (0.8503994002273332, 1.0504005997726666); mean 0.9503999999999999
        GroupSummary s = GroupSummary.of("falling", List.of(0.933, 0.956, 0.828, 0.989, 1.046));
        assertThat(s.n()).isEqualTo(5);
        assertThat(s.mean()).isCloseTo(0.9503999999999999, within(1e-12));
        assertThat(s.lo()).isCloseTo(0.8503994002273332, within(1e-9));
        assertThat(s.hi()).isCloseTo(1.0504005997726666, within(1e-9));
    }

    @Test
    void oneLaHasAMeanButNoIntervalAndNoneHasNeither() {
        assertThat(GroupSummary.of("rising", List.of(0.7))).isEqualTo(new GroupSummary("rising", 1, 0.7, null, null));
        assertThat(GroupSummary.of("rising", List.of())).isEqualTo(new GroupSummary("rising", 0, null, null, null));
    }
}
