package org.nftoffload.fleet.profiles;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.nftoffload.fleet.profiles.internal.GroupIndex;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Flowtable;
import org.nftoffload.model.FlowtableProfile;
import org.nftoffload.model.FlowtableTemplate;
import org.nftoffload.model.Host;
import org.nftoffload.model.HostGroup;
import org.nftoffload.model.OffloadSettings;
import org.nftoffload.model.SysctlSettings;

/**
 * The precedence of profile values: <b>host &gt; group &gt; profile default</b>, for a profile
 * flowtable's priority, offload mode and counter and for the host's flowtable timeouts (and
 * {@code nf_conntrack_acct}, which groups do not set).
 * <ol>
 * <li>A value the host sets itself (its name is in the flowtable's or sysctls'
 * {@code overriddenFeatures}) is kept.</li>
 * <li>Otherwise the <b>nearest group</b> of the host whose settings set the field gives it: a group
 * that lists the host is nearer than a group that contains it through a subgroup (Ansible's rule:
 * children before parents); between groups at the same distance, the one <b>listed first</b> in
 * the fleet's groups wins, as the first matching line of an access list does.</li>
 * <li>Otherwise the profile's default: the flowtable's template, or the applied profile's sysctls
 * (which may leave a sysctl unset: then it is not touched on the host).</li>
 * </ol>
 * Only profile flowtables (those with a template) and the sysctls of a host with an applied profile
 * take part; anything else is the host's own. The groups that lose are named in the source
 * ({@link ValueSource.Group#shadowed()}), so an editor can show why a value is not theirs.
 * <p>
 * An instance reads the fleet's group membership once: build one per refresh or per command.
 */
public final class ProfileValues {

	private final GroupIndex groups;

	private ProfileValues(Fleet fleet) {
		this.groups = new GroupIndex(fleet);
	}

	/** The values of {@code fleet}'s hosts (null: hosts outside any fleet, which have no groups). */
	public static ProfileValues of(Fleet fleet) {
		return new ProfileValues(fleet);
	}

	/** The values of the fleet {@code object} belongs to. */
	public static ProfileValues ofFleetOf(EObject object) {
		EObject root = object == null ? null : org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(object);
		return new ProfileValues(root instanceof Fleet fleet ? fleet : null);
	}

	/** A field of a host's flowtable. */
	public Resolution resolve(Flowtable flowtable, ProfileField field) {
		requireScope(field, ProfileField.Scope.FLOWTABLE);
		Object current = flowtable.eGet(field.attribute());
		FlowtableTemplate template = flowtable.getTemplate();
		if (template == null) {
			return new Resolution(field, current, false, current, new ValueSource.HostOwn());
		}
		boolean overridden = flowtable.getOverriddenFeatures().contains(field.featureName());
		Inherited inherited = inherited(hostOf(flowtable), template, field);
		return new Resolution(field, current, overridden, inherited.value(), inherited.source());
	}

	/** A sysctl field of a host. */
	public Resolution resolve(Host host, ProfileField field) {
		requireScope(field, ProfileField.Scope.SYSCTLS);
		SysctlSettings sysctls = host.getSysctls();
		Object current = sysctls == null ? null : sysctls.eGet(field.attribute());
		FlowtableProfile profile = host.getAppliedProfile();
		if (profile == null) {
			return new Resolution(field, current, false, current, new ValueSource.HostOwn());
		}
		boolean overridden = sysctls != null && sysctls.getOverriddenFeatures().contains(field.featureName());
		Inherited inherited = inheritedSysctl(host, profile, field);
		return new Resolution(field, current, overridden, inherited.value(), inherited.source());
	}

	/** Every field of the flowtable, in {@link ProfileField} order. */
	public List<Resolution> resolveAll(Flowtable flowtable) {
		List<Resolution> all = new ArrayList<>();
		for (ProfileField field : ProfileField.of(ProfileField.Scope.FLOWTABLE)) {
			all.add(resolve(flowtable, field));
		}
		return all;
	}

	/** Every sysctl field of the host, in {@link ProfileField} order. */
	public List<Resolution> resolveAll(Host host) {
		List<Resolution> all = new ArrayList<>();
		for (ProfileField field : ProfileField.of(ProfileField.Scope.SYSCTLS)) {
			all.add(resolve(host, field));
		}
		return all;
	}

	/** A value and where it comes from, without the host's own. */
	record Inherited(Object value, ValueSource source) {
	}

	/** What a flowtable made from {@code template} on {@code host} inherits for {@code field}. */
	Inherited inherited(Host host, FlowtableTemplate template, ProfileField field) {
		Inherited fromGroup = fromGroups(host, field);
		if (fromGroup != null) {
			return fromGroup;
		}
		return new Inherited(template.eGet(field.attribute()), new ValueSource.ProfileDefault(profileOf(template)));
	}

	/** What {@code host} inherits for a sysctl {@code field} once {@code profile} is its profile. */
	Inherited inheritedSysctl(Host host, FlowtableProfile profile, ProfileField field) {
		Inherited fromGroup = fromGroups(host, field);
		if (fromGroup != null) {
			return fromGroup;
		}
		SysctlSettings defaults = profile.getSysctls();
		return new Inherited(defaults == null ? null : defaults.eGet(field.attribute()),
				new ValueSource.ProfileDefault(profile));
	}

	private Inherited fromGroups(Host host, ProfileField field) {
		if (host == null || field.groupAttribute() == null) {
			return null;
		}
		HostGroup winner = null;
		Object value = null;
		List<HostGroup> shadowed = new ArrayList<>();
		for (GroupIndex.Membership membership : groups.groupsOf(host)) {
			OffloadSettings settings = membership.group().getSettings();
			if (settings == null || !settings.eIsSet(field.groupAttribute())) {
				continue;
			}
			if (winner == null) {
				winner = membership.group();
				value = settings.eGet(field.groupAttribute());
			} else {
				shadowed.add(membership.group());
			}
		}
		return winner == null ? null : new Inherited(value, new ValueSource.Group(winner, shadowed));
	}

	/** The groups {@code host} belongs to, nearest first (the order in which their settings count). */
	public List<HostGroup> groupsOf(Host host) {
		return groups.groupsOf(host).stream().map(GroupIndex.Membership::group).toList();
	}

	static Host hostOf(EObject object) {
		for (EObject o = object; o != null; o = o.eContainer()) {
			if (o instanceof Host host) {
				return host;
			}
		}
		return null;
	}

	static FlowtableProfile profileOf(FlowtableTemplate template) {
		return template.eContainer() instanceof FlowtableProfile profile ? profile : null;
	}

	private static void requireScope(ProfileField field, ProfileField.Scope scope) {
		if (field.scope() != scope) {
			throw new IllegalArgumentException(field.label() + " is not a " + scope.name().toLowerCase() + " field");
		}
	}
}
