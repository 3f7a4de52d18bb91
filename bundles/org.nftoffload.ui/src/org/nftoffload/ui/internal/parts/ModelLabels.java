package org.nftoffload.ui.internal.parts;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.FlowtableProfile;
import org.nftoffload.model.HostGroup;
import org.nftoffload.model.Host;

/**
 * JFace providers over EMF.Edit item providers. {@code org.eclipse.emf.edit.ui} (which has these) is
 * not on Maven Central, so the console keeps its own small adapters here.
 */
final class ModelLabels {

	private ModelLabels() {
	}

	/** Children from the item providers' {@link ITreeItemContentProvider}; the input's children are the roots. */
	static final class TreeContent implements ITreeContentProvider {
		private final AdapterFactory factory;

		TreeContent(AdapterFactory factory) {
			this.factory = factory;
		}

		@Override
		public Object[] getElements(Object input) {
			return input instanceof Object[] roots ? roots : getChildren(input);
		}

		@Override
		public Object[] getChildren(Object parent) {
			ITreeItemContentProvider provider = (ITreeItemContentProvider) factory.adapt(parent,
					ITreeItemContentProvider.class);
			return provider == null ? new Object[0] : provider.getChildren(parent).toArray();
		}

		@Override
		public Object getParent(Object element) {
			return element instanceof EObject object ? object.eContainer() : null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return getChildren(element).length > 0;
		}
	}

	/** Text from the item providers, with the console's own icons for the objects an engineer sees most. */
	static final class Labels extends LabelProvider {
		private final AdapterFactory factory;
		private final Map<String, Image> images = new HashMap<>();

		Labels(AdapterFactory factory) {
			this.factory = factory;
		}

		@Override
		public String getText(Object element) {
			if (element instanceof Host host) {
				String address = host.getAddress() == null || host.getAddress().isBlank() ? "no address"
						: host.getAddress();
				return nonEmpty(host.getName(), "(unnamed host)") + "  [" + address + "]";
			}
			if (element instanceof Fleet fleet) {
				return nonEmpty(fleet.getName(), "Fleet");
			}
			if (element instanceof HostGroup group) {
				int n = group.getHosts().size();
				return nonEmpty(group.getName(), "(unnamed group)") + "  (group, " + n + (n == 1 ? " host" : " hosts")
						+ (group.getAppliedProfile() == null ? "" : ", profile " + group.getAppliedProfile().getName()) + ")";
			}
			if (element instanceof FlowtableProfile profile) {
				return nonEmpty(profile.getName(), "(unnamed profile)") + "  (profile)";
			}
			IItemLabelProvider provider = (IItemLabelProvider) factory.adapt(element, IItemLabelProvider.class);
			return provider == null ? String.valueOf(element) : provider.getText(element);
		}

		@Override
		public Image getImage(Object element) {
			if (!(element instanceof EObject object)) {
				return null;
			}
			String icon = switch (object.eClass().getName()) {
			case "Fleet" -> "fleet";
			case "Host" -> "host";
			case "HostGroup" -> "group";
			case "Flowtable", "FlowtableProfile" -> "flowtable";
			case "NetworkInterface" -> "interface";
			default -> null;
			};
			return icon == null ? null : images.computeIfAbsent(icon, ModelLabels::loadIcon);
		}

		@Override
		public void dispose() {
			images.values().forEach(Image::dispose);
			images.clear();
			super.dispose();
		}
	}

	static Image loadIcon(String name) {
		ImageDescriptor descriptor = ImageDescriptor
				.createFromURL(ModelLabels.class.getResource("/icons/" + name + ".png"));
		return descriptor.createImage();
	}

	static String nonEmpty(String value, String fallback) {
		return value == null || value.isBlank() ? fallback : value;
	}
}
