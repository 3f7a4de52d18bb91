package org.nftoffload.ui.internal.editors;

import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.nftoffload.model.AbstractFlowtable;
import org.nftoffload.model.AbstractOffloadRule;
import org.nftoffload.model.FlowtableProfile;
import org.nftoffload.model.Host;
import org.nftoffload.model.HostGroup;
import org.nftoffload.model.ObservedTable;
import org.nftoffload.model.OffloadSettings;
import org.nftoffload.model.SysctlSettings;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * The one place that decides which editor shows a model element, and opens it: the navigator, the
 * fleet table, the Problems view and the editors' own Open buttons all come here. One editor per
 * element; an open one is brought to the front.
 * <ul>
 * <li>a host, and what only the host editor shows (its interfaces, modules, role bindings, observed
 * tables): the host editor;</li>
 * <li>a host's flowtable or a profile's flowtable template: the flowtable editor;</li>
 * <li>a host's offload rule or a profile's rule template: the rule editor;</li>
 * <li>a group and its settings: the group editor;</li>
 * <li>a profile (and its default sysctls): the profile editor;</li>
 * <li>a host's sysctls: the sysctls editor ({@link #openSysctls} opens it for a host that has none
 * yet).</li>
 * </ul>
 */
@Creatable
@Singleton
public final class ModelEditors {

	public static final String EDITOR_STACK_ID = "org.nftoffload.ui.partstack.editors";
	/** Transient-data key of the element an editor part edits. */
	public static final String ELEMENT_KEY = "org.nftoffload.ui.element";

	public static final String HOST_EDITOR = "org.nftoffload.ui.partdescriptor.hostEditor";
	public static final String FLOWTABLE_EDITOR = "org.nftoffload.ui.partdescriptor.flowtableEditor";
	public static final String RULE_EDITOR = "org.nftoffload.ui.partdescriptor.ruleEditor";
	public static final String GROUP_EDITOR = "org.nftoffload.ui.partdescriptor.groupEditor";
	public static final String PROFILE_EDITOR = "org.nftoffload.ui.partdescriptor.profileEditor";
	public static final String SYSCTLS_EDITOR = "org.nftoffload.ui.partdescriptor.sysctlsEditor";

	/** Which editor, for which element: the element an editor is keyed by may be a container of what was asked for. */
	public record Target(String descriptorId, EObject element) {
	}

	@Inject
	private EPartService partService;
	@Inject
	private EModelService modelService;
	@Inject
	private MApplication application;

	/** The editor that shows {@code object}, or null when no editor does (the fleet itself). */
	public static Target targetOf(EObject object) {
		for (EObject o = object; o != null; o = o.eContainer()) {
			if (o instanceof ObservedTable) {
				// what the host runs besides the console's table is read only: the host shows it
				return hostTarget(o);
			}
		}
		if (object instanceof AbstractFlowtable) {
			return new Target(FLOWTABLE_EDITOR, object);
		}
		if (object instanceof AbstractOffloadRule) {
			return new Target(RULE_EDITOR, object);
		}
		if (object instanceof SysctlSettings && object.eContainer() instanceof Host host) {
			return new Target(SYSCTLS_EDITOR, host);
		}
		if (object instanceof HostGroup || object instanceof OffloadSettings && object.eContainer() instanceof HostGroup) {
			return new Target(GROUP_EDITOR, object instanceof HostGroup ? object : object.eContainer());
		}
		for (EObject o = object; o != null; o = o.eContainer()) {
			if (o instanceof FlowtableProfile profile) {
				return new Target(PROFILE_EDITOR, profile);
			}
		}
		return hostTarget(object);
	}

	private static Target hostTarget(EObject object) {
		for (EObject o = object; o != null; o = o.eContainer()) {
			if (o instanceof Host host) {
				return new Target(HOST_EDITOR, host);
			}
		}
		return null;
	}

	/** Whether some editor shows {@code object}. */
	public static boolean canOpen(EObject object) {
		return object != null && targetOf(object) != null;
	}

	/** Opens (or brings to the front) the editor of {@code object}; null when no editor shows it. */
	public MPart open(EObject object) {
		return open(object, null);
	}

	/**
	 * Opens the editor of {@code object} with the focus on the field of {@code feature} (a
	 * Problems row's object and feature); the editor's first field when it has none for it.
	 */
	public MPart open(EObject object, EStructuralFeature feature) {
		Target target = targetOf(object);
		if (target == null) {
			return null;
		}
		MPart part = show(target);
		if (feature != null && part.getObject() instanceof ElementEditor editor) {
			editor.reveal(object, feature);
		}
		return part;
	}

	/** The sysctls editor of {@code host}, whether or not it has desired sysctls yet. */
	public MPart openSysctls(Host host) {
		return show(new Target(SYSCTLS_EDITOR, host));
	}

	/** The open editor part for {@code target}, or null. */
	public MPart find(Target target) {
		for (MPart part : partService.getParts()) {
			if (target.descriptorId().equals(part.getElementId()) && part.getTransientData().get(ELEMENT_KEY) == target.element()) {
				return part;
			}
		}
		return null;
	}

	private MPart show(Target target) {
		MPart part = find(target);
		if (part == null) {
			part = partService.createPart(target.descriptorId());
			part.getTransientData().put(ELEMENT_KEY, target.element());
			part.setLabel(ElementEditorPart.title(target.descriptorId(), target.element()));
			editorStack().getChildren().add(part);
		}
		partService.showPart(part, PartState.ACTIVATE);
		return part;
	}

	/** The stack editors open in (tagged NoAutoCollapse in Application.e4xmi, so it outlives its last editor). */
	private MPartStack editorStack() {
		MPartStack stack = (MPartStack) modelService.find(EDITOR_STACK_ID, application);
		stack.setToBeRendered(true);
		return stack;
	}
}
