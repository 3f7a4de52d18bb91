package org.nftoffload.fleet.ops;

import java.util.Map;

/** What one fleet operation did on one host. */
public record HostResult(String host, Status status, String reason, long millis, Map<String, Object> details) {

	public enum Status {
		/** Done and, for apply, confirmed. */
		SUCCESS,
		/** Not done; {@code reason} says why and what to do. For apply: nothing changed on the host. */
		FAILED,
		/** Applied, then the previous table came back (timer or requested rollback). */
		ROLLED_BACK,
		/** Not touched: validation errors, canary failed, failure limit reached or cancelled. */
		SKIPPED,
		/**
		 * Applied and the console reached the host again afterwards, but not confirmed yet: the host
		 * restores its previous table by itself at the deadline unless a confirm arrives.
		 */
		PENDING
	}

	public HostResult {
		details = details == null ? Map.of() : Map.copyOf(details);
	}

	public static HostResult skipped(String host, String reason) {
		return new HostResult(host, Status.SKIPPED, reason, 0, Map.of());
	}

	/** Done as asked: success, or (apply without confirm) applied and awaiting the confirm. */
	public boolean succeeded() {
		return status == Status.SUCCESS || status == Status.PENDING;
	}

	public boolean failed() {
		return status == Status.FAILED || status == Status.ROLLED_BACK;
	}
}
