package org.nftoffload.fleet.profiles;

import java.util.Objects;

/**
 * One profile value of a host, resolved: what the host has now ({@code current}), what it inherits
 * (from a group or the profile, with the source) and whether it sets the value itself.
 *
 * @param field the field
 * @param current the value the host's flowtable or sysctls hold now (null: a sysctl left unset)
 * @param overridden whether the host sets the value itself ({@code overriddenFeatures} names it)
 * @param inherited what the value would be without the host's own: the group's or the profile's
 * @param inheritedSource where {@code inherited} comes from
 */
public record Resolution(ProfileField field, Object current, boolean overridden, Object inherited,
		ValueSource inheritedSource) {

	/** The value the precedence gives: the host's own when it set one, otherwise the inherited one. */
	public Object value() {
		return overridden ? current : inherited;
	}

	/** Where {@link #value()} comes from. */
	public ValueSource source() {
		return overridden ? new ValueSource.SetOnHost() : inheritedSource;
	}

	/** Whether the host holds what the precedence gives (false after an edit that bypassed the commands). */
	public boolean upToDate() {
		return Objects.equals(value(), current);
	}

	/** Whether Reset would change anything: the host sets a value itself, or holds a stale one. */
	public boolean resettable() {
		return (overridden || !upToDate()) && !(inheritedSource instanceof ValueSource.HostOwn);
	}

	/** "-10 from group edge-eu", "software from profile edge-fastpath", "unset (profile edge leaves it)". */
	public String describe() {
		String shown = value() == null ? "unset" : String.valueOf(value());
		return shown + " from " + source().describe();
	}
}
