package org.nftoffload.model.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Runs EMF's code generator outside Eclipse: reads the bundle's {@code model/nftoffload.genmodel} and
 * writes the model and edit code into a directory laid out like the bundle (src-gen/, plugin.xml,
 * plugin.properties, icons/).
 * <p>
 * Usage: {@code RegenerateModel generate BUNDLE_DIR OUTPUT_DIR} (OUTPUT_DIR must be empty or absent:
 * generating into an empty directory means no JMerge step, so the result depends only on the
 * .ecore/.genmodel), or {@code RegenerateModel init BUNDLE_DIR} to create a fresh .genmodel from the
 * .ecore with the project's settings (done once; afterwards the .genmodel is the source of truth).
 */
public final class RegenerateModel {

	/** The bundle the genmodel's directories name (/org.nftoffload.model/src-gen). */
	public static final String PROJECT = "org.nftoffload.model";
	static final String ECORE = "model/nftoffload.ecore";
	static final String GENMODEL = "model/nftoffload.genmodel";

	private RegenerateModel() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length == 3 && args[0].equals("generate")) {
			Diagnostic result = generate(Path.of(args[1]), Path.of(args[2]));
			if (result.getSeverity() >= Diagnostic.ERROR) {
				System.err.println("regenerate: EMF codegen failed: " + describe(result));
				System.exit(1);
			}
		} else if (args.length == 2 && args[0].equals("init")) {
			initGenModel(Path.of(args[1]));
		} else {
			System.err.println("usage: RegenerateModel generate BUNDLE_DIR OUTPUT_DIR | init BUNDLE_DIR");
			System.exit(2);
		}
	}

	/** Generates model and edit code for the genmodel in {@code bundleDir} into {@code outputDir}. */
	public static Diagnostic generate(Path bundleDir, Path outputDir) throws IOException {
		Path out = outputDir.toAbsolutePath().normalize();
		if (Files.isDirectory(out)) {
			try (var entries = Files.list(out)) {
				if (entries.findAny().isPresent()) {
					throw new IOException(out + " is not empty: generate into an empty directory so that no merge happens");
				}
			}
		}
		Files.createDirectories(out);
		// Standalone EMF resolves platform:/resource/<project>/ through this map instead of a workspace.
		EcorePlugin.getPlatformResourceMap().put(PROJECT, URI.createFileURI(out.toString() + "/"));
		GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
				GenModelGeneratorAdapterFactory.DESCRIPTOR);

		ResourceSet set = newResourceSet();
		Path genModelFile = bundleDir.resolve(GENMODEL).toAbsolutePath().normalize();
		GenModel genModel = (GenModel) set.getResource(URI.createFileURI(genModelFile.toString()), true).getContents()
				.get(0);
		genModel.reconcile();
		genModel.setCanGenerate(true);
		// No .classpath/.project files: Tycho's build.properties is what this bundle uses.
		genModel.setUpdateClasspath(false);

		Generator generator = new Generator();
		generator.setInput(genModel);
		BasicMonitor quiet = new BasicMonitor();
		Diagnostic model = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, quiet);
		if (model.getSeverity() >= Diagnostic.ERROR) {
			return model;
		}
		return generator.generate(genModel, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE, quiet);
	}

	/** Creates {@code model/nftoffload.genmodel} from {@code model/nftoffload.ecore} with the project's settings. */
	public static void initGenModel(Path bundleDir) throws IOException {
		ResourceSet set = newResourceSet();
		Path ecoreFile = bundleDir.resolve(ECORE).toAbsolutePath().normalize();
		EPackage ePackage = (EPackage) set.getResource(URI.createFileURI(ecoreFile.toString()), true).getContents()
				.get(0);

		GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
		genModel.setModelName("Nftoffload");
		genModel.setModelPluginID(PROJECT);
		genModel.setModelDirectory("/" + PROJECT + "/src-gen");
		genModel.setEditPluginID(PROJECT);
		genModel.setEditDirectory("/" + PROJECT + "/src-gen");
		genModel.setEditPluginClass("org.nftoffload.model.provider.NftoffloadEditPlugin");
		genModel.setComplianceLevel(GenJDKLevel.JDK210_LITERAL);
		genModel.setImporterID("org.eclipse.emf.importer.ecore");
		genModel.setBundleManifest(true);
		genModel.setCodeFormatting(false);
		genModel.setUpdateClasspath(false);
		genModel.setOperationReflection(true);
		genModel.setImportOrganizing(true);
		genModel.getForeignModel().add("nftoffload.ecore");
		genModel.initialize(Collections.singleton(ePackage));

		GenPackage genPackage = genModel.getGenPackages().get(0);
		genPackage.setPrefix("Model");
		genPackage.setBasePackage("org.nftoffload");
		genPackage.setFileExtensions("nftfleet");
		genPackage.setMultipleEditorPages(false);

		Path genModelFile = bundleDir.resolve(GENMODEL).toAbsolutePath().normalize();
		Resource resource = set.createResource(URI.createFileURI(genModelFile.toString()));
		resource.getContents().add(genModel);
		resource.save(Collections.emptyMap());
	}

	private static ResourceSet newResourceSet() {
		EcorePackage.eINSTANCE.eClass();
		GenModelPackage.eINSTANCE.eClass();
		ResourceSet set = new ResourceSetImpl();
		var factories = set.getResourceFactoryRegistry().getExtensionToFactoryMap();
		factories.put("ecore", new EcoreResourceFactoryImpl());
		factories.put("genmodel", new XMIResourceFactoryImpl());
		return set;
	}

	static String describe(Diagnostic diagnostic) {
		StringBuilder text = new StringBuilder(diagnostic.getMessage() == null ? "" : diagnostic.getMessage());
		List<Diagnostic> children = diagnostic.getChildren();
		for (Diagnostic child : children) {
			text.append("\n  ").append(describe(child));
		}
		if (diagnostic.getException() != null) {
			text.append("\n  ").append(diagnostic.getException());
		}
		return text.toString();
	}
}
