package io.scitex.console.agent;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/** Reads {@code spec.slurm} (and its {@code hooks}) into a {@link SlurmSpec}, defaults per contract §1. */
final class SlurmSpecReader {
    static final Set<String> KEYS = Set.of("partition", "time_limit", "cpus_per_task", "mem", "nodes", "ntasks", "gres",
            "job_name", "signal", "auto_resubmit", "hold", "logs_dir", "extra_directives", "hooks", "reservation");
    static final Set<String> HOOK_KEYS = Set.of("pre_submit", "pre_agent", "walltime_signal", "post_agent", "attach");
    private static final String NO_SPACES = "a name without spaces";

    private final Fields fields;

    SlurmSpecReader(Fields fields) {
        this.fields = fields;
    }

    SlurmSpec read(Optional<YamlMap> slurm) {
        if (slurm.isEmpty()) {
            return SlurmSpec.DEFAULTS;
        }
        YamlMap m = slurm.get();
        m.warnUnknownKeys(KEYS, Set.of());
        SlurmSpec d = SlurmSpec.DEFAULTS;
        warnSexagesimal(m);
        return new SlurmSpec(
                fields.token(m, "partition", d.partition(), SlurmSpecReader::noSpaces, NO_SPACES),
                fields.token(m, "time_limit", d.timeLimit(), SlurmFormats::isTime,
                        "a SLURM time such as 30, 2:00:00 or 1-00:00:00 (MM, MM:SS, HH:MM:SS, D-HH, D-HH:MM, D-HH:MM:SS)"),
                fields.positiveInt(m, "cpus_per_task", d.cpusPerTask()),
                fields.token(m, "mem", d.mem(), SlurmFormats::isMemory, "a memory size such as 500M, 16G or 1T"),
                fields.positiveInt(m, "nodes", d.nodes()),
                fields.positiveInt(m, "ntasks", d.ntasks()),
                fields.token(m, "gres", d.gres(), SlurmSpecReader::noSpaces, "a GRES without spaces such as gpu:1"),
                fields.token(m, "job_name", d.jobName(), SlurmSpecReader::noSpaces, NO_SPACES),
                fields.token(m, "signal", d.signal(), SlurmFormats::isSignal,
                        "a SLURM signal such as B:USR1@3600 ([B:]SIG@seconds)"),
                fields.bool(m, "auto_resubmit", d.autoResubmit()),
                fields.multiline(m, "hold", d.hold()),
                fields.string(m, "logs_dir", d.logsDir()),
                directives(m),
                hooks(fields.map(m, "hooks")),
                fields.token(m, "reservation", d.reservation(), SlurmSpecReader::noSpaces, NO_SPACES));
    }

    /** PyYAML reads an unquoted {@code 1:30:00} as the base-60 integer 5400, which sac then passes as minutes. */
    private void warnSexagesimal(YamlMap m) {
        m.present("time_limit")
                .filter(v -> YamlValues.isInt(v) && ((org.yaml.snakeyaml.nodes.ScalarNode) v).getValue().contains(":"))
                .ifPresent(v -> fields.sink().warning(v, m.child("time_limit")
                        + " is an unquoted base-60 number in YAML 1.1 (sac reads it as minutes); quote it: '"
                        + ((org.yaml.snakeyaml.nodes.ScalarNode) v).getValue() + "'"));
    }

    private List<String> directives(YamlMap m) {
        List<String> out = new ArrayList<>();
        List<Node> items = fields.list(m, "extra_directives");
        for (int i = 0; i < items.size(); i++) {
            String path = m.child("extra_directives") + "[" + i + "]";
            Node item = items.get(i);
            Optional<String> text = fields.scalarText(item, path, false);
            if (text.isEmpty()) {
                continue;
            }
            if (!text.get().startsWith("#SBATCH ")) {
                fields.sink().error(item, path + " must be a whole '#SBATCH ...' line, got '" + text.get() + "'");
                continue;
            }
            out.add(text.get());
        }
        return out;
    }

    private SlurmHooks hooks(Optional<YamlMap> hooks) {
        if (hooks.isEmpty()) {
            return SlurmHooks.NONE;
        }
        YamlMap h = hooks.get();
        h.warnUnknownKeys(HOOK_KEYS, Set.of());
        return new SlurmHooks(fields.string(h, "pre_submit", ""), fields.string(h, "pre_agent", ""),
                fields.string(h, "walltime_signal", ""), fields.string(h, "post_agent", ""),
                fields.string(h, "attach", ""));
    }

    private static boolean noSpaces(String text) {
        return text.chars().noneMatch(Character::isWhitespace);
    }
}
