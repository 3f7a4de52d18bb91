package org.nftoffload.ui.internal.editors;

import static org.nftoffload.model.ModelPackage.Literals.HOST__SYSCTLS;
import static org.nftoffload.model.ModelPackage.Literals.SYSCTL_SETTINGS__CONNTRACK_ACCT;
import static org.nftoffload.model.ModelPackage.Literals.SYSCTL_SETTINGS__FLOWTABLE_TCP_TIMEOUT;
import static org.nftoffload.model.ModelPackage.Literals.SYSCTL_SETTINGS__FLOWTABLE_UDP_TIMEOUT;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.nftoffload.model.Host;
import org.nftoffload.model.ObservedSysctl;

/**
 * The sysctls editor of a host: the netfilter settings the console sets on apply, the flowtable
 * timeouts ({@code net.netfilter.nf_flowtable_tcp_timeout}, {@code nf_flowtable_udp_timeout}) and
 * {@code net.netfilter.nf_conntrack_acct}; empty leaves the host's value as it is. Below them, what
 * the last probe read on the host.
 */
public final class SysctlsEditorPart extends ElementEditorPart {

	/** Flowtable timeouts: seconds, empty to leave the host's value. */
	static final TextCodec TIMEOUT = TextCodec.optionalInteger("The timeout", 1, 2_147_483, "leave it as it is");
	/** Test id of the observed values. */
	public static final String OBSERVED = "observedSysctls";

	private Label observed;

	@Override
	protected void createFields(EditorForm form, Composite body) {
		Host host = (Host) element;
		Composite desired = form.section(body, "Sysctls the console sets on apply (empty: leave the host's value)");
		fields(form, desired, host, HOST__SYSCTLS);
		Composite probed = form.section(body, "On the host (last probe)");
		observed = form.note(probed, OBSERVED);
	}

	/** The three sysctl fields of {@code owner.container} (a host's or a profile's): shared with the profile editor. */
	static void fields(EditorForm form, Composite section, EObject owner, EReference container) {
		form.text(section, "Flowtable T&CP timeout (s):", owner, container, SYSCTL_SETTINGS__FLOWTABLE_TCP_TIMEOUT, TIMEOUT);
		form.text(section, "Flowtable UDP t&imeout (s):", owner, container, SYSCTL_SETTINGS__FLOWTABLE_UDP_TIMEOUT, TIMEOUT);
		form.choice(section, "Conntrack &accounting:", owner, container, SYSCTL_SETTINGS__CONNTRACK_ACCT,
				() -> Arrays.asList(null, Boolean.TRUE, Boolean.FALSE),
				v -> v == null ? "leave as it is" : (Boolean) v ? "on (nf_conntrack_acct=1)" : "off (nf_conntrack_acct=0)");
	}

	@Override
	protected void modelChanged() {
		Host host = (Host) element;
		String text = host.getObservedSysctls().isEmpty()
				? host.getProbeTime() == null ? "Not probed yet." : "The last probe read no netfilter sysctls."
				: host.getObservedSysctls().stream().map(SysctlsEditorPart::line).collect(Collectors.joining("\n"));
		if (!text.equals(observed.getText())) {
			observed.setText(text);
			observed.getParent().layout(true, true);
		}
	}

	private static String line(ObservedSysctl sysctl) {
		return sysctl.getName() + " = " + (sysctl.getValue() == null ? "(unreadable)" : sysctl.getValue());
	}
}
