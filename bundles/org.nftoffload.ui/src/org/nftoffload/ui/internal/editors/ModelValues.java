package org.nftoffload.ui.internal.editors;

import java.util.List;
import java.util.Objects;

import org.eclipse.core.databinding.observable.Diffs;
import org.eclipse.core.databinding.observable.IChangeListener;
import org.eclipse.core.databinding.observable.Realm;
import org.eclipse.core.databinding.observable.list.IObservableList;
import org.eclipse.core.databinding.observable.value.AbstractObservableValue;
import org.eclipse.core.databinding.observable.value.DecoratingObservableValue;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.databinding.FeaturePath;
import org.eclipse.emf.databinding.edit.EMFEditProperties;
import org.eclipse.emf.databinding.edit.IEMFEditListProperty;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * The model side of a form field: an observable of one feature of one object whose changes are
 * commands on the editing domain's command stack ({@link EMFEditProperties}). Three things the
 * library does not do are added here:
 * <ul>
 * <li>setting the value the feature already has does nothing (no empty "Set" on the undo stack
 * when a field loses the focus unchanged);</li>
 * <li>a value inside an optional container (a host's sysctls, a group's settings) creates the
 * container in the same command when it is still missing, and "not set" of an unsettable feature
 * is an unset;</li>
 * <li>a many-valued attribute is one value (an immutable list), for a text field that shows it as
 * words; setting it is one command.</li>
 * </ul>
 */
final class ModelValues {

	private ModelValues() {
	}

	/** {@code owner.feature}, or {@code owner.container.feature} when {@code container} is given. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	static IObservableValue<Object> of(Realm realm, EditingDomain domain, EObject owner, EReference container,
			EStructuralFeature feature) {
		if (feature.isMany()) {
			if (container != null) {
				throw new IllegalArgumentException("many-valued features inside an optional container are not supported: " + feature);
			}
			IEMFEditListProperty property = EMFEditProperties.list(domain, feature);
			return new ListValue(property, (IObservableList) property.observe(realm, owner), owner);
		}
		IObservableValue inner = container == null ? EMFEditProperties.value(domain, feature).observe(realm, owner)
				: EMFEditProperties.value(domain, FeaturePath.fromList(container, feature)).observe(realm, owner);
		return new SingleValue(inner, domain, owner, container, feature);
	}

	/** The object that holds the feature: the owner, its container, or null when the container is missing. */
	static EObject holder(EObject owner, EReference container) {
		return container == null ? owner : (EObject) owner.eGet(container);
	}

	/** The value a field shows: null when the container is missing or an unsettable feature is unset; lists copied. */
	static Object current(EObject owner, EReference container, EStructuralFeature feature) {
		EObject holder = holder(owner, container);
		if (holder == null || feature.isUnsettable() && !holder.eIsSet(feature)) {
			return null;
		}
		Object value = holder.eGet(feature);
		return feature.isMany() ? List.copyOf((List<?>) value) : value;
	}

	private static final class SingleValue extends DecoratingObservableValue<Object> {
		private final EditingDomain domain;
		private final EObject owner;
		private final EReference container;
		private final EStructuralFeature feature;

		SingleValue(IObservableValue<Object> inner, EditingDomain domain, EObject owner, EReference container,
				EStructuralFeature feature) {
			super(inner, true);
			this.domain = domain;
			this.owner = owner;
			this.container = container;
			this.feature = feature;
		}

		@Override
		public Object getValue() {
			getterCalled();
			return current(owner, container, feature);
		}

		@Override
		public void setValue(Object value) {
			EObject holder = holder(owner, container);
			if (holder != null && Objects.equals(value, getValue())) {
				return;
			}
			if (holder == null) {
				if (value == null) {
					return; // not set, and no container: nothing to do
				}
				EObject fresh = EcoreUtil.create(container.getEReferenceType());
				fresh.eSet(feature, value);
				execute(SetCommand.create(domain, owner, container, fresh));
			} else if (value == null && feature.isUnsettable()) {
				execute(SetCommand.create(domain, holder, feature, SetCommand.UNSET_VALUE));
			} else {
				super.setValue(value); // EMFEditProperties: a SetCommand on the stack
			}
		}

		private void execute(Command command) {
			if (command.canExecute()) {
				domain.getCommandStack().execute(command);
			}
		}
	}

	/** A many-valued feature as one value: an immutable copy of the list. */
	private static final class ListValue extends AbstractObservableValue<Object> {
		private final IEMFEditListProperty property;
		private final IObservableList<Object> list;
		private final EObject owner;
		private List<Object> last;
		private final IChangeListener listener = event -> {
			List<Object> old = last;
			last = List.copyOf(listOf());
			if (!last.equals(old)) {
				fireValueChange(Diffs.createValueDiff(old, last));
			}
		};

		ListValue(IEMFEditListProperty property, IObservableList<Object> list, EObject owner) {
			super(list.getRealm());
			this.property = property;
			this.list = list;
			this.owner = owner;
			this.last = List.copyOf(listOf());
			list.addChangeListener(listener);
		}

		private List<Object> listOf() {
			return list;
		}

		@Override
		protected Object doGetValue() {
			return List.copyOf(list);
		}

		@Override
		@SuppressWarnings("unchecked")
		protected void doSetValue(Object value) {
			List<Object> wanted = (List<Object>) value;
			if (!wanted.equals(List.copyOf(list))) {
				property.setList(owner, wanted); // one command on the stack
			}
		}

		@Override
		public Object getValueType() {
			return List.class;
		}

		@Override
		public synchronized void dispose() {
			list.removeChangeListener(listener);
			list.dispose();
			super.dispose();
		}
	}
}
