package org.nftoffload.fleet.metrics;

import org.nftoffload.fleet.ops.DriftCheck;
import org.nftoffload.remote.agent.AgentData;

/**
 * What one host contributes to a scrape: whether its statistics stream is alive, its latest
 * sample (only while alive: a host that is down reports no old values), the limit of its
 * connection-tracking table as the last probe read it, how often its stream reconnected, and what
 * the latest drift check found.
 *
 * @param sample          the latest sample; {@code null} while the stream is down
 * @param conntrackLimit  {@code net.netfilter.nf_conntrack_max}; {@code null} when unknown
 * @param drift           the latest drift check's state; {@code null} before the first check, when
 *                        drift checks are off, or for a host the check skips (validation errors).
 *                        It does not depend on the stream: a drift check has its own requests.
 * @param driftCheckedAt  when that check ended, in seconds since the epoch; {@code null} with drift
 */
public record HostReading(String host, boolean up, AgentData.StatsSample sample, Long conntrackLimit,
		long streamReconnects, DriftCheck.State drift, Long driftCheckedAt) {

	public HostReading {
		if (host == null) {
			throw new IllegalArgumentException("a reading needs its host's name");
		}
		if (!up) {
			sample = null;
			conntrackLimit = null;
		}
		if (drift == null) {
			driftCheckedAt = null;
		}
	}

	/** A reading without drift: no check has run. */
	public HostReading(String host, boolean up, AgentData.StatsSample sample, Long conntrackLimit, long streamReconnects) {
		this(host, up, sample, conntrackLimit, streamReconnects, null, null);
	}
}
