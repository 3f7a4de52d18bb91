import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.nftoffload.fleet.FleetFiles;
import org.nftoffload.fleet.ops.FleetOperations;
import org.nftoffload.fleet.ops.FleetRunner;
import org.nftoffload.fleet.ops.HostAgents;
import org.nftoffload.fleet.ops.HostResult;
import org.nftoffload.fleet.ops.RemoteAccess;
import org.nftoffload.fleet.ops.RolloutOptions;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Host;
import org.nftoffload.remote.UnknownHostKeyPolicy;

/**
 * The fleet API's side of releng/bench-rollout.sh, in one JVM as the workbench runs it: a first
 * apply (which opens the SSH sessions and agents), then REPEATS applies of a changed table over the
 * sessions that stay open. Run on the product's bundles as a plain class path (no OSGi):
 *   java -cp 'PRODUCT/plugins/*' FleetApiRollout.java FLEET PARALLEL REPEATS TABLE_PREFIX
 * Prints one line per rollout, "api first|repeat MILLIS ok|failed", and the first failure's reason.
 * The table name changes for every rollout so that each one has something to apply.
 */
public final class FleetApiRollout {

	public static void main(String[] args) throws Exception {
		Path file = Path.of(args[0]);
		int parallel = Integer.parseInt(args[1]);
		int repeats = Integer.parseInt(args[2]);
		String prefix = args[3];
		Fleet fleet = FleetFiles.load(file);
		List<Host> hosts = List.copyOf(fleet.getHosts());
		RolloutOptions options = new RolloutOptions(parallel, false, Integer.MAX_VALUE);
		boolean allOk = true;
		try (HostAgents agents = RemoteAccess.defaults().open(UnknownHostKeyPolicy.REFUSE)) {
			for (int i = 0; i <= repeats; i++) {
				String table = prefix + "_" + i;
				hosts.forEach(h -> h.setTableName(table));
				long start = System.nanoTime();
				List<HostResult> results = FleetRunner.run("Apply", hosts, FleetOperations.apply(agents, 60,
						FleetOperations.ApplyHooks.NONE), options, new NullProgressMonitor());
				long millis = (System.nanoTime() - start) / 1_000_000;
				HostResult failed = results.stream().filter(r -> r.status() != HostResult.Status.SUCCESS).findFirst()
						.orElse(null);
				System.out.println("api " + (i == 0 ? "first" : "repeat") + " " + millis + " "
						+ (failed == null ? "ok" : "failed"));
				if (failed != null) {
					allOk = false;
					System.out.println("api failure: " + failed.host() + ": " + failed.status() + ": " + failed.reason());
				}
			}
		}
		System.exit(allOk ? 0 : 1);
	}
}
