package org.nftoffload.nft;

/**
 * The problems {@link OffloadValidator} reports. The id (NFTO1xx) is stable: reports, the CLI and
 * documentation name problems by it, so ids are never reused or renumbered.
 */
public enum Problem {
	INVALID_NAME(101),
	HOOK_NOT_INGRESS(102),
	PRIORITY_OUT_OF_RANGE(103),
	DEVICE_MISSING(104),
	DEVICE_IN_TWO_FLOWTABLES(105),
	HARDWARE_OFFLOAD_UNSUPPORTED(106),
	VIRTUAL_DEVICE_LISTED(107),
	UPPER_AND_LOWER_MIXED(108),
	NO_COUNTER(109),
	KERNEL_WITHOUT_FLOWTABLES(110),
	KERNEL_WITHOUT_FLOWTABLE_COUNTER(111),
	RULE_WITHOUT_FLOWTABLE(112),
	NO_DEVICES(113),
	METACHARACTER(114),
	BAD_PREFIX(115),
	HARDWARE_OFFLOAD_UNKNOWN(116),
	BAD_CONNECTION_SETTING(117),
	DUPLICATE_NAME(118),
	UNMAPPED_ROLE(119),
	DEVICE_SHARED_WITH_FOREIGN_TABLE(120);

	private final int code;

	Problem(int code) {
		this.code = code;
	}

	/** The number used as the EMF diagnostic code. */
	public int code() {
		return code;
	}

	/** The printed id, e.g. {@code NFTO104}. */
	public String id() {
		return "NFTO" + code;
	}

	/** The problem with this diagnostic code, or null. */
	public static Problem ofCode(int code) {
		for (Problem p : values()) {
			if (p.code == code) {
				return p;
			}
		}
		return null;
	}
}
