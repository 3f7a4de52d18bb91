package org.nftoffload.fleet.profiles;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.nftoffload.model.Host;
import org.nftoffload.model.SysctlSettings;
import org.nftoffload.nft.NftParseException;
import org.nftoffload.nft.NftRenderException;
import org.nftoffload.nft.NftRenderer;
import org.nftoffload.nft.NftTextParser;
import org.nftoffload.nft.RulesetDiff;

/**
 * What applying a profile changes in one host's rendered nft script, before anything changes: the
 * host's script as the model has it now against the script of a copy with the plan carried out
 * (the engine's render and diff), plus the sysctls that change, which are not part of the script.
 *
 * @param changes one line per change ("flowtable inet ft: priority 0 -> -10"), sysctls included
 * @param unifiedDiff the scripts' diff ({@code --- now/HOST}, {@code +++ with profile/HOST}); empty when equal
 * @param error why no diff can be shown (the host's script cannot be rendered as it is), or null
 */
public record ProfilePreview(List<String> changes, String unifiedDiff, String error) {

	public ProfilePreview {
		changes = List.copyOf(changes);
	}

	public static ProfilePreview of(ProfileApplication.HostPlan plan) {
		Host host = plan.host();
		Host after = ProfileApplication.preview(plan);
		List<String> changes = new ArrayList<>();
		String diff;
		try {
			String now = NftRenderer.renderTables(host);
			RulesetDiff.Result result = RulesetDiff.diff(after, NftTextParser.parse(now, "the model of " + host.getName()));
			result.changes().forEach(change -> changes.add(change.describe()));
			diff = relabel(result.unifiedDiff(), host.getName());
		} catch (NftRenderException | NftParseException e) {
			return new ProfilePreview(List.of(), "", host.getName() + ": the script cannot be rendered: " + e.getMessage());
		}
		changes.addAll(sysctlChanges(plan));
		return new ProfilePreview(changes, diff, null);
	}

	/** Whether the apply changes anything this preview can show. */
	public boolean changesSomething() {
		return !changes.isEmpty();
	}

	private static List<String> sysctlChanges(ProfileApplication.HostPlan plan) {
		SysctlSettings sysctls = plan.host().getSysctls();
		Map<ProfileField, Object> now = new EnumMap<>(ProfileField.class);
		for (ProfileField field : ProfileField.of(ProfileField.Scope.SYSCTLS)) {
			now.put(field, sysctls == null ? null : sysctls.eGet(field.attribute()));
		}
		List<String> lines = new ArrayList<>();
		plan.sysctls().forEach((field, value) -> {
			Object before = now.get(field);
			if (!Objects.equals(before, value)) {
				lines.add("~ sysctl " + field.label() + ": " + shown(before) + " -> " + shown(value));
			}
		});
		return lines;
	}

	private static String shown(Object value) {
		return value == null ? "unset" : value.toString();
	}

	/** The engine labels its sides live/desired; here both are the model, before and after. */
	private static String relabel(String diff, String host) {
		String name = host == null ? "host" : host;
		if (diff.startsWith("--- live/" + name + "\n+++ desired/" + name + "\n")) {
			return "--- now/" + name + "\n+++ with profile/" + name + "\n"
					+ diff.substring(("--- live/" + name + "\n+++ desired/" + name + "\n").length());
		}
		return diff;
	}
}
