package org.nftoffload.ui.internal.editors;

import static org.nftoffload.model.ModelPackage.Literals.ABSTRACT_OFFLOAD_RULE__COMMENT;
import static org.nftoffload.model.ModelPackage.Literals.ABSTRACT_OFFLOAD_RULE__DESTINATION_PREFIXES;
import static org.nftoffload.model.ModelPackage.Literals.ABSTRACT_OFFLOAD_RULE__EXCLUDE_MARKED;
import static org.nftoffload.model.ModelPackage.Literals.ABSTRACT_OFFLOAD_RULE__EXCLUDE_NATTED;
import static org.nftoffload.model.ModelPackage.Literals.ABSTRACT_OFFLOAD_RULE__PROTOCOLS;
import static org.nftoffload.model.ModelPackage.Literals.ABSTRACT_OFFLOAD_RULE__SOURCE_PREFIXES;
import static org.nftoffload.model.ModelPackage.Literals.OFFLOAD_RULE__FLOWTABLE;
import static org.nftoffload.model.ModelPackage.Literals.OFFLOAD_RULE__INPUT_INTERFACES;
import static org.nftoffload.model.ModelPackage.Literals.OFFLOAD_RULE__OUTPUT_INTERFACES;
import static org.nftoffload.model.ModelPackage.Literals.RULE_TEMPLATE__FLOWTABLE;
import static org.nftoffload.model.ModelPackage.Literals.RULE_TEMPLATE__INPUT_ROLES;
import static org.nftoffload.model.ModelPackage.Literals.RULE_TEMPLATE__OUTPUT_ROLES;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Composite;
import org.nftoffload.model.AbstractFlowtable;
import org.nftoffload.model.AbstractOffloadRule;
import org.nftoffload.model.FlowtableProfile;
import org.nftoffload.model.Host;
import org.nftoffload.model.NetworkInterface;
import org.nftoffload.model.OffloadRule;
import org.nftoffload.model.Protocol;
import org.nftoffload.model.RuleTemplate;
import org.nftoffload.ui.internal.editors.EditorForm.Column;

/**
 * The offload rule editor: which flowtable the rule adds flows to, which protocols, source and
 * destination prefixes and input/output interfaces it matches, its exclusions (marked packets,
 * NAT'ed connections) and its comment. A profile's rule template has the same fields with roles in
 * place of interfaces.
 */
public final class RuleEditorPart extends ElementEditorPart {

	@Override
	protected void createFields(EditorForm form, Composite body) {
		AbstractOffloadRule rule = (AbstractOffloadRule) element;
		Composite match = form.section(body, rule instanceof RuleTemplate ? "Rule template" : "Offload rule");
		if (rule instanceof OffloadRule hostRule) {
			form.choice(match, "Flo&wtable:", hostRule, null, OFFLOAD_RULE__FLOWTABLE, () -> flowtables(hostRule),
					v -> v == null ? "none" : ((AbstractFlowtable) v).getName() + " (" + ((AbstractFlowtable) v).getFamily() + ")");
		} else if (rule instanceof RuleTemplate template) {
			form.choice(match, "Flo&wtable template:", template, null, RULE_TEMPLATE__FLOWTABLE, () -> templates(template),
					v -> v == null ? "none" : ((AbstractFlowtable) v).getName() + " (" + ((AbstractFlowtable) v).getFamily() + ")");
		}
		form.checklist(match, "&Protocols:", rule, ABSTRACT_OFFLOAD_RULE__PROTOCOLS, () -> Protocol.VALUES,
				List.of(new Column("Protocol", 120, p -> ((Protocol) p).getLiteral())), 2);
		form.text(match, "&Source prefixes:", rule, ABSTRACT_OFFLOAD_RULE__SOURCE_PREFIXES, TextCodec.WORDS);
		form.text(match, "Des&tination prefixes:", rule, ABSTRACT_OFFLOAD_RULE__DESTINATION_PREFIXES, TextCodec.WORDS);
		form.note(match, "prefixesHint").setText("Prefixes: comma-separated, e.g. 192.168.1.0/24, 10.0.0.1; empty matches any address.");

		Composite devices = form.section(body, rule instanceof RuleTemplate ? "Roles" : "Interfaces");
		if (rule instanceof OffloadRule hostRule) {
			Supplier<List<?>> interfaces = () -> hostRule.eContainer() instanceof Host h ? List.copyOf(h.getInterfaces()) : List.of();
			List<Column> columns = List.of(new Column("Interface", 120, d -> ((NetworkInterface) d).getName()),
					new Column("Kind", 80, d -> ((NetworkInterface) d).getKind().getLiteral()));
			form.checklist(devices, "&Input interfaces:", hostRule, OFFLOAD_RULE__INPUT_INTERFACES, interfaces, columns, 4);
			form.checklist(devices, "&Output interfaces:", hostRule, OFFLOAD_RULE__OUTPUT_INTERFACES, interfaces, columns, 4);
			form.note(devices, "interfacesHint").setText("None checked: any interface.");
		} else if (rule instanceof RuleTemplate template) {
			Supplier<List<?>> roles = () -> template.eContainer() instanceof FlowtableProfile p ? List.copyOf(p.getRoles()) : List.of();
			List<Column> columns = List.of(new Column("Role", 160, Object::toString));
			form.checklist(devices, "&Input roles:", template, RULE_TEMPLATE__INPUT_ROLES, roles, columns, 4);
			form.checklist(devices, "&Output roles:", template, RULE_TEMPLATE__OUTPUT_ROLES, roles, columns, 4);
		}

		Composite exclusions = form.section(body, "Exclusions and comment");
		form.check(exclusions, "Exclude &marked packets (offload only packets with meta mark 0)", rule,
				ABSTRACT_OFFLOAD_RULE__EXCLUDE_MARKED);
		form.check(exclusions, "Exclude N&AT'ed connections (ct status ! snat,dnat)", rule,
				ABSTRACT_OFFLOAD_RULE__EXCLUDE_NATTED);
		form.text(exclusions, "&Comment:", rule, ABSTRACT_OFFLOAD_RULE__COMMENT, TextCodec.VERBATIM);
	}

	private static List<?> flowtables(OffloadRule rule) {
		List<Object> choices = new ArrayList<>();
		choices.add(null);
		if (rule.eContainer() instanceof Host host) {
			choices.addAll(host.getFlowtables());
		}
		return choices;
	}

	private static List<?> templates(RuleTemplate rule) {
		List<Object> choices = new ArrayList<>();
		choices.add(null);
		if (rule.eContainer() instanceof FlowtableProfile profile) {
			choices.addAll(profile.getFlowtables());
		}
		return choices;
	}
}
