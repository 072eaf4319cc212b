package io.scitex.console.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class HostChainTest {
    @Test
    void joinsAndSplitsHops() {
        String h = HostChain.of(List.of("u@bastion:2200", "gw", "login"));
        assertThat(h).isEqualTo("u@bastion:2200>gw>login");
        assertThat(HostChain.target(h)).isEqualTo("login");
        assertThat(HostChain.jumps(h)).containsExactly("u@bastion:2200", "gw");
        assertThat(HostChain.target("login")).isEqualTo("login");
        assertThat(HostChain.jumps("login")).isEmpty();
    }

    @Test
    void refusesWhatIsNoAlias() {
        for (String bad : List.of("", " a", "a b", "a,b", "a>b")) {
            assertThatThrownBy(() -> HostChain.of(List.of("ok", bad))).hasMessage("not an ssh host alias: '" + bad + "'");
        }
        assertThatThrownBy(() -> HostChain.of(List.of())).hasMessage("no host given");
    }
}
