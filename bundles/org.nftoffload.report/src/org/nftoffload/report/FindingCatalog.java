package org.nftoffload.report;

import java.util.EnumMap;
import java.util.Map;

import org.nftoffload.nft.Problem;

/**
 * Title, impact and recommendation of every finding code, Nipper-style. The validator's problems
 * (NFTO1xx) get the report's wording of what they mean in production; the report adds its own
 * offload findings (NFTO2xx) that no single model object violates but that users run into.
 */
public final class FindingCatalog {

	/** A finding kind the report adds. Codes are stable, like the validator's. */
	public enum ReportFinding {
		QOS_BYPASSED(201), HARDWARE_FLOWS_LOST_ON_RELOAD(202), DEVICE_MAY_BE_ABSENT(203), NOT_IN_SYNC(204),
		LIVE_DATA_UNAVAILABLE(205), NEVER_PROBED(206), TRAFFIC_NOT_OFFLOADED(207);

		private final int code;

		ReportFinding(int code) {
			this.code = code;
		}

		public String id() {
			return "NFTO" + code;
		}
	}

	/** What a code means: a short title, its impact and what to do. */
	public record Entry(String title, String impact, String recommendation) {
	}

	private static final Map<Problem, Entry> PROBLEMS = new EnumMap<>(Problem.class);
	private static final Map<ReportFinding, Entry> REPORT = new EnumMap<>(ReportFinding.class);

