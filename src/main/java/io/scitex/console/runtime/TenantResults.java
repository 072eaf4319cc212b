package io.scitex.console.runtime;

import io.scitex.console.remote.ExecResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the answer of {@link TenantCommands#batch}: one result per requested agent, in request order. */
public final class TenantResults {
    private static final String PREFIX = "SAC-RESULT\t";

    private TenantResults() {}

    /**
     * Agents without a result line (srun refused the step, the job is gone, the connection broke mid-way) are
     * {@code FAILED}, carrying the command's whole stdout and stderr.
     */
    public static Map<String, TenantResult> parse(List<TenantOp> ops, ExecResult result) {
        Map<String, TenantResult> seen = new LinkedHashMap<>();
        for (String line : result.stdout().split("\r?\n")) {
            if (!line.startsWith(PREFIX)) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length == 5) {
                TenantResult.Status.fromWire(f[2]).ifPresent(s -> seen.put(f[1],
                        new TenantResult(f[1], s, ResultCodec.decode(f[3]), ResultCodec.decode(f[4]))));
            }
        }
        Map<String, TenantResult> out = new LinkedHashMap<>();
        for (TenantOp op : ops) {
            out.put(op.name(), seen.getOrDefault(op.name(), new TenantResult(op.name(), TenantResult.Status.FAILED,
                    result.stdout(), "exit " + result.exitStatus() + ": " + result.stderr().strip())));
        }
        return out;
    }
}
