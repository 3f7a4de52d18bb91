package org.nftoffload.fleet.metrics;

import org.nftoffload.remote.agent.AgentData;

/**
 * What one host contributes to a scrape: whether its statistics stream is alive, its latest
 * sample (only while alive: a host that is down reports no old values), the limit of its
 * connection-tracking table as the last probe read it, and how often its stream reconnected.
 *
 * @param sample         the latest sample; {@code null} while the stream is down
 * @param conntrackLimit {@code net.netfilter.nf_conntrack_max}; {@code null} when unknown
 */
public record HostReading(String host, boolean up, AgentData.StatsSample sample, Long conntrackLimit,
		long streamReconnects) {

	public HostReading {
		if (host == null) {
			throw new IllegalArgumentException("a reading needs its host's name");
		}
		if (!up) {
			sample = null;
			conntrackLimit = null;
		}
	}
}
