package org.nftoffload.fleet.ops;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.nftoffload.model.Host;

/**
 * Copies of hosts for work off the UI thread. The engineer can edit the model while a probe, an
 * apply or a statistics watch runs; a job that read the live objects would see half an edit, or
 * apply something other than what was reviewed. So the UI thread copies what the job needs (the
 * host's whole fleet, so that profiles, groups and templates resolve inside the copy), the job
 * reads only the copy, and its results come back keyed by {@link #live(Host) the model's host}
 * and become a command on the command stack, on the UI thread.
 * <p>
 * A copy remembers the host it was taken of; that reference is an identity only: nothing reads the
 * live host through it off the UI thread.
 */
public final class HostSnapshots {

	/** Marks a copy with the model's host it was taken of. */
	private static final class Origin extends AdapterImpl {
		final Host live;

		Origin(Host live) {
			this.live = live;
		}

		@Override
		public boolean isAdapterForType(Object type) {
			return type == Origin.class;
		}
	}

	private HostSnapshots() {
	}

	/**
	 * Copies of {@code hosts}, in their order, taken now; call it on the thread that owns the model
	 * (the UI thread in the workbench). Hosts of one fleet share one copy of it; a host that is
	 * already a copy is kept as it is.
	 */
	public static List<Host> of(List<Host> hosts) {
		Map<EObject, EcoreUtil.Copier> copies = new IdentityHashMap<>();
		List<Host> snapshots = new ArrayList<>(hosts.size());
		for (Host host : hosts) {
			if (isSnapshot(host)) {
				snapshots.add(host);
				continue;
			}
			EObject root = EcoreUtil.getRootContainer(host);
			EcoreUtil.Copier copier = copies.computeIfAbsent(root, r -> {
				EcoreUtil.Copier c = new EcoreUtil.Copier();
				c.copy(r);
				c.copyReferences();
				return c;
			});
			Host copy = (Host) copier.get(host);
			copy.eAdapters().add(new Origin(host));
			snapshots.add(copy);
		}
		return List.copyOf(snapshots);
	}

	/** A copy of one host, as {@link #of(List)}. */
	public static Host of(Host host) {
		return of(List.of(host)).get(0);
	}

	/**
	 * The model's host that {@code host} is a copy of, or {@code host} itself when it is no copy (the
	 * CLI works on its own model without copies). The stable identity of a host for maps of results
	 * and for agent sessions; reads no feature of either object.
	 */
	public static Host live(Host host) {
		Origin origin = origin(host);
		return origin == null ? host : origin.live;
	}

	public static boolean isSnapshot(Host host) {
		return origin(host) != null;
	}

	private static Origin origin(Host host) {
		for (Adapter adapter : host.eAdapters()) {
			if (adapter instanceof Origin origin) {
				return origin;
			}
		}
		return null;
	}
}
