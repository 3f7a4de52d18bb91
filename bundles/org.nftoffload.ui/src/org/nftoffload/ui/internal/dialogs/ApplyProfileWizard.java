package org.nftoffload.ui.internal.dialogs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.wizard.Wizard;
import org.nftoffload.fleet.HostGroups;
import org.nftoffload.fleet.edit.FleetEdits;
import org.nftoffload.fleet.profiles.ProfileApplication;
import org.nftoffload.fleet.profiles.ProfilePreview;
import org.nftoffload.fleet.profiles.ProfileValues;
import org.nftoffload.fleet.profiles.RoleMappings;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.FlowtableProfile;
import org.nftoffload.model.Host;
import org.nftoffload.model.HostGroup;
import org.nftoffload.model.NetworkInterface;
import org.nftoffload.ui.internal.FleetDocument;

/**
 * Fleet &gt; Apply Profile...: a profile applied to a group, the hosts with a tag, or the selected
 * hosts, in three pages: what and to whom; which interfaces play each role on each host (filled
 * in from earlier bindings and the probe, an unmapped role an error on its row that keeps Finish
 * disabled); and each host's rendered nft diff. Finish is one command on the fleet's stack: one
 * Edit &gt; Undo takes the profile back from every host. Nothing reaches a host until Fleet &gt; Apply.
 */
public final class ApplyProfileWizard extends Wizard {

	/** What the profile is applied to. */
	public enum TargetKind {
		GROUP, TAG, SELECTION
	}

	/** One host's row of the mapping: what is typed per role and what it reads as. */
	static final class HostRow {
		final Host host;
		final Map<String, String> typed = new LinkedHashMap<>();
		final Map<String, RoleMappings.Parsed> parsed = new LinkedHashMap<>();
		ProfilePreview preview;

		HostRow(Host host) {
			this.host = host;
		}

		/** The first problem of the row (an unmapped role, an unknown interface), or null. */
		String problem() {
			for (RoleMappings.Parsed result : parsed.values()) {
				if (!result.ok()) {
					return result.error();
				}
			}
			return null;
		}

		Map<String, List<NetworkInterface>> mapping() {
			Map<String, List<NetworkInterface>> mapping = new LinkedHashMap<>();
			parsed.forEach((role, result) -> mapping.put(role, result.devices()));
			return mapping;
		}
	}

	private final FleetDocument document;
	private final Fleet fleet;
	FlowtableProfile profile;
	TargetKind kind;
	HostGroup group;
	String tag;
	final List<Host> selection;
	/** Rows by host, kept when the target changes so that what was typed is not lost. */
	private final Map<Host, HostRow> rows = new HashMap<>();
	private Command executed;

	ApplyProfileTargetPage targetPage;
	ApplyProfileMappingPage mappingPage;
	ApplyProfilePreviewPage previewPage;

	public ApplyProfileWizard(FleetDocument document, List<Host> selection, HostGroup group, FlowtableProfile profile) {
		this.document = document;
		this.fleet = document.fleet();
		this.selection = List.copyOf(selection);
		this.group = group != null ? group : fleet.getGroups().stream().findFirst().orElse(null);
		this.kind = group != null ? TargetKind.GROUP : !selection.isEmpty() ? TargetKind.SELECTION
				: this.group != null ? TargetKind.GROUP : TargetKind.SELECTION;
		this.profile = profile != null ? profile
				: this.group != null && this.group.getAppliedProfile() != null ? this.group.getAppliedProfile()
						: fleet.getProfiles().stream().findFirst().orElse(null);
		this.tag = tags().stream().findFirst().orElse(null);
		setWindowTitle("Apply Profile");
		setNeedsProgressMonitor(false);
		setHelpAvailable(false);
	}

	/** Starts with the hosts carrying {@code name} as the target (a tag selected in the Fleet view). */
	public void targetTag(String name) {
		if (tags().contains(name)) {
			kind = TargetKind.TAG;
			tag = name;
		}
	}

	@Override
	public void addPages() {
		targetPage = new ApplyProfileTargetPage(this);
		mappingPage = new ApplyProfileMappingPage(this);
		previewPage = new ApplyProfilePreviewPage(this);
		addPage(targetPage);
		addPage(mappingPage);
		addPage(previewPage);
	}

