package org.nftoffload.fleet.ops;

/**
 * How a fleet operation spreads over hosts.
 *
 * @param parallelism hosts worked on at once (default 16)
 * @param canaryFirst one host alone first; the rest only when it succeeded
 * @param maxFailures stop starting hosts after this many failures (hosts already running finish)
 */
public record RolloutOptions(int parallelism, boolean canaryFirst, int maxFailures) {

	public RolloutOptions {
		if (parallelism < 1) {
			throw new IllegalArgumentException("parallelism must be at least 1, not " + parallelism);
		}
		if (maxFailures < 1) {
			throw new IllegalArgumentException("the failure limit must be at least 1, not " + maxFailures);
		}
	}

	public static RolloutOptions defaults() {
		return new RolloutOptions(16, true, Integer.MAX_VALUE);
	}
}
