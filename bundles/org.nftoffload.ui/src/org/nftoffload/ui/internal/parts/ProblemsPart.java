package org.nftoffload.ui.internal.parts;

import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.nftoffload.ui.internal.FleetProblems;
import org.nftoffload.ui.internal.TableColumns;
import org.nftoffload.ui.internal.editors.ModelEditors;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Problems: what the engine's validator finds in the open fleet, kept current while the engineer
 * edits ({@link FleetProblems} re-validates in the background shortly after a burst of changes). Selecting a problem
 * selects the object it is about, so the Properties view shows the field to fix; Enter or a double
 * click opens the object's editor with the focus on that field.
 */
public final class ProblemsPart {

	/** Validation runs this long after the last change of a burst. */
	static final int SETTLE_MILLIS = FleetProblems.SETTLE_MILLIS;

	/** One row: a leaf diagnostic, the host it belongs to (for the engineer's orientation), its object and feature. */
	record Row(int severity, String code, String where, String message, EObject object, EStructuralFeature feature) {
	}

	@Inject
	private FleetProblems problems;
	@Inject
	private ESelectionService selection;
	@Inject
	private ModelEditors editors;

	private TableViewer viewer;
	private Image errorImage;
	private Image warningImage;
	private final FleetProblems.Listener listener = this::show;

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
		problems.addListener(listener);
		show(problems);
	}

	private void column(String title, int width, java.util.function.Function<Row, String> text) {
		TableColumns.add(viewer, Row.class, title, width, text, row -> !"Code".equals(title) ? null
				: row.severity() >= Diagnostic.ERROR ? errorImage : warningImage);
	}

	private static Image small(Display display, int icon) {
		return new Image(display, display.getSystemImage(icon).getImageData().scaledTo(16, 16));
	}

	private void show(FleetProblems result) {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		viewer.setInput(result.problems().stream()
				.map(p -> new Row(p.severity(), p.code(), p.where(), p.message(), p.object(), p.feature())).toArray());
	}

	@PreDestroy
	void dispose() {
		problems.removeListener(listener);
		errorImage.dispose();
		warningImage.dispose();
	}
}
