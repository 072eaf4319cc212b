package io.scitex.console.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.runtime.HookMark;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Hooks first, the screen second: the hook inputs are real ones of Claude Code 2.1.328. */
class AgentStatesTest {
    private static final Instant NOW = Instant.parse("2026-11-30T01:00:00Z");
    private static final Duration STALL = Duration.ofMinutes(10);

    private static Optional<HookMark> hook(String event, long secondsAgo, String fixture) {
        String detail = "";
        if (!fixture.isEmpty()) {
            try (InputStream in = AgentStatesTest.class.getResourceAsStream("/claude-hooks/" + fixture + ".json")) {
                detail = Base64.getEncoder().encodeToString(in.readAllBytes());
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
        return Optional.of(new HookMark(event, NOW.getEpochSecond() - secondsAgo, detail));
    }

    private static AgentStates.View resolve(Optional<HookMark> hook, String screen) {
        return AgentStates.resolve(hook, ScreenRulesTest.screen(screen), false, NOW.minusSeconds(5), NOW, STALL,
                Optional.empty());
    }

    @Test
    void aPermissionRequestGivesToolAndCommandSinceTheHookFired() {
        AgentStates.View v = resolve(hook("PermissionRequest", 7, "PermissionRequest-bash"), "needs-permission-bash");
        assertThat(v.state()).isEqualTo(AgentState.NEEDS_PERMISSION);
        assertThat(v.needs()).contains(new Needs("needs-permission", "Bash: ls /tmp | head -3", NOW.minusSeconds(7)));
    }

    @Test
    void aQuestionFromTheHookInput() {
        AgentStates.View v = resolve(hook("PermissionRequest", 2, "PermissionRequest-ask"), "question-ask");
        assertThat(v.needs()).contains(new Needs("question", "Which database should I use?", NOW.minusSeconds(2)));
    }

    @Test
    void stopFailureIsAnErrorWithClaudesText() {
        assertThat(resolve(hook("StopFailure", 1, "StopFailure-429"), "error-429").needs()).contains(new Needs(
                "error", "API Error: Request rejected (429) · You have reached your usage limit", NOW.minusSeconds(1)));
        assertThat(resolve(hook("StopFailure", 1, "StopFailure-401"), "error-401").needs().orElseThrow().detail())
                .isEqualTo("Invalid API key · Fix external API key");
    }

    @Test
    void theScreenOverrulesAStaleHookWhereHooksMissEvents() {
        // Esc during a stream: no hook fires, the screen shows the empty prompt
        assertThat(resolve(hook("UserPromptSubmit", 10, ""), "waiting-interrupted").state())
                .isEqualTo(AgentState.WAITING);
        // denied in the terminal: the permission hook stays, the box is gone
        assertThat(resolve(hook("PermissionRequest", 10, "PermissionRequest-bash"), "waiting-after-deny").state())
                .isEqualTo(AgentState.WAITING);
        // but a fresh hook outranks a screen that has not caught up yet
        assertThat(resolve(hook("UserPromptSubmit", 1, ""), "waiting-start").state()).isEqualTo(AgentState.WORKING);
    }

    @Test
    void withoutHooksTheScreenDecides() {
        assertThat(resolve(Optional.empty(), "needs-permission-bash").needs().orElseThrow().detail())
                .isEqualTo("Bash: ls /tmp | head -3");
        assertThat(resolve(Optional.empty(), "error-401").state()).isEqualTo(AgentState.ERROR);
        assertThat(resolve(Optional.empty(), "working-stream").state()).isEqualTo(AgentState.WORKING);
        assertThat(resolve(Optional.empty(), "waiting-start").state()).isEqualTo(AgentState.WAITING);
    }

    @Test
    void unreadableScreensAreUnknownUnlessTheyChangeAndLongSilentWorkIsStalled() {
        List<String> odd = List.of("something", "else");
        assertThat(AgentStates.resolve(Optional.empty(), odd, false, NOW, NOW, STALL, Optional.empty()).state())
                .isEqualTo(AgentState.UNKNOWN);
        assertThat(AgentStates.resolve(Optional.empty(), odd, true, NOW, NOW, STALL, Optional.empty()).state())
                .isEqualTo(AgentState.WORKING);
        Optional<HookMark> old = hook("PreToolUse", 3600, "");
        assertThat(AgentStates.resolve(old, odd, false, NOW.minus(STALL), NOW, STALL, Optional.empty()).state())
                .isEqualTo(AgentState.STALLED);
    }

    @Test
    void aNeedKeepsItsStartAcrossRefreshesWhenOnlyTheScreenShowsIt() {
        AgentStatus before = Snapshots.slurm("a", AgentPhase.RUNNING, "1", "RUNNING");
        AgentStatus withNeed = new AgentStatus(before.agent(), before.runtime(), before.reservation(), before.phase(),
                "", before.host(), before.jobId(), before.jobState(), before.node(), before.elapsed(),
                before.timeLeft(), before.startTime(), true, Activity.IDLE, List.of(), Optional.empty(),
                AgentState.NEEDS_PERMISSION, Optional.of(new Needs("needs-permission", "x", NOW.minusSeconds(60))));
        AgentStates.View v = AgentStates.resolve(Optional.empty(), ScreenRulesTest.screen("needs-permission-bash"),
                false, NOW, NOW, STALL, Optional.of(withNeed));
        assertThat(v.needs().orElseThrow().since()).isEqualTo(NOW.minusSeconds(60));
    }
}
