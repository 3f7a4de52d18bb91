package org.nftoffload.ui.internal;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;

/** The text columns of the console's tables (views and dialogs): a title, a width, a row's text. */
public final class TableColumns {

	private TableColumns() {
	}

	public static <T> TableViewerColumn add(TableViewer viewer, Class<T> rowType, String title, int width,
			Function<T, String> text) {
		return add(viewer, rowType, title, width, text, row -> null);
	}

	/** With an icon in front of the text ({@code null} for none). */
	public static <T> TableViewerColumn add(TableViewer viewer, Class<T> rowType, String title, int width,
			Function<T, String> text, Function<T, Image> image) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(rowType.cast(element));
			}

			@Override
			public Image getImage(Object element) {
				return image.apply(rowType.cast(element));
			}
		});
		return column;
	}
}
