package org.nftoffload.fleet.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.nftoffload.fleet.imports.InventoryValues;
import org.nftoffload.fleet.profiles.ProfileField;
import org.nftoffload.model.OffloadMode;

/**
 * What one Edit Selected... changes on many hosts or flowtables: only the fields given here; every
 * other value stays as each object has it. Each setter checks its value and throws an
 * {@link IllegalArgumentException} that names the field and what to give instead, so nothing
 * invalid reaches a command.
 * <ul>
 * <li>flowtable fields ({@link ProfileField.Scope#FLOWTABLE}: priority, offload mode, counter) go
 * to every flowtable of the hosts (or to the selected flowtables);</li>
 * <li>sysctl fields ({@link ProfileField.Scope#SYSCTLS}: the flowtable timeouts and
 * {@code nf_conntrack_acct}) to the hosts' sysctls, where null means "leave it as the host has
 * it";</li>
 * <li>SSH user and port, and tags to add or remove, to the hosts.</li>
 * </ul>
 * Profile values set this way are the host's own (see {@link FleetEdits#editHosts}).
 */
public final class BulkChanges {

	/** The timeouts' range, as the sysctl takes them (seconds; the kernel keeps jiffies in an int). */
	public static final int MIN_TIMEOUT = 1;
	public static final int MAX_TIMEOUT = 2_147_483;
	/** netfilter reserves the extremes (NF_IP_PRI_FIRST/LAST) for itself. */
	public static final long MIN_PRIORITY = Integer.MIN_VALUE + 1L;
	public static final long MAX_PRIORITY = Integer.MAX_VALUE - 1L;

	private final Map<ProfileField, Object> values = new EnumMap<>(ProfileField.class);
	private String user;
	private Integer port;
	private final Set<String> tagsToAdd = new LinkedHashSet<>();
	private final Set<String> tagsToRemove = new LinkedHashSet<>();

	public BulkChanges priority(int priority) {
		if (priority < MIN_PRIORITY || priority > MAX_PRIORITY) {
			throw new IllegalArgumentException("Priority: " + priority + " is reserved by netfilter; give a whole number from "
					+ MIN_PRIORITY + " to " + MAX_PRIORITY + " (0 is filter)");
		}
		values.put(ProfileField.PRIORITY, priority);
		return this;
	}

	public BulkChanges offloadMode(OffloadMode mode) {
		if (mode == null) {
			throw new IllegalArgumentException("Offload mode: choose none, software or hardware");
		}
		values.put(ProfileField.OFFLOAD_MODE, mode);
		return this;
	}

	public BulkChanges counter(boolean counter) {
		values.put(ProfileField.COUNTER, counter);
		return this;
	}

	/** A flowtable timeout in seconds ({@code field} TCP_TIMEOUT or UDP_TIMEOUT); null leaves each host's value. */
	public BulkChanges timeout(ProfileField field, Integer seconds) {
		if (field != ProfileField.TCP_TIMEOUT && field != ProfileField.UDP_TIMEOUT) {
			throw new IllegalArgumentException(field.label() + " is not a flowtable timeout");
		}
		if (seconds != null && (seconds < MIN_TIMEOUT || seconds > MAX_TIMEOUT)) {
			throw new IllegalArgumentException(capitalized(field.label()) + ": " + seconds + " s is out of range; give "
					+ MIN_TIMEOUT + " to " + MAX_TIMEOUT + " seconds, or nothing to leave each host's value");
		}
		values.put(field, seconds);
		return this;
	}

	/** {@code nf_conntrack_acct} on or off; null leaves each host's value. */
	public BulkChanges conntrackAccounting(Boolean on) {
		values.put(ProfileField.CONNTRACK_ACCT, on);
		return this;
	}

	public BulkChanges user(String user) {
		String problem = user == null ? "no user given" : InventoryValues.checkUser(user);
		if (problem != null) {
			throw new IllegalArgumentException("SSH user: " + problem);
		}
		this.user = user;
		return this;
	}

	public BulkChanges port(int port) {
		if (port < 1 || port > 65535) {
			throw new IllegalArgumentException("SSH port: " + port + " is not a TCP port; give a number from 1 to 65535");
		}
		this.port = port;
		return this;
	}

	public BulkChanges addTags(Collection<String> tags) {
		for (String tag : tags) {
			checkTag("Add tags", tag);
			if (tagsToRemove.contains(tag)) {
				throw new IllegalArgumentException("Add tags: " + tag + " is also to be removed; keep it in one of the two");
			}
			tagsToAdd.add(tag);
		}
		return this;
	}

	public BulkChanges removeTags(Collection<String> tags) {
		for (String tag : tags) {
			checkTag("Remove tags", tag);
			if (tagsToAdd.contains(tag)) {
				throw new IllegalArgumentException("Remove tags: " + tag + " is also to be added; keep it in one of the two");
			}
			tagsToRemove.add(tag);
		}
		return this;
	}

	private static void checkTag(String field, String tag) {
		String problem = InventoryValues.checkTag(tag);
		if (problem != null) {
			throw new IllegalArgumentException(field + ": " + problem);
		}
	}

	/** The profile fields to set, with their values (a null sysctl value: leave each host's). */
	public Map<ProfileField, Object> values() {
		return Collections.unmodifiableMap(values);
	}

	/** The fields of {@code scope} to set. */
	public Map<ProfileField, Object> values(ProfileField.Scope scope) {
		Map<ProfileField, Object> of = new EnumMap<>(ProfileField.class);
		values.forEach((field, value) -> {
			if (field.scope() == scope) {
				of.put(field, value);
			}
		});
		return of;
	}

	/** The SSH user to set, or null to leave each host's. */
	public String user() {
		return user;
	}

	/** The SSH port to set, or null to leave each host's. */
	public Integer port() {
		return port;
	}

	public Set<String> tagsToAdd() {
		return Collections.unmodifiableSet(tagsToAdd);
	}

	public Set<String> tagsToRemove() {
		return Collections.unmodifiableSet(tagsToRemove);
	}

	public boolean isEmpty() {
		return values.isEmpty() && user == null && port == null && tagsToAdd.isEmpty() && tagsToRemove.isEmpty();
	}

	/** True when something besides flowtable fields is to change: only hosts can take that. */
	public boolean changesHosts() {
		return !values(ProfileField.Scope.SYSCTLS).isEmpty() || user != null || port != null || !tagsToAdd.isEmpty()
				|| !tagsToRemove.isEmpty();
	}

	/** In words, for the command's label (Edit > Undo names it): "offload mode software, tag +lab". */
	public String describe() {
		List<String> parts = new ArrayList<>();
		values.forEach((field, value) -> parts.add(field.label() + " " + describe(field, value)));
		if (user != null) {
			parts.add("user " + user);
		}
		if (port != null) {
			parts.add("port " + port);
		}
		tagsToAdd.forEach(t -> parts.add("tag +" + t));
		tagsToRemove.forEach(t -> parts.add("tag -" + t));
		return String.join(", ", parts);
	}

	private static String describe(ProfileField field, Object value) {
		if (value == null) {
			return "as each host has it";
		}
		if (value instanceof Boolean on) {
			return on ? "on" : "off";
		}
		return field == ProfileField.TCP_TIMEOUT || field == ProfileField.UDP_TIMEOUT ? value + " s" : value.toString();
	}

	private static String capitalized(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
