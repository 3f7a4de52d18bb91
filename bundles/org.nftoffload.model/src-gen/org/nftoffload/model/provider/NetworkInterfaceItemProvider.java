/**
 */
package org.nftoffload.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

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

import org.nftoffload.model.ModelPackage;
import org.nftoffload.model.NetworkInterface;

/**
 * This is the item provider adapter for a {@link org.nftoffload.model.NetworkInterface} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class NetworkInterfaceItemProvider 
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
	public NetworkInterfaceItemProvider(AdapterFactory adapterFactory) {
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
			addKindPropertyDescriptor(object);
			addDriverPropertyDescriptor(object);
			addLowerDevicesPropertyDescriptor(object);
			addHwTcOffloadPropertyDescriptor(object);
			addEswitchModePropertyDescriptor(object);
			addHardwareOffloadVerdictPropertyDescriptor(object);
			addHardwareOffloadMessagePropertyDescriptor(object);
			addMtuPropertyDescriptor(object);
			addSpeedPropertyDescriptor(object);
			addUpPropertyDescriptor(object);
			addPresentPropertyDescriptor(object);
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
				 getString("_UI_NetworkInterface_name_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_NetworkInterface_name_feature", "_UI_NetworkInterface_type"),
				 ModelPackage.Literals.NETWORK_INTERFACE__NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Kind feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addKindPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_NetworkInterface_kind_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_NetworkInterface_kind_feature", "_UI_NetworkInterface_type"),
				 ModelPackage.Literals.NETWORK_INTERFACE__KIND,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Driver feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDriverPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_NetworkInterface_driver_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_NetworkInterface_driver_feature", "_UI_NetworkInterface_type"),
				 ModelPackage.Literals.NETWORK_INTERFACE__DRIVER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Lower Devices feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLowerDevicesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_NetworkInterface_lowerDevices_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_NetworkInterface_lowerDevices_feature", "_UI_NetworkInterface_type"),
				 ModelPackage.Literals.NETWORK_INTERFACE__LOWER_DEVICES,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Hw Tc Offload feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addHwTcOffloadPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_NetworkInterface_hwTcOffload_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_NetworkInterface_hwTcOffload_feature", "_UI_NetworkInterface_type"),
				 ModelPackage.Literals.NETWORK_INTERFACE__HW_TC_OFFLOAD,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Eswitch Mode feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEswitchModePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_NetworkInterface_eswitchMode_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_NetworkInterface_eswitchMode_feature", "_UI_NetworkInterface_type"),
				 ModelPackage.Literals.NETWORK_INTERFACE__ESWITCH_MODE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Hardware Offload Verdict feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addHardwareOffloadVerdictPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_NetworkInterface_hardwareOffloadVerdict_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_NetworkInterface_hardwareOffloadVerdict_feature", "_UI_NetworkInterface_type"),
				 ModelPackage.Literals.NETWORK_INTERFACE__HARDWARE_OFFLOAD_VERDICT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Hardware Offload Message feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addHardwareOffloadMessagePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_NetworkInterface_hardwareOffloadMessage_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_NetworkInterface_hardwareOffloadMessage_feature", "_UI_NetworkInterface_type"),
				 ModelPackage.Literals.NETWORK_INTERFACE__HARDWARE_OFFLOAD_MESSAGE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Mtu feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMtuPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_NetworkInterface_mtu_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_NetworkInterface_mtu_feature", "_UI_NetworkInterface_type"),
				 ModelPackage.Literals.NETWORK_INTERFACE__MTU,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Speed feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSpeedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_NetworkInterface_speed_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_NetworkInterface_speed_feature", "_UI_NetworkInterface_type"),
				 ModelPackage.Literals.NETWORK_INTERFACE__SPEED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Up feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addUpPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_NetworkInterface_up_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_NetworkInterface_up_feature", "_UI_NetworkInterface_type"),
				 ModelPackage.Literals.NETWORK_INTERFACE__UP,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Present feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPresentPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_NetworkInterface_present_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_NetworkInterface_present_feature", "_UI_NetworkInterface_type"),
				 ModelPackage.Literals.NETWORK_INTERFACE__PRESENT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This returns NetworkInterface.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/NetworkInterface"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((NetworkInterface)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_NetworkInterface_type") :
			getString("_UI_NetworkInterface_type") + " " + label;
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

		switch (notification.getFeatureID(NetworkInterface.class)) {
			case ModelPackage.NETWORK_INTERFACE__NAME:
			case ModelPackage.NETWORK_INTERFACE__KIND:
			case ModelPackage.NETWORK_INTERFACE__DRIVER:
			case ModelPackage.NETWORK_INTERFACE__HW_TC_OFFLOAD:
			case ModelPackage.NETWORK_INTERFACE__ESWITCH_MODE:
			case ModelPackage.NETWORK_INTERFACE__HARDWARE_OFFLOAD_VERDICT:
			case ModelPackage.NETWORK_INTERFACE__HARDWARE_OFFLOAD_MESSAGE:
			case ModelPackage.NETWORK_INTERFACE__MTU:
			case ModelPackage.NETWORK_INTERFACE__SPEED:
			case ModelPackage.NETWORK_INTERFACE__UP:
			case ModelPackage.NETWORK_INTERFACE__PRESENT:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
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
