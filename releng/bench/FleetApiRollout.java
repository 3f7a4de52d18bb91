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
 *   java -cp 'PRODUCT/plugins/*' FleetApiRollout.java FLEET PARALLEL REPEATS TABLE_PREFIX
 * Prints one line per rollout, "api first|repeat MILLIS ok|failed", and the first failure's reason;
 * then where a repeat's time goes, each part alone over all hosts at once: "api part ruleset-get
 * MILLIS" (one agent request on the open sessions, of which a repeat makes four: two listings, the
 * apply and the confirm) and "api part reconnect MILLIS" (a new SSH connection and agent start,
 * which the apply makes to prove the new ruleset still lets the console in).
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
		Fleet fleet = FleetFiles.load(file);
		List<Host> hosts = List.copyOf(fleet.getHosts());
		RolloutOptions options = new RolloutOptions(parallel, false, Integer.MAX_VALUE);
		boolean allOk = true;
		try (HostAgents agents = RemoteAccess.defaults().open(UnknownHostKeyPolicy.REFUSE)) {
			for (int i = 0; i <= repeats; i++) {
				String table = prefix + "_" + i;
				hosts.forEach(h -> h.setTableName(table));
				long start = System.nanoTime();
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
						+ (failed == null ? "ok" : "failed"));
				if (failed != null) {
					allOk = false;
					System.out.println("api failure: " + failed.host() + ": " + failed.status() + ": " + failed.reason());
				}
			}
			long start = System.nanoTime();
			List<HostResult> listed = FleetRunner.run("List", hosts, host -> {
				agents.agent(host).callOk(new AgentRequest.RulesetGet("text", null, null), Duration.ofMinutes(1));
				return new HostResult(host.getName(), HostResult.Status.SUCCESS, "listed", 0, null);
			}, options, new NullProgressMonitor());
			System.out.println("api part ruleset-get " + (System.nanoTime() - start) / 1_000_000 + " "
					+ (listed.stream().allMatch(HostResult::succeeded) ? "ok" : "failed"));
			start = System.nanoTime();
			List<HostResult> reconnected = FleetRunner.run("Reconnect", hosts, host -> {
				agents.forget(host);
				agents.agent(host);
				return new HostResult(host.getName(), HostResult.Status.SUCCESS, "reconnected", 0, null);
			}, options, new NullProgressMonitor());
			System.out.println("api part reconnect " + (System.nanoTime() - start) / 1_000_000 + " "
					+ (reconnected.stream().allMatch(HostResult::succeeded) ? "ok" : "failed"));
		}
		System.exit(allOk ? 0 : 1);
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
