package org.concord.app.workspace.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.concord.app.base.Message;
import org.concord.common.InputException;
import org.concord.common.Problem;
import org.concord.stats.simulate.PowerSpec;
import org.concord.stats.simulate.SimulationSpec;
import org.junit.jupiter.api.Test;

/** The Power tab without a window: fields to a specification, and the texts it shows. */
class PowerScreenModelTest {
    @Test
    void theFieldsBecomeTheSpecificationWithTheSimulationsDefaultIndexAndBand() {
        PowerSpec spec = PowerScreenModel.spec(new PowerScreenModel.Fields(30, 4, 15, 0.3, 200, 999, 0.05, 7L));
        assertThat(spec.study().las()).isEqualTo(30);
        assertThat(spec.study().leaders()).isEqualTo(4);
        assertThat(spec.study().workers()).isEqualTo(15);
        assertThat(spec.study().effect()).isEqualTo(0.3);
        assertThat(spec.study().seed()).isEqualTo(7L);
        assertThat(spec.replications()).isEqualTo(200);
        assertThat(spec.permutations()).isEqualTo(999);
        assertThat(spec.alpha()).isEqualTo(0.05);
        PowerSpec defaults = PowerSpec.of(SimulationSpec.defaults());
        assertThat(spec.index()).isEqualTo(defaults.index());
        assertThat(spec.stableBand()).isEqualTo(defaults.stableBand());
    }

    @Test
    void progressAndProblemsAreMessages() {
        assertThat(PowerScreenModel.progress(3, 200)).isEqualTo(Message.of("power.progress.text", 3, 200));
        assertThat(PowerScreenModel.problems(new InputException(List.of(Problem.ofFile("x.csv", "bad")))))
                .containsExactly(Message.plain(Problem.ofFile("x.csv", "bad").toString()));
    }
}
