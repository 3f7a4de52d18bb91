package org.nftoffload.fleet;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * A fleet file: XMI in which every object has a stable {@code xmi:id} (EMF's UUIDs) and references
 * name those ids instead of positions such as {@code //@hosts.0/@interfaces.1}, so that inserting a
 * host adds that host's lines and changes no other: fleet files diff and merge.
 * <p>
 * An object gets its id when it first joins the resource and keeps it: across saves, undo of a
 * delete (EMF remembers the id of a detached object), and the save snapshot
 * ({@link FleetFiles#snapshot}). A copy (paste, duplicate) is a new object and gets a new id. Files
 * written before ids (positional references) still load; their objects get ids once loaded, which
 * the next save writes. A file in which two elements carry one id (a hand-made copy of a block) is
 * refused: a reference to that id could mean either.
 */
public final class FleetResource extends XMIResourceImpl {

	/** Set by {@link FleetFiles#snapshot}: a detached copy that nothing else holds. */
	boolean snapshot;

	/** What the file held when this resource was loaded from it or last saved to it. */
	private FleetFiles.DiskVersion diskVersion;

	public FleetResource(URI uri) {
		super(uri);
	}

	@Override
	protected boolean useUUIDs() {
		return true;
	}

	/** Ids come from the file; objects of old files get theirs after loading, in {@link #doLoad}. */
	@Override
	protected boolean assignIDsWhileLoading() {
		return false;
	}

	@Override
	public void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
		super.doLoad(inputStream, options);
		Map<String, EObject> seen = new HashMap<>();
		for (TreeIterator<EObject> all = getAllContents(); all.hasNext();) {
			EObject object = all.next();
			String id = getID(object);
			if (id == null) {
				setID(object, EcoreUtil.generateUUID());
				continue;
			}
			EObject first = seen.putIfAbsent(id, object);
			if (first != null) {
				throw new IOException("the id " + id + " is given to two elements (" + describe(first) + " and "
						+ describe(object) + "), so references to it are ambiguous. Was a block copied by hand? "
						+ "Remove the xmi:id of the copy (it gets a new one) and check what refers to " + id);
			}
		}
	}

	/**
	 * What the file held when this resource was read from it or last written to it; a save compares
	 * it with the file to notice changes by another program. Empty for a fleet never on disk.
	 */
	public Optional<FleetFiles.DiskVersion> diskVersion() {
		return Optional.ofNullable(diskVersion);
	}

	/** Records what the file now holds (after a save made from a snapshot of this resource). */
	public void setDiskVersion(FleetFiles.DiskVersion version) {
		diskVersion = version;
	}

	private static String describe(EObject object) {
		EStructuralFeature name = object.eClass().getEStructuralFeature("name");
		Object value = name == null ? null : object.eGet(name);
		return object.eClass().getName() + (value == null ? "" : " " + value);
	}

	/** Makes {@link FleetResource}s, for every resource set that reads or writes fleets. */
	public static final class Factory extends XMIResourceFactoryImpl {
		@Override
		public Resource createResource(URI uri) {
			return new FleetResource(uri);
		}
	}
}
