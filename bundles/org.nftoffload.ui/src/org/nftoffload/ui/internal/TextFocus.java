package org.nftoffload.ui.internal;

import org.eclipse.swt.custom.ST;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;

/**
 * Copy, Paste, Cut and Delete where the keyboard focus is in a text field (the navigator's filter,
 * a Properties cell, a host editor field): the workbench's key bindings see Ctrl+C, Ctrl+V and
 * Delete before the field does, so the model handlers hand them back to the field here.
 */
public final class TextFocus {

	public enum Edit {
		COPY, CUT, PASTE, DELETE
	}

	private TextFocus() {
	}

	/** Whether the focus is in an editable or selectable text field. */
	public static boolean active() {
		Control focus = focus();
		return focus instanceof Text || focus instanceof StyledText || focus instanceof Combo;
	}

	/** Performs {@code edit} on the focused text field; false when the focus is not in one. */
	public static boolean perform(Edit edit) {
		Control focus = focus();
		if (focus instanceof Text text) {
			switch (edit) {
			case COPY -> text.copy();
			case CUT -> text.cut();
			case PASTE -> text.paste();
			case DELETE -> {
				if (text.getSelectionCount() == 0) {
					int caret = text.getCaretPosition();
					if (caret >= text.getCharCount()) {
						return true;
					}
					text.setSelection(caret, caret + 1);
				}
				text.insert("");
			}
			}
			return true;
		}
		if (focus instanceof StyledText text) {
			switch (edit) {
			case COPY -> text.copy();
			case CUT -> text.cut();
			case PASTE -> text.paste();
			case DELETE -> text.invokeAction(ST.DELETE_NEXT);
			}
			return true;
		}
		if (focus instanceof Combo combo) {
			switch (edit) {
			case COPY -> combo.copy();
			case CUT -> combo.cut();
			case PASTE -> combo.paste();
			case DELETE -> combo.cut();
			}
			return true;
		}
		return false;
	}

	private static Control focus() {
		Display display = Display.getCurrent();
		return display == null ? null : display.getFocusControl();
	}
}
