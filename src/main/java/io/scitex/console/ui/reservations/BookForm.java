package io.scitex.console.ui.reservations;

import io.scitex.console.slurm.BookRequest;
import io.scitex.console.slurm.Partition;
import io.scitex.console.slurm.SlurmValues;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Book dialog without controls: its fields, the host's partitions and their limits, and the first problem in
 * plain words (empty when the request can run). A request no partition node can hold is refused here, before any
 * sbatch. Tested with plain JUnit.
 */
public final class BookForm {
    static final String DEFAULT_TIME = "1-00:00:00";
    private static final String MEM = "8G";

    private final StringProperty name = new SimpleStringProperty("dev-pool");
    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty partition = new SimpleStringProperty("");
    private final StringProperty cpus = new SimpleStringProperty(Integer.toString(BookRequest.DEFAULT_CPUS));
    private final StringProperty mem = new SimpleStringProperty(MEM);
    private final StringProperty time = new SimpleStringProperty(DEFAULT_TIME);
    private final BooleanProperty persistent = new SimpleBooleanProperty(true);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final List<Partition> partitions;
    private final String partitionsHost;

    /**
     * @param partitions what sinfo said on {@code defaultHost}; empty when it could not be asked. Their limits apply
     *     while the host field names that host.
     */
    public BookForm(String defaultHost, List<Partition> partitions) {
        this.partitions = List.copyOf(partitions);
        this.partitionsHost = defaultHost;
        host.set(defaultHost);
        partitions.stream().filter(Partition::isDefault).findFirst().or(() -> partitions.stream().findFirst())
                .ifPresent(this::fitTo);
        for (Observable o : new Observable[] {name, host, partition, cpus, mem, time, persistent}) {
            o.addListener(x -> check());
        }
        check();
    }

    /** Defaults that fit the partition: no more CPUs, memory or time than its nodes and limit allow. */
    private void fitTo(Partition p) {
        partition.set(p.name());
        cpus.set(Integer.toString(Math.min(BookRequest.DEFAULT_CPUS, p.cpus())));
        if (Partition.memoryMb(MEM) > p.memoryMb()) {
            mem.set((p.memoryMb() / 2) + "M");
        }
        OptionalLong day = SlurmValues.timeSeconds("time", DEFAULT_TIME);
        if (p.maxSeconds().isPresent() && p.maxSeconds().getAsLong() < day.getAsLong()) {
            time.set(p.maxTimeText());
        }
    }

    public List<Partition> partitions() {
        return partitions;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty partitionProperty() {
        return partition;
    }

    public StringProperty cpusProperty() {
        return cpus;
    }

    public StringProperty memProperty() {
        return mem;
    }

    public StringProperty timeProperty() {
        return time;
    }

    public BooleanProperty persistentProperty() {
        return persistent;
    }

    /** The first problem in words; empty when the request is fine. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The selected partition's limits in words, or empty when unknown. */
    public String limits() {
        return selected().map(p -> "Partition " + p.name() + ": " + p.limits()).orElse("");
    }

    private Optional<Partition> selected() {
        if (!host.get().strip().equals(partitionsHost)) {
            return Optional.empty();
        }
        return partitions.stream().filter(p -> p.name().equals(partition.get().strip())).findFirst();
    }

    private void check() {
        problem.set(problemOf().orElse(""));
    }

    /** The request, when the form is valid. */
    public Optional<BookRequest> request() {
        return problemOf().isPresent() ? Optional.empty() : Optional.of(build());
    }

    private Optional<String> problemOf() {
        if (!name.get().strip().matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}")) {
            return Optional.of("Name: letters, digits, '.', '-' and '_', starting with a letter or digit.");
        }
        if (!host.get().strip().matches("[A-Za-z0-9_.@:-]+")) {
            return Optional.of("Host: the ssh alias of the cluster's login node, as in your ssh config.");
        }
        if (!partition.get().strip().isEmpty() && !partition.get().strip().matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
            return Optional.of("Partition: a partition name such as " + (partitions.isEmpty() ? "batch"
                    : partitions.get(0).name()) + ", or empty for the cluster's default.");
        }
        if (!cpus.get().matches("[0-9]{1,6}") || Integer.parseInt(cpus.get()) < 1) {
            return Optional.of("CPUs: a whole number, at least 1.");
        }
        long memMb = Partition.memoryMb(mem.get());
        if (memMb <= 0) {
            return Optional.of("Memory: a number with an optional unit K, M, G or T, such as 8G or 500M.");
        }
        OptionalLong seconds;
        try {
            seconds = SlurmValues.timeSeconds("time", time.get().strip());
        } catch (IllegalArgumentException e) {
            return Optional.of("Time limit: days-hours:minutes:seconds or hours:minutes:seconds, such as "
                    + DEFAULT_TIME + ".");
        }
        Optional<String> refused = selected().flatMap(p -> p.refusal(Integer.parseInt(cpus.get()), memMb, seconds));
        if (refused.isPresent()) {
            return refused;
        }
        try {
            build();
        } catch (IllegalArgumentException e) {
            return Optional.of(persistent.get() ? "A reservation that resubmits itself does so an hour before its"
                    + " end: give it a time limit longer than an hour, or untick resubmitting." : e.getMessage());
        }
        return Optional.empty();
    }

    private BookRequest build() {
        return BookRequest.of(name.get().strip(), host.get().strip()).withPartition(partition.get().strip())
                .withResources(Integer.parseInt(cpus.get()), mem.get().strip(), time.get().strip())
                .withTmuxServer("sac").withPersistent(persistent.get(), BookRequest.DEFAULT_SIGNAL_SECONDS);
    }
}
