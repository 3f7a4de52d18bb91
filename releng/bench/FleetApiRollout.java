import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

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
import org.nftoffload.nft.RulesetDiff;
import org.nftoffload.remote.agent.AgentRequest;
import org.nftoffload.remote.UnknownHostKeyPolicy;

/**
 * The fleet API's side of releng/bench-rollout.sh, in one JVM as the workbench runs it: a first
 * apply (which opens the SSH sessions and agents), then REPEATS applies of a changed table over the
 * sessions that stay open. Run on the product's bundles as a plain class path (no OSGi):
 *   java -cp 'PRODUCT/plugins/*' FleetApiRollout.java FLEET PARALLEL REPEATS TABLE_PREFIX [HOST_STATS HZ]
 * Prints one line per rollout, "api first|repeat MILLIS ok|failed HOSTS_CPU_S", and the first
 * failure's reason; then where a repeat's time goes, each part alone over all hosts at once: "api
 * part ruleset-get MILLIS ok|failed HOSTS_CPU_S" (one agent request on the open sessions, of which a
 * repeat makes four: two listings, the apply and the confirm) and "api part reconnect ..." (a new
 * SSH connection and agent start, which the apply makes to prove the new ruleset still lets the
 * console in). HOSTS_CPU_S is what the hosts spent meanwhile: the user + system clock ticks (HZ a
 * second) of the /proc/PID/stat files listed in HOST_STATS (the hosts' sshd) with their reaped
 * children; "-" without them.
 * The table name changes for every rollout so that each one has something to apply. The plan is
 * made as FleetOperations.plan makes it (the agent lists the live ruleset) but its payload is a
 * table with a forward chain and a rule and no flowtable, which this machine's kernel (without
 * flowtables) accepts and the renderer, which writes a chain only beside a flowtable, cannot give.
 * From there on it is the product's own apply: FleetOperations.applyPlanned with commit-confirm,
 * reconnect over a new SSH connection, confirm.
 */
public final class FleetApiRollout {

	public static void main(String[] args) throws Exception {
		Path file = Path.of(args[0]);
		int parallel = Integer.parseInt(args[1]);
		int repeats = Integer.parseInt(args[2]);
		String prefix = args[3];
		HostsCpu hostsCpu = new HostsCpu(args.length > 5 ? Files.readAllLines(Path.of(args[4])) : List.of(),
				args.length > 5 ? Integer.parseInt(args[5]) : 100);
		Fleet fleet = FleetFiles.load(file);
		List<Host> hosts = List.copyOf(fleet.getHosts());
		RolloutOptions options = new RolloutOptions(parallel, false, Integer.MAX_VALUE);
		boolean allOk = true;
		try (HostAgents agents = RemoteAccess.defaults().open(UnknownHostKeyPolicy.REFUSE)) {
			for (int i = 0; i <= repeats; i++) {
				String table = prefix + "_" + i;
				hosts.forEach(h -> h.setTableName(table));
				long start = System.nanoTime();
				double hostsBefore = hostsCpu.seconds();
				Map<Host, FleetOperations.ApplyPlan> plans = FleetOperations.plans();
				FleetRunner.HostAction apply = FleetOperations.applyPlanned(agents, plans, 60,
						FleetOperations.ApplyHooks.NONE, true);
				List<HostResult> results = FleetRunner.run("Apply", hosts, host -> {
					plans.put(host, plan(agents, host, table));
					return apply.run(host);
				}, options, new NullProgressMonitor());
				long millis = (System.nanoTime() - start) / 1_000_000;
				HostResult failed = results.stream().filter(r -> r.status() != HostResult.Status.SUCCESS).findFirst()
						.orElse(null);
				System.out.println("api " + (i == 0 ? "first" : "repeat") + " " + millis + " "
						+ (failed == null ? "ok" : "failed") + " " + hostsCpu.since(hostsBefore));
				if (failed != null) {
					allOk = false;
					System.out.println("api failure: " + failed.host() + ": " + failed.status() + ": " + failed.reason());
				}
			}
			long start = System.nanoTime();
			double hostsBefore = hostsCpu.seconds();
			List<HostResult> listed = FleetRunner.run("List", hosts, host -> {
				agents.agent(host).callOk(new AgentRequest.RulesetGet("text", null, null), Duration.ofMinutes(1));
				return new HostResult(host.getName(), HostResult.Status.SUCCESS, "listed", 0, null);
			}, options, new NullProgressMonitor());
			System.out.println("api part ruleset-get " + (System.nanoTime() - start) / 1_000_000 + " "
					+ (listed.stream().allMatch(HostResult::succeeded) ? "ok" : "failed") + " " + hostsCpu.since(hostsBefore));
			start = System.nanoTime();
			hostsBefore = hostsCpu.seconds();
			List<HostResult> reconnected = FleetRunner.run("Reconnect", hosts, host -> {
				agents.forget(host);
				agents.agent(host);
				return new HostResult(host.getName(), HostResult.Status.SUCCESS, "reconnected", 0, null);
			}, options, new NullProgressMonitor());
			System.out.println("api part reconnect " + (System.nanoTime() - start) / 1_000_000 + " "
					+ (reconnected.stream().allMatch(HostResult::succeeded) ? "ok" : "failed") + " "
					+ hostsCpu.since(hostsBefore));
		}
		System.exit(allOk ? 0 : 1);
	}

	/** The CPU time of the hosts' sshd processes with their reaped children, from /proc/PID/stat. */
	private record HostsCpu(List<String> statFiles, int hz) {
		double seconds() {
			long ticks = 0;
			for (String file : statFiles) {
				try {
					String stat = Files.readString(Path.of(file));
					// after "(comm)": state is field 3, utime 14, stime 15, cutime 16, cstime 17
					String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
					for (int f = 14; f <= 17; f++) {
						ticks += Long.parseLong(fields[f - 3]);
					}
				} catch (java.io.IOException | RuntimeException gone) {
					// a host whose sshd ended counts nothing
				}
			}
			return (double) ticks / hz;
		}

		String since(double before) {
			return statFiles.isEmpty() ? "-" : String.format(java.util.Locale.ROOT, "%.2f", seconds() - before);
		}
	}

	private static FleetOperations.ApplyPlan plan(HostAgents agents, Host host, String table) throws Exception {
		String live = String.valueOf(agents.agent(host).callOk(new AgentRequest.RulesetGet("text", null, null),
				Duration.ofMinutes(1)).data().get("text"));
		String rule = "meta l4proto { tcp, udp } ct state established counter accept";
		String payload = "table inet " + table + " {\n\tchain forward {\n\t\ttype filter hook forward priority filter;"
				+ " policy accept;\n\t\t" + rule + "\n\t}\n}\n";
		return new FleetOperations.ApplyPlan(host, "inet", table, payload, live,
				new RulesetDiff.Result(List.of(new RulesetDiff.RuleAdded("inet", rule)), "+ " + rule, List.of()));
	}
}
