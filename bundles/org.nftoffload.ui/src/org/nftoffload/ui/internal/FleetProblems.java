package org.nftoffload.ui.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.widgets.Display;
import org.nftoffload.fleet.ops.DriftCheck;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Host;
import org.nftoffload.nft.OffloadValidator;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * What the engine's validator finds in the open fleet, kept current while the engineer edits:
 * re-validated in a background job shortly after a burst of changes, on a copy taken on the UI
 * thread (the model is not thread-safe). The Problems view lists the result and the navigator
 * decorates with it; neither validates on its own, and nothing validates per label.
 * <p>
 * The last drift check ({@link FleetDrift}) adds its findings as warnings of code {@code DRIFT}
 * about the host: a drifted or unreachable host shows where every other problem does.
 */
@Creatable
@Singleton
public final class FleetProblems {

	/** Validation runs this long after the last change of a burst. */
	public static final int SETTLE_MILLIS = 250;

	/** One leaf diagnostic: the original object (not the copy) and feature it is about, where it is, what to do. */
	public record Problem(int severity, String code, String where, String message, EObject object,
			EStructuralFeature feature) {
	}

	/** Told on the UI thread when a validation's result replaces the previous one. */
	public interface Listener {
		void problemsChanged(FleetProblems problems);
	}

	@Inject
	private FleetDocument document;
	@Inject
	private UISynchronize sync;
	@Inject
	private FleetDrift drift;

	private final List<Listener> listeners = new CopyOnWriteArrayList<>();
	private final Runnable revalidate = this::revalidate;
	private Job validation;
	/** Counts validations started; touched only on the UI thread. */
	private long generation;
	private List<Problem> problems = List.of();
	/** The last validation's own result, before drift is added. */
	private List<Problem> validationProblems = List.of();
	private Map<EObject, Integer> validationSeverities = Map.of();
	/** Worst severity of each object's own problems and of everything it contains. */
	private Map<EObject, Integer> severities = Map.of();
	/** The objects whose worst severity the last result changed. */
	private java.util.Set<EObject> changed = java.util.Set.of();

	@PostConstruct
	void followTheDocument() {
		document.addListener(d -> schedule());
		drift.addListener(d -> publish());
		revalidate();
	}

	public List<Problem> problems() {
		return problems;
	}

	/** {@link Diagnostic#OK}, WARNING or ERROR: the worst problem of {@code object} or anything inside it. */
	public int severity(EObject object) {
		return severities.getOrDefault(object, Diagnostic.OK);
	}

	/** The objects whose worst severity (their decoration) the last result changed. */
	public java.util.Set<EObject> changed() {
		return changed;
	}

	/** The problems about {@code object} itself. */
	public List<Problem> problemsOf(EObject object) {
		return problems.stream().filter(p -> p.object() == object).toList();
	}

	public void addListener(Listener listener) {
		listeners.add(listener);
	}

	public void removeListener(Listener listener) {
		listeners.remove(listener);
	}

	private void schedule() {
		Display display = Display.getCurrent();
		if (display != null) {
			display.timerExec(-1, revalidate);
			display.timerExec(SETTLE_MILLIS, revalidate);
		}
	}

	/**
	 * Starts a validation of a copy of the fleet; rows and severities point back at the original
	 * objects, and only the newest validation's result is kept.
	 */
	public void revalidate() {
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		Fleet copy = (Fleet) copier.copy(document.fleet());
		copier.copyReferences();
		Map<EObject, EObject> originals = new HashMap<>(copier.size() * 2);
		copier.forEach((original, copied) -> originals.put(copied, original));
		long mine = ++generation;
		if (validation != null) {
			validation.cancel();
		}
		validation = Job.create("Validating the fleet", monitor -> {
			List<Problem> found = new ArrayList<>();
			Map<EObject, Integer> worst = new HashMap<>();
			collect(OffloadValidator.validate(copy), found, worst, originals);
			sync.asyncExec(() -> {
				if (mine == generation) {
					validationProblems = List.copyOf(found);
					validationSeverities = worst;
					publish();
				}
			});
		});
		validation.setSystem(true);
		validation.schedule();
	}

	/** The validation's problems and the drift findings together, told to the listeners (UI thread). */
	private void publish() {
		List<Problem> all = new ArrayList<>(validationProblems);
		Map<EObject, Integer> worst = new HashMap<>(validationSeverities);
		Fleet fleet = document.fleet();
		for (Host host : fleet.getHosts()) {
			FleetDrift.Entry entry = drift.entry(host);
			DriftCheck.State state = entry == null ? null : entry.state();
			List<String> findings = state == DriftCheck.State.DRIFTED ? DriftCheck.differences(entry.result())
					: state == DriftCheck.State.UNREACHABLE ? List.of("unreachable for the drift check: " + entry.result().reason())
							: List.of();
			for (String finding : findings) {
				all.add(new Problem(Diagnostic.WARNING, "DRIFT", host.getName(), finding, host, null));
			}
			if (!findings.isEmpty()) {
				for (EObject o = host; o != null; o = o.eContainer()) {
					worst.merge(o, Diagnostic.WARNING, Math::max);
				}
			}
		}
		java.util.Set<EObject> differ = new java.util.HashSet<>();
		for (Map.Entry<EObject, Integer> entry : worst.entrySet()) {
			if (!entry.getValue().equals(severities.get(entry.getKey()))) {
				differ.add(entry.getKey());
			}
		}
		for (EObject before : severities.keySet()) {
			if (!worst.containsKey(before)) {
				differ.add(before);
			}
		}
		problems = List.copyOf(all);
		severities = worst;
		changed = differ;
		listeners.forEach(l -> l.problemsChanged(this));
	}

	private static void collect(Diagnostic diagnostic, List<Problem> rows, Map<EObject, Integer> worst,
			Map<EObject, EObject> originals) {
		if (diagnostic.getChildren().isEmpty()) {
			if (diagnostic.getSeverity() >= Diagnostic.WARNING) {
				List<?> data = diagnostic.getData();
				EObject object = !data.isEmpty() && data.get(0) instanceof EObject o ? o : null;
				EStructuralFeature feature = data.size() > 1 && data.get(1) instanceof EStructuralFeature f ? f : null;
				rows.add(new Problem(diagnostic.getSeverity(), diagnostic.getCode() == 0 ? "" : "NFTO" + diagnostic.getCode(),
						where(object), diagnostic.getMessage(), object == null ? null : originals.getOrDefault(object, object),
						feature));
				// up the copy's containment (the job's own), each step mapped back to the original
				for (EObject o = object; o != null; o = o.eContainer()) {
					worst.merge(originals.getOrDefault(o, o), diagnostic.getSeverity(), Math::max);
				}
			}
			return;
		}
		diagnostic.getChildren().forEach(child -> collect(child, rows, worst, originals));
	}

	private static String where(EObject object) {
		for (EObject o = object; o != null; o = o.eContainer()) {
			if (o instanceof Host host) {
				return host.getName();
			}
		}
		return "fleet";
	}
}
