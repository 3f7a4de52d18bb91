package org.nftoffload.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.nftoffload.fleet.ops.OffloadEffect;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.ApplyStatus;
import org.nftoffload.model.Flowtable;
import org.nftoffload.model.HardwareOffloadVerdict;
import org.nftoffload.model.Host;
import org.nftoffload.model.HostGroup;
import org.nftoffload.model.ModelFactory;
import org.nftoffload.model.ModuleState;
import org.nftoffload.model.NetworkInterface;
import org.nftoffload.model.OffloadMode;
import org.nftoffload.model.OffloadRule;
import org.nftoffload.nft.NftTextParser;
import org.nftoffload.nft.OffloadValidator;
import org.nftoffload.nft.Problem;
import org.nftoffload.nft.RulesetDiff;
import org.nftoffload.remote.agent.AgentData;
import org.nftoffload.report.FindingCatalog.ReportFinding;
import org.nftoffload.report.Report.Finding;
import org.nftoffload.report.Report.FlowtableRow;
import org.nftoffload.report.Report.HostReport;
import org.nftoffload.report.Report.InterfaceRow;
import org.nftoffload.report.Report.Live;
import org.nftoffload.report.Report.ModuleRow;
import org.nftoffload.report.Report.Platform;
import org.nftoffload.report.Report.RuleRow;
import org.nftoffload.report.Report.Sample;
import org.nftoffload.report.Report.Severity;

/**
 * Builds a {@link Report} from a fleet. The fleet must be a snapshot (a copy taken on the UI thread,
 * or a file just loaded): building reads it from a job thread. Deterministic: the same fleet, file,
 * live data and {@code generatedOn} give an equal report.
 */
public final class ReportBuilder {

	/**
	 * What to report on. {@code fleetFile} may be null (a fleet never saved); {@code live} is null
	 * for a report of the model only; {@code baseline} is an earlier report to compare with, or null.
	 */
	public record Request(Fleet fleet, Path fleetFile, ReportScope scope, Map<String, LiveSnapshot> live,
			Report baseline, String baselineName, String consoleVersion, Instant generatedOn,
			Map<String, OffloadEffect.Result> effects) {

		/** A request without measurements of the offload effect. */
		public Request(Fleet fleet, Path fleetFile, ReportScope scope, Map<String, LiveSnapshot> live, Report baseline,
				String baselineName, String consoleVersion, Instant generatedOn) {
			this(fleet, fleetFile, scope, live, baseline, baselineName, consoleVersion, generatedOn, null);
		}

		/** The same request with the hosts' measured offload effect, keyed by host name. */
		public Request withEffects(Map<String, OffloadEffect.Result> measured) {
			return new Request(fleet, fleetFile, scope, live, baseline, baselineName, consoleVersion, generatedOn,
					measured);
		}
	}

	private ReportBuilder() {
	}

	public static Report build(Request request) throws ReportException {
		Fleet fleet = request.fleet();
		List<Host> hosts = request.scope().select(fleet, request.fleetFile());
		Map<Host, List<Finding>> findingsByHost = new IdentityHashMap<>();
		hosts.forEach(h -> findingsByHost.put(h, new ArrayList<>()));
		List<Finding> fleetFindings = new ArrayList<>();
		validate(fleet, hosts, findingsByHost, fleetFindings);

		List<HostReport> reports = new ArrayList<>();
		for (Host host : hosts) {
			LiveSnapshot live = request.live() == null ? null : request.live().get(host.getName());
			reports.add(host(fleet, host, findingsByHost.get(host), live, request.live() != null, request.effects()));
		}
		Report.Header header = header(request, hosts.size(), fleet.getHosts().size());
		Report report = new Report(Report.SCHEMA_VERSION, header, summary(reports, fleetFindings, request.live() != null),
				reports, fleetFindings, null);
		if (request.baseline() != null) {
			report = new Report(report.schemaVersion(), report.header(), report.summary(), report.hosts(),
					report.fleetFindings(), Baseline.compare(request.baseline(), report, request.baselineName()));
		}
		return report;
	}

	private static Report.Header header(Request request, int selected, int total) throws ReportException {
		Path file = request.fleetFile();
		String sha = null;
		String configured = null;
		if (file != null) {
			try {
				sha = sha256(file);
				configured = iso(Files.getLastModifiedTime(file).toInstant());
			} catch (IOException e) {
				throw new ReportException(file + ": cannot be read for the report header (" + e.getMessage()
						+ "); save the fleet and try again", e);
			}
		}
		return new Report.Header(request.fleet().getName(), request.scope().describe(selected, total),
				file == null ? null : file.toAbsolutePath().normalize().toString(), sha, configured,
				iso(request.generatedOn()), request.consoleVersion(), request.live() != null, request.baselineName());
	}

