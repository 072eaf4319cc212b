package io.scitex.console.lease;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scitex.console.agent.Problem;
import io.scitex.console.settings.JsonObjectReader;
import io.scitex.console.settings.JsonObjectReader.Located;
import io.scitex.console.settings.PythonJson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A lease file in scitex-hpc's exact format: {@code json.dumps(asdict(reservation), indent=2, sort_keys=True)},
 * written with no trailing newline. scitex-hpc builds its dataclass with {@code Reservation(**data)}, so a missing
 * {@code id}, {@code name}, {@code host} or {@code job_id}, or any unknown top-level key, makes the file unreadable.
 */
public final class LeaseJson {
    static final Set<String> REQUIRED = Set.of("id", "name", "host", "job_id");
    static final Set<String> KEYS = Set.of("extras", "host", "id", "job_id", "name", "node", "persistent",
            "submitted_at", "walltime_end");

    private LeaseJson() {}

    /** The file's text for {@code lease}. */
    public static String format(Lease lease) {
        ObjectNode json = JsonObjectReader.MAPPER.createObjectNode();
        json.set("extras", JsonObjectReader.MAPPER.valueToTree(lease.extras()));
        json.put("host", lease.host());
        json.put("id", lease.id());
        json.put("job_id", lease.jobId());
        json.put("name", lease.name());
        json.put("node", lease.node());
        json.put("persistent", lease.persistent());
        json.put("submitted_at", lease.submittedAt());
        json.put("walltime_end", lease.walltimeEnd());
        return PythonJson.dumps(json);
    }

    /** Reads one lease file; every problem is reported, and any error means no lease. */
    public static Lease parse(Path file) throws LeaseFileException {
        Map<String, Located> entries;
        try {
            entries = JsonObjectReader.read(file);
        } catch (JsonObjectReader.BadJsonException e) {
            throw new LeaseFileException(List.of(e.problem()));
        }
        return new Parser(file, entries).parse();
    }

    private static final class Parser {
        private final Path file;
        private final Map<String, Located> entries;
        private final List<Problem> problems = new ArrayList<>();

        Parser(Path file, Map<String, Located> entries) {
            this.file = file;
            this.entries = entries;
        }

        Lease parse() throws LeaseFileException {
            entries.forEach((key, at) -> {
                if (!KEYS.contains(key)) {
                    error(at, "unknown key '" + key + "': scitex-hpc cannot read this lease (additions belong in extras)");
                }
            });
            for (String key : List.of("host", "id", "job_id", "name")) {
                if (!entries.containsKey(key)) {
                    problems.add(Problem.error(file, 1, 1, "missing key '" + key + "'"));
                }
            }
            Lease lease = new Lease(text("id"), text("name"), text("host"), jobId(), text("node"), persistent(),
                    text("submitted_at"), text("walltime_end"), extras());
            if (!problems.isEmpty()) {
                throw new LeaseFileException(problems);
            }
            return lease;
        }

        private void error(Located at, String message) {
            problems.add(Problem.error(file, at.line(), at.column(), message));
        }

        private String text(String key) {
            Located at = entries.get(key);
            if (at == null || at.value().isNull()) {
                return "";
            }
            if (!at.value().isTextual()) {
                error(at, key + " must be a string, got " + JsonObjectReader.typeName(at.value()));
                return "";
            }
            return at.value().textValue();
        }

        /** scitex-hpc writes the job id as a string; a hand-written number is read as its digits. */
        private String jobId() {
            Located at = entries.get("job_id");
            return at != null && at.value().isIntegralNumber() ? at.value().asText() : text("job_id");
        }

        private boolean persistent() {
            Located at = entries.get("persistent");
            if (at == null || at.value().isNull()) {
                return false;
            }
            if (!at.value().isBoolean()) {
                error(at, "persistent must be true or false, got " + JsonObjectReader.typeName(at.value()));
                return false;
            }
            return at.value().booleanValue();
        }

        private Map<String, Object> extras() {
            Located at = entries.get("extras");
            if (at == null || at.value().isNull()) {
                return Map.of();
            }
            if (!at.value().isObject()) {
                error(at, "extras must be an object, got " + JsonObjectReader.typeName(at.value()));
                return Map.of();
            }
            Map<String, Object> extras = new LinkedHashMap<>();
            at.value().fields().forEachRemaining(e -> extras.put(e.getKey(), toJava(e.getValue())));
            return extras;
        }

        private static Object toJava(JsonNode node) {
            return JsonObjectReader.MAPPER.convertValue(node, Object.class);
        }
    }
}
