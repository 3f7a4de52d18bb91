package org.nftoffload.ui.internal.handlers;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Host;

/** The active selection as the handlers need it: the navigator posts one object or a list. */
final class Selections {

	private Selections() {
	}

	static List<EObject> objects(Object selection) {
		if (selection instanceof EObject object) {
			return List.of(object);
		}
		if (selection instanceof List<?> list) {
			return list.stream().filter(EObject.class::isInstance).map(EObject.class::cast).toList();
		}
		return List.of();
	}

	static List<Host> hosts(Object selection) {
		return objects(selection).stream().filter(Host.class::isInstance).map(Host.class::cast).toList();
	}

	/** The hosts an operation targets: the selected hosts, or every host when the fleet itself is selected. */
	static List<Host> targetHosts(Object selection, Fleet fleet) {
		if (objects(selection).contains(fleet)) {
			return List.copyOf(fleet.getHosts());
		}
		return hosts(selection);
	}

	/** Deletable: anything in the fleet but the fleet itself. */
	static List<EObject> deletable(Object selection) {
		return objects(selection).stream().filter(o -> !(o instanceof Fleet) && o.eContainer() != null).toList();
	}
}
