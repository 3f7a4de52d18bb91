package org.nftoffload.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.eclipse.swt.widgets.Display;
import org.nftoffload.fleet.FleetFiles;
import org.nftoffload.fleet.FleetResource;
import org.nftoffload.fleet.profiles.ProfileEditingDomain;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.ModelFactory;

/**
 * The fleet open in the workbench: its resource, the editing domain whose command stack records
 * every change (undo/redo), the file it belongs to and whether it has unsaved changes.
 * <p>
 * Lives in the application context; touched only on the UI thread. File I/O happens elsewhere
 * (jobs in the handlers): this class only swaps in what they loaded and records what they saved.
 */
public final class FleetDocument {

	/**
	 * Told when the fleet was replaced, changed, saved or undone: once per UI tick however many
	 * notifications the tick brought (a bulk edit of 1,000 hosts sends tens of thousands), on the UI
	 * thread. Refresh right here; queueing another {@code asyncExec} only delays the refresh.
	 */
	public interface Listener {
		void documentChanged(FleetDocument document);
	}

	/** Like {@link Listener}, for parts that refresh only what changed. */
	public interface ChangeListener {
		void changed(FleetDocument document, Changes changes);
	}

	/**
	 * What one dispatch covers: the model notifications since the previous one (their notifiers are
	 * the changed objects), or {@link #everything()} when the fleet was replaced or a burst was too
	 * large to list (a part then refreshes as a whole).
	 */
	public record Changes(boolean replaced, boolean overflow, List<Notification> notifications) {
		/** Refresh all: another fleet was opened, or more changed than is worth listing. */
		public boolean everything() {
			return replaced || overflow;
		}
	}

	/** More notifications than this in one tick are not listed: a part refreshes as a whole instead. */
	static final int MAX_LISTED_NOTIFICATIONS = 1_000;

	private final ComposedAdapterFactory adapterFactory;
	private final FleetCommandStack commandStack = new FleetCommandStack();
	private final AdapterFactoryEditingDomain domain;
	private final List<Listener> listeners = new CopyOnWriteArrayList<>();
	private final List<ChangeListener> changeListeners = new CopyOnWriteArrayList<>();
	private final EContentAdapter changeTracker = new EContentAdapter() {
		@Override
		public void notifyChanged(Notification notification) {
			super.notifyChanged(notification);
			if (!notification.isTouch()) {
				if (pending.size() < MAX_LISTED_NOTIFICATIONS) {
					pending.add(notification);
				} else {
					pendingOverflow = true;
				}
				fire();
			}
		}
	};
	/** Runs the one dispatch of a tick later on the UI thread ({@code Display.asyncExec} in the workbench). */
	private final Executor uiLater;
	private boolean dispatchQueued;
	private List<Notification> pending = new ArrayList<>();
	private boolean pendingOverflow;
	private boolean pendingReplaced;
	private long dispatches;
	private Resource resource;
	private Path file;

	/** The workbench's document: listeners are told in the display's next {@code asyncExec}. */
	public FleetDocument() {
		this(task -> Display.getDefault().asyncExec(task));
	}

	/** A document whose dispatches run through {@code uiLater} (tests count them). */
	public FleetDocument(Executor uiLater) {
		this.uiLater = uiLater;
		adapterFactory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
		adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		// every edit keeps profile values in their precedence (a host joining a group gets its profile, ...)
		domain = new ProfileEditingDomain(adapterFactory, commandStack, FleetFiles.newResourceSet());
		commandStack.addCommandStackListener(event -> fire());
		newFleet("New fleet");
	}

	public Fleet fleet() {
		return (Fleet) resource.getContents().get(0);
	}

	public AdapterFactoryEditingDomain domain() {
		return domain;
	}

	public CommandStack commandStack() {
		return commandStack;
	}

	public ComposedAdapterFactory adapterFactory() {
		return adapterFactory;
	}