	Fleet fleet() {
		return fleet;
	}

	/** The tags of the fleet's hosts, sorted. */
	Set<String> tags() {
		Set<String> tags = new TreeSet<>();
		fleet.getHosts().forEach(h -> tags.addAll(h.getTags()));
		return tags;
	}

	/** The hosts the target names, in the fleet's order. */
	List<Host> hosts() {
		return switch (kind) {
		case GROUP -> {
			if (group == null) {
				yield List.of();
			}
			yield HostGroups.members(fleet, group);
		}
		case TAG -> tag == null ? List.of() : fleet.getHosts().stream().filter(h -> h.getTags().contains(tag)).toList();
		case SELECTION -> selection;
		};
	}

	/** The roles every host must map. */
	List<String> roles() {
		return profile == null ? List.of() : RoleMappings.requiredRoles(profile);
	}

	/** The rows of the target's hosts, made (and filled in from bindings and the probe) when first needed. */
	List<HostRow> rows() {
		List<HostRow> result = new ArrayList<>();
		for (Host host : hosts()) {
			HostRow row = rows.computeIfAbsent(host, HostRow::new);
			boolean fresh = !row.typed.keySet().equals(new java.util.LinkedHashSet<>(roles()));
			if (fresh) {
				Map<String, List<NetworkInterface>> suggested = RoleMappings.suggest(host, profile);
				Map<String, String> before = new HashMap<>(row.typed);
				row.typed.clear();
				row.parsed.clear();
				for (String role : roles()) {
					String text = before.containsKey(role) ? before.get(role)
							: RoleMappings.format(suggested.getOrDefault(role, List.of()));
					type(row, role, text);
				}
			}
			result.add(row);
		}
		return result;
	}

	/** Takes what was typed for {@code role} on {@code row}. */
	void type(HostRow row, String role, String text) {
		row.typed.put(role, text);
		row.parsed.put(role, RoleMappings.parse(row.host, role, text));
		row.preview = null;
	}

	/** The preview of one row, computed when first shown. */
	ProfilePreview preview(HostRow row) {
		if (row.problem() != null) {
			return null;
		}
		if (row.preview == null) {
			ProfileApplication.HostPlan plan = ProfileApplication.plan(ProfileValues.of(fleet), profile, row.host,
					row.mapping());
			row.preview = ProfilePreview.of(plan);
		}
		return row.preview;
	}

	/** The first row with a problem, or null. */
	HostRow firstProblem() {
		return rows().stream().filter(r -> r.problem() != null).findFirst().orElse(null);
	}

	/** The target in words: "group edge-eu (3 hosts)". */
	String targetText() {
		int n = hosts().size();
		String hosts = n + (n == 1 ? " host" : " hosts");
		return switch (kind) {
		case GROUP -> "group " + (group == null ? "(none)" : group.getName()) + " (" + hosts + ")";
		case TAG -> "tag " + tag + " (" + hosts + ")";
		case SELECTION -> "the selected " + hosts;
		};
	}

	@Override
	public boolean canFinish() {
		return profile != null && !hosts().isEmpty() && firstProblem() == null;
	}

	@Override
	public boolean performFinish() {
		if (!canFinish()) {
			return false;
		}
		Map<Host, Map<String, List<NetworkInterface>>> mapping = new HashMap<>();
		List<HostRow> all = rows();
		for (HostRow row : all) {
			mapping.put(row.host, row.mapping());
		}
		Command command;
		try {
			command = kind == TargetKind.GROUP ? FleetEdits.applyProfileToGroup(document.domain(), profile, group, mapping)
					: FleetEdits.applyProfile(document.domain(), profile, hosts(), mapping);
		} catch (FleetEdits.MappingException e) {
			// the mapping page shows every such problem first; a host changed meanwhile ends here
			mappingPage.setErrorMessage(e.getMessage());
			return false;
		}
		document.commandStack().execute(command);
		executed = command;
		return true;
	}

	/** The command Finish executed, or null. */
	public Command executed() {
		return executed;
	}
}