	static String sha256(Path file) throws IOException {
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(java.io.OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every JDK has SHA-256", e);
		}
	}

	static String iso(Instant instant) {
		return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString();
	}

	/** One validation of the whole fleet; each finding goes to the host that holds its object. */
	private static void validate(Fleet fleet, List<Host> hosts, Map<Host, List<Finding>> byHost, List<Finding> fleetFindings) {
		List<Diagnostic> leaves = new ArrayList<>();
		leaves(OffloadValidator.validate(fleet), leaves);
		for (Diagnostic d : leaves) {
			Problem problem = Problem.ofCode(d.getCode());
			if (problem == null || d.getSeverity() == Diagnostic.OK) {
				continue;
			}
			EObject object = d.getData().isEmpty() || !(d.getData().get(0) instanceof EObject e) ? null : e;
			Host host = object == null ? null : hostOf(object);
			FindingCatalog.Entry entry = FindingCatalog.of(problem);
			String message = d.getMessage().startsWith("[" + problem.id() + "] ")
					? d.getMessage().substring(problem.id().length() + 3)
					: d.getMessage();
			Finding finding = new Finding(problem.id(), severity(d.getSeverity()), entry.title(),
					host == null ? null : host.getName(), describe(object), message, entry.impact(), entry.recommendation());
			if (host == null) {
				if (object == null || object instanceof Fleet || hosts.size() == fleet.getHosts().size()) {
					fleetFindings.add(finding);
				}
			} else if (byHost.containsKey(host)) {
				byHost.get(host).add(finding);
			}
		}
	}

	private static void leaves(Diagnostic d, List<Diagnostic> out) {
		if (d.getChildren().isEmpty()) {
			if (d.getSeverity() != Diagnostic.OK) {
				out.add(d);
			}
			return;
		}
		d.getChildren().forEach(c -> leaves(c, out));
	}

	private static Severity severity(int diagnosticSeverity) {
		return switch (diagnosticSeverity) {
		case Diagnostic.ERROR, Diagnostic.CANCEL -> Severity.ERROR;
		case Diagnostic.WARNING -> Severity.WARNING;
		default -> Severity.INFO;
		};
	}

	private static Host hostOf(EObject object) {
		for (EObject o = object; o != null; o = o.eContainer()) {
			if (o instanceof Host h) {
				return h;
			}
		}
		return null;
	}

	private static String describe(EObject object) {
		if (object == null || object instanceof Fleet) {
			return "fleet";
		}
		if (object instanceof Host) {
			return "host";
		}
		if (object instanceof Flowtable f) {
			return "flowtable " + f.getName();
		}
		if (object instanceof OffloadRule r && r.eContainer() instanceof Host h) {
			return "rule " + (h.getRules().indexOf(r) + 1);
		}
		if (object instanceof NetworkInterface i) {
			return "interface " + i.getName();
		}
		if (object instanceof HostGroup g) {
			return "group " + g.getName();
		}
		String name = object.eClass().getEStructuralFeature("name") == null ? null
				: String.valueOf(object.eGet(object.eClass().getEStructuralFeature("name")));
		return object.eClass().getName().toLowerCase(java.util.Locale.ROOT) + (name == null ? "" : " " + name);
	}

