package org.nftoffload.ui.internal.parts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Host;
import org.nftoffload.nft.OffloadValidator;
import org.nftoffload.ui.internal.FleetDocument;
import org.nftoffload.ui.internal.TableColumns;
import org.nftoffload.ui.internal.editors.ModelEditors;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Problems: what the engine's validator finds in the open fleet, kept current while the engineer
 * edits (re-validated in the background shortly after a burst of changes). Selecting a problem
 * selects the object it is about, so the Properties view shows the field to fix; Enter or a double
 * click opens the object's editor with the focus on that field.
 */
public final class ProblemsPart {

	/** Validation runs this long after the last change of a burst. */
	static final int SETTLE_MILLIS = 250;

	/** One row: a leaf diagnostic, the host it belongs to (for the engineer's orientation), its object and feature. */
	record Row(int severity, String code, String where, String message, EObject object, EStructuralFeature feature) {
	}

	@Inject
	private FleetDocument document;
	@Inject
	private UISynchronize sync;
	@Inject
	private ESelectionService selection;
	@Inject
	private ModelEditors editors;

	private TableViewer viewer;
	private Job validation;
	/** Counts validations; touched only on the UI thread. */
	private long validations;
	private Image errorImage;
	private Image warningImage;
	private final Runnable revalidate = this::revalidate;
	private final FleetDocument.Listener listener = d -> sync.asyncExec(this::schedule);

	@PostConstruct
	void createControls(Composite parent) {
		viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.getTable().setData("org.nftoffload.test.id", "problems");
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		// the system icons are 32 px or more; the table wants them at text height
		errorImage = small(parent.getDisplay(), SWT.ICON_ERROR);
		warningImage = small(parent.getDisplay(), SWT.ICON_WARNING);
		column("Code", 80, r -> r.code());
		column("Where", 160, r -> r.where());
		column("Problem and what to do", 700, r -> r.message());
		// Enter or a double click opens the editor of the row's object, at the field to fix
		viewer.addOpenListener(event -> {
			if (viewer.getStructuredSelection().getFirstElement() instanceof Row row && row.object() != null
					&& ModelEditors.canOpen(row.object())) {
				editors.open(row.object(), row.feature());
			}
		});
		viewer.addSelectionChangedListener(event -> {
			if (viewer.getStructuredSelection().getFirstElement() instanceof Row row && row.object() != null) {
				selection.setSelection(row.object());
			}
		});
		document.addListener(listener);
		revalidate();
	}

	private void column(String title, int width, java.util.function.Function<Row, String> text) {
		TableColumns.add(viewer, Row.class, title, width, text, row -> !"Code".equals(title) ? null
				: row.severity() >= Diagnostic.ERROR ? errorImage : warningImage);
	}

	private static Image small(Display display, int icon) {
		return new Image(display, display.getSystemImage(icon).getImageData().scaledTo(16, 16));
	}

	private void schedule() {
		if (!viewer.getControl().isDisposed()) {
			Display display = viewer.getControl().getDisplay();
			display.timerExec(-1, revalidate);
			display.timerExec(SETTLE_MILLIS, revalidate);
		}
	}

	/**
	 * Validates in a background job so that a large fleet never stalls typing. The model is not
	 * thread-safe, so the job validates a copy taken here, on the UI thread; rows point back at the
	 * original objects, and only the newest validation's rows are shown.
	 */
	private void revalidate() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		Fleet copy = (Fleet) copier.copy(document.fleet());
		copier.copyReferences();
		Map<EObject, EObject> originals = new HashMap<>();
		copier.forEach((original, copied) -> originals.put(copied, original));
		long generation = ++validations;
		if (validation != null) {
			validation.cancel();
		}
		validation = Job.create("Validating the fleet", monitor -> {
			List<Row> rows = new ArrayList<>();
			collect(OffloadValidator.validate(copy), rows, originals);
			sync.asyncExec(() -> {
				if (generation == validations && !viewer.getControl().isDisposed()) {
					viewer.setInput(rows.toArray());
				}
			});
		});
		validation.setSystem(true);
		validation.schedule();
	}

	private static void collect(Diagnostic diagnostic, List<Row> rows, Map<EObject, EObject> originals) {
		if (diagnostic.getChildren().isEmpty()) {
			if (diagnostic.getSeverity() >= Diagnostic.WARNING) {
				EObject object = diagnostic.getData().isEmpty() || !(diagnostic.getData().get(0) instanceof EObject o) ? null
						: o;
				EStructuralFeature feature = diagnostic.getData().size() > 1
						&& diagnostic.getData().get(1) instanceof EStructuralFeature f ? f : null;
				rows.add(new Row(diagnostic.getSeverity(), diagnostic.getCode() == 0 ? "" : "NFTO" + diagnostic.getCode(),
						where(object), diagnostic.getMessage(), object == null ? null : originals.getOrDefault(object, object),
						feature));
			}
			return;
		}
		diagnostic.getChildren().forEach(child -> collect(child, rows, originals));
	}

	private static String where(EObject object) {
		for (EObject o = object; o != null; o = o.eContainer()) {
			if (o instanceof Host host) {
				return host.getName();
			}
		}
		return "fleet";
	}

	@PreDestroy
	void dispose() {
		document.removeListener(listener);
		if (validation != null) {
			validation.cancel();
		}
		errorImage.dispose();
		warningImage.dispose();
	}
}
