package io.scitex.console.lease;

import io.scitex.console.agent.Problem;
import io.scitex.console.settings.AtomicFile;
import io.scitex.console.settings.ConsolePaths;
import io.scitex.console.settings.JsonFolder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The folder of scitex-hpc lease files ({@code <lease_id>.json}), read and written in scitex-hpc's exact format.
 * Writes are atomic; a broken file is listed as a problem beside the good leases.
 */
public final class LeaseStore {
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]+");
    private final Path dir;
    private final AtomicFile atomicFile;

    /** Leases in {@code dir}. */
    public LeaseStore(Path dir) {
        this(dir, new AtomicFile());
    }

    /** Leases in {@code dir}, written through {@code atomicFile}. */
    public LeaseStore(Path dir, AtomicFile atomicFile) {
        this.dir = dir;
        this.atomicFile = atomicFile;
    }

    /** The console's lease folder: {@code $SCITEX_HPC_LEASE_DIR}, else {@code ~/.scitex/hpc/runtime/leases/}. */
    public static LeaseStore of(ConsolePaths paths) {
        return new LeaseStore(paths.leaseDir());
    }

    /** Every readable lease (in file-name order, as scitex-hpc lists them) and a problem per unreadable file. */
    public record LeaseList(List<Lease> leases, List<Problem> problems) {
        public LeaseList {
            leases = List.copyOf(leases);
            problems = List.copyOf(problems);
        }
    }

    public Path dir() {
        return dir;
    }

    /** The file of lease {@code id}. */
    public Path fileFor(String id) {
        if (!isSafeId(id)) {
            throw new IllegalArgumentException("not a lease id: '" + id + "' (letters, digits, '.', '_', '-')");
        }
        return dir.resolve(id + ".json");
    }

    /** All leases in the folder; an absent folder holds none. */
    public LeaseList list() {
        List<Lease> leases = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path file : JsonFolder.files(dir)) {
            try {
                leases.add(LeaseJson.parse(file));
            } catch (LeaseFileException e) {
                problems.addAll(e.problems());
            }
        }
        return new LeaseList(leases, problems);
    }

    /**
     * The lease with id {@code nameOrId}, else the first (by file name) named {@code nameOrId}, as scitex-hpc's
     * {@code Reservation.get} looks them up.
     *
     * @throws LeaseFileException when the file named by the id is unreadable
     */
    public Optional<Lease> find(String nameOrId) throws LeaseFileException {
        if (isSafeId(nameOrId) && Files.isRegularFile(dir.resolve(nameOrId + ".json"))) {
            return Optional.of(LeaseJson.parse(dir.resolve(nameOrId + ".json")));
        }
        return list().leases().stream().filter(l -> l.name().equals(nameOrId)).findFirst();
    }

    /** Writes {@code lease} to {@code <id>.json} atomically, replacing any earlier version. */
    public void save(Lease lease) throws IOException {
        atomicFile.write(fileFor(lease.id()), LeaseJson.format(lease).getBytes(StandardCharsets.UTF_8));
    }

    /** Removes lease {@code id}; false when it did not exist. */
    public boolean delete(String id) throws IOException {
        return Files.deleteIfExists(fileFor(id));
    }

    private static boolean isSafeId(String id) {
        return SAFE_ID.matcher(id).matches() && !id.startsWith(".");
    }
}
