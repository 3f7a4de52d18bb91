package org.nftoffload.ui.internal.parts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.FlowtableProfile;
import org.nftoffload.model.Host;
import org.nftoffload.model.HostGroup;
import org.nftoffload.ui.internal.NavigatorNodes.Member;
import org.nftoffload.ui.internal.NavigatorNodes.Tag;
import org.nftoffload.ui.internal.NavigatorNodes.Tags;

/**
 * The navigator's filter: every word must match a host's name, address, a tag or the name of a
 * group it belongs to ({@code tag:edge}, {@code group:dc1}, {@code name:}, {@code address:} match
 * that field only). Groups show when their name or a member matches; profiles when their name does;
 * the fleet's tags when a word (bare or {@code tag:}) matches them;
 * a shown host shows everything below it. What each host is matched against is built once per
 * filter text and fleet change (a map lookup per row after that), so 10,000 hosts filter at once.
 */
final class NavigatorFilter extends ViewerFilter {

	/** What one host is matched against, lower-cased. */
	private record Haystack(String name, String address, List<String> tags, List<String> groups) {
	}

	private List<String[]> terms = List.of();
	private Map<Host, Haystack> haystacks;

	/** Sets the filter text; true when it changed what is shown. */
	boolean setText(String text) {
		List<String[]> parsed = new ArrayList<>();
		for (String word : text.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
			if (word.isEmpty()) {
				continue;
			}
			int colon = word.indexOf(':');
			String field = colon > 0 ? word.substring(0, colon) : "";
			if (List.of("tag", "group", "name", "address").contains(field)) {
				parsed.add(new String[] { field, word.substring(colon + 1) });
			} else {
				parsed.add(new String[] { "", word });
			}
		}
		boolean changed = !same(parsed, terms);
		terms = parsed;
		return changed;
	}

	private static boolean same(List<String[]> a, List<String[]> b) {
		if (a.size() != b.size()) {
			return false;
		}
		for (int i = 0; i < a.size(); i++) {
			if (!java.util.Arrays.equals(a.get(i), b.get(i))) {
				return false;
			}
		}
		return true;
	}

	boolean active() {
		return !terms.isEmpty();
	}

	/** The fleet changed: names, tags or memberships may have. */
	void invalidate() {
		haystacks = null;
	}

	@Override
	public boolean select(Viewer viewer, Object parent, Object element) {
		if (terms.isEmpty()) {
			return true;
		}
		return switch (element) {
		case Host host when parent instanceof Fleet fleet -> matches(fleet, host);
		case Member member -> matches((Fleet) member.group().eContainer(), member.host()) || groupMatches(member.group());
		case HostGroup group -> groupMatches(group) || group.getHosts().stream()
				.anyMatch(h -> h.eContainer() instanceof Fleet f && matches(f, h));
		case FlowtableProfile profile -> terms.stream().allMatch(t -> t[0].isEmpty()
				&& lower(profile.getName()).contains(t[1]));
		// the tags the words match, so that "tag:lab" offers tag lab to pick as a target
		case Tags tags -> tags.children().stream().anyMatch(this::tagMatches);
		case Tag tag -> tagMatches(tag);
		default -> true;
		};
	}

	private boolean tagMatches(Tag tag) {
		String name = lower(tag.name());
		return terms.stream().allMatch(t -> (t[0].isEmpty() || t[0].equals("tag")) && name.contains(t[1]));
	}

	private boolean groupMatches(HostGroup group) {
		String name = lower(group.getName());
		return terms.stream().allMatch(t -> (t[0].isEmpty() || t[0].equals("group") || t[0].equals("name"))
				&& name.contains(t[1]));
	}

	boolean matches(Fleet fleet, Host host) {
		if (fleet == null) {
			return false;
		}
		Haystack haystack = haystacks(fleet).get(host);
		if (haystack == null) {
			return false;
		}
		for (String[] term : terms) {
			String word = term[1];
			boolean hit = switch (term[0]) {
			case "name" -> haystack.name().contains(word);
			case "address" -> haystack.address().contains(word);
			case "tag" -> haystack.tags().stream().anyMatch(t -> t.contains(word));
			case "group" -> haystack.groups().stream().anyMatch(g -> g.contains(word));
			default -> haystack.name().contains(word) || haystack.address().contains(word)
					|| haystack.tags().stream().anyMatch(t -> t.contains(word))
					|| haystack.groups().stream().anyMatch(g -> g.contains(word));
			};
			if (!hit) {
				return false;
			}
		}
		return true;
	}

	private Map<Host, Haystack> haystacks(Fleet fleet) {
		if (haystacks == null) {
			// a host is in its groups and, through subgroups (Ansible's children), in their parents
			Map<Host, List<String>> groups = new HashMap<>();
			for (HostGroup group : fleet.getGroups()) {
				java.util.Set<HostGroup> reached = new java.util.LinkedHashSet<>();
				java.util.ArrayDeque<HostGroup> todo = new java.util.ArrayDeque<>(List.of(group));
				while (!todo.isEmpty()) {
					HostGroup next = todo.pop();
					if (reached.add(next)) {
						todo.addAll(next.getSubgroups());
					}
				}
				String name = lower(group.getName());
				for (HostGroup member : reached) {
					for (Host host : member.getHosts()) {
						List<String> names = groups.computeIfAbsent(host, h -> new ArrayList<>());
						if (!names.contains(name)) {
							names.add(name);
						}
					}
				}
			}
			Map<Host, Haystack> built = new HashMap<>(fleet.getHosts().size() * 2);
			for (Host host : fleet.getHosts()) {
				built.put(host, new Haystack(lower(host.getName()), lower(host.getAddress()),
						host.getTags().stream().map(NavigatorFilter::lower).toList(), groups.getOrDefault(host, List.of())));
			}
			haystacks = built;
		}
		return haystacks;
	}

	private static String lower(String value) {
		return value == null ? "" : value.toLowerCase(Locale.ROOT);
	}
}
