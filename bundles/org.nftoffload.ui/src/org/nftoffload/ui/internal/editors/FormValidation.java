package org.nftoffload.ui.internal.editors;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.nftoffload.nft.OffloadValidator;

/**
 * The validator's findings for what an editor shows, including what is typed but not yet committed.
 * <p>
 * Validating the whole fleet on every keystroke would stall typing in a large fleet, so an editor
 * validates only its scope: the host (or profile) the edited element belongs to, which is where
 * every constraint about it looks. The scope is copied (a few dozen objects), the typed values are
 * written into the copy, and the copy is validated; findings point back at the live objects. The
 * Problems view keeps validating the whole fleet in the background.
 */
public final class FormValidation {

	/** One leaf diagnostic of {@link OffloadValidator}: severity, NFTO code, message, object and feature. */
	public record Finding(int severity, int code, String message, EObject object, EStructuralFeature feature) {

		public boolean isError() {
			return severity >= Diagnostic.ERROR;
		}

		/** NFTO1xx, as the CLI and the Problems view print it. */
		public String id() {
			return "NFTO" + code;
		}
	}

	private FormValidation() {
	}

	/**
	 * Validates a copy of {@code scope} after {@code edit} has changed it; {@code edit} gets the
	 * mapping from live objects to their copies (null for objects outside the scope).
	 */
	public static List<Finding> validateCopy(EObject scope, java.util.function.Consumer<Function<EObject, EObject>> edit) {
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		EObject copy = copier.copy(scope);
		copier.copyReferences();
		edit.accept(copier::get);
		Map<EObject, EObject> originals = new IdentityHashMap<>();
		copier.forEach((original, copied) -> originals.put(copied, original));
		List<Finding> findings = new ArrayList<>();
		collect(OffloadValidator.validate(copy), findings, originals);
		return findings;
	}

	private static void collect(Diagnostic diagnostic, List<Finding> findings, Map<EObject, EObject> originals) {
		if (diagnostic.getChildren().isEmpty()) {
			if (diagnostic.getSeverity() >= Diagnostic.WARNING
					&& OffloadValidator.DIAGNOSTIC_SOURCE.equals(diagnostic.getSource())) {
				List<?> data = diagnostic.getData();
				EObject object = !data.isEmpty() && data.get(0) instanceof EObject o ? originals.getOrDefault(o, o) : null;
				EStructuralFeature feature = data.size() > 1 && data.get(1) instanceof EStructuralFeature f ? f : null;
				findings.add(new Finding(diagnostic.getSeverity(), diagnostic.getCode(), diagnostic.getMessage(), object,
						feature));
			}
			return;
		}
		diagnostic.getChildren().forEach(child -> collect(child, findings, originals));
	}
}
