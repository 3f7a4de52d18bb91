package org.nftoffload.fleet.profiles;

import org.eclipse.emf.ecore.EAttribute;
import org.nftoffload.model.ModelPackage.Literals;

/**
 * The values a profile gives its hosts that a group can change and a host can set itself: three of
 * each profile flowtable ({@link Scope#FLOWTABLE}) and three of the host's netfilter sysctls
 * ({@link Scope#SYSCTLS}). Each is resolved host &gt; group &gt; profile default (see
 * {@link ProfileValues}); the name recorded in {@code overriddenFeatures} is the attribute's name.
 */
public enum ProfileField {
	PRIORITY(Scope.FLOWTABLE, "priority", Literals.ABSTRACT_FLOWTABLE__PRIORITY, Literals.OFFLOAD_SETTINGS__PRIORITY),
	OFFLOAD_MODE(Scope.FLOWTABLE, "offload mode", Literals.ABSTRACT_FLOWTABLE__OFFLOAD_MODE,
			Literals.OFFLOAD_SETTINGS__OFFLOAD_MODE),
	COUNTER(Scope.FLOWTABLE, "counter", Literals.ABSTRACT_FLOWTABLE__COUNTER, Literals.OFFLOAD_SETTINGS__COUNTER),
	TCP_TIMEOUT(Scope.SYSCTLS, "TCP flow timeout", Literals.SYSCTL_SETTINGS__FLOWTABLE_TCP_TIMEOUT,
			Literals.OFFLOAD_SETTINGS__FLOWTABLE_TCP_TIMEOUT),
	UDP_TIMEOUT(Scope.SYSCTLS, "UDP flow timeout", Literals.SYSCTL_SETTINGS__FLOWTABLE_UDP_TIMEOUT,
			Literals.OFFLOAD_SETTINGS__FLOWTABLE_UDP_TIMEOUT),
	/** Groups have no setting for it (OffloadSettings has none): host &gt; profile default. */
	CONNTRACK_ACCT(Scope.SYSCTLS, "conntrack accounting", Literals.SYSCTL_SETTINGS__CONNTRACK_ACCT, null);

	/** Where the value lives on the host: in a profile flowtable, or in the host's sysctls. */
	public enum Scope {
		FLOWTABLE, SYSCTLS
	}

	private final Scope scope;
	private final String label;
	private final EAttribute attribute;
	private final EAttribute groupAttribute;

	ProfileField(Scope scope, String label, EAttribute attribute, EAttribute groupAttribute) {
		this.scope = scope;
		this.label = label;
		this.attribute = attribute;
		this.groupAttribute = groupAttribute;
	}

	public Scope scope() {
		return scope;
	}

	/** In an engineer's words: "priority", "TCP flow timeout". */
	public String label() {
		return label;
	}

	/**
	 * The attribute on the host's object ({@code Flowtable} or {@code SysctlSettings}) and, with the
	 * same name, on the profile's default ({@code FlowtableTemplate} or the profile's
	 * {@code SysctlSettings}).
	 */
	public EAttribute attribute() {
		return attribute;
	}

	/** The attribute of a group's {@code OffloadSettings}, or null when groups cannot set this field. */
	public EAttribute groupAttribute() {
		return groupAttribute;
	}

	/** The name {@code overriddenFeatures} records when the host sets this field itself. */
	public String featureName() {
		return attribute.getName();
	}

	public static ProfileField[] of(Scope scope) {
		return java.util.Arrays.stream(values()).filter(f -> f.scope == scope).toArray(ProfileField[]::new);
	}

	/** The field an attribute of a flowtable, template, sysctls or group settings stands for, or null. */
	public static ProfileField forAttribute(Object feature) {
		for (ProfileField field : values()) {
			if (field.attribute == feature || field.groupAttribute == feature) {
				return field;
			}
		}
		return null;
	}
}
