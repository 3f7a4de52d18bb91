package org.nftoffload.ui.internal.editors;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.nftoffload.model.AbstractFlowtable;
import org.nftoffload.model.Family;
import org.nftoffload.model.Flowtable;
import org.nftoffload.model.FlowtableProfile;
import org.nftoffload.model.FlowtableTemplate;
import org.nftoffload.model.HardwareOffloadVerdict;
import org.nftoffload.model.Host;
import org.nftoffload.model.InterfaceKind;
import org.nftoffload.model.NetworkInterface;
import org.nftoffload.model.OffloadMode;
import org.nftoffload.nft.Problem;
import org.nftoffload.ui.internal.editors.EditorForm.Column;
import org.nftoffload.ui.internal.editors.FormValidation.Finding;

import static org.nftoffload.model.ModelPackage.Literals.ABSTRACT_FLOWTABLE__COUNTER;
import static org.nftoffload.model.ModelPackage.Literals.ABSTRACT_FLOWTABLE__FAMILY;
import static org.nftoffload.model.ModelPackage.Literals.ABSTRACT_FLOWTABLE__HOOK;
import static org.nftoffload.model.ModelPackage.Literals.ABSTRACT_FLOWTABLE__NAME;
import static org.nftoffload.model.ModelPackage.Literals.ABSTRACT_FLOWTABLE__OFFLOAD_MODE;
import static org.nftoffload.model.ModelPackage.Literals.ABSTRACT_FLOWTABLE__PRIORITY;
import static org.nftoffload.model.ModelPackage.Literals.FLOWTABLE_TEMPLATE__DEVICE_ROLES;
import static org.nftoffload.model.ModelPackage.Literals.FLOWTABLE__DEVICES;

/**
 * The flowtable editor: name, family, hook, priority, counter and offload mode of a host's
 * flowtable (or a profile's flowtable template), and its devices picked from the host's probed
 * interfaces (the template's device roles from the profile's roles).
 * <p>
 * Each device row shows what decides whether offload works on it: kind, driver, lower devices,
 * {@code hw-tc-offload} and the probe's hardware dry run. Below the rows the editor says what to
 * change: list the lower device instead of a VLAN/PPPoE/bridge, do not mix an upper device with
 * its lower one, and, with hardware offload, that QoS/SQM/DSCP no longer apply. Why hardware
 * offload cannot work on the chosen devices is shown beside the mode, before and after choosing it.
 */
public final class FlowtableEditorPart extends ElementEditorPart {

	/** Test ids of the editor's advice lines. */
	public static final String HARDWARE_REASON = "hardwareReason";
	public static final String QOS_ADVICE = "qosAdvice";
	public static final String DEVICE_ADVICE = "deviceAdvice";

	private Label hardwareReason;
	private Label qosAdvice;
	private Label deviceAdvice;

	private AbstractFlowtable flowtable() {
		return (AbstractFlowtable) element;
	}

