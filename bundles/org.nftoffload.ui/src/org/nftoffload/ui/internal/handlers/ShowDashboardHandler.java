package org.nftoffload.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.nftoffload.ui.internal.editors.ModelEditors;
import org.nftoffload.ui.internal.parts.FleetDashboardPart;

/**
 * View &gt; Fleet Dashboard: shows the dashboard and gives it the focus. It lives in the editor
 * area (Application.e4xmi puts it there, so that it fills the area while no editor is open); a
 * closed one comes back where it was, one taken out of the model is made anew in the editor area.
 */
public final class ShowDashboardHandler {

	@Execute
	void execute(EPartService parts, EModelService models, MApplication application) {
		MPart part = parts.findPart(FleetDashboardPart.ID);
		if (part == null) {
			part = parts.createPart(FleetDashboardPart.ID);
			MPartStack editors = (MPartStack) models.find(ModelEditors.EDITOR_STACK_ID, application);
			editors.setToBeRendered(true);
			editors.getChildren().add(0, part);
		}
		parts.showPart(part, PartState.ACTIVATE);
	}
}
