/**
 */
package org.nftoffload.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.nftoffload.model.Flowtable;
import org.nftoffload.model.FlowtableTemplate;
import org.nftoffload.model.ModelPackage;
import org.nftoffload.model.NetworkInterface;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Flowtable</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.nftoffload.model.impl.FlowtableImpl#getDevices <em>Devices</em>}</li>
 *   <li>{@link org.nftoffload.model.impl.FlowtableImpl#getTemplate <em>Template</em>}</li>
 *   <li>{@link org.nftoffload.model.impl.FlowtableImpl#getOverriddenFeatures <em>Overridden Features</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FlowtableImpl extends AbstractFlowtableImpl implements Flowtable {
	/**
	 * The cached value of the '{@link #getDevices() <em>Devices</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevices()
	 * @generated
	 * @ordered
	 */
	protected EList<NetworkInterface> devices;

	/**
	 * The cached value of the '{@link #getTemplate() <em>Template</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemplate()
	 * @generated
	 * @ordered
	 */
	protected FlowtableTemplate template;

	/**
	 * The cached value of the '{@link #getOverriddenFeatures() <em>Overridden Features</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOverriddenFeatures()
	 * @generated
	 * @ordered
	 */
	protected EList<String> overriddenFeatures;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FlowtableImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.FLOWTABLE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NetworkInterface> getDevices() {
		if (devices == null) {
			devices = new EObjectResolvingEList<NetworkInterface>(NetworkInterface.class, this, ModelPackage.FLOWTABLE__DEVICES);
		}
		return devices;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FlowtableTemplate getTemplate() {
		if (template != null && template.eIsProxy()) {
			InternalEObject oldTemplate = (InternalEObject)template;
			template = (FlowtableTemplate)eResolveProxy(oldTemplate);
			if (template != oldTemplate) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ModelPackage.FLOWTABLE__TEMPLATE, oldTemplate, template));
			}
		}
		return template;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FlowtableTemplate basicGetTemplate() {
		return template;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTemplate(FlowtableTemplate newTemplate) {
		FlowtableTemplate oldTemplate = template;
		template = newTemplate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.FLOWTABLE__TEMPLATE, oldTemplate, template));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getOverriddenFeatures() {
		if (overriddenFeatures == null) {
			overriddenFeatures = new EDataTypeUniqueEList<String>(String.class, this, ModelPackage.FLOWTABLE__OVERRIDDEN_FEATURES);
		}
		return overriddenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.FLOWTABLE__DEVICES:
				return getDevices();
			case ModelPackage.FLOWTABLE__TEMPLATE:
				if (resolve) return getTemplate();
				return basicGetTemplate();
			case ModelPackage.FLOWTABLE__OVERRIDDEN_FEATURES:
				return getOverriddenFeatures();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ModelPackage.FLOWTABLE__DEVICES:
				getDevices().clear();
				getDevices().addAll((Collection<? extends NetworkInterface>)newValue);
				return;
			case ModelPackage.FLOWTABLE__TEMPLATE:
				setTemplate((FlowtableTemplate)newValue);
				return;
			case ModelPackage.FLOWTABLE__OVERRIDDEN_FEATURES:
				getOverriddenFeatures().clear();
				getOverriddenFeatures().addAll((Collection<? extends String>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ModelPackage.FLOWTABLE__DEVICES:
				getDevices().clear();
				return;
			case ModelPackage.FLOWTABLE__TEMPLATE:
				setTemplate((FlowtableTemplate)null);
				return;
			case ModelPackage.FLOWTABLE__OVERRIDDEN_FEATURES:
				getOverriddenFeatures().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ModelPackage.FLOWTABLE__DEVICES:
				return devices != null && !devices.isEmpty();
			case ModelPackage.FLOWTABLE__TEMPLATE:
				return template != null;
			case ModelPackage.FLOWTABLE__OVERRIDDEN_FEATURES:
				return overriddenFeatures != null && !overriddenFeatures.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (overriddenFeatures: ");
		result.append(overriddenFeatures);
		result.append(')');
		return result.toString();
	}

} //FlowtableImpl