	static {
		PROBLEMS.put(Problem.INVALID_NAME, new Entry("Invalid name or comment",
				"nft rejects the whole file: nothing of this host's table is applied.",
				"Rename using letters, digits, '_' and '-', starting with a letter; keep comments under 128 characters."));
		PROBLEMS.put(Problem.HOOK_NOT_INGRESS, new Entry("Flowtable hook is not ingress",
				"Flowtables attach only to the ingress hook; the apply fails.", "Set the hook to ingress."));
		PROBLEMS.put(Problem.PRIORITY_OUT_OF_RANGE, new Entry("Unusual flowtable priority",
				"A reserved priority is refused by the kernel; a very large one is usually a typo and changes the order"
						+ " against other ingress hooks.",
				"Use a priority between -1000 and 1000 (0 unless another ingress hook must run first)."));
		PROBLEMS.put(Problem.DEVICE_MISSING, new Entry("Device not on the host",
				"nft fails with 'No such file or directory' and the whole table is refused.",
				"Probe the host again, fix the device name or remove it from the flowtable."));
		PROBLEMS.put(Problem.DEVICE_IN_TWO_FLOWTABLES, new Entry("Device in two flowtables",
				"The kernel refuses the second binding ('File exists'); the apply fails.",
				"Keep each device in one flowtable of the table."));
		PROBLEMS.put(Problem.HARDWARE_OFFLOAD_UNSUPPORTED, new Entry("Hardware offload on a device that cannot",
				"The flowtable fails with 'Operation not supported' and every 'flow add' rule after it with 'No such"
						+ " file or directory': the host gets no offload at all.",
				"Use software offload for this flowtable, or enable hw-tc-offload / switchdev where the NIC supports it."));
		PROBLEMS.put(Problem.VIRTUAL_DEVICE_LISTED, new Entry("Logical device listed instead of the real one",
				"Since kernel 5.13 the flowtable finds the real device behind VLAN, PPPoE and bridges itself; listing the"
						+ " logical device is the usual cause of 'offload on, no speed-up' (OpenWrt users measured 200"
						+ " against 560 Mbit/s once the right device was listed).",
				"List the lower (physical) devices instead of the VLAN, PPPoE or bridge device."));
		PROBLEMS.put(Problem.UPPER_AND_LOWER_MIXED, new Entry("Logical and real device both listed",
				"Flows are offloaded on one of them only and throughput drops.",
				"List only the real (lower) device."));
		PROBLEMS.put(Problem.NO_COUNTER, new Entry("Accounting frozen without counter",
				"Without the flowtable's counter flag the conntrack byte and packet counters of offloaded flows stop"
						+ " moving: accounting (nlbwmon, conntrack -L, billing) under-counts; the counter costs about 3 %"
						+ " throughput.",
				"Enable counter on the flowtable (kernel 5.7 or newer) and net.netfilter.nf_conntrack_acct=1."));
		PROBLEMS.put(Problem.KERNEL_WITHOUT_FLOWTABLES, new Entry("Kernel too old for flowtables",
				"Kernels before 4.16 have no flowtables; nothing can be offloaded.", "Upgrade the kernel."));
		PROBLEMS.put(Problem.KERNEL_WITHOUT_FLOWTABLE_COUNTER, new Entry("Kernel too old for the flowtable counter",
				"Kernels before 5.7 refuse the counter flag and with it the whole table.",
				"Turn counter off for this host or upgrade the kernel."));
		PROBLEMS.put(Problem.RULE_WITHOUT_FLOWTABLE, new Entry("Rule names a missing flowtable",
				"The rule cannot be rendered; the host cannot be applied.",
				"Point the rule at one of the host's flowtables or delete it."));
		PROBLEMS.put(Problem.NO_DEVICES, new Entry("Flowtable without devices",
				"A flowtable without devices offloads nothing and is refused.", "Add the devices whose traffic to offload."));
		PROBLEMS.put(Problem.METACHARACTER, new Entry("Shell or nft metacharacter in a value",
				"The console refuses to send such a value to a host; the host cannot be applied.",
				"Remove quotes, $, ;, |, braces and similar characters from the value."));
		PROBLEMS.put(Problem.BAD_PREFIX, new Entry("Not a valid address or prefix",
				"nft rejects the rule and the whole table.", "Write an IPv4 or IPv6 prefix of the flowtable's family."));
		PROBLEMS.put(Problem.HARDWARE_OFFLOAD_UNKNOWN, new Entry("Hardware offload on an unknown driver",
				"If the driver cannot offload flowtables the apply fails with 'Operation not supported'.",
				"Probe the host (the probe tries 'flags offload' with nft -c) or use software offload."));
		PROBLEMS.put(Problem.BAD_CONNECTION_SETTING, new Entry("Bad connection setting",
				"The console cannot reach the host.", "Set a host name or address and an SSH port between 1 and 65535."));
		PROBLEMS.put(Problem.DUPLICATE_NAME, new Entry("Duplicate name",
				"Two objects of one name make reports, diffs and applies ambiguous; nft refuses duplicate flowtables.",
				"Rename one of them."));
		PROBLEMS.put(Problem.UNMAPPED_ROLE, new Entry("Profile uses an undeclared role",
				"Hosts of this profile get flowtables without those devices.", "Declare the role in the profile."));
		PROBLEMS.put(Problem.DEVICE_SHARED_WITH_FOREIGN_TABLE, new Entry("Device also in another table's flowtable",
				"Two ingress hooks compete for the device; which one offloads a flow depends on priority.",
				"Remove the device from one of the flowtables (for example fw4's) or take that table over."));

		REPORT.put(ReportFinding.QOS_BYPASSED, new Entry("QoS, SQM and DSCP marking bypassed by hardware offload",
				"Packets of hardware-offloaded flows never reach the egress qdisc: fq_codel, cake/SQM shaping, DSCP"
						+ " marking and rate limits stop acting on them, and latency under load can rise.",
				"Where shaping or marking matters, offload that traffic in software only, or exclude marked flows"
						+ " (meta mark 0) from the rule and mark the shaped traffic."));
		REPORT.put(ReportFinding.HARDWARE_FLOWS_LOST_ON_RELOAD, new Entry("Hardware flows lost on a reload",
				"Every apply replaces the table and with it the flowtable: hardware-offloaded flows lose [HW_OFFLOAD]"
						+ " and then expire, so long-lived connections (VPN, SSH, streams) can break.",
				"Apply hardware flowtables in a maintenance window and watch [HW_OFFLOAD] in the statistics afterwards."));
		REPORT.put(ReportFinding.DEVICE_MAY_BE_ABSENT, new Entry("Interface may be absent when the ruleset loads",
				"nft -f fails as a whole when a listed device does not exist at load time (at boot before PPP or a"
						+ " tunnel comes up, after a rename): the host is left without the table; firewalld even resets"
						+ " its whole configuration then.",
				"List the real devices that exist from boot (the flowtable finds PPPoE and VLAN lower devices itself"
						+ " since 5.13), or load the ruleset after the device exists."));
		REPORT.put(ReportFinding.NOT_IN_SYNC, new Entry("Host not in sync with the model",
				"What the host runs differs from what the fleet says; a report of the model does not describe the host.",
				"Review the diff and apply, or import the host's ruleset into the model."));
		REPORT.put(ReportFinding.LIVE_DATA_UNAVAILABLE, new Entry("Live data could not be taken",
				"The live sections of this host are missing; its state is unknown.",
				"Check the connection (Fleet > Probe) and the credentials, then run the report again."));
		REPORT.put(ReportFinding.NEVER_PROBED, new Entry("Host never probed",
				"Platform, modules and interfaces are unknown; device and kernel checks were skipped.",
				"Probe the host (Fleet > Probe or nftoffload probe)."));
		REPORT.put(ReportFinding.TRAFFIC_NOT_OFFLOADED, new Entry("Traffic but no offloaded flows",
				"Packets arrive but no flow is offloaded: every packet takes the slow path through the forward chain.",
				"Check that the rule matches the traffic (protocols, interfaces, prefixes), that the modules are"
						+ " loaded and that the listed devices are the real ones."));
	}

	private FindingCatalog() {
	}

	public static Entry of(Problem problem) {
		return PROBLEMS.get(problem);
	}

	public static Entry of(ReportFinding finding) {
		return REPORT.get(finding);
	}
}