	private static HostReport host(Fleet fleet, Host host, List<Finding> findings, LiveSnapshot live, boolean liveAsked,
			Map<String, OffloadEffect.Result> effects) {
		List<String> groups = org.nftoffload.fleet.HostGroups.groupsOf(fleet, host).stream().map(HostGroup::getName).toList();
		List<InterfaceRow> interfaces = interfaces(host, live);
		List<FlowtableRow> flowtables = new ArrayList<>();
		for (Flowtable f : host.getFlowtables()) {
			flowtables.add(new FlowtableRow(f.getName(), f.getFamily().getLiteral(), f.getHook(), f.getPriority(),
					f.getOffloadMode().getLiteral(), f.isCounter(), f.getDevices().stream().map(NetworkInterface::getName)
							.toList()));
		}
		List<LiveRules.LiveRule> liveRules = live == null ? List.of() : LiveRules.of(live.rulesetJson(), host.getTableName());
		List<RuleRow> rules = new ArrayList<>();
		Map<String, Integer> nextLive = new LinkedHashMap<>();
		int index = 0;
		for (OffloadRule rule : host.getRules()) {
			index++;
			String flowtable = rule.getFlowtable() != null ? rule.getFlowtable().getName() : rule.getFlowtableName();
			LiveRules.LiveRule match = null;
			if (rule.getFlowtable() != null && rule.getFlowtable().getOffloadMode() != OffloadMode.NONE) {
				String family = rule.getFlowtable().getFamily().getLiteral();
				List<LiveRules.LiveRule> ofFamily = liveRules.stream().filter(l -> l.family().equals(family)).toList();
				int at = nextLive.merge(family, 1, Integer::sum) - 1;
				if (at < ofFamily.size() && ofFamily.get(at).flowtable().equals(flowtable)) {
					match = ofFamily.get(at);
				}
			}
			rules.add(new RuleRow(index, flowtable, RuleText.match(rule), rule.getComment(),
					match == null ? null : match.handle(), match == null ? null : match.packets(),
					match == null ? null : match.bytes()));
		}
		addReportFindings(host, interfaces, findings);
		Live liveSection = null;
		if (liveAsked) {
			liveSection = live(host, live);
			addLiveFindings(host, liveSection, findings);
		}
		Report.LastApply lastApply = new Report.LastApply(host.getLastApplyStatus().getLiteral(),
				host.getLastApplyTime() == null ? null : iso(host.getLastApplyTime().toInstant()), host.getLastApplyMessage());
		return new HostReport(host.getName(), host.getAddress(), host.getPort(), host.getUser(), groups,
				List.copyOf(host.getTags()), host.getTableName(), platform(host, live), lastApply, interfaces, flowtables,
				rules, findings, liveSection, effect(effects == null ? null : effects.get(host.getName())));
	}

	private static Report.Effect effect(OffloadEffect.Result measured) {
		if (measured == null) {
			return null;
		}
		return new Report.Effect(phase(measured.bypassed()), phase(measured.active()), measured.slowPathReduction());
	}

	private static Report.EffectPhase phase(OffloadEffect.Phase phase) {
		return new Report.EffectPhase(phase.seconds(), phase.slowPathPacketsPerSecond(), phase.softirqShare(),
				phase.cpuBusy(), phase.packetsPerSecond(), phase.bitsPerSecond(), phase.offloadedFlows());
	}

	private static Platform platform(Host host, LiveSnapshot live) {
		if (live != null && live.probe() != null) {
			AgentData.Probe probe = live.probe();
			List<ModuleRow> modules = new ArrayList<>();
			probe.modules().forEach((name, status) -> modules.add(new ModuleRow(name, status)));
			List<Report.SysctlRow> sysctls = new ArrayList<>();
			new java.util.TreeMap<>(probe.sysctls()).forEach((name, value) -> sysctls.add(new Report.SysctlRow(name, value)));
			return new Platform(probe.osPrettyName(), probe.kernelRelease(), iso(live.takenAt()),
					host.getSoftwareFlowtableSupported(), host.getFlowtableCounterSupported(),
					probe.interfaces().stream().anyMatch(i -> Boolean.TRUE.equals(i.hwOffloadSupported())) ? Boolean.TRUE
							: probe.interfaces().stream().anyMatch(i -> i.hwOffloadSupported() != null) ? Boolean.FALSE
									: host.getHardwareOffloadSupported(),
					modules, sysctls, "live");
		}
		List<ModuleRow> modules = new ArrayList<>();
		for (ModuleState m : host.getModules()) {
			modules.add(new ModuleRow(m.getName(), m.getStatus().getLiteral()));
		}
		List<Report.SysctlRow> sysctls = new ArrayList<>();
		host.getObservedSysctls().forEach(o -> sysctls.add(new Report.SysctlRow(o.getName(), o.getValue())));
		return new Platform(host.getDistribution(), host.getKernelRelease(),
				host.getProbeTime() == null ? null : iso(host.getProbeTime().toInstant()),
				host.getSoftwareFlowtableSupported(), host.getFlowtableCounterSupported(), host.getHardwareOffloadSupported(),
				modules, sysctls, "model");
	}

