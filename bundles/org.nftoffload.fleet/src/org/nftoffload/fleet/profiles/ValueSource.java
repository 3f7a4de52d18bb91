package org.nftoffload.fleet.profiles;

import java.util.List;

import org.nftoffload.model.FlowtableProfile;
import org.nftoffload.model.HostGroup;

/** Where a profile value of a host comes from (see {@link ProfileValues} for the order). */
public sealed interface ValueSource {

	/** In an engineer's words, for the editors and reports: "group edge-eu". */
	String describe();

	/** The host sets the value itself (it is in {@code overriddenFeatures}); Reset takes it back. */
	record SetOnHost() implements ValueSource {
		@Override
		public String describe() {
			return "set on this host";
		}
	}

	/**
	 * A group's settings give the value; {@code shadowed} are the other groups of the host that set it
	 * too and lose to this one (farther away, or listed later in the fleet).
	 */
	record Group(HostGroup group, List<HostGroup> shadowed) implements ValueSource {
		public Group {
			shadowed = List.copyOf(shadowed);
		}

		@Override
		public String describe() {
			String text = "group " + name(group.getName());
			if (!shadowed.isEmpty()) {
				text += ", over " + String.join(", ", shadowed.stream().map(g -> name(g.getName())).toList());
			}
			return text;
		}
	}

	/** The profile's default; for a sysctl the profile may leave it unset (the host's sysctl is not touched). */
	record ProfileDefault(FlowtableProfile profile) implements ValueSource {
		@Override
		public String describe() {
			return "profile " + name(profile == null ? null : profile.getName());
		}
	}

	/** Not a profile value: a flowtable of the host's own, or the sysctls of a host without a profile. */
	record HostOwn() implements ValueSource {
		@Override
		public String describe() {
			return "this host (not from a profile)";
		}
	}

	private static String name(String name) {
		return name == null || name.isBlank() ? "(unnamed)" : name;
	}
}
