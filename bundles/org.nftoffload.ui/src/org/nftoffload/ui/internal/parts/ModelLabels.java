package org.nftoffload.ui.internal.parts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.DecorationOverlayIcon;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.swt.graphics.Image;
import org.nftoffload.fleet.edit.ModelTexts;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.FlowtableProfile;
import org.nftoffload.model.Host;
import org.nftoffload.model.HostGroup;
import org.nftoffload.model.ObservedTable;
import org.nftoffload.ui.internal.FleetProblems;
import org.nftoffload.ui.internal.NavigatorNodes;
import org.nftoffload.ui.internal.NavigatorNodes.Category;
import org.nftoffload.ui.internal.NavigatorNodes.Member;
import org.nftoffload.ui.internal.NavigatorNodes.Tag;
import org.nftoffload.ui.internal.NavigatorNodes.Tags;

/**
 * The navigator's tree: Fleet → groups (members shown) · tags · hosts → interfaces, flowtables, rules,
 * sysctls, live tables · profiles → flowtable and rule templates, with labels that say what each
 * thing is, an icon per kind and the validator's problems as decorations.
 * {@code org.eclipse.emf.edit.ui} is not on Maven Central, so these are the console's own small
 * JFace providers.
 */
final class ModelLabels {

	private ModelLabels() {
	}

	/** The object tree; the input is an array holding the fleet (the one root row). */
	static final class TreeContent implements ITreeContentProvider {

		@Override
		public Object[] getElements(Object input) {
			return input instanceof Object[] roots ? roots : getChildren(input);
		}

		@Override
		public Object[] getChildren(Object parent) {
			return switch (parent) {
			case Fleet fleet -> {
				List<Object> children = new ArrayList<>(fleet.getGroups().size() + fleet.getHosts().size()
						+ fleet.getProfiles().size());
				children.addAll(fleet.getGroups());
				if (Tags.shown(fleet)) {
					children.add(new Tags(fleet)); // beside the groups: the other way to pick hosts
				}
				children.addAll(fleet.getHosts());
				children.addAll(fleet.getProfiles());
				yield children.toArray();
			}
			case HostGroup group -> {
				List<Object> children = new ArrayList<>();
				if (group.getSettings() != null) {
					children.add(group.getSettings()); // what the group gives its hosts, above its members
				}
				group.getHosts().forEach(host -> children.add(new Member(group, host)));
				yield children.toArray();
			}
			case Host host -> {
				List<Object> children = new ArrayList<>();
				for (EReference feature : NavigatorNodes.categoriesOf(host)) {
					Category category = new Category(host, feature);
					if (NavigatorNodes.shownWhenEmpty(feature) || !category.children().isEmpty()) {
						children.add(category);
					}
					if (feature == org.nftoffload.model.ModelPackage.Literals.HOST__RULES && host.getSysctls() != null) {
						children.add(host.getSysctls()); // one object: a row of its own, no folder
					}
				}
				yield children.toArray();
			}
			case FlowtableProfile profile -> NavigatorNodes.categoriesOf(profile).stream()
					.map(feature -> new Category(profile, feature)).toArray();
			case Category category -> category.children().toArray();
			case Tags tags -> tags.children().toArray();
			case ObservedTable table -> {
				List<Object> children = new ArrayList<>(table.getFlowtables());
				children.addAll(table.getRules());
				yield children.toArray();
			}
			default -> new Object[0];
			};
		}

		@Override
		public Object getParent(Object element) {
			return switch (element) {
			case Category category -> category.owner();
			case Member member -> member.group();
			case Tags tags -> tags.fleet();
			case Tag tag -> new Tags(tag.fleet());
			case EObject object -> {
				EObject container = object.eContainer();
				EReference feature = object.eContainmentFeature();
				yield container != null && NavigatorNodes.categoriesOf(container).contains(feature)
						? new Category(container, feature)
						: container;
			}
			default -> null;
			};
		}

		@Override
		public boolean hasChildren(Object element) {
			return switch (element) {
			case Fleet fleet -> !fleet.getGroups().isEmpty() || !fleet.getHosts().isEmpty() || !fleet.getProfiles().isEmpty();
			case HostGroup group -> !group.getHosts().isEmpty() || group.getSettings() != null;
			case Host host -> true;
			case FlowtableProfile profile -> true;
			case Category category -> !category.children().isEmpty();
			case Tags tags -> true;
			case ObservedTable table -> !table.getFlowtables().isEmpty() || !table.getRules().isEmpty();
			default -> false;
			};
		}
	}