	/**
	 * Each interface with its hardware-offload verdict: the live probe's dry run (nft -c with flags
	 * offload) when the report took live data, else the engine's own checks (driver, hw-tc-offload,
	 * eswitch mode) run on a throwaway copy with one hardware flowtable per device.
	 */
	private static List<InterfaceRow> interfaces(Host host, LiveSnapshot live) {
		Map<String, String[]> verdicts = HardwareVerdicts.of(host);
		Map<String, AgentData.Interface> probed = new LinkedHashMap<>();
		if (live != null && live.probe() != null) {
			live.probe().interfaces().forEach(i -> probed.put(i.name(), i));
		}
		List<InterfaceRow> rows = new ArrayList<>();
		for (NetworkInterface i : host.getInterfaces()) {
			String[] verdict = verdicts.get(i.getName());
			if (i.getHardwareOffloadVerdict() != HardwareOffloadVerdict.UNKNOWN) {
				boolean supported = i.getHardwareOffloadVerdict() == HardwareOffloadVerdict.SUPPORTED;
				String message = i.getHardwareOffloadMessage();
				verdict = new String[] { supported ? "capable" : "not capable", "dry run at the last probe: "
						+ (message == null || message.isBlank() ? (supported ? "flags offload accepted" : "flags offload refused")
								: message.strip()) };
			}
			AgentData.Interface p = probed.get(i.getName());
			if (p != null && p.hwOffloadSupported() != null) {
				verdict = new String[] { p.hwOffloadSupported() ? "capable" : "not capable",
						"dry run on the host: " + (p.hwOffloadMessage() == null || p.hwOffloadMessage().isBlank()
								? (p.hwOffloadSupported() ? "flags offload accepted" : "flags offload refused")
								: p.hwOffloadMessage().strip()) };
			}
			rows.add(new InterfaceRow(i.getName(), i.getKind().getLiteral(), i.getDriver(), i.getHwTcOffload().getLiteral(),
					i.getEswitchMode().getLiteral(), i.getMtu(), i.isUp(), i.isPresent(), verdict[0], verdict[1]));
		}
		return rows;
	}

	private static void addReportFindings(Host host, List<InterfaceRow> interfaces, List<Finding> findings) {
		if (host.getProbeTime() == null) {
			findings.add(finding(ReportFinding.NEVER_PROBED, Severity.INFO, host, "host",
					"host " + host.getName() + " has no probe results"));
		}
		for (Flowtable f : host.getFlowtables()) {
			String devices = String.join(", ", f.getDevices().stream().map(NetworkInterface::getName).toList());
			if (f.getOffloadMode() == OffloadMode.HARDWARE) {
				findings.add(finding(ReportFinding.QOS_BYPASSED, Severity.WARNING, host, "flowtable " + f.getName(),
						"flowtable " + f.getName() + " offloads in hardware on " + devices));
				findings.add(finding(ReportFinding.HARDWARE_FLOWS_LOST_ON_RELOAD, Severity.WARNING, host,
						"flowtable " + f.getName(), "every apply replaces table " + host.getTableName() + " and with it"
								+ " hardware flowtable " + f.getName()));
			}
			for (NetworkInterface d : f.getDevices()) {
				// Kind and state are only known from a probe: an imported, never probed host says nothing here.
				boolean probed = host.getProbeTime() != null;
				String why = switch (d.getKind()) {
				case PPPOE -> "a PPPoE device exists only while its PPP session is up";
				case OTHER -> probed ? "a " + (d.getDriver() == null ? "virtual" : d.getDriver()) + " device (tunnel, VPN)"
						+ " is created by a service, possibly after the ruleset loads" : null;
				default -> probed && d.isPresent() && !d.isUp() ? "it was down at the last probe" : null;
				};
				if (why != null) {
					findings.add(finding(ReportFinding.DEVICE_MAY_BE_ABSENT, Severity.WARNING, host,
							"flowtable " + f.getName(), "device " + d.getName() + " (" + d.getKind().getLiteral()
									+ ") is in flowtable " + f.getName() + ": " + why));
				}
			}
		}
	}

	private static void addLiveFindings(Host host, Live live, List<Finding> findings) {
		if (live.error() != null) {
			findings.add(finding(ReportFinding.LIVE_DATA_UNAVAILABLE, Severity.ERROR, host, "host", live.error()));
			return;
		}
		if (Boolean.FALSE.equals(live.inSync())) {
			findings.add(finding(ReportFinding.NOT_IN_SYNC, Severity.WARNING, host, "table " + host.getTableName(),
					live.changes().size() + " difference(s) between the model and the host: "
							+ String.join("; ", live.changes().stream().limit(5).toList())
							+ (live.changes().size() > 5 ? "; ..." : "")));
		}
		boolean offloading = host.getFlowtables().stream().anyMatch(f -> f.getOffloadMode() != OffloadMode.NONE);
		if (offloading && live.packetsInPerSecond() != null && live.packetsInPerSecond() >= 100
				&& live.offloadedSoftware() != null && live.offloadedSoftware() + live.offloadedHardware() == 0) {
			findings.add(finding(ReportFinding.TRAFFIC_NOT_OFFLOADED, Severity.WARNING, host, "host",
					String.format(java.util.Locale.ROOT, "%.0f packets/s in, 0 offloaded flows", live.packetsInPerSecond())));
		}
	}