	@Override
	protected void createFields(EditorForm form, Composite body) {
		AbstractFlowtable flowtable = flowtable();
		Composite basics = form.section(body, flowtable instanceof FlowtableTemplate ? "Flowtable template" : "Flowtable");
		form.text(basics, "Na&me:", flowtable, ABSTRACT_FLOWTABLE__NAME, TextCodec.TRIMMED);
		form.choice(basics, "Famil&y:", flowtable, null, ABSTRACT_FLOWTABLE__FAMILY, () -> Family.VALUES,
				v -> ((Family) v).getLiteral());
		form.text(basics, "Hoo&k:", flowtable, ABSTRACT_FLOWTABLE__HOOK, TextCodec.TRIMMED);
		form.text(basics, "P&riority:", flowtable, ABSTRACT_FLOWTABLE__PRIORITY,
				TextCodec.integer("The priority", Integer.MIN_VALUE, Integer.MAX_VALUE));
		form.check(basics, "&Counter: count packets and bytes of offloaded flows", flowtable, ABSTRACT_FLOWTABLE__COUNTER);

		Composite offload = form.section(body, "Offload");
		form.radios(offload, "Offload mode:", flowtable, ABSTRACT_FLOWTABLE__OFFLOAD_MODE, OffloadMode.VALUES,
				v -> switch ((OffloadMode) v) {
				case NONE -> "&None";
				case SOFTWARE -> "&Software fast path";
				case HARDWARE -> "Hard&ware offload";
				});
		hardwareReason = form.note(offload, HARDWARE_REASON);
		qosAdvice = form.note(offload, QOS_ADVICE);

		if (flowtable instanceof Flowtable hostFlowtable) {
			Composite devices = form.section(body, "Devices (the host's interfaces from its last probe)");
			form.checklist(devices, "&Devices:", hostFlowtable, FLOWTABLE__DEVICES, () -> interfaces(hostFlowtable),
					List.of(new Column("Device", 110, d -> deviceName((NetworkInterface) d)),
							new Column("Kind", 70, d -> ((NetworkInterface) d).getKind().getLiteral()),
							new Column("Driver", 100, d -> orUnknown(((NetworkInterface) d).getDriver())),
							new Column("Lower devices", 110, d -> lowerDevices((NetworkInterface) d)),
							new Column("hw-tc-offload", 100, d -> hwTcOffload((NetworkInterface) d)),
							new Column("Hardware dry run", 260, d -> verdict((NetworkInterface) d))),
					6);
			deviceAdvice = form.note(devices, DEVICE_ADVICE);
		} else if (flowtable instanceof FlowtableTemplate template) {
			Composite roles = form.section(body, "Device roles (each host maps them to its interfaces)");
			form.checklist(roles, "Device r&oles:", template, FLOWTABLE_TEMPLATE__DEVICE_ROLES,
					() -> template.eContainer() instanceof FlowtableProfile p ? List.copyOf(p.getRoles()) : List.of(),
					List.of(new Column("Role", 200, Object::toString)), 4);
		}
		form.onFindings(this::advise);
	}

	private static List<?> interfaces(Flowtable flowtable) {
		return flowtable.eContainer() instanceof Host host ? List.copyOf(host.getInterfaces()) : List.of();
	}

	private static String deviceName(NetworkInterface device) {
		return device.getName() + (device.isPresent() ? "" : " (missing)");
	}

	private static String orUnknown(String value) {
		return value == null || value.isEmpty() ? "unknown" : value;
	}

	private static String lowerDevices(NetworkInterface device) {
		return device.getLowerDevices().stream().map(NetworkInterface::getName).collect(Collectors.joining(", "));
	}

	private static String hwTcOffload(NetworkInterface device) {
		return switch (device.getHwTcOffload()) {
		case FIXED -> "off [fixed]";
		default -> device.getHwTcOffload().getLiteral();
		};
	}

	private static String verdict(NetworkInterface device) {
		HardwareOffloadVerdict verdict = device.getHardwareOffloadVerdict();
		String message = device.getHardwareOffloadMessage();
		String text = switch (verdict) {
		case SUPPORTED -> "supported";
		case NOT_SUPPORTED -> "not supported";
		default -> "not probed";
		};
		return message == null || message.isBlank() ? text : text + ": " + message;
	}

	/** Fills the advice lines from the form's findings (what is typed included). */
	private void advise(List<Finding> findings) {
		if (hardwareReason.isDisposed()) {
			return;
		}
		AbstractFlowtable flowtable = flowtable();
		boolean hardware = flowtable.getOffloadMode() == OffloadMode.HARDWARE;
		List<String> reasons = hardwareReasons(findings, hardware);
		String reason;
		if (reasons.isEmpty()) {
			reason = hardware || !(flowtable instanceof Flowtable f) || f.getDevices().isEmpty() ? ""
					: "Hardware offload: no reason known why the chosen devices could not (the console checks with nft -c before applying).";
		} else {
			reason = (hardware ? "Hardware offload cannot work here:\n" : "Hardware offload would not work on these devices:\n")
					+ String.join("\n", reasons.stream().map(r -> "• " + r).toList());
		}
		set(hardwareReason, reason);
		set(qosAdvice, hardware
				? "Hardware offload bypasses the devices' egress queues: QoS/SQM shaping, DSCP marking and rate limits no longer apply to offloaded flows. Prefer software offload where traffic is shaped."
				: "");
		if (deviceAdvice != null) {
			set(deviceAdvice, String.join("\n", deviceAdvice(findings).stream().map(a -> "• " + a).toList()));
		}
		form.body().layout(true, true);
	}

