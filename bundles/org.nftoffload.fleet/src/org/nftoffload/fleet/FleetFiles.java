package org.nftoffload.fleet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLParserPool;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.ModelPackage;

/**
 * Reads and writes {@code *.nftfleet} files (XMI with a stable {@code xmi:id} per object, see
 * {@link FleetResource}; files with positional references still load and get ids on their next save).
 * <p>
 * Reading never changes the file and turns every failure into a {@link FleetFileException} that
 * names the file and the problem. Writing is atomic: the new content goes to a temporary file in
 * the same directory as the file (the link's target for a symbolic link), gets the old file's mode
 * and owner, is forced to disk and then renamed over the old file, and the directory is forced, so
 * a crash or an error mid-save leaves the previous fleet intact. A save never silently replaces
 * what another program wrote since the fleet was read (see {@link IfChanged}).
 */
public final class FleetFiles {

	/** The file name extension of fleet files, without the dot. */
	public static final String EXTENSION = "nftfleet";

	private static final SecureRandom RANDOM = new SecureRandom();
	/**
	 * SAX parsers for reading, reused: finding and making one (JAXP's factory lookup) costs more
	 * than reading a small fleet file, most of all inside OSGi.
	 */
	private static final XMLParserPool PARSERS = new XMLParserPoolImpl();

	private FleetFiles() {
	}

	/** A resource set that knows the fleet metamodel, in OSGi and in plain Java alike. */
	public static ResourceSet newResourceSet() {
		ResourceSet set = new ResourceSetImpl();
		set.getPackageRegistry().put(ModelPackage.eNS_URI, ModelPackage.eINSTANCE);
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put(Resource.Factory.Registry.DEFAULT_EXTENSION,
				new FleetResource.Factory());
		return set;
	}

	/** Loads the fleet in {@code file} into a fresh resource set. */
	public static Fleet load(Path file) throws FleetFileException {
		return (Fleet) loadResource(newResourceSet(), file).getContents().get(0);
	}

