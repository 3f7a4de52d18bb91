package org.nftoffload.fleet.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.nftoffload.model.Host;
import org.nftoffload.model.ModelPackage;

/**
 * fwbuilder's "Find where used": every object of the fleet that refers to an interface, a flowtable,
 * a host or a profile, and through which feature ("flowtable ft, devices").
 */
public final class WhereUsed {

	/** {@code user} refers to the object through {@code feature}; {@code where} names the host, or "fleet". */
	public record Usage(EObject user, EStructuralFeature feature, String where, String description) {
	}

	private WhereUsed() {
	}

	/** The users of {@code target} in the whole tree {@code root} (the fleet), in tree order. */
	public static List<Usage> of(EObject target, EObject root) {
		Collection<EStructuralFeature.Setting> settings = EcoreUtil.UsageCrossReferencer.find(target, root);
		List<Usage> usages = new ArrayList<>();
		for (EStructuralFeature.Setting setting : settings) {
			EObject user = setting.getEObject();
			EStructuralFeature feature = setting.getEStructuralFeature();
			usages.add(new Usage(user, feature, where(user), kind(user) + " " + ModelTexts.label(user) + ": "
					+ featureName(feature)));
		}
		return usages;
	}

	static String where(EObject object) {
		Host host = FleetCopies.hostOf(object);
		return host == null ? "fleet" : ModelTexts.nonEmpty(host.getName(), "(unnamed host)");
	}

	/** A word for the kind of object: "flowtable", "rule", "role binding", "live table flowtable". */
	public static String kind(EObject object) {
		String kind = switch (object.eClass().getClassifierID()) {
		case ModelPackage.FLOWTABLE -> "flowtable";
		case ModelPackage.OFFLOAD_RULE -> "rule";
		case ModelPackage.ROLE_BINDING -> "role binding";
		case ModelPackage.NETWORK_INTERFACE -> "interface";
		case ModelPackage.HOST_GROUP -> "group";
		case ModelPackage.HOST -> "host";
		case ModelPackage.FLOWTABLE_PROFILE -> "profile";
		case ModelPackage.RULE_TEMPLATE -> "rule template";
		case ModelPackage.FLOWTABLE_TEMPLATE -> "flowtable template";
		default -> object.eClass().getName();
		};
		boolean observed = false;
		for (EObject o = object.eContainer(); o != null; o = o.eContainer()) {
			observed |= o.eClass() == ModelPackage.Literals.OBSERVED_TABLE;
		}
		return observed ? "live table " + kind : kind;
	}

	/** The feature in an engineer's words: devices, input interfaces, lower devices, members, applied profile. */
	public static String featureName(EStructuralFeature feature) {
		if (feature == ModelPackage.Literals.HOST_GROUP__HOSTS) {
			return "members";
		}
		StringBuilder words = new StringBuilder();
		for (char c : feature.getName().toCharArray()) {
			if (Character.isUpperCase(c)) {
				words.append(' ').append(Character.toLowerCase(c));
			} else {
				words.append(c);
			}
		}
		return words.toString();
	}
}
