package org.nftoffload.ui.internal.handlers;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Host;
import org.nftoffload.ui.internal.NavigatorNodes;

/**
 * The active selection as the handlers need it: the navigator posts one element or a list, where
 * an element is a model object or a {@link NavigatorNodes} row (a group member counts as its host).
 */
final class Selections {

	private Selections() {
	}

	static List<EObject> objects(Object selection) {
		return NavigatorNodes.objects(selection);
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

	/** Deletable: anything in the fleet but the fleet itself (group members are handled by {@link DeleteHandler}). */
	static List<EObject> deletable(Object selection) {
		return NavigatorNodes.elements(selection).stream().filter(EObject.class::isInstance).map(EObject.class::cast)
				.filter(o -> !(o instanceof Fleet) && o.eContainer() != null).toList();
	}
}
