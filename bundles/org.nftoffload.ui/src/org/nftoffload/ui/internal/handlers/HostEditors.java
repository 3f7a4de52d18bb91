package org.nftoffload.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.nftoffload.model.Host;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** Opens host editors: one per host, reused when the host is already open. */
@Creatable
@Singleton
public final class HostEditors {

	public static final String DESCRIPTOR_ID = "org.nftoffload.ui.partdescriptor.hostEditor";
	public static final String EDITOR_STACK_ID = "org.nftoffload.ui.partstack.editors";
	/** Transient-data key of the host a host editor shows. */
	public static final String HOST_KEY = "org.nftoffload.ui.host";

	@Inject
	private EPartService partService;
	@Inject
	private EModelService modelService;
	@Inject
	private MApplication application;

	/** The stack editors open in (tagged NoAutoCollapse in Application.e4xmi, so it outlives its last editor). */
	private MPartStack editorStack() {
		MPartStack stack = (MPartStack) modelService.find(EDITOR_STACK_ID, application);
		stack.setToBeRendered(true);
		return stack;
	}

	public MPart open(Host host) {
		for (MPart part : partService.getParts()) {
			if (DESCRIPTOR_ID.equals(part.getElementId()) && part.getTransientData().get(HOST_KEY) == host) {
				partService.showPart(part, PartState.ACTIVATE);
				return part;
			}
		}
		MPart part = partService.createPart(DESCRIPTOR_ID);
		part.getTransientData().put(HOST_KEY, host);
		part.setLabel(host.getName());
		editorStack().getChildren().add(part);
		partService.showPart(part, PartState.ACTIVATE);
		return part;
	}
}
