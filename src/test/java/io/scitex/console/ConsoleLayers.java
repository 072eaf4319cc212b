package io.scitex.console;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The console's layers, lowest first: a layer may use only the layers below it. The README's layer sentence is
 * {@link #sentence()}, and {@code ArchitectureTest} checks both.
 */
final class ConsoleLayers {
    /** Each layer: a name and its packages. */
    record Layer(String name, List<String> packages) {
        Layer(String name, String... packages) {
            this(name, Arrays.asList(packages));
        }
    }

    static final List<Layer> LAYERS = List.of(
            new Layer("Files", "agent", "lease", "settings"),
            new Layer("Inventory", "inventory"),
            new Layer("Remote", "remote"),
            new Layer("Slurm", "slurm"),
            new Layer("Services", "service"),
            new Layer("Runtime", "runtime"),
            new Layer("Status", "status"),
            new Layer("Composition", "app"),
            new Layer("Front", "ui", "cli"));

    private ConsoleLayers() {}

    /** The layer rule over the packages under {@code root} (the console's, or a test fixture's). */
    static ArchRule layers(String root) {
        LayeredArchitecture rule = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (Layer l : LAYERS) {
            rule = rule.layer(l.name()).definedBy(l.packages().stream().map(p -> root + "." + p + "..")
                    .toArray(String[]::new));
        }
        for (int i = 0; i < LAYERS.size() - 1; i++) {
            String[] above = LAYERS.subList(i + 1, LAYERS.size()).stream().map(Layer::name).toArray(String[]::new);
            rule = rule.whereLayer(LAYERS.get(i).name()).mayOnlyBeAccessedByLayers(above);
        }
        return rule.whereLayer(LAYERS.get(LAYERS.size() - 1).name()).mayNotBeAccessedByAnyLayer();
    }

    /** No two top-level packages under {@code root} depend on each other. */
    static ArchRule noCycles(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    /** "`agent`, `lease`, `settings` -> `inventory` -> ... -> `ui`, `cli`", as the README says it. */
    static String sentence() {
        return LAYERS.stream().map(l -> l.packages().stream().map(p -> "`" + p + "`")
                .collect(Collectors.joining(", "))).collect(Collectors.joining(" -> "));
    }
}