	/**
	 * Why hardware offload fails on this flowtable's devices: the validator's NFTO106 findings, asked
	 * of a copy set to hardware when the flowtable is not (so the reason shows before it is chosen),
	 * and each device's dry-run verdict from the probe.
	 */
	private List<String> hardwareReasons(List<Finding> findings, boolean hardware) {
		if (!(flowtable() instanceof Flowtable flowtable) || !(flowtable.eContainer() instanceof Host host)) {
			return List.of();
		}
		List<Finding> asked = hardware ? findings
				: FormValidation.validateCopy(host, copies -> ((Flowtable) copies.apply(flowtable)).setOffloadMode(OffloadMode.HARDWARE));
		List<String> reasons = new ArrayList<>();
		for (Finding finding : asked) {
			if (finding.object() == flowtable && finding.code() == Problem.HARDWARE_OFFLOAD_UNSUPPORTED.code()) {
				reasons.add(withoutWhere(finding.message()));
			}
		}
		for (NetworkInterface device : flowtable.getDevices()) {
			if (device.getHardwareOffloadVerdict() == HardwareOffloadVerdict.NOT_SUPPORTED
					&& reasons.stream().noneMatch(r -> r.matches("(?s).*\\b" + java.util.regex.Pattern.quote(device.getName()) + "\\b.*"))) {
				// the validator decides by the dry run too where there is one: say it once
				reasons.add(device.getName() + ": the probe's dry run (nft -c with flags offload) failed"
						+ (device.getHardwareOffloadMessage() == null ? "" : ": " + device.getHardwareOffloadMessage()));
			}
		}
		return reasons;
	}

	/** Which devices to list: the validator's NFTO107/108, and the same advice while the kernel is unknown. */
	private List<String> deviceAdvice(List<Finding> findings) {
		Flowtable flowtable = (Flowtable) flowtable();
		List<String> advice = new ArrayList<>();
		for (Finding finding : findings) {
			if (finding.object() == flowtable && (finding.code() == Problem.VIRTUAL_DEVICE_LISTED.code()
					|| finding.code() == Problem.UPPER_AND_LOWER_MIXED.code())) {
				advice.add(withoutWhere(finding.message()));
			}
		}
		Host host = flowtable.eContainer() instanceof Host h ? h : null;
		boolean kernelKnown = host != null && host.getKernelRelease() != null;
		if (!kernelKnown) {
			for (NetworkInterface device : flowtable.getDevices()) {
				if (isVirtual(device.getKind())) {
					advice.add(device.getKind().getLiteral() + " device " + device.getName()
							+ " listed: on kernel 5.13 or later the flowtable finds the real device itself, so list the lower device "
							+ (device.getLowerDevices().isEmpty() ? "(probe the host to learn it)" : lowerDevices(device))
							+ " instead; probe the host to check its kernel");
				}
				for (NetworkInterface lower : device.getLowerDevices()) {
					if (flowtable.getDevices().contains(lower)) {
						advice.add("mixing " + device.getName() + " and its lower device " + lower.getName()
								+ ": list only the real device " + lower.getName());
					}
				}
			}
		}
		if (host != null && host.getInterfaces().isEmpty()) {
			advice.add("The host has no interfaces yet: probe it (Fleet > Probe) to pick its devices.");
		}
		return advice;
	}

	/** A finding's message without "[NFTO1xx] host h, flowtable f: ": the editor shows that flowtable. */
	private static String withoutWhere(String message) {
		return message.replaceFirst("^\\[NFTO\\d+\\] ", "").replaceFirst("^(host|profile) [^,]*, flowtable [^:]*: ", "");
	}

	private static boolean isVirtual(InterfaceKind kind) {
		return kind == InterfaceKind.VLAN || kind == InterfaceKind.PPPOE || kind == InterfaceKind.BRIDGE;
	}

	private static void set(Label label, String text) {
		if (!text.equals(label.getText())) {
			label.setText(text);
		}
		label.setVisible(!text.isEmpty());
		((org.eclipse.swt.layout.GridData) label.getLayoutData()).exclude = text.isEmpty();
	}
}
