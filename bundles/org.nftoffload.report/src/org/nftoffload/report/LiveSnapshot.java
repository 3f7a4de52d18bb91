package org.nftoffload.report;

import java.time.Instant;
import java.util.List;

import org.nftoffload.remote.agent.AgentData;

/**
 * What the report's fleet job took from one host: a probe, the live ruleset (text, and nft's JSON
 * for rule handles and counters), a few statistics samples. {@code error} is set, and the rest may
 * be null, when the host could not be read.
 */
public record LiveSnapshot(String host, Instant takenAt, AgentData.Probe probe, String rulesetText, Object rulesetJson,
		List<AgentData.StatsSample> samples, String error) {

	public LiveSnapshot {
		samples = samples == null ? List.of() : List.copyOf(samples);
	}

	public static LiveSnapshot failed(String host, Instant at, String error) {
		return new LiveSnapshot(host, at, null, null, null, List.of(), error);
	}
}
