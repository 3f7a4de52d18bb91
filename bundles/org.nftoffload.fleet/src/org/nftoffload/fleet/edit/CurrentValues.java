package org.nftoffload.fleet.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.nftoffload.fleet.profiles.ProfileField;
import org.nftoffload.model.Flowtable;
import org.nftoffload.model.Host;

/**
 * The values many hosts or flowtables have now, field by field, for Edit Selected...: each value
 * with how many objects have it, so a dialog can show "software (180), hardware (20)" where they
 * are mixed. One pass over the objects.
 */
public final class CurrentValues {

	private final int hosts;
	private final int flowtables;
	private final Map<ProfileField, Map<Object, Integer>> fields = new EnumMap<>(ProfileField.class);
	private final Map<Object, Integer> users = new LinkedHashMap<>();
	private final Map<Object, Integer> ports = new LinkedHashMap<>();
	/** Sorted by name: the order a tag list is read in. */
	private final Map<String, Integer> tags = new TreeMap<>();

	private CurrentValues(int hosts, int flowtables) {
		this.hosts = hosts;
		this.flowtables = flowtables;
		for (ProfileField field : ProfileField.values()) {
			fields.put(field, new LinkedHashMap<>());
		}
	}

	/** Of hosts: their flowtables' fields, their sysctls (null: the host's sysctl is left as it is), user, port, tags. */
	public static CurrentValues ofHosts(Collection<Host> hosts) {
		List<Flowtable> flowtables = new ArrayList<>();
		hosts.forEach(h -> flowtables.addAll(h.getFlowtables()));
		CurrentValues values = new CurrentValues(hosts.size(), flowtables.size());
		values.countFlowtables(flowtables);
		for (Host host : hosts) {
			for (ProfileField field : ProfileField.of(ProfileField.Scope.SYSCTLS)) {
				count(values.fields.get(field), host.getSysctls() == null ? null : host.getSysctls().eGet(field.attribute()));
			}
			count(values.users, host.getUser());
			count(values.ports, host.getPort());
			host.getTags().forEach(t -> values.tags.merge(t, 1, Integer::sum));
		}
		return values;
	}

	/** Of flowtables: their priority, offload mode and counter. */
	public static CurrentValues ofFlowtables(Collection<Flowtable> flowtables) {
		CurrentValues values = new CurrentValues(0, flowtables.size());
		values.countFlowtables(flowtables);
		return values;
	}

	private void countFlowtables(Collection<Flowtable> of) {
		for (Flowtable flowtable : of) {
			for (ProfileField field : ProfileField.of(ProfileField.Scope.FLOWTABLE)) {
				count(fields.get(field), flowtable.eGet(field.attribute()));
			}
		}
	}

	private static void count(Map<Object, Integer> counts, Object value) {
		counts.merge(value == null ? Unset.UNSET : value, 1, Integer::sum);
	}

	/** Stands for "not set" among the values (maps do not hold null keys in every implementation). */
	public enum Unset {
		UNSET
	}

	/** How many hosts the values are of (0 for flowtables). */
	public int hostCount() {
		return hosts;
	}

	/** How many flowtables the flowtable fields' values are of. */
	public int flowtableCount() {
		return flowtables;
	}

	/** The values of {@code field}, each with how many objects have it, in the order first met; {@link Unset#UNSET} for none. */
	public Map<Object, Integer> of(ProfileField field) {
		return Collections.unmodifiableMap(fields.get(field));
	}

	public Map<Object, Integer> users() {
		return Collections.unmodifiableMap(users);
	}

	public Map<Object, Integer> ports() {
		return Collections.unmodifiableMap(ports);
	}

	/** Every tag of the hosts with how many carry it, by name. */
	public Map<String, Integer> tags() {
		return Collections.unmodifiableMap(tags);
	}

	/** The one value every object has, or null when they differ or there are none. */
	public static Object common(Map<Object, Integer> values) {
		return values.size() == 1 ? values.keySet().iterator().next() : null;
	}
}
