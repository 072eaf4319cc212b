package io.scitex.console.status;

import java.time.Instant;

/**
 * Why an agent needs its user now.
 *
 * @param kind the state's label: {@code needs-permission}, {@code question} or {@code error}
 * @param detail the tool and its exact command or file, the question, or the error text
 * @param since when the need began
 */
public record Needs(String kind, String detail, Instant since) {}
