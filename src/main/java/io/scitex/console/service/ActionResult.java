package io.scitex.console.service;

/**
 * The result for one agent of a start/stop request.
 *
 * @param message for FAILED, the error text (upstream's wording where upstream has one); otherwise a short
 *     human note such as {@code job 1234} or empty
 */
public record ActionResult(String agent, ActionOutcome outcome, String message) {
    public static ActionResult failed(String agent, String message) {
        return new ActionResult(agent, ActionOutcome.FAILED, message);
    }
}
