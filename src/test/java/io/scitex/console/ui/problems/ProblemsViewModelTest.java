package io.scitex.console.ui.problems;

import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.agent.Problem;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemsViewModelTest {
    @Test
    void titleAndSummaryCountErrorsAndWarnings() {
        ProblemsViewModel model = new ProblemsViewModel();
        assertThat(model.titleProperty().get()).isEqualTo("Problems");
        assertThat(model.summaryProperty().get()).isEmpty();
        Path f = Path.of("/a/a.yaml");
        model.apply(List.of(Problem.error(f, 2, 3, "bad"), Problem.warning(f, 0, 0, "shadowed")));
        assertThat(model.titleProperty().get()).isEqualTo("Problems (2)");
        assertThat(model.summaryProperty().get()).isEqualTo("1 error, 1 warning in agent and reservation files");
        assertThat(ProblemsViewModel.where(model.problems().get(0))).isEqualTo("/a/a.yaml:2:3");
        assertThat(ProblemsViewModel.where(model.problems().get(1))).isEqualTo("/a/a.yaml");
    }
}
