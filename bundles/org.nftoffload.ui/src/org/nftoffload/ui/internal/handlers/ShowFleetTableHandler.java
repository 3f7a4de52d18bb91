package org.nftoffload.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.nftoffload.ui.internal.editors.ModelEditors;
import org.nftoffload.ui.internal.parts.FleetTablePart;

/**
 * View &gt; Fleet Table: shows the fleet table, in the editor area (a table of thousands of
 * hosts wants the room), and gives it the focus. A closed one comes back where it was.
 */
public final class ShowFleetTableHandler {

	@Execute
	void execute(EPartService parts, EModelService models, MApplication application) {
		MPart part = parts.findPart(FleetTablePart.ID);
		if (part == null) {
			part = parts.createPart(FleetTablePart.ID);
			MPartStack editors = (MPartStack) models.find(ModelEditors.EDITOR_STACK_ID, application);
			editors.setToBeRendered(true);
			editors.getChildren().add(part);
		}
		parts.showPart(part, PartState.ACTIVATE);
	}
}
