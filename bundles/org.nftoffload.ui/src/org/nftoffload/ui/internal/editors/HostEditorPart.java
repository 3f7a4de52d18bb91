package org.nftoffload.ui.internal.editors;

import static org.nftoffload.model.ModelPackage.Literals.HOST__ADDRESS;
import static org.nftoffload.model.ModelPackage.Literals.HOST__AUTH_METHOD;
import static org.nftoffload.model.ModelPackage.Literals.HOST__FLOWTABLES;
import static org.nftoffload.model.ModelPackage.Literals.HOST__IDENTITY_FILE;
import static org.nftoffload.model.ModelPackage.Literals.HOST__JUMP_HOST;
import static org.nftoffload.model.ModelPackage.Literals.HOST__NAME;
import static org.nftoffload.model.ModelPackage.Literals.HOST__NOTES;
import static org.nftoffload.model.ModelPackage.Literals.HOST__PORT;
import static org.nftoffload.model.ModelPackage.Literals.HOST__RULES;
import static org.nftoffload.model.ModelPackage.Literals.HOST__TAGS;
import static org.nftoffload.model.ModelPackage.Literals.HOST__USER;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.nftoffload.model.AuthMethod;
import org.nftoffload.model.Family;
import org.nftoffload.model.Flowtable;
import org.nftoffload.model.Host;
import org.nftoffload.model.ModelFactory;
import org.nftoffload.model.NetworkInterface;
import org.nftoffload.model.OffloadRule;
import org.nftoffload.model.Protocol;
import org.nftoffload.ui.internal.HostFields;
import org.nftoffload.ui.internal.editors.EditorForm.Column;

/**
 * The host editor: how the console reaches the host (name, address, SSH port and user, how it
 * logs in, jump host), tags and notes; the host's flowtables and offload rules (Enter opens one,
 * New adds one and opens it, Remove takes the selected ones away), its sysctls, and what
 * the last probe found.
 */
public final class HostEditorPart extends ElementEditorPart {

	private static final TextCodec PORT = new TextCodec(v -> v == null ? "" : v.toString(), HostFields::parsePort);

	private Label probe;

	public Host host() {
		return (Host) element;
	}

	@Override
	protected void createFields(EditorForm form, Composite body) {
		Host host = host();
		Composite connection = form.section(body, "Connection");
		form.text(connection, "&Name:", host, HOST__NAME, TextCodec.TRIMMED);
		form.text(connection, "&Address:", host, HOST__ADDRESS, TextCodec.TRIMMED);
		form.text(connection, "SSH &port:", host, HOST__PORT, PORT);
		form.text(connection, "U&ser:", host, HOST__USER, TextCodec.TRIMMED);
		form.choice(connection, "Auth &method:", host, null, HOST__AUTH_METHOD, () -> AuthMethod.VALUES,
				v -> switch ((AuthMethod) v) {
				case KEY -> "key (identity file)";
				case PASSWORD -> "password (Fleet > Credentials...)";
				case AGENT -> "ssh-agent";
				});
		form.text(connection, "&Identity file:", host, HOST__IDENTITY_FILE, TextCodec.TRIMMED);
		form.text(connection, "&Jump host:", host, HOST__JUMP_HOST, TextCodec.TRIMMED);
		form.text(connection, "&Tags:", host, HOST__TAGS, TextCodec.WORDS);
		form.textArea(connection, "N&otes:", host, HOST__NOTES);

		Composite offload = form.section(body, "Offload (Enter opens the selected one)");
		TableViewer flowtables = form.list(offload, "Flo&wtables:", "flowtables", () -> List.copyOf(host.getFlowtables()),
				List.of(new Column("Name", 90, f -> ((Flowtable) f).getName()),
						new Column("Family", 60, f -> ((Flowtable) f).getFamily().getLiteral()),
						new Column("Mode", 80, f -> ((Flowtable) f).getOffloadMode().getLiteral()),
						new Column("Devices", 200, f -> ((Flowtable) f).getDevices().stream().map(NetworkInterface::getName)
								.collect(Collectors.joining(", ")))),
				3, f -> editors.open((Flowtable) f), ElementLists.selector(this));
		Composite flowtableButtons = form.buttonRow(offload);
		form.button(flowtableButtons, "New Flowta&ble", () -> {
			Flowtable flowtable = ModelFactory.eINSTANCE.createFlowtable();
			flowtable.setName(ElementLists.freeName("ft", host.getFlowtables().stream().map(Flowtable::getName).toList()));
			flowtable.setFamily(Family.INET);
			ElementLists.add(document, host, HOST__FLOWTABLES, flowtable, editors);
		});
		form.button(flowtableButtons, "Remove Flowtable", () -> ElementLists.delete(document, flowtables));

		TableViewer rules = form.list(offload, "Offload &rules:", "rules", () -> List.copyOf(host.getRules()),
				List.of(new Column("#", 30, r -> String.valueOf(host.getRules().indexOf(r) + 1)),
						new Column("Flowtable", 80, r -> ((OffloadRule) r).getFlowtable() == null ? "none"
								: ((OffloadRule) r).getFlowtable().getName()),
						new Column("Protocols", 80, r -> ((OffloadRule) r).getProtocols().stream().map(Protocol::getLiteral)
								.collect(Collectors.joining(", "))),
						new Column("Comment", 220, r -> Objects.toString(((OffloadRule) r).getComment(), ""))),
				3, r -> editors.open((OffloadRule) r), ElementLists.selector(this));
		Composite ruleButtons = form.buttonRow(offload);
		form.button(ruleButtons, "New R&ule", () -> {
			OffloadRule rule = ModelFactory.eINSTANCE.createOffloadRule();
			if (!host.getFlowtables().isEmpty()) {
				rule.setFlowtable(host.getFlowtables().get(0));
			}
			rule.getProtocols().addAll(Protocol.VALUES);
			ElementLists.add(document, host, HOST__RULES, rule, editors);
		});
		form.button(ruleButtons, "Remove Rule", () -> ElementLists.delete(document, rules));
		form.button(ruleButtons, "S&ysctls...", () -> editors.openSysctls(host));

		Composite probed = form.section(body, "Last probe");
		probe = form.note(probed, "probe");
	}

	@Override
	protected void modelChanged() {
		Host host = host();
		String text = host.getProbeTime() == null ? "Not probed yet: Fleet > Probe reads its kernel, interfaces and modules."
				: "Probed " + host.getProbeTime() + ": " + Objects.toString(host.getDistribution(), "unknown distribution")
						+ ", kernel " + Objects.toString(host.getKernelRelease(), "unknown") + "; software flowtables: "
						+ yesNo(host.getSoftwareFlowtableSupported()) + ", flowtable counter: "
						+ yesNo(host.getFlowtableCounterSupported()) + ", hardware offload: "
						+ yesNo(host.getHardwareOffloadSupported()) + "; " + host.getInterfaces().size() + " interfaces.";
		if (!text.equals(probe.getText())) {
			probe.setText(text);
			probe.getParent().layout(true, true);
		}
	}

	private static String yesNo(Boolean value) {
		return value == null ? "unknown" : value ? "yes" : "no";
	}
}
