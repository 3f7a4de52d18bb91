package org.nftoffload.ui.internal.parts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.nftoffload.model.Host;
import org.nftoffload.nft.OffloadValidator;
import org.nftoffload.ui.internal.FleetDocument;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Problems: what the engine's validator finds in the open fleet, kept current while the engineer
 * edits (re-validated shortly after a burst of changes). Selecting a problem selects the object it is
 * about, so the Properties view shows the field to fix.
 */
public final class ProblemsPart {

	/** Validation runs this long after the last change of a burst. */
	static final int SETTLE_MILLIS = 250;

	/** One row: a leaf diagnostic and the host it belongs to (for the engineer's orientation). */
	record Row(int severity, String code, String where, String message, EObject object) {
	}

	@Inject
	private FleetDocument document;
	@Inject
	private UISynchronize sync;
	@Inject
	private ESelectionService selection;

	private TableViewer viewer;
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
		viewer.addSelectionChangedListener(event -> {
			if (viewer.getStructuredSelection().getFirstElement() instanceof Row row && row.object() != null) {
				selection.setSelection(row.object());
			}
		});
		document.addListener(listener);
		revalidate();
	}

	private void column(String title, int width, java.util.function.Function<Row, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Row) element);
			}

			@Override
			public Image getImage(Object element) {
				if (!"Code".equals(title)) {
					return null;
				}
				return ((Row) element).severity() >= Diagnostic.ERROR ? errorImage : warningImage;
			}
		});
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

	private void revalidate() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		List<Row> rows = new ArrayList<>();
		collect(OffloadValidator.validate(document.fleet()), rows);
		viewer.setInput(rows.toArray());
	}

	private static void collect(Diagnostic diagnostic, List<Row> rows) {
		if (diagnostic.getChildren().isEmpty()) {
			if (diagnostic.getSeverity() >= Diagnostic.WARNING) {
				EObject object = diagnostic.getData().isEmpty() || !(diagnostic.getData().get(0) instanceof EObject o) ? null
						: o;
				rows.add(new Row(diagnostic.getSeverity(), diagnostic.getCode() == 0 ? "" : "NFTO" + diagnostic.getCode(),
						where(object), diagnostic.getMessage(), object));
			}
			return;
		}
		diagnostic.getChildren().forEach(child -> collect(child, rows));
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
		errorImage.dispose();
		warningImage.dispose();
	}
}
