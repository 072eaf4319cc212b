package io.scitex.console.bench;

import io.scitex.console.app.ConsoleContext;
import io.scitex.console.remote.Prompter;
import io.scitex.console.settings.ConsolePaths;
import io.scitex.console.testing.TestCluster;
import io.scitex.console.ui.ConsoleWindow;
import io.scitex.console.ui.agents.AgentRow;
import io.scitex.console.ui.common.FxUiExecutor;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

/**
 * The real window in its own JVM (started by {@link FleetBench} under Xvfb): waits until every agent reads
 * running, then measures the process's CPU and resident memory at rest, the longest wait of the FX thread while
 * the poller refreshes, and sorting and filtering the table. Prints {@code FIGURE name=value} lines.
 * Args: home, ssh_config, minutes at rest, agents expected.
 */
public final class FleetWindowProbe {
    private FleetWindowProbe() {}

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        int minutes = Integer.parseInt(args[2]);
        int agents = Integer.parseInt(args[3]);
        ConsoleContext context = ConsoleContext.open(new ConsolePaths(home, Map.of()), ConsoleContext.Overrides.NONE
                .withSshConfig(Path.of(args[1])).withDefaultHost(TestCluster.ALIAS), Prompter.none());
        FxUiExecutor executor = new FxUiExecutor(2);
        CountDownLatch up = new CountDownLatch(1);
        AtomicReference<ConsoleWindow> window = new AtomicReference<>();
        Platform.startup(() -> {
            ConsoleWindow w = new ConsoleWindow(context, executor, 1500, 950);
            Stage stage = new Stage();
            stage.setScene(w.scene());
            stage.show();
            w.start();
            window.set(w);
            up.countDown();
        });
        up.await();
        @SuppressWarnings("unchecked")
        TableView<AgentRow> table = (TableView<AgentRow>) onFx(() -> window.get().scene().lookup("#agentsTable"));
        long t0 = System.nanoTime();
        while (onFx(() -> table.getItems().stream().filter(r -> r.stateProperty().get().startsWith("running"))
                .count()) < agents) {
            if (System.nanoTime() - t0 > TimeUnit.MINUTES.toNanos(4)) {
                throw new IllegalStateException("not all " + agents + " agents read running within 4 min");
            }
            Thread.sleep(1000);
        }
        System.out.printf("all %d agents running after %.1f s%n", agents, (System.nanoTime() - t0) / 1e9);
        Thread.sleep(20_000); // settle: JIT, first GCs

        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        java.util.concurrent.atomic.AtomicInteger published = new java.util.concurrent.atomic.AtomicInteger();
        java.util.List<Long> publishedAt = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        context.statusPoller().addListener(snap -> {
            published.incrementAndGet();
            publishedAt.add(System.nanoTime());
        });
        Map<String, Long> threads0 = threadTicks();
        long cpu0 = os.getProcessCpuTime();
        long wall0 = System.nanoTime();
        long rssMax = 0;
        long end = wall0 + TimeUnit.MINUTES.toNanos(minutes);
        while (System.nanoTime() < end) {
            Thread.sleep(5000);
            rssMax = Math.max(rssMax, rssKb());
        }
        double cpu = 100.0 * (os.getProcessCpuTime() - cpu0) / (System.nanoTime() - wall0);
        System.out.printf("FIGURE cpu_percent=%.2f%nFIGURE rss_mb=%d%n", cpu, rssMax / 1024);
        printThreads(threads0, threadTicks(), System.nanoTime() - wall0);
        System.out.printf("snapshots published at rest: %d in %d min; gaps (ms): %s%n", published.get(), minutes,
                java.util.stream.IntStream.range(1, publishedAt.size()).mapToObj(i -> Long.toString(
                        TimeUnit.NANOSECONDS.toMillis(publishedAt.get(i) - publishedAt.get(i - 1))))
                        .limit(24).toList());

        // the FX thread's longest wait while the poller refreshes both clusters (forced every 3 s for 45 s)
        long gapMax = 0;
        long phaseEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(45);
        long nextRefresh = 0;
        while (System.nanoTime() < phaseEnd) {
            if (System.nanoTime() > nextRefresh) {
                context.statusPoller().refreshNow();
                nextRefresh = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
            }
            long posted = System.nanoTime();
            CompletableFuture<Long> ran = new CompletableFuture<>();
            Platform.runLater(() -> ran.complete(System.nanoTime()));
            gapMax = Math.max(gapMax, ran.get(10, TimeUnit.SECONDS) - posted);
            Thread.sleep(10);
        }
        System.out.printf("FIGURE fx_gap_ms=%d%n", TimeUnit.NANOSECONDS.toMillis(gapMax));

        TextField filter = (TextField) onFx(() -> window.get().scene().lookup("#filterField"));
        long sortMax = 0;
        long filterMax = 0;
        for (int i = 0; i < 6; i++) {
            int k = i;
            sortMax = Math.max(sortMax, timeOnFx(() -> {
                TableColumn<AgentRow, ?> col = table.getColumns().get(k % 3 == 0 ? 0 : k % 3 == 1 ? 1 : 4);
                col.setSortType(k % 2 == 0 ? TableColumn.SortType.DESCENDING : TableColumn.SortType.ASCENDING);
                table.getSortOrder().setAll(col);
                table.layout();
            }));
            filterMax = Math.max(filterMax, timeOnFx(() -> {
                filter.setText(k % 2 == 0 ? "-r" + k + "-" : "");
                table.layout();
            }));
        }
        System.out.printf("FIGURE sort_ms=%d%nFIGURE filter_ms=%d%n", sortMax, filterMax);
        Platform.runLater(() -> window.get().close());
        Thread.sleep(500);
        context.close();
        System.exit(0);
    }

    /** CPU ticks (user + system, 1/100 s) of each thread of this process, summed by thread name. */
    private static Map<String, Long> threadTicks() throws Exception {
        Map<String, Long> out = new java.util.TreeMap<>();
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path t : tasks.toList()) {
                try {
                    String stat = Files.readString(t.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    out.merge(name.replaceAll("[0-9]+$", "#"), Long.parseLong(f[11]) + Long.parseLong(f[12]),
                            Long::sum);
                } catch (java.io.IOException | RuntimeException gone) {
                    // the thread ended meanwhile
                }
            }
        }
        return out;
    }

    /** The threads that used CPU between the two readings, busiest first, as % of one core. */
    private static void printThreads(Map<String, Long> before, Map<String, Long> after, long wallNanos) {
        after.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() > 0).sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(8).forEach(e -> System.out.printf("thread %-20s %.2f%% of one core%n", e.getKey(),
                        100.0 * e.getValue() * 1e7 / wallNanos));
    }

    private static long rssKb() throws Exception {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                .mapToLong(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).findFirst().orElse(0);
    }

    private static <T> T onFx(Supplier<T> s) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> f.complete(s.get()));
        return f.get(30, TimeUnit.SECONDS);
    }

    private static long timeOnFx(Runnable r) throws Exception {
        return TimeUnit.NANOSECONDS.toMillis(onFx(() -> {
            long t = System.nanoTime();
            r.run();
            return System.nanoTime() - t;
        }));
    }
}
