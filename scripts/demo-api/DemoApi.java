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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The demo's Anthropic Messages API (docs/decisions/0802), for the real Claude Code on the local cluster: a prompt that
 * mentions "build step" gets a few seconds of streamed text, then a Bash tool call that needs the user's permission (in
 * Claude's default permission mode), and after the tool result a closing answer; any other prompt gets an answer
 * streamed over about ten seconds. Side requests (titles, quota) get "ok". Run by scripts/demo with the product jar
 * on the class path (for Jackson): {@code java -cp sac-console.jar DemoApi.java PORT_FILE}; it listens on an
 * ephemeral port of 127.0.0.1 and writes the port to PORT_FILE.
 */
public final class DemoApi {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger IDS = new AtomicInteger();
    static final String COMMAND = "mkdir -p build && date > build/stamp && echo built";

    private record Turn(String text, long millis, String command) {}

    public static void main(String[] args) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", DemoApi::handle);
        server.start();
        Path portFile = Path.of(args[0]);
        Files.writeString(portFile.resolveSibling(portFile.getFileName() + ".tmp"),
                String.valueOf(server.getAddress().getPort()));
        Files.move(portFile.resolveSibling(portFile.getFileName() + ".tmp"), portFile,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        System.out.println("demo API on http://127.0.0.1:" + server.getAddress().getPort());
    }

    private static void handle(HttpExchange ex) throws IOException {
        try (ex) {
            byte[] in = ex.getRequestBody().readAllBytes();
            if (!ex.getRequestURI().getPath().equals("/v1/messages") || !ex.getRequestMethod().equals("POST")) {
                send(ex, "{}");
                return;
            }
            JsonNode body = JSON.readTree(in);
            boolean main = body.path("tools").size() > 0;
            Turn turn = main ? turn(lastUser(body)) : new Turn("ok", 0, "");
            if (body.path("stream").asBoolean(false)) {
                stream(ex, body, turn);
            } else {
                send(ex, message(body, turn.text()).toString());
            }
        } catch (IOException | RuntimeException e) {
            // the client went away (Esc, a stopped agent): nothing to answer
        }
    }

    /** What the demo answers to the last user message. */
    private static Turn turn(JsonNode user) {
        StringBuilder text = new StringBuilder();
        boolean toolResult = false;
        if (user.path("content").isTextual()) {
            text.append(user.path("content").asText());
        }
        for (JsonNode b : user.path("content")) {
            toolResult |= b.path("type").asText().equals("tool_result");
            text.append(b.path("text").asText(""));
        }
        if (toolResult) {
            return new Turn("The build step ran: build/stamp is there. All done — send me another task when you "
                    + "like.", 3000, "");
        }
        if (text.toString().toLowerCase(Locale.ROOT).contains("build step")) {
            return new Turn("Let me look at the workspace first. It is empty, so the build step is one command: I "
                    + "will create the build folder and stamp it.", 6000, COMMAND);
        }
        return new Turn("This is the SAC Console demo. I am the real Claude Code, running in a tmux session inside a "
                + "SLURM job on the local test cluster, and my answers come from a small demo API on your machine. "
                + "The console reads my state from Claude Code's hooks: working while I write this, waiting when I am "
                + "done. Try sending me a prompt from the window (Agent → Send prompt…).", 10000, "");
    }

    private static JsonNode lastUser(JsonNode body) {
        JsonNode msgs = body.path("messages");
        for (int i = msgs.size() - 1; i >= 0; i--) {
            if (msgs.get(i).path("role").asText().equals("user")) {
                return msgs.get(i);
            }
        }
        return JSON.createObjectNode();
    }

    private static ObjectNode message(JsonNode body, String text) {
        ObjectNode m = JSON.createObjectNode().put("id", "msg_demo_" + IDS.incrementAndGet()).put("type", "message")
                .put("role", "assistant").put("model", body.path("model").asText("claude"));
        m.putArray("content").addObject().put("type", "text").put("text", text);
        m.put("stop_reason", "end_turn").putNull("stop_sequence");
        m.putObject("usage").put("input_tokens", 10).put("output_tokens", 5);
        return m;
    }

    private static void stream(HttpExchange ex, JsonNode body, Turn turn) throws IOException {
        ex.getResponseHeaders().add("content-type", "text/event-stream");
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        ObjectNode start = message(body, "");
        start.putArray("content");
        start.putNull("stop_reason");
        event(out, "message_start", JSON.createObjectNode().put("type", "message_start").set("message", start));
        event(out, "content_block_start", block(0, JSON.createObjectNode().put("type", "text").put("text", "")));
        String[] words = turn.text().split("(?<= )");
        for (String w : words) {
            pause(turn.millis() / words.length);
            ObjectNode e = JSON.createObjectNode().put("type", "content_block_delta").put("index", 0);
            e.putObject("delta").put("type", "text_delta").put("text", w);
            event(out, "content_block_delta", e);
        }
        event(out, "content_block_stop", JSON.createObjectNode().put("type", "content_block_stop").put("index", 0));
        if (!turn.command().isEmpty()) {
            ObjectNode use = JSON.createObjectNode().put("type", "tool_use").put("id", "toolu_demo_"
                    + IDS.incrementAndGet()).put("name", "Bash");
            use.putObject("input");
            event(out, "content_block_start", block(1, use));
            ObjectNode e = JSON.createObjectNode().put("type", "content_block_delta").put("index", 1);
            e.putObject("delta").put("type", "input_json_delta").put("partial_json", JSON.createObjectNode()
                    .put("command", turn.command()).put("description", "Create the build stamp").toString());
            event(out, "content_block_delta", e);
            event(out, "content_block_stop", JSON.createObjectNode().put("type", "content_block_stop")
                    .put("index", 1));
        }
        ObjectNode delta = JSON.createObjectNode().put("type", "message_delta");
        delta.putObject("delta").put("stop_reason", turn.command().isEmpty() ? "end_turn" : "tool_use")
                .putNull("stop_sequence");
        delta.putObject("usage").put("output_tokens", 5);
        event(out, "message_delta", delta);
        event(out, "message_stop", JSON.createObjectNode().put("type", "message_stop"));
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

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange ex, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("content-type", "application/json");
        ex.sendResponseHeaders(200, b.length);
        ex.getResponseBody().write(b);
    }
}
