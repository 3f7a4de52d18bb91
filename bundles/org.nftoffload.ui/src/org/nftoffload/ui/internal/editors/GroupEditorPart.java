package org.nftoffload.ui.internal.editors;

import static org.nftoffload.model.ModelPackage.Literals.HOST_GROUP__APPLIED_PROFILE;
import static org.nftoffload.model.ModelPackage.Literals.HOST_GROUP__HOSTS;
import static org.nftoffload.model.ModelPackage.Literals.HOST_GROUP__NAME;
import static org.nftoffload.model.ModelPackage.Literals.HOST_GROUP__SETTINGS;
import static org.nftoffload.model.ModelPackage.Literals.HOST_GROUP__SUBGROUPS;
import static org.nftoffload.model.ModelPackage.Literals.OFFLOAD_SETTINGS__COUNTER;
import static org.nftoffload.model.ModelPackage.Literals.OFFLOAD_SETTINGS__FLOWTABLE_TCP_TIMEOUT;
import static org.nftoffload.model.ModelPackage.Literals.OFFLOAD_SETTINGS__FLOWTABLE_UDP_TIMEOUT;
import static org.nftoffload.model.ModelPackage.Literals.OFFLOAD_SETTINGS__OFFLOAD_MODE;
import static org.nftoffload.model.ModelPackage.Literals.OFFLOAD_SETTINGS__PRIORITY;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.FlowtableProfile;
import org.nftoffload.model.Host;
import org.nftoffload.model.HostGroup;
import org.nftoffload.model.OffloadMode;
import org.nftoffload.ui.internal.editors.EditorForm.Column;

/**
 * The group editor: name, member hosts, subgroups (whose hosts belong to this group too), the
 * profile applied to the group, and the settings the group gives its hosts' profile flowtables
 * (empty: the profile's default applies).
 */
public final class GroupEditorPart extends ElementEditorPart {

	/** A group's settings are optional: empty means "take the profile's default". */
	static final String INHERIT = "profile default";

	@Override
	protected void createFields(EditorForm form, Composite body) {
		HostGroup group = (HostGroup) element;
		Composite basics = form.section(body, "Group");
		form.text(basics, "&Name:", group, HOST_GROUP__NAME, TextCodec.TRIMMED);
		form.checklist(basics, "&Members:", group, HOST_GROUP__HOSTS, () -> fleetOf(group) == null ? List.of()
				: List.copyOf(fleetOf(group).getHosts()),
				List.of(new Column("Host", 140, h -> ((Host) h).getName()),
						new Column("Address", 180, h -> String.valueOf(((Host) h).getAddress())),
						new Column("Tags", 160, h -> String.join(", ", ((Host) h).getTags()))),
				8);
		form.checklist(basics, "S&ubgroups:", group, HOST_GROUP__SUBGROUPS, () -> otherGroups(group),
				List.of(new Column("Group", 200, g -> ((HostGroup) g).getName())), 4);
		form.choice(basics, "Applied &profile:", group, null, HOST_GROUP__APPLIED_PROFILE, () -> profiles(group),
				v -> v == null ? "none" : ((FlowtableProfile) v).getName());

		Composite settings = form.section(body, "Settings for the group's hosts (empty: the profile's default)");
		form.text(settings, "P&riority:", group, HOST_GROUP__SETTINGS, OFFLOAD_SETTINGS__PRIORITY,
				TextCodec.optionalInteger("The priority", Integer.MIN_VALUE + 1L, Integer.MAX_VALUE - 1L, "take the profile's"));
		List<Object> modes = new ArrayList<>();
		modes.add(null);
		modes.addAll(OffloadMode.VALUES);
		form.choice(settings, "&Offload mode:", group, HOST_GROUP__SETTINGS, OFFLOAD_SETTINGS__OFFLOAD_MODE, () -> modes,
				v -> v == null ? INHERIT : ((OffloadMode) v).getLiteral());
		form.choice(settings, "&Counter:", group, HOST_GROUP__SETTINGS, OFFLOAD_SETTINGS__COUNTER,
				() -> Arrays.asList(null, Boolean.TRUE, Boolean.FALSE),
				v -> v == null ? INHERIT : (Boolean) v ? "on" : "off");
		form.text(settings, "&TCP timeout (s):", group, HOST_GROUP__SETTINGS, OFFLOAD_SETTINGS__FLOWTABLE_TCP_TIMEOUT,
				SysctlsEditorPart.TIMEOUT);
		form.text(settings, "U&DP timeout (s):", group, HOST_GROUP__SETTINGS, OFFLOAD_SETTINGS__FLOWTABLE_UDP_TIMEOUT,
				SysctlsEditorPart.TIMEOUT);
	}

	private static Fleet fleetOf(HostGroup group) {
		return group.eContainer() instanceof Fleet fleet ? fleet : null;
	}

	private static List<?> otherGroups(HostGroup group) {
		Fleet fleet = fleetOf(group);
		return fleet == null ? List.of() : fleet.getGroups().stream().filter(g -> g != group).toList();
	}

	private static List<?> profiles(HostGroup group) {
		List<Object> choices = new ArrayList<>();
		choices.add(null);
		if (fleetOf(group) != null) {
			choices.addAll(fleetOf(group).getProfiles());
		}
		return choices;
	}
}