	/**
	 * Name first, then what it is in the qualifier colour ({@code lan0 (veth, hw offload: no)}); an
	 * icon per kind, with an error or warning overlay from the last validation (never computed here).
	 */
	static final class Labels extends LabelProvider implements IStyledLabelProvider {
		private final FleetProblems problems;
		private final Map<String, Image> images = new HashMap<>();
		private final Map<String, Image> decorated = new HashMap<>();

		Labels(FleetProblems problems) {
			this.problems = problems;
		}

		@Override
		public String getText(Object element) {
			return getStyledText(element).getString();
		}

		@Override
		public StyledString getStyledText(Object element) {
			String text = switch (element) {
			case Category category -> category.title() + " (" + category.children().size() + ")";
			case Member member -> ModelTexts.host(member.host());
			case Tags tags -> "Tags (" + tags.children().size() + ")";
			case Tag tag -> tag.name() + "  (" + ModelTexts.count(tag.hosts().size(), "host", "hosts") + ")";
			case EObject object -> ModelTexts.label(object);
			default -> String.valueOf(element);
			};
			// the name in the normal colour, the rest (what it is, where it points) as a qualifier
			int cut = nameLength(element, text);
			StyledString styled = new StyledString(text.substring(0, cut));
			if (cut < text.length()) {
				styled.append(text.substring(cut), StyledString.QUALIFIER_STYLER);
			}
			return styled;
		}

		private static int nameLength(Object element, String text) {
			if (element instanceof Category || element instanceof Tags) {
				int open = text.lastIndexOf(" (");
				return open < 0 ? text.length() : open;
			}
			int gap = text.indexOf("  ");
			int paren = text.indexOf(" (");
			int cut = text.length();
			if (gap > 0) {
				cut = Math.min(cut, gap);
			}
			if (paren > 0 && !(element instanceof org.nftoffload.model.OffloadRule)) {
				cut = Math.min(cut, paren);
			}
			return cut;
		}

		@Override
		public Image getImage(Object element) {
			String icon = iconOf(element);
			if (icon == null) {
				return null;
			}
			Image base = images.computeIfAbsent(icon, ModelLabels::loadIcon);
			int severity = severityOf(element);
			if (severity < Diagnostic.WARNING) {
				return base;
			}
			String overlay = severity >= Diagnostic.ERROR ? "error_ovr" : "warning_ovr";
			return decorated.computeIfAbsent(icon + "+" + overlay,
					k -> new DecorationOverlayIcon(base, descriptor(overlay), IDecoration.BOTTOM_LEFT).createImage());
		}

		/** The worst problem of the row's object and of everything below it; a category's is its children's worst. */
		int severityOf(Object element) {
			return switch (element) {
			case Category category -> {
				int worst = Diagnostic.OK;
				for (Object child : category.children()) {
					worst = Math.max(worst, problems.severity((EObject) child));
				}
				yield worst;
			}
			case Member member -> problems.severity(member.host());
			case EObject object -> problems.severity(object);
			default -> Diagnostic.OK;
			};
		}

		static String iconOf(Object element) {
			if (element instanceof Category || element instanceof Tags) {
				return "folder";
			}
			if (element instanceof Tag) {
				return "tag";
			}
			if (element instanceof Member) {
				return "host";
			}
			if (!(element instanceof EObject object)) {
				return null;
			}
			boolean live = false;
			for (EObject o = object.eContainer(); o != null; o = o.eContainer()) {
				live |= o instanceof ObservedTable;
			}
			return switch (object.eClass().getName()) {
			case "Fleet" -> "fleet";
			case "Host" -> "host";
			case "HostGroup" -> "group";
			case "Flowtable" -> live ? "live" : "flowtable";
			case "OffloadRule" -> live ? "live" : "rule";
			case "FlowtableProfile" -> "profile";
			case "FlowtableTemplate" -> "flowtable-template";
			case "RuleTemplate" -> "rule-template";
			case "NetworkInterface" -> "interface";
			case "SysctlSettings", "ObservedSysctl", "OffloadSettings" -> "sysctl";
			case "ObservedTable" -> "live";
			case "ModuleState" -> "module";
			case "RoleBinding" -> "role";
			default -> null;
			};
		}

		@Override
		public void dispose() {
			decorated.values().forEach(Image::dispose);
			decorated.clear();
			images.values().forEach(Image::dispose);
			images.clear();
			super.dispose();
		}
	}

	static Image loadIcon(String name) {
		return descriptor(name).createImage();
	}

	static ImageDescriptor descriptor(String name) {
		return ImageDescriptor.createFromURL(ModelLabels.class.getResource("/icons/" + name + ".png"));
	}

	static String nonEmpty(String value, String fallback) {
		return ModelTexts.nonEmpty(value, fallback);
	}
}
