package org.nftoffload.ui.internal.editors;

import static org.nftoffload.model.ModelPackage.Literals.FLOWTABLE_PROFILE__DESCRIPTION;
import static org.nftoffload.model.ModelPackage.Literals.FLOWTABLE_PROFILE__FLOWTABLES;
import static org.nftoffload.model.ModelPackage.Literals.FLOWTABLE_PROFILE__NAME;
import static org.nftoffload.model.ModelPackage.Literals.FLOWTABLE_PROFILE__ROLES;
import static org.nftoffload.model.ModelPackage.Literals.FLOWTABLE_PROFILE__RULES;
import static org.nftoffload.model.ModelPackage.Literals.FLOWTABLE_PROFILE__SYSCTLS;

import java.util.List;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.widgets.Composite;
import org.nftoffload.model.FlowtableProfile;
import org.nftoffload.model.FlowtableTemplate;
import org.nftoffload.model.ModelFactory;
import org.nftoffload.model.Protocol;
import org.nftoffload.model.RuleTemplate;
import org.nftoffload.ui.internal.editors.EditorForm.Column;

/**
 * The profile editor: name, description and roles of a profile, its flowtable and rule templates
 * (each opens in the flowtable or rule editor; New adds one, Remove takes the selected
 * ones away, all undoable), and the default sysctls its hosts get.
 */
public final class ProfileEditorPart extends ElementEditorPart {

	@Override
	protected void createFields(EditorForm form, Composite body) {
		FlowtableProfile profile = (FlowtableProfile) element;
		Composite basics = form.section(body, "Profile");
		form.text(basics, "&Name:", profile, FLOWTABLE_PROFILE__NAME, TextCodec.TRIMMED);
		form.textArea(basics, "&Description:", profile, FLOWTABLE_PROFILE__DESCRIPTION);
		form.text(basics, "&Roles:", profile, FLOWTABLE_PROFILE__ROLES, TextCodec.WORDS);
		form.note(basics, "rolesHint").setText(
				"Roles: comma-separated names such as wan, lan; each host maps them to its own interfaces when the profile is applied.");

		Composite templates = form.section(body, "Templates (Enter opens the selected one)");
		TableViewer flowtables = form.list(templates, "Flo&wtable templates:", "flowtableTemplates",
				() -> List.copyOf(profile.getFlowtables()),
				List.of(new Column("Name", 100, t -> ((FlowtableTemplate) t).getName()),
						new Column("Family", 60, t -> ((FlowtableTemplate) t).getFamily().getLiteral()),
						new Column("Mode", 80, t -> ((FlowtableTemplate) t).getOffloadMode().getLiteral()),
						new Column("Roles", 160, t -> String.join(", ", ((FlowtableTemplate) t).getDeviceRoles()))),
				3, t -> editors.open((FlowtableTemplate) t), ElementLists.selector(this));
		Composite flowtableButtons = form.buttonRow(templates);
		form.button(flowtableButtons, "New &Template", () -> {
			FlowtableTemplate template = ModelFactory.eINSTANCE.createFlowtableTemplate();
			template.setName(ElementLists.freeName("ft", profile.getFlowtables().stream().map(FlowtableTemplate::getName).toList()));
			template.getDeviceRoles().addAll(profile.getRoles());
			ElementLists.add(document, profile, FLOWTABLE_PROFILE__FLOWTABLES, template, editors);
		});
		form.button(flowtableButtons, "Remove Template", () -> ElementLists.delete(document, flowtables));

		TableViewer rules = form.list(templates, "Rule tem&plates:", "ruleTemplates", () -> List.copyOf(profile.getRules()),
				List.of(new Column("#", 30, r -> String.valueOf(profile.getRules().indexOf(r) + 1)),
						new Column("Flowtable", 90, r -> ((RuleTemplate) r).getFlowtable() == null ? "none"
								: ((RuleTemplate) r).getFlowtable().getName()),
						new Column("Protocols", 80, r -> String.join(", ",
								((RuleTemplate) r).getProtocols().stream().map(Protocol::getLiteral).toList())),
						new Column("Comment", 200, r -> String.valueOf(((RuleTemplate) r).getComment()))),
				3, r -> editors.open((RuleTemplate) r), ElementLists.selector(this));
		Composite ruleButtons = form.buttonRow(templates);
		form.button(ruleButtons, "New R&ule Template", () -> {
			RuleTemplate rule = ModelFactory.eINSTANCE.createRuleTemplate();
			if (!profile.getFlowtables().isEmpty()) {
				rule.setFlowtable(profile.getFlowtables().get(0));
			}
			rule.getProtocols().addAll(Protocol.VALUES);
			ElementLists.add(document, profile, FLOWTABLE_PROFILE__RULES, rule, editors);
		});
		form.button(ruleButtons, "Remove Rule Template", () -> ElementLists.delete(document, rules));

		Composite sysctls = form.section(body, "Default sysctls of the profile's hosts (empty: leave the host's value)");
		SysctlsEditorPart.fields(form, sysctls, profile, FLOWTABLE_PROFILE__SYSCTLS);
	}
}
