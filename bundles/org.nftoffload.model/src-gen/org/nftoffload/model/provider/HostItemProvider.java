/**
 */
package org.nftoffload.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.nftoffload.model.Host;
import org.nftoffload.model.ModelFactory;
import org.nftoffload.model.ModelPackage;

/**
 * This is the item provider adapter for a {@link org.nftoffload.model.Host} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class HostItemProvider 
	extends ItemProviderAdapter
	implements
		IEditingDomainItemProvider,
		IStructuredItemContentProvider,
		ITreeItemContentProvider,
		IItemLabelProvider,
		IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public HostItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addNamePropertyDescriptor(object);
			addAddressPropertyDescriptor(object);
			addPortPropertyDescriptor(object);
			addUserPropertyDescriptor(object);
			addAuthMethodPropertyDescriptor(object);
			addIdentityFilePropertyDescriptor(object);
			addJumpHostPropertyDescriptor(object);
			addTagsPropertyDescriptor(object);
			addNotesPropertyDescriptor(object);
			addDistributionPropertyDescriptor(object);
			addKernelReleasePropertyDescriptor(object);
			addSoftwareFlowtableSupportedPropertyDescriptor(object);
			addFlowtableCounterSupportedPropertyDescriptor(object);
			addHardwareOffloadSupportedPropertyDescriptor(object);
			addProbeTimePropertyDescriptor(object);
			addTableNamePropertyDescriptor(object);
			addAppliedProfilePropertyDescriptor(object);
			addLastApplyStatusPropertyDescriptor(object);
			addLastApplyTimePropertyDescriptor(object);
			addLastApplyMessagePropertyDescriptor(object);
			addLastApplyGenerationPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Host_name_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Host_name_feature", "_UI_Host_type"),
				 ModelPackage.Literals.HOST__NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Address feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAddressPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Host_address_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Host_address_feature", "_UI_Host_type"),
				 ModelPackage.Literals.HOST__ADDRESS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Port feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPortPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Host_port_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Host_port_feature", "_UI_Host_type"),
				 ModelPackage.Literals.HOST__PORT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the User feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addUserPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Host_user_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Host_user_feature", "_UI_Host_type"),
				 ModelPackage.Literals.HOST__USER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Auth Method feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAuthMethodPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Host_authMethod_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Host_authMethod_feature", "_UI_Host_type"),
				 ModelPackage.Literals.HOST__AUTH_METHOD,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Identity File feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIdentityFilePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Host_identityFile_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Host_identityFile_feature", "_UI_Host_type"),
				 ModelPackage.Literals.HOST__IDENTITY_FILE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Jump Host feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addJumpHostPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Host_jumpHost_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Host_jumpHost_feature", "_UI_Host_type"),
				 ModelPackage.Literals.HOST__JUMP_HOST,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Tags feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTagsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Host_tags_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Host_tags_feature", "_UI_Host_type"),
				 ModelPackage.Literals.HOST__TAGS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Notes feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNotesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Host_notes_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Host_notes_feature", "_UI_Host_type"),
				 ModelPackage.Literals.HOST__NOTES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Distribution feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDistributionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Host_distribution_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Host_distribution_feature", "_UI_Host_type"),
				 ModelPackage.Literals.HOST__DISTRIBUTION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Kernel Release feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addKernelReleasePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Host_kernelRelease_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Host_kernelRelease_feature", "_UI_Host_type"),
				 ModelPackage.Literals.HOST__KERNEL_RELEASE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Software Flowtable Supported feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSoftwareFlowtableSupportedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Host_softwareFlowtableSupported_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Host_softwareFlowtableSupported_feature", "_UI_Host_type"),
				 ModelPackage.Literals.HOST__SOFTWARE_FLOWTABLE_SUPPORTED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Flowtable Counter Supported feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFlowtableCounterSupportedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Host_flowtableCounterSupported_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Host_flowtableCounterSupported_feature", "_UI_Host_type"),
				 ModelPackage.Literals.HOST__FLOWTABLE_COUNTER_SUPPORTED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Hardware Offload Supported feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addHardwareOffloadSupportedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Host_hardwareOffloadSupported_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Host_hardwareOffloadSupported_feature", "_UI_Host_type"),
				 ModelPackage.Literals.HOST__HARDWARE_OFFLOAD_SUPPORTED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Probe Time feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addProbeTimePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Host_probeTime_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Host_probeTime_feature", "_UI_Host_type"),
				 ModelPackage.Literals.HOST__PROBE_TIME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Table Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTableNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Host_tableName_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Host_tableName_feature", "_UI_Host_type"),
				 ModelPackage.Literals.HOST__TABLE_NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Applied Profile feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAppliedProfilePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Host_appliedProfile_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Host_appliedProfile_feature", "_UI_Host_type"),
				 ModelPackage.Literals.HOST__APPLIED_PROFILE,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Last Apply Status feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLastApplyStatusPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Host_lastApplyStatus_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Host_lastApplyStatus_feature", "_UI_Host_type"),
				 ModelPackage.Literals.HOST__LAST_APPLY_STATUS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Last Apply Time feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLastApplyTimePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Host_lastApplyTime_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Host_lastApplyTime_feature", "_UI_Host_type"),
				 ModelPackage.Literals.HOST__LAST_APPLY_TIME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Last Apply Message feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLastApplyMessagePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Host_lastApplyMessage_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Host_lastApplyMessage_feature", "_UI_Host_type"),
				 ModelPackage.Literals.HOST__LAST_APPLY_MESSAGE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Last Apply Generation feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLastApplyGenerationPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Host_lastApplyGeneration_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Host_lastApplyGeneration_feature", "_UI_Host_type"),
				 ModelPackage.Literals.HOST__LAST_APPLY_GENERATION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(ModelPackage.Literals.HOST__MODULES);
			childrenFeatures.add(ModelPackage.Literals.HOST__INTERFACES);
			childrenFeatures.add(ModelPackage.Literals.HOST__SYSCTLS);
			childrenFeatures.add(ModelPackage.Literals.HOST__OBSERVED_SYSCTLS);
			childrenFeatures.add(ModelPackage.Literals.HOST__FLOWTABLES);
			childrenFeatures.add(ModelPackage.Literals.HOST__RULES);
			childrenFeatures.add(ModelPackage.Literals.HOST__OBSERVED_TABLES);
			childrenFeatures.add(ModelPackage.Literals.HOST__ROLE_BINDINGS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns Host.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Host"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Host)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Host_type") :
			getString("_UI_Host_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(Host.class)) {
			case ModelPackage.HOST__NAME:
			case ModelPackage.HOST__ADDRESS:
			case ModelPackage.HOST__PORT:
			case ModelPackage.HOST__USER:
			case ModelPackage.HOST__AUTH_METHOD:
			case ModelPackage.HOST__IDENTITY_FILE:
			case ModelPackage.HOST__JUMP_HOST:
			case ModelPackage.HOST__TAGS:
			case ModelPackage.HOST__NOTES:
			case ModelPackage.HOST__DISTRIBUTION:
			case ModelPackage.HOST__KERNEL_RELEASE:
			case ModelPackage.HOST__SOFTWARE_FLOWTABLE_SUPPORTED:
			case ModelPackage.HOST__FLOWTABLE_COUNTER_SUPPORTED:
			case ModelPackage.HOST__HARDWARE_OFFLOAD_SUPPORTED:
			case ModelPackage.HOST__PROBE_TIME:
			case ModelPackage.HOST__TABLE_NAME:
			case ModelPackage.HOST__LAST_APPLY_STATUS:
			case ModelPackage.HOST__LAST_APPLY_TIME:
			case ModelPackage.HOST__LAST_APPLY_MESSAGE:
			case ModelPackage.HOST__LAST_APPLY_GENERATION:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case ModelPackage.HOST__MODULES:
			case ModelPackage.HOST__INTERFACES:
			case ModelPackage.HOST__SYSCTLS:
			case ModelPackage.HOST__OBSERVED_SYSCTLS:
			case ModelPackage.HOST__FLOWTABLES:
			case ModelPackage.HOST__RULES:
			case ModelPackage.HOST__OBSERVED_TABLES:
			case ModelPackage.HOST__ROLE_BINDINGS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.HOST__MODULES,
				 ModelFactory.eINSTANCE.createModuleState()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.HOST__INTERFACES,
				 ModelFactory.eINSTANCE.createNetworkInterface()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.HOST__SYSCTLS,
				 ModelFactory.eINSTANCE.createSysctlSettings()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.HOST__OBSERVED_SYSCTLS,
				 ModelFactory.eINSTANCE.createObservedSysctl()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.HOST__FLOWTABLES,
				 ModelFactory.eINSTANCE.createFlowtable()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.HOST__RULES,
				 ModelFactory.eINSTANCE.createOffloadRule()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.HOST__OBSERVED_TABLES,
				 ModelFactory.eINSTANCE.createObservedTable()));

		newChildDescriptors.add
			(createChildParameter
				(ModelPackage.Literals.HOST__ROLE_BINDINGS,
				 ModelFactory.eINSTANCE.createRoleBinding()));
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return NftoffloadEditPlugin.INSTANCE;
	}

}