	private static Finding finding(ReportFinding kind, Severity severity, Host host, String object, String observation) {
		FindingCatalog.Entry entry = FindingCatalog.of(kind);
		return new Finding(kind.id(), severity, entry.title(), host.getName(), object, observation, entry.impact(),
				entry.recommendation());
	}

	private static Live live(Host host, LiveSnapshot snapshot) {
		if (snapshot == null) {
			return new Live(null, "no live data was taken (cancelled)", null, List.of(), null, null, null, null, null, null,
					null, List.of());
		}
		if (snapshot.error() != null) {
			return new Live(iso(snapshot.takenAt()), snapshot.error(), null, List.of(), null, null, null, null, null, null,
					null, List.of());
		}
		Boolean inSync = null;
		List<String> changes = new ArrayList<>();
		String diff;
		try {
			RulesetDiff.Result result = RulesetDiff.diff(host, NftTextParser.parse(snapshot.rulesetText(),
					host.getName() + " (live)"));
			inSync = result.isEmpty();
			result.changes().forEach(c -> changes.add(describe(c)));
			diff = result.unifiedDiff();
		} catch (Exception e) {
			diff = "could not compare the model with the host: " + e.getMessage();
		}
		List<AgentData.StatsSample> samples = snapshot.samples();
		List<Sample> rows = new ArrayList<>();
		AgentData.StatsSample previous = null;
		for (AgentData.StatsSample s : samples) {
			Double in = null;
			Double slow = null;
			if (previous != null && s.time() > previous.time()) {
				double seconds = s.time() - previous.time();
				in = rate(received(s) - received(previous), seconds);
				slow = s.forwardPackets() == null || previous.forwardPackets() == null ? null
						: rate(s.forwardPackets() - previous.forwardPackets(), seconds);
			}
			rows.add(new Sample(s.time(), s.offloadedSw(), s.offloadedHw(), in, slow, s.cpuBusy()));
			previous = s;
		}
		AgentData.StatsSample first = samples.isEmpty() ? null : samples.get(0);
		AgentData.StatsSample last = samples.isEmpty() ? null : samples.get(samples.size() - 1);
		Double in = null;
		Double slow = null;
		Double cpu = null;
		if (first != null && last.time() > first.time()) {
			double seconds = last.time() - first.time();
			in = rate(received(last) - received(first), seconds);
			slow = last.forwardPackets() == null || first.forwardPackets() == null ? null
					: rate(last.forwardPackets() - first.forwardPackets(), seconds);
			cpu = samples.stream().map(AgentData.StatsSample::cpuBusy).filter(java.util.Objects::nonNull)
					.mapToDouble(Double::doubleValue).average().stream().boxed().findFirst().orElse(null);
		}
		Long maxSw = samples.isEmpty() ? null : samples.stream().mapToLong(AgentData.StatsSample::offloadedSw).max().getAsLong();
		Long maxHw = samples.isEmpty() ? null : samples.stream().mapToLong(AgentData.StatsSample::offloadedHw).max().getAsLong();
		return new Live(iso(snapshot.takenAt()), null, inSync, changes, diff, maxSw, maxHw,
				last == null ? null : last.conntrackTotal(), in, slow, cpu, rows);
	}

	private static String describe(RulesetDiff.Change change) {
		return switch (change) {
		case RulesetDiff.FlowtableAdded c -> c.describe();
		case RulesetDiff.FlowtableRemoved c -> c.describe();
		case RulesetDiff.FlowtableChanged c -> c.describe();
		case RulesetDiff.RuleAdded c -> c.describe();
		case RulesetDiff.RuleRemoved c -> c.describe();
		};
	}

	/** Counters go back to 0 when a router reboots: a negative delta is that, not traffic. */
	private static Double rate(long delta, double seconds) {
		return delta < 0 ? null : Math.round(delta / seconds * 10) / 10.0;
	}