	/**
	 * Loads {@code file} into a new resource of {@code set}. The resource's URI is the file's, so that
	 * a later {@link #save(Resource, Path)} writes back to it. On failure the resource is removed from
	 * the set again.
	 */
	public static Resource loadResource(ResourceSet set, Path file) throws FleetFileException {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		} catch (NoSuchFileException e) {
			throw new FleetFileException(file, FleetFileException.Problem.NOT_FOUND,
					"no such file. Check the path, or create a fleet with File > New Fleet.", e);
		} catch (AccessDeniedException e) {
			throw new FleetFileException(file, FleetFileException.Problem.UNREADABLE,
					"permission denied. Make the file readable for this user.", e);
		} catch (IOException e) {
			throw new FleetFileException(file, FleetFileException.Problem.UNREADABLE,
					"cannot be read (" + e.getMessage() + ").", e);
		}
		return loadResource(set, file, bytes);
	}

	/** Reads {@code bytes}, the content of {@code file}, into a new resource of {@code set} (the fuzz tests feed it directly). */
	static Resource loadResource(ResourceSet set, Path file, byte[] bytes) throws FleetFileException {
		if (bytes.length == 0 || new String(bytes, 0, Math.min(bytes.length, 4096)).isBlank()) {
			throw new FleetFileException(file, FleetFileException.Problem.EMPTY,
					"the file is empty, it holds no fleet. Restore it from a backup or open another fleet file.",
					null);
		}
		Resource resource = set.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
		try {
			resource.load(new ByteArrayInputStream(bytes), loadOptions());
			if (resource instanceof FleetResource fleetResource) {
				fleetResource.setDiskVersion(new DiskVersion(file.toAbsolutePath().normalize(), sha256(bytes)));
			}
		} catch (IOException | RuntimeException e) {
			set.getResources().remove(resource);
			throw new FleetFileException(file, classify(e), describe(e), e);
		}
		if (!resource.getErrors().isEmpty()) {
			set.getResources().remove(resource);
			throw new FleetFileException(file, FleetFileException.Problem.NOT_A_FLEET,
					"not a valid fleet file: " + resource.getErrors().get(0).getMessage(), null);
		}
		if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Fleet)) {
			String found = resource.getContents().isEmpty() ? "nothing"
					: resource.getContents().get(0).eClass().getName();
			set.getResources().remove(resource);
			throw new FleetFileException(file, FleetFileException.Problem.NOT_A_FLEET,
					"not a fleet file: expected one <Fleet> element, found " + found + ".", null);
		}
		return resource;
	}

	/**
	 * Saves {@code fleet} atomically to {@code file}; the fleet itself is not moved to another resource.
	 * A {@link #snapshot} is written as it is; any other fleet is snapshot first, so that its ids are
	 * the ones written.
	 */
	public static void save(Fleet fleet, Path file) throws FleetFileException {
		save(fleet, file, IfChanged.REFUSE);
	}

	/**
	 * A copy of {@code fleet} in a resource of its own that belongs to no resource set, with every
	 * object's {@code xmi:id} carried over from the fleet's resource: what a save job works on while the
	 * engineer goes on editing. Without the ids every save would give every object a new one.
	 */
	public static Fleet snapshot(Fleet fleet) {
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		Fleet copy = (Fleet) copier.copy(fleet);
		copier.copyReferences();
		URI uri = fleet.eResource() == null ? URI.createURI("snapshot." + EXTENSION) : fleet.eResource().getURI();
		FleetResource target = new FleetResource(uri);
		target.snapshot = true;
		if (fleet.eResource() instanceof FleetResource source) {
			target.setDiskVersion(source.diskVersion().orElse(null));
		}
		if (fleet.eResource() instanceof XMLResource source) {
			// ids first: an object that joins the resource with an id keeps it
			copier.forEach((original, copied) -> {
				String id = source.getID(original);
				if (id != null) {
					target.setID(copied, id);
				}
			});
		}
		target.getContents().add(copy);
		return copy;
	}

	/** Saves the contents of {@code resource} atomically to {@code file}, refusing to overwrite changes made elsewhere. */
	public static void save(Resource resource, Path file) throws FleetFileException {
		save(resource, file, IfChanged.REFUSE, UnaryOperator.identity());
	}

	/**
	 * Saves {@code fleet} like {@link #save(Fleet, Path)}; with {@link IfChanged#OVERWRITE} also when
	 * another program changed the file since it was read (the engineer chose to overwrite it).
	 */
	public static void save(Fleet fleet, Path file, IfChanged ifChanged) throws FleetFileException {
		Fleet written = fleet.eResource() instanceof FleetResource r && r.snapshot && r.getContents().get(0) == fleet ? fleet
				: snapshot(fleet);
		save(written.eResource(), file, ifChanged, UnaryOperator.identity());
		if (written != fleet && fleet.eResource() instanceof FleetResource original) {
			original.setDiskVersion(((FleetResource) written.eResource()).diskVersion().orElse(null));
		}
	}

	/** What a save does when the file on disk is no longer the one this fleet was read from or last saved as. */
	public enum IfChanged {
		/** Refuse with {@link FleetFileException.Problem#CHANGED_ON_DISK}; the file is left as the other program wrote it. */
		REFUSE,
		/** Write anyway: the engineer was asked and chose to replace the other program's changes. */
		OVERWRITE
	}

	/**
	 * The atomic save. {@code streamDecorator} wraps the stream to the temporary file: tests use it to
	 * fail mid-write the way a full disk or a crash would.
	 * <p>
	 * A symbolic link is followed and its target replaced (the link stays a link); the new file gets
	 * the old one's permissions, owner and group (or the save is refused when they cannot be kept);
	 * the data and then the directory entry are forced to disk, so that after a crash the path holds
	 * either the old or the new fleet. When the resource remembers what it read from this path and
	 * the path now holds something else, another program changed it: {@link IfChanged} decides.
	 */
	static void save(Resource resource, Path file, IfChanged ifChanged, UnaryOperator<OutputStream> streamDecorator)
			throws FleetFileException {
		ByteArrayOutputStream serialized = new ByteArrayOutputStream();
		try {
			resource.save(serialized, saveOptions());
		} catch (IOException | RuntimeException e) {
			throw new FleetFileException(file, FleetFileException.Problem.UNWRITABLE,
					"the fleet could not be serialized (" + e.getMessage() + "); the file was not changed.", e);
		}
		byte[] bytes = serialized.toByteArray();
		Path target;
		try {
			target = followLinks(file.toAbsolutePath().normalize());
		} catch (IOException e) {
			throw new FleetFileException(file, FleetFileException.Problem.UNWRITABLE,
					"the symbolic link cannot be followed (" + e.getMessage() + "); the file was not changed.", e);
		}
		DiskVersion expected = ifChanged == IfChanged.REFUSE && resource instanceof FleetResource fleetResource
				? fleetResource.diskVersion().filter(v -> v.file().equals(file.toAbsolutePath().normalize())).orElse(null)
				: null;
		refuseIfChanged(file, target, expected);
		Path dir = target.getParent();
		Path temp = null;
		try {
			Files.createDirectories(dir);
			PosixFileAttributes previous = Files.exists(target)
					? Files.readAttributes(target, PosixFileAttributes.class)
					: null;
			temp = dir.resolve("." + target.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
			// no attributes given: a new file gets the user's umask, as any editor's would
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
					OutputStream out = streamDecorator.apply(Channels.newOutputStream(channel))) {
				out.write(bytes);
				out.flush();
				channel.force(true);
			}
			if (previous != null) {
				keepOwnerAndMode(file, temp, previous);
			}
			// the check again, as late as it can be: a write by another program in the meantime is not lost
			refuseIfChanged(file, target, expected);
			try {
				Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
			}
			temp = null;
			// the rename is durable only once the directory is on disk too
			try (FileChannel directory = FileChannel.open(dir, StandardOpenOption.READ)) {
				directory.force(true);
			}
		} catch (FleetFileException e) {
			throw e;
		} catch (IOException | RuntimeException e) {
			throw new FleetFileException(file, FleetFileException.Problem.UNWRITABLE,
					"could not be written (" + e.getMessage() + "); the previous content is unchanged. "
							+ "Check free space and permissions, or save under another name.",
					e);
		} finally {
			if (temp != null) {
				try {
					Files.deleteIfExists(temp);
				} catch (IOException ignored) {
					// the temp file is hidden and harmless; the real error is already being reported
				}
			}
		}
		if (resource instanceof FleetResource fleetResource) {
			fleetResource.setDiskVersion(new DiskVersion(file.toAbsolutePath().normalize(), sha256(bytes)));
		}
	}

	/**
	 * What a fleet file held when this program last read or wrote it, to notice changes by others:
	 * the content's SHA-256 (a time stamp misses a rewrite within its granularity and flags a touch).
	 */
	public record DiskVersion(Path file, String sha256) {
	}

	private static void refuseIfChanged(Path file, Path target, DiskVersion expected) throws FleetFileException {
		if (expected == null) {
			return;
		}
		String now;
		try {
			now = sha256(Files.readAllBytes(target));
		} catch (NoSuchFileException e) {
			return; // deleted meanwhile: writing it again loses nothing
		} catch (IOException e) {
			throw new FleetFileException(file, FleetFileException.Problem.UNWRITABLE,
					"cannot be read to check for changes by another program (" + e.getMessage()
							+ "); the file was not changed.",
					e);
		}
		if (!now.equals(expected.sha256())) {
			throw new FleetFileException(file, FleetFileException.Problem.CHANGED_ON_DISK,
					"another program changed the file since it was opened here; it was not overwritten. "
							+ "Reload it to see the other changes, or save under another name.",
					null);
		}
	}

	/** The final target of {@code path} through any chain of symbolic links, which may not exist yet. */
	private static Path followLinks(Path path) throws IOException {
		Path current = path;
		for (int hops = 0; Files.isSymbolicLink(current); hops++) {
			if (hops == 40) {
				throw new FileSystemException(path.toString(), null, "too many levels of symbolic links");
			}
			current = current.resolveSibling(Files.readSymbolicLink(current)).normalize();
		}
		return current;
	}

	private static void keepOwnerAndMode(Path file, Path temp, PosixFileAttributes previous)
			throws IOException, FleetFileException {
		PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
		PosixFileAttributes created = view.readAttributes();
		try {
			if (!created.owner().equals(previous.owner())) {
				view.setOwner(previous.owner());
			}
			if (!created.group().equals(previous.group())) {
				view.setGroup(previous.group());
			}
		} catch (FileSystemException e) {
			throw new FleetFileException(file, FleetFileException.Problem.UNWRITABLE,
					"its owner " + previous.owner().getName() + ":" + previous.group().getName()
							+ " cannot be kept by this user (" + e.getReason() + "); the file was not changed. "
							+ "Save under another name, or save as " + previous.owner().getName() + ".",
					e);
		}
		view.setPermissions(previous.permissions());
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}

	private static Map<Object, Object> loadOptions() {
		return Map.of(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE, XMLResource.OPTION_USE_PARSER_POOL,
				PARSERS);
	}

	private static Map<Object, Object> saveOptions() {
		return Map.of(XMLResource.OPTION_ENCODING, "UTF-8", XMLResource.OPTION_LINE_WIDTH, 100,
				XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
	}

	private static FleetFileException.Problem classify(Throwable e) {
		String text = String.valueOf(rootCause(e).getMessage()) + rootCause(e).getClass().getName();
		if (text.contains("SAXParseException") || text.contains("Content is not allowed in prolog")
				|| text.contains("XML document structures") || text.contains("must be terminated")) {
			return FleetFileException.Problem.NOT_XML;
		}
		return FleetFileException.Problem.NOT_A_FLEET;
	}

	private static String describe(Throwable e) {
		Throwable root = rootCause(e);
		String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
		if (root.getClass().getSimpleName().equals("PackageNotFoundException")
				|| message.contains("Package with uri")) {
			return "not a fleet file: it is XML of another kind (" + message
					+ "). Open a *.nftfleet file written by nft-offload Console.";
		}
		if (root.getClass().getSimpleName().equals("ClassNotFoundException") || message.contains("is not found")) {
			return "not a fleet file: " + message + ". Open a *.nftfleet file written by nft-offload Console.";
		}
		if (classify(e) == FleetFileException.Problem.NOT_XML) {
			return "the file is damaged, it is not well-formed XML (" + message
					+ "). Restore it from a backup; it was not changed.";
		}
		return "not a valid fleet file (" + message + ").";
	}

	private static Throwable rootCause(Throwable e) {
		Throwable t = e;
		while (t.getCause() != null && t.getCause() != t) {
			t = t.getCause();
		}
		return t;
	}
}
