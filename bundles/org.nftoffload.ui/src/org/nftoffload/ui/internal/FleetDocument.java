package org.nftoffload.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.nftoffload.fleet.FleetFiles;
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

	/** Told whenever the fleet is replaced, changed, saved or undone. Runs on the UI thread. */
	public interface Listener {
		void documentChanged(FleetDocument document);
	}

	private final ComposedAdapterFactory adapterFactory;
	private final FleetCommandStack commandStack = new FleetCommandStack();
	private final AdapterFactoryEditingDomain domain;
	private final List<Listener> listeners = new CopyOnWriteArrayList<>();
	private final EContentAdapter changeTracker = new EContentAdapter() {
		@Override
		public void notifyChanged(Notification notification) {
			super.notifyChanged(notification);
			if (!notification.isTouch()) {
				fire();
			}
		}
	};
	private Resource resource;
	private Path file;

	public FleetDocument() {
		adapterFactory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
		adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		domain = new AdapterFactoryEditingDomain(adapterFactory, commandStack, FleetFiles.newResourceSet());
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
		commandStack.saveIsDoneAt(snapshot.position());
		fire();
	}

	public void addListener(Listener listener) {
		listeners.add(listener);
	}

	public void removeListener(Listener listener) {
		listeners.remove(listener);
	}

	private void fire() {
		for (Listener listener : new ArrayList<>(listeners)) {
			listener.documentChanged(this);
		}
	}
}
