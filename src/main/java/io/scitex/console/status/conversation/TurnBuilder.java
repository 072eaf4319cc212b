package io.scitex.console.status.conversation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A turn being read: its entries, and the usage of each API message by id (one message spans several records). */
final class TurnBuilder {
    private final int number;
    private final String prompt;
    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Usage> usageByMessage = new LinkedHashMap<>();
    private String model = "";

    TurnBuilder(int number, String prompt) {
        this.number = number;
        this.prompt = prompt;
    }

    int number() {
        return number;
    }

    void add(Entry e) {
        entries.add(e);
    }

    /** The usage of message {@code id}; a later record of the same message replaces the earlier figures. */
    void usage(String id, Usage u, String messageModel) {
        usageByMessage.put(id, u);
        if (!messageModel.isEmpty()) {
            model = messageModel;
        }
    }

    boolean isEmpty() {
        return entries.isEmpty() && usageByMessage.isEmpty();
    }

    Turn build() {
        Usage sum = usageByMessage.values().stream().reduce(Usage.ZERO, Usage::plus);
        return new Turn(number, prompt, entries, sum, model);
    }
}
