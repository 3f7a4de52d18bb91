package org.nftoffload.report;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.nftoffload.fleet.ops.FleetRunner;
import org.nftoffload.fleet.ops.HostAgents;
import org.nftoffload.fleet.ops.HostResult;
import org.nftoffload.fleet.ops.RolloutOptions;
import org.nftoffload.model.Host;
import org.nftoffload.remote.agent.AgentClient;
import org.nftoffload.remote.agent.AgentData;
import org.nftoffload.remote.agent.AgentMessage.Response;
import org.nftoffload.remote.agent.AgentRequest;

/**
 * Takes the live data of a report as a fleet operation: per host a probe, the live ruleset and
 * {@code samples} statistics samples {@code intervalSeconds} apart, through the agent protocol
 * only (no shell text). Read-only: nothing on a host changes. Hosts run in parallel as the
 * rollout options say; a cancel stops new hosts and the sampling of running ones.
 */
public final class LiveCollector {

	/** How much live data to take. */
	public record Options(int samples, int intervalSeconds, RolloutOptions rollout) {
		public Options {
			if (samples < 2) {
				throw new IllegalArgumentException("at least 2 samples are needed for rates, got " + samples);
			}
		}

		/** 10 samples 2 s apart: rates and a chart of the last 20 s. */
		public static Options defaults() {
			return new Options(10, 2, new RolloutOptions(16, false, Integer.MAX_VALUE));
		}
	}

	private LiveCollector() {
	}

	/**
	 * Live data of {@code hosts} (snapshots of the model, not objects the user edits), keyed by host
	 * name; every host has an entry, failed ones with the reason.
	 */
	public static Map<String, LiveSnapshot> collect(HostAgents agents, List<Host> hosts, Options options, Clock clock,
			IProgressMonitor monitor) {
		Map<String, LiveSnapshot> taken = new ConcurrentHashMap<>();
		List<HostResult> results = FleetRunner.run("Live data", hosts, action(agents, options, clock, taken, monitor),
				options.rollout(), monitor);
		Map<String, LiveSnapshot> ordered = new LinkedHashMap<>();
		for (HostResult result : results) {
			LiveSnapshot snapshot = taken.get(result.host());
			ordered.put(result.host(), snapshot != null ? snapshot
					: LiveSnapshot.failed(result.host(), clock.instant(), result.reason()));
		}
		return ordered;
	}

	static FleetRunner.HostAction action(HostAgents agents, Options options, Clock clock, Map<String, LiveSnapshot> taken,
			IProgressMonitor monitor) {
		return host -> {
			AgentClient agent = agents.agent(host);
			AgentData.Probe probe = AgentData.Probe.of(agent.callOk(new AgentRequest.Probe(null), Duration.ofMinutes(2)));
			Response listed = agent.callOk(new AgentRequest.RulesetGet("both", null, null), Duration.ofMinutes(1));
			String text = listed.data().get("text") == null ? "" : String.valueOf(listed.data().get("text"));
			Object json = listed.data().get("json");
			List<AgentData.StatsSample> samples = new ArrayList<>();
			AgentClient.StatsStream stream = agent.stream(new AgentRequest.StatsStream(options.intervalSeconds(),
					options.samples(), null, null, host.getTableName(), null), 64, Duration.ofSeconds(30));
			while (!monitor.isCanceled()) {
				var event = stream.next(Duration.ofSeconds(options.intervalSeconds() + 30L));
				if (event == null || event.event().equals("end")) {
					break;
				}
				samples.add(AgentData.StatsSample.of(event, false));
			}
			if (monitor.isCanceled()) {
				// The stream may still be sending; a fresh session serves whatever comes next.
				agents.forget(host);
			}
			taken.put(host.getName(), new LiveSnapshot(host.getName(), clock.instant(), probe, text, json, samples, null));
			return new HostResult(host.getName(), HostResult.Status.SUCCESS, "probe, ruleset and " + samples.size()
					+ " statistics sample(s)", 0, Map.of());
		};
	}
}