	/** The file the fleet was loaded from or last saved to; empty for a new, never saved fleet. */
	public Optional<Path> file() {
		return Optional.ofNullable(file);
	}

	/** Unsaved changes: anything on the command stack since the last save, or a never saved fleet with hosts. */
	public boolean isDirty() {
		return commandStack.isSaveNeeded();
	}

	/** A short name for titles: the file name, or "untitled". */
	public String displayName() {
		return file == null ? "untitled" : file.getFileName().toString();
	}

	/** Replaces the open fleet by an empty one (File > New Fleet). Not undoable: the stack starts afresh. */
	public void newFleet(String name) {
		Fleet fleet = ModelFactory.eINSTANCE.createFleet();
		fleet.setName(name);
		Resource fresh = domain.getResourceSet().createResource(URI.createURI("untitled." + FleetFiles.EXTENSION));
		fresh.getContents().add(fleet);
		install(fresh, null);
	}

	/**
	 * Installs a fleet that a job has loaded (into a resource set of its own) as the open document.
	 * The previous fleet and its undo history are dropped.
	 */
	public void open(Resource loaded, Path from) {
		install(loaded, from);
	}

	private void install(Resource fresh, Path from) {
		if (resource != null) {
			resource.eAdapters().remove(changeTracker);
			domain.getResourceSet().getResources().remove(resource);
		}
		if (fresh.getResourceSet() != domain.getResourceSet()) {
			domain.getResourceSet().getResources().add(fresh);
		}
		resource = fresh;
		file = from;
		pendingReplaced = true;
		commandStack.flush();
		resource.eAdapters().add(changeTracker);
		fire();
	}

	/**
	 * What a save job needs: a detached copy of the fleet (with the objects' ids, so that saving does
	 * not renumber them) and the stack position it reflects.
	 */
	public record Snapshot(Fleet fleet, int position) {
	}

	public Snapshot snapshot() {
		return new Snapshot(FleetFiles.snapshot(fleet()), commandStack.position());
	}

	/** Records that {@code snapshot} is now on disk as {@code to}. */
	public void saved(Snapshot snapshot, Path to) {
		file = to;
		resource.setURI(URI.createFileURI(to.toAbsolutePath().toString()));
		// what is on disk now is this save: the next one compares the file with it
		if (resource instanceof FleetResource open && snapshot.fleet().eResource() instanceof FleetResource written) {
			open.setDiskVersion(written.diskVersion().orElse(null));
		}
		commandStack.saveIsDoneAt(snapshot.position());
		fire();
	}

	public void addListener(Listener listener) {
		listeners.add(listener);
	}

	public void removeListener(Listener listener) {
		listeners.remove(listener);
	}

	public void addChangeListener(ChangeListener listener) {
		changeListeners.add(listener);
	}

	public void removeChangeListener(ChangeListener listener) {
		changeListeners.remove(listener);
	}

	/** How many dispatches have run: a burst of any size is one. */
	public long dispatches() {
		return dispatches;
	}

	/** Queues the tick's one dispatch, unless it is queued already. */
	private void fire() {
		if (!dispatchQueued) {
			dispatchQueued = true;
			uiLater.execute(() -> {
				if (dispatchQueued) {
					dispatch();
				}
			});
		}
	}

	/**
	 * Tells the listeners now what the queued dispatch would tell them later: for an action that
	 * must see its own change in the views at once (select what New or Paste just made).
	 */
	public void flush() {
		if (dispatchQueued) {
			dispatch();
		}
	}

	private void dispatch() {
		dispatchQueued = false;
		Changes changes = new Changes(pendingReplaced, pendingOverflow, List.copyOf(pending));
		pending = new ArrayList<>();
		pendingOverflow = false;
		pendingReplaced = false;
		dispatches++;
		for (Listener listener : listeners) {
			listener.documentChanged(this);
		}
		for (ChangeListener listener : changeListeners) {
			listener.changed(this, changes);
		}
	}
}