	private static long received(AgentData.StatsSample sample) {
		long sum = 0;
		for (Map<String, Long> counters : sample.devices().values()) {
			Long rx = counters == null ? null : counters.get("rx_packets");
			sum += rx == null ? 0 : rx;
		}
		return sum;
	}

	private static Report.Summary summary(List<HostReport> hosts, List<Finding> fleetFindings, boolean live) {
		Map<String, Integer> byMode = new LinkedHashMap<>();
		for (OffloadMode mode : OffloadMode.VALUES) {
			byMode.put(mode.getLiteral(), 0);
		}
		Map<String, Integer> bySeverity = new LinkedHashMap<>();
		for (Severity s : Severity.values()) {
			bySeverity.put(s.label(), (int) fleetFindings.stream().filter(f -> f.severity() == s).count());
		}
		int rules = 0;
		int errors = 0;
		int warnings = 0;
		int interfaces = 0;
		int capable = 0;
		int inSync = 0;
		int compared = 0;
		int applied = 0;
		for (HostReport h : hosts) {
			h.flowtables().forEach(f -> byMode.merge(f.mode(), 1, Integer::sum));
			rules += h.rules().size();
			errors += h.count(Severity.ERROR) > 0 ? 1 : 0;
			warnings += h.count(Severity.WARNING) > 0 ? 1 : 0;
			h.findings().forEach(f -> bySeverity.merge(f.severity().label(), 1, Integer::sum));
			interfaces += h.interfaces().size();
			capable += (int) h.interfaces().stream().filter(i -> "capable".equals(i.hardwareOffload())).count();
			applied += ApplyStatus.APPLIED.getLiteral().equals(h.lastApply().status()) ? 1 : 0;
			if (h.live() != null && h.live().inSync() != null) {
				compared++;
				inSync += h.live().inSync() ? 1 : 0;
			}
		}
		return new Report.Summary(hosts.size(), byMode, rules, errors, warnings, bySeverity, interfaces, capable,
				live ? inSync : null, live ? compared : null, applied);
	}

	/** The engine's hardware checks, per device, on a throwaway copy of the host's interfaces. */
	static final class HardwareVerdicts {
		private HardwareVerdicts() {
		}

		static Map<String, String[]> of(Host host) {
			Map<String, String[]> verdicts = new LinkedHashMap<>();
			if (host.getInterfaces().isEmpty()) {
				return verdicts;
			}
			Host probe = ModelFactory.eINSTANCE.createHost();
			probe.setName(host.getName());
			probe.setAddress("report.invalid");
			probe.setKernelRelease(host.getKernelRelease());
			probe.getInterfaces().addAll(EcoreUtil.copyAll(host.getInterfaces()));
			Map<Flowtable, NetworkInterface> byFlowtable = new IdentityHashMap<>();
			int n = 0;
			for (NetworkInterface i : probe.getInterfaces()) {
				Flowtable f = ModelFactory.eINSTANCE.createFlowtable();
				f.setName("hw" + n++);
				f.setOffloadMode(OffloadMode.HARDWARE);
				f.getDevices().add(i);
				probe.getFlowtables().add(f);
				byFlowtable.put(f, i);
				verdicts.put(i.getName(), new String[] { "capable", "driver " + i.getDriver() + " offloads flowtables"
						+ (i.getHwTcOffload().getLiteral().equals("on") ? ", hw-tc-offload on" : "") });
			}
			List<Diagnostic> leaves = new ArrayList<>();
			leaves(OffloadValidator.validate(probe), leaves);
			for (Diagnostic d : leaves) {
				if (d.getData().isEmpty() || !(d.getData().get(0) instanceof Flowtable f) || !byFlowtable.containsKey(f)) {
					continue;
				}
				String name = byFlowtable.get(f).getName();
				String reason = d.getMessage().replaceFirst("^\\[NFTO1\\d\\d\\] host [^,]*, flowtable hw\\d+: ", "");
				// The validator's advice is about the throwaway flowtable; the verdict keeps only the why.
				reason = reason.replaceFirst(": use offload mode software for this flowtable.*$", "");
				if (d.getCode() == Problem.HARDWARE_OFFLOAD_UNSUPPORTED.code()) {
					verdicts.put(name, new String[] { "not capable", reason });
				} else if (d.getCode() == Problem.HARDWARE_OFFLOAD_UNKNOWN.code()
						&& !"not capable".equals(verdicts.get(name)[0])) {
					verdicts.put(name, new String[] { "unknown", reason });
				}
			}
			return verdicts;
		}
	}
}
