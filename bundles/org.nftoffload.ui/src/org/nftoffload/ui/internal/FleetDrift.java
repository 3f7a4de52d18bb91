package org.nftoffload.ui.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.e4.core.di.annotations.Creatable;
import org.nftoffload.fleet.ops.DriftCheck;
import org.nftoffload.fleet.ops.HostResult;
import org.nftoffload.model.Host;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * The last drift check of each host of the open fleet, and when it ran. Drift is a fact about the
 * hosts at one moment, not part of the model: it is not saved, and it goes with the host (removed)
 * or the fleet (another one opened). Touched only on the UI thread.
 */
@Creatable
@Singleton
public final class FleetDrift {

	/** One host's last check: the result of {@link DriftCheck} and when it came. */
	public record Entry(HostResult result, Instant checked) {
		/** Null for a host that was not checked (validation errors). */
		public DriftCheck.State state() {
			return DriftCheck.state(result);
		}
	}

	/** Told on the UI thread when checks came in or entries went with their hosts. */
	public interface Listener {
		void driftChanged(FleetDrift drift);
	}

	@Inject
	private FleetDocument document;

	private final Map<Host, Entry> entries = new HashMap<>();
	private final List<Listener> listeners = new CopyOnWriteArrayList<>();

	@PostConstruct
	void followTheDocument() {
		document.addChangeListener((d, changes) -> {
			boolean gone = changes.replaced() ? !entries.isEmpty() && clear()
					: entries.keySet().removeIf(host -> host.eContainer() != d.fleet());
			if (gone) {
				listeners.forEach(l -> l.driftChanged(this));
			}
		});
	}

	private boolean clear() {
		entries.clear();
		return true;
	}

	/** Records the results of a check of {@code hosts} (the model's hosts; results name them). */
	public void record(List<Host> hosts, List<HostResult> results) {
		Map<String, Host> byName = new HashMap<>();
		hosts.forEach(h -> byName.putIfAbsent(h.getName(), h));
		Instant now = Instant.now();
		for (HostResult result : results) {
			Host host = byName.get(result.host());
			if (host != null && host.eContainer() == document.fleet()) {
				entries.put(host, new Entry(result, now));
			}
		}
		listeners.forEach(l -> l.driftChanged(this));
	}

	/** The last check of {@code host}, or null when it was never checked. */
	public Entry entry(Host host) {
		return entries.get(host);
	}

	/** Every host's last check. */
	public Map<Host, Entry> entries() {
		return Map.copyOf(entries);
	}

	public void addListener(Listener listener) {
		listeners.add(listener);
	}

	public void removeListener(Listener listener) {
		listeners.remove(listener);
	}
}
