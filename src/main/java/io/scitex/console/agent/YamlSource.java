package io.scitex.console.agent;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads one YAML file into a SnakeYAML node tree with its marks, turning every failure (size, encoding, syntax,
 * alias bombs) into a located problem instead of an exception.
 */
final class YamlSource {
    /** Largest agent YAML accepted, in bytes; real ones are a few hundred bytes. */
    static final int MAX_BYTES = 256 * 1024;
    /** Most aliases to lists or mappings one document may hold; agent YAMLs need none. */
    static final int MAX_COLLECTION_ALIASES = 20;
    static final int MAX_NESTING = 32;
    /** Read-only once built, so one serves every thread; building it compiles a dozen regexes. */
    private static final Resolver RESOLVER = new Resolver();

    private YamlSource() {}

    /** The document's root node, or empty when it could not be read (the reason is in {@code sink}). */
    static Optional<Node> compose(ProblemSink sink) {
        byte[] bytes;
        try {
            long size = Files.size(sink.file());
            if (size > MAX_BYTES) {
                sink.fileError("file is " + size + " bytes; an agent YAML may hold at most " + MAX_BYTES + " bytes");
                return Optional.empty();
            }
            bytes = Files.readAllBytes(sink.file());
        } catch (IOException e) {
            sink.fileError("cannot read the file: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return Optional.empty();
        }
        Optional<String> text = decodeUtf8(bytes, sink);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return parse(text.get(), sink);
    }

    private static Optional<String> decodeUtf8(byte[] bytes, ProblemSink sink) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            String before = new String(bytes, 0, offset, StandardCharsets.UTF_8);
            int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
            String lastLine = before.substring(before.lastIndexOf('\n') + 1);
            int column = lastLine.codePointCount(0, lastLine.length()) + 1;
            sink.errorAt(line, column, String.format(
                    "file is not valid UTF-8 (byte 0x%02X at offset %d); save it as UTF-8", bytes[offset] & 0xff, offset));
            return Optional.empty();
        }
        decoder.flush(out);
        String text = out.flip().toString();
        return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    private static Optional<Node> parse(String text, ProblemSink sink) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_COLLECTION_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setCodePointLimit(MAX_BYTES);
        try {
            Composer composer = new Composer(
                    new ParserImpl(new StreamReader(new StringReader(text)), options), RESOLVER, options);
            Node root = composer.getSingleNode();
            if (root == null) {
                sink.fileError("file is empty; expected an Agent YAML (apiVersion, kind, spec)");
                return Optional.empty();
            }
            return Optional.of(root);
        } catch (MarkedYAMLException e) {
            sink.error(e.getProblemMark(), describe(e));
        } catch (YAMLException e) {
            Optional<Mark> alias = isAliasOverflow(e) ? aliasOverflowMark(text, options) : Optional.empty();
            if (alias.isPresent()) {
                sink.error(alias.get(), describe(e));
            } else {
                sink.fileError(describe(e));
            }
        } catch (RuntimeException e) {
            // SnakeYAML signals some limits with plain runtime exceptions; never let one escape as a stack trace.
            sink.fileError("cannot parse the YAML: " + e.getMessage());
        }
        return Optional.empty();
    }

    private static boolean isAliasOverflow(YAMLException e) {
        return String.valueOf(e.getMessage()).startsWith("Number of aliases for non-scalar nodes exceeds");
    }

    /** Replays the parser events to find the first alias to a collection past the limit. */
    private static Optional<Mark> aliasOverflowMark(String text, LoaderOptions options) {
        Set<String> collectionAnchors = new HashSet<>();
        int count = 0;
        try {
            Parser parser = new ParserImpl(new StreamReader(new StringReader(text)), options);
            while (parser.peekEvent() != null) {
                Event event = parser.getEvent();
                if (event instanceof CollectionStartEvent start && start.getAnchor() != null) {
                    collectionAnchors.add(start.getAnchor());
                } else if (event instanceof AliasEvent alias && collectionAnchors.contains(alias.getAnchor())
                        && ++count > MAX_COLLECTION_ALIASES) {
                    return Optional.of(alias.getStartMark());
                }
            }
        } catch (YAMLException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static String describe(MarkedYAMLException e) {
        Mark mark = e.getProblemMark();
        if (mark != null && mark.getPointer() < mark.getBuffer().length && mark.getBuffer()[mark.getPointer()] == '\t') {
            return "tab character here; YAML indents with spaces only";
        }
        String problem = e.getProblem() == null ? e.getMessage() : e.getProblem();
        StringBuilder text = new StringBuilder("YAML syntax error: ").append(problem.strip());
        if (e.getContext() != null && e.getContextMark() != null) {
            text.append(" (").append(e.getContext().strip()).append(" at line ")
                    .append(e.getContextMark().getLine() + 1).append(')');
        }
        return text.toString();
    }

    private static String describe(YAMLException e) {
        String message = String.valueOf(e.getMessage());
        if (isAliasOverflow(e)) {
            return "too many aliases to lists or mappings (more than " + MAX_COLLECTION_ALIASES
                    + "); refused as a possible alias bomb";
        }
        if (message.startsWith("Nesting Depth exceeded")) {
            return "YAML nested deeper than " + MAX_NESTING + " levels";
        }
        if (message.startsWith("The incoming YAML document exceeds the limit")) {
            return "document longer than " + MAX_BYTES + " characters";
        }
        return "cannot parse the YAML: " + message;
    }
}
