package io.scitex.console.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A scripted Anthropic Messages API on 127.0.0.1 (which the cluster node shares) for the real Claude Code: each
 * main-loop request (one with tools) gets the next {@link ApiTurn}, or the default turn when the script is empty;
 * side requests (titles, quota checks) get a short text. Every request's body is recorded.
 */
public final class ScriptedApi implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();

    /** One request as received. */
    public record Request(String path, JsonNode body, Instant at, boolean mainLoop) {
        /** The text blocks of the last user message. */
        public List<String> lastUserTexts() {
            return blocks("text").stream().map(b -> b.path("text").asText()).toList();
        }

        /** The tool_result blocks of the last user message. */
        public List<JsonNode> toolResults() {
            return blocks("tool_result");
        }

        private List<JsonNode> blocks(String type) {
            JsonNode msgs = body.path("messages");
            List<JsonNode> out = new ArrayList<>();
            int last = msgs.size() - 1;
            while (last >= 0 && !msgs.get(last).path("role").asText().equals("user")) {
                last--; // Claude Code 2.1 ends with a "system" message after the user's
            }
            if (last < 0) {
                return out;
            }
            JsonNode content = msgs.get(last).path("content");
            if (content.isTextual() && type.equals("text")) {
                out.add(JSON.createObjectNode().put("type", "text").put("text", content.asText()));
            }
            content.forEach(b -> {
                if (b.path("type").asText().equals(type)) {
                    out.add(b);
                }
            });
            return out;
        }
    }

    private final HttpServer server;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "scripted-api");
        t.setDaemon(true);
        return t;
    });
    private final ConcurrentLinkedQueue<ApiTurn> script = new ConcurrentLinkedQueue<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final List<Instant> finished = new CopyOnWriteArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();
    private volatile ApiTurn fallback = ApiTurn.text("Done.");

    private ScriptedApi(HttpServer server) {
        this.server = server;
    }

    /** Listens on an ephemeral port of 127.0.0.1. */
    public static ScriptedApi start() {
        try {
            HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
            ScriptedApi api = new ScriptedApi(s);
            s.setExecutor(api.pool);
            s.createContext("/", api::handle);
            s.start();
            return api;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the scripted API: " + e, e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Appends turns to the script. */
    public ScriptedApi then(ApiTurn... turns) {
        script.addAll(List.of(turns));
        return this;
    }

    /** The turn for main-loop requests when the script is empty. */
    public ScriptedApi otherwise(ApiTurn turn) {
        fallback = turn;
        return this;
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** When each streamed main-loop answer was completely sent. */
    public List<Instant> finished() {
        return List.copyOf(finished);
    }

    public List<Request> mainRequests() {
        return requests.stream().filter(Request::mainLoop).toList();
    }

    /** The first main-loop request one of whose last user text blocks contains {@code text}. */
    public Optional<Request> requestWith(String text) {
        return mainRequests().stream().filter(r -> r.lastUserTexts().stream().anyMatch(t -> t.contains(text)))
                .findFirst();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            byte[] in = ex.getRequestBody().readAllBytes();
            String path = ex.getRequestURI().getPath();
            if (!path.equals("/v1/messages") || !ex.getRequestMethod().equals("POST")) {
                send(ex, 200, "application/json", "{}");
                return;
            }
            JsonNode body = JSON.readTree(in);
            boolean main = body.path("tools").size() > 0 && body.path("stream").asBoolean(false);
            requests.add(new Request(path, body, Instant.now(), main));
            ApiTurn turn = main ? Optional.ofNullable(script.poll()).orElse(fallback) : ApiTurn.text("ok");
            if (turn.status() != 200) {
                ObjectNode err = JSON.createObjectNode().put("type", "error");
                err.putObject("error").put("type", turn.errorType()).put("message", turn.text());
                ex.getResponseHeaders().add("x-should-retry", "false");
                send(ex, turn.status(), "application/json", err.toString());
            } else if (body.path("stream").asBoolean(false)) {
                stream(ex, body, turn);
                if (main) {
                    finished.add(Instant.now());
                }
            } else {
                send(ex, 200, "application/json", message(body, turn).toString());
            }
        } catch (IOException | RuntimeException e) {
            // the client went away (Esc, a killed claude): nothing to answer
        }
    }

    private ObjectNode message(JsonNode body, ApiTurn turn) {
        ObjectNode m = JSON.createObjectNode().put("id", "msg_" + ids.incrementAndGet()).put("type", "message")
                .put("role", "assistant").put("model", body.path("model").asText("claude"));
        m.putArray("content").addObject().put("type", "text").put("text", turn.text());
        m.put("stop_reason", "end_turn").putNull("stop_sequence");
        usage(m.putObject("usage"), turn.tokens()).put("output_tokens", turn.tokens().output());
        return m;
    }

    private void stream(HttpExchange ex, JsonNode body, ApiTurn turn) throws IOException {
        ex.getResponseHeaders().add("content-type", "text/event-stream");
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        ObjectNode start = message(body, turn);
        start.putArray("content");
        start.putNull("stop_reason");
        start.with("usage").put("output_tokens", 1);
        event(out, "message_start", JSON.createObjectNode().put("type", "message_start").set("message", start));
        int index = 0;
        if (!turn.text().isEmpty()) {
            event(out, "content_block_start", block(index, JSON.createObjectNode().put("type", "text").put("text", "")));
            for (String d : turn.deltas()) {
                pause(turn);
                ObjectNode e = JSON.createObjectNode().put("type", "content_block_delta").put("index", index);
                e.putObject("delta").put("type", "text_delta").put("text", d);
                event(out, "content_block_delta", e);
            }
            event(out, "content_block_stop", JSON.createObjectNode().put("type", "content_block_stop")
                    .put("index", index));
            index++;
        }
        if (!turn.tool().isEmpty()) {
            ObjectNode use = JSON.createObjectNode().put("type", "tool_use").put("id", "toolu_" + ids.incrementAndGet())
                    .put("name", turn.tool());
            use.putObject("input");
            event(out, "content_block_start", block(index, use));
            ObjectNode e = JSON.createObjectNode().put("type", "content_block_delta").put("index", index);
            e.putObject("delta").put("type", "input_json_delta").put("partial_json", turn.input());
            event(out, "content_block_delta", e);
            event(out, "content_block_stop", JSON.createObjectNode().put("type", "content_block_stop")
                    .put("index", index));
        }
        ObjectNode delta = JSON.createObjectNode().put("type", "message_delta");
        delta.putObject("delta").put("stop_reason", turn.tool().isEmpty() ? "end_turn" : "tool_use")
                .putNull("stop_sequence");
        usage(delta.putObject("usage"), turn.tokens()).put("output_tokens", turn.tokens().output());
        event(out, "message_delta", delta);
        event(out, "message_stop", JSON.createObjectNode().put("type", "message_stop"));
    }

    private static ObjectNode usage(ObjectNode u, ApiTurn.Tokens t) {
        return u.put("input_tokens", t.input()).put("cache_read_input_tokens", t.cacheRead())
                .put("cache_creation_input_tokens", t.cacheCreation());
    }

    private static ObjectNode block(int index, ObjectNode block) {
        ObjectNode e = JSON.createObjectNode().put("type", "content_block_start").put("index", index);
        e.set("content_block", block);
        return e;
    }

    private static void event(OutputStream out, String name, JsonNode data) throws IOException {
        out.write(("event: " + name + "\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void pause(ApiTurn turn) {
        if (!turn.pause().isZero()) {
            Await.sleep(turn.pause().toMillis());
        }
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("content-type", type);
        ex.sendResponseHeaders(status, b.length);
        ex.getResponseBody().write(b);
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
