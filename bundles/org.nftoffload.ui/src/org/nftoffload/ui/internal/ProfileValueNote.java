package org.nftoffload.ui.internal;

import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.nftoffload.fleet.profiles.ProfileCommands;
import org.nftoffload.fleet.profiles.ProfileField;
import org.nftoffload.fleet.profiles.ProfileValues;
import org.nftoffload.fleet.profiles.Resolution;
import org.nftoffload.fleet.profiles.ValueSource;
import org.nftoffload.model.Flowtable;
import org.nftoffload.model.Host;

/**
 * Beside a field of a profile flowtable (priority, offload mode, counter) or a host's sysctl: where
 * the value comes from ("from group edge-eu", "set on this host; inherits -10 from group edge-eu")
 * and a Reset button that takes it back to the inherited value, as one undoable command. Follows the
 * model by itself (one refresh per UI tick however many notifications arrive); shows nothing for a
 * value that is not a profile's (a flowtable of the host's own).
 */
public final class ProfileValueNote {

	/** Test ids: {@code source.<feature>} for the text, {@code reset.<feature>} for the button. */
	public static final String SOURCE_ID = "source.";
	public static final String RESET_ID = "reset.";

	private final FleetDocument document;
	private final Supplier<? extends EObject> owner;
	private final ProfileField field;
	private final Composite row;
	private final Label source;
	private final Button reset;
	private boolean queued;
	private final FleetDocument.Listener listener = d -> queueRefresh();

	/**
	 * @param owner the flowtable (for a flowtable field) or the host (for a sysctl field) shown
	 */
	public ProfileValueNote(Composite parent, FleetDocument document, Supplier<? extends EObject> owner,
			ProfileField field) {
		this.document = document;
		this.owner = owner;
		this.field = field;
		row = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(8, 0).applyTo(row);
		source = new Label(row, SWT.NONE);
		source.setData("org.nftoffload.test.id", SOURCE_ID + field.featureName());
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(source);
		reset = new Button(row, SWT.PUSH);
		reset.setText("Reset");
		reset.setData("org.nftoffload.test.id", RESET_ID + field.featureName());
		reset.addListener(SWT.Selection, e -> reset());
		document.addListener(listener);
		row.addListener(SWT.Dispose, e -> document.removeListener(listener));
		refresh();
	}

	/**
	 * A note in {@code extras} (an empty cell at the end of an editor's row) when the row edits a
	 * profile value: a flowtable's priority, offload mode or counter, or a host's sysctl. Null for
	 * any other field. The note hides itself while the value is not a profile's (a flowtable of the
	 * host's own, a host without a profile).
	 */
	public static ProfileValueNote forField(Composite extras, FleetDocument document, EObject owner,
			org.eclipse.emf.ecore.EStructuralFeature feature) {
		ProfileField field = ProfileField.forAttribute(feature);
		if (field == null || field.groupAttribute() == feature) {
			return null;
		}
		boolean fits = field.scope() == ProfileField.Scope.FLOWTABLE ? owner instanceof Flowtable : owner instanceof Host;
		if (!fits) {
			return null;
		}
		if (extras.getLayout() instanceof org.eclipse.swt.layout.GridLayout grid) {
			grid.numColumns++;
		}
		return new ProfileValueNote(extras, document, () -> owner, field);
	}

	/** The composite to lay out (e.g. a grid cell beside the field). */
	public Composite control() {
		return row;
	}

	private void queueRefresh() {
		if (queued || row.isDisposed()) {
			return;
		}
		queued = true;
		row.getDisplay().asyncExec(() -> {
			queued = false;
			refresh();
		});
	}

	/** What the note says for the current model. */
	public void refresh() {
		if (row.isDisposed()) {
			return;
		}
		Resolution resolution = resolution();
		boolean shown = resolution != null && !(resolution.inheritedSource() instanceof ValueSource.HostOwn);
		row.setVisible(shown);
		((org.eclipse.swt.layout.GridData) layoutData()).exclude = !shown;
		if (!shown) {
			return;
		}
		source.setText(text(resolution));
		reset.setEnabled(resolution.resettable());
		reset.setToolTipText("Reset " + field.label() + " to " + shown(resolution.inherited()) + " from "
				+ resolution.inheritedSource().describe());
		row.getParent().layout(true, true);
	}

	private Object layoutData() {
		if (!(row.getLayoutData() instanceof org.eclipse.swt.layout.GridData)) {
			row.setLayoutData(new org.eclipse.swt.layout.GridData(SWT.FILL, SWT.CENTER, true, false));
		}
		return row.getLayoutData();
	}

	/** "from group edge-eu", "set on this host (inherits -10 from group edge-eu)". */
	static String text(Resolution resolution) {
		if (resolution.overridden()) {
			return "set on this host (inherits " + shown(resolution.inherited()) + " from "
					+ resolution.inheritedSource().describe() + ")";
		}
		if (!resolution.upToDate()) {
			return "out of date: " + resolution.inheritedSource().describe() + " gives " + shown(resolution.inherited());
		}
		return "from " + resolution.inheritedSource().describe();
	}

	private static String shown(Object value) {
		return value == null ? "unset" : String.valueOf(value);
	}

	private Resolution resolution() {
		EObject object = owner.get();
		if (object == null || object.eResource() == null) {
			return null;
		}
		ProfileValues values = ProfileValues.ofFleetOf(object);
		if (field.scope() == ProfileField.Scope.FLOWTABLE && object instanceof Flowtable flowtable) {
			return values.resolve(flowtable, field);
		}
		if (field.scope() == ProfileField.Scope.SYSCTLS && object instanceof Host host) {
			return values.resolve(host, field);
		}
		return null;
	}

	private void reset() {
		EObject object = owner.get();
		Command command = object instanceof Flowtable flowtable
				? ProfileCommands.resetToInherited(document.domain(), flowtable, field)
				: ProfileCommands.resetToInherited(document.domain(), (Host) object, field);
		if (command.canExecute()) {
			document.commandStack().execute(command);
		}
	}
}
