/**
 */
package org.nftoffload.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.nftoffload.model.ModelPackage;
import org.nftoffload.model.SysctlSettings;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Sysctl Settings</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.nftoffload.model.impl.SysctlSettingsImpl#getFlowtableTcpTimeout <em>Flowtable Tcp Timeout</em>}</li>
 *   <li>{@link org.nftoffload.model.impl.SysctlSettingsImpl#getFlowtableUdpTimeout <em>Flowtable Udp Timeout</em>}</li>
 *   <li>{@link org.nftoffload.model.impl.SysctlSettingsImpl#getConntrackAcct <em>Conntrack Acct</em>}</li>
 *   <li>{@link org.nftoffload.model.impl.SysctlSettingsImpl#getOverriddenFeatures <em>Overridden Features</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SysctlSettingsImpl extends EObjectImpl implements SysctlSettings {
	/**
	 * The default value of the '{@link #getFlowtableTcpTimeout() <em>Flowtable Tcp Timeout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlowtableTcpTimeout()
	 * @generated
	 * @ordered
	 */
	protected static final Integer FLOWTABLE_TCP_TIMEOUT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFlowtableTcpTimeout() <em>Flowtable Tcp Timeout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlowtableTcpTimeout()
	 * @generated
	 * @ordered
	 */
	protected Integer flowtableTcpTimeout = FLOWTABLE_TCP_TIMEOUT_EDEFAULT;

	/**
	 * The default value of the '{@link #getFlowtableUdpTimeout() <em>Flowtable Udp Timeout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlowtableUdpTimeout()
	 * @generated
	 * @ordered
	 */
	protected static final Integer FLOWTABLE_UDP_TIMEOUT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFlowtableUdpTimeout() <em>Flowtable Udp Timeout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlowtableUdpTimeout()
	 * @generated
	 * @ordered
	 */
	protected Integer flowtableUdpTimeout = FLOWTABLE_UDP_TIMEOUT_EDEFAULT;

	/**
	 * The default value of the '{@link #getConntrackAcct() <em>Conntrack Acct</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConntrackAcct()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean CONNTRACK_ACCT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getConntrackAcct() <em>Conntrack Acct</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConntrackAcct()
	 * @generated
	 * @ordered
	 */
	protected Boolean conntrackAcct = CONNTRACK_ACCT_EDEFAULT;

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
	protected SysctlSettingsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.SYSCTL_SETTINGS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getFlowtableTcpTimeout() {
		return flowtableTcpTimeout;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFlowtableTcpTimeout(Integer newFlowtableTcpTimeout) {
		Integer oldFlowtableTcpTimeout = flowtableTcpTimeout;
		flowtableTcpTimeout = newFlowtableTcpTimeout;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SYSCTL_SETTINGS__FLOWTABLE_TCP_TIMEOUT, oldFlowtableTcpTimeout, flowtableTcpTimeout));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getFlowtableUdpTimeout() {
		return flowtableUdpTimeout;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFlowtableUdpTimeout(Integer newFlowtableUdpTimeout) {
		Integer oldFlowtableUdpTimeout = flowtableUdpTimeout;
		flowtableUdpTimeout = newFlowtableUdpTimeout;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SYSCTL_SETTINGS__FLOWTABLE_UDP_TIMEOUT, oldFlowtableUdpTimeout, flowtableUdpTimeout));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getConntrackAcct() {
		return conntrackAcct;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConntrackAcct(Boolean newConntrackAcct) {
		Boolean oldConntrackAcct = conntrackAcct;
		conntrackAcct = newConntrackAcct;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SYSCTL_SETTINGS__CONNTRACK_ACCT, oldConntrackAcct, conntrackAcct));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getOverriddenFeatures() {
		if (overriddenFeatures == null) {
			overriddenFeatures = new EDataTypeUniqueEList<String>(String.class, this, ModelPackage.SYSCTL_SETTINGS__OVERRIDDEN_FEATURES);
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
			case ModelPackage.SYSCTL_SETTINGS__FLOWTABLE_TCP_TIMEOUT:
				return getFlowtableTcpTimeout();
			case ModelPackage.SYSCTL_SETTINGS__FLOWTABLE_UDP_TIMEOUT:
				return getFlowtableUdpTimeout();
			case ModelPackage.SYSCTL_SETTINGS__CONNTRACK_ACCT:
				return getConntrackAcct();
			case ModelPackage.SYSCTL_SETTINGS__OVERRIDDEN_FEATURES:
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
			case ModelPackage.SYSCTL_SETTINGS__FLOWTABLE_TCP_TIMEOUT:
				setFlowtableTcpTimeout((Integer)newValue);
				return;
			case ModelPackage.SYSCTL_SETTINGS__FLOWTABLE_UDP_TIMEOUT:
				setFlowtableUdpTimeout((Integer)newValue);
				return;
			case ModelPackage.SYSCTL_SETTINGS__CONNTRACK_ACCT:
				setConntrackAcct((Boolean)newValue);
				return;
			case ModelPackage.SYSCTL_SETTINGS__OVERRIDDEN_FEATURES:
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
			case ModelPackage.SYSCTL_SETTINGS__FLOWTABLE_TCP_TIMEOUT:
				setFlowtableTcpTimeout(FLOWTABLE_TCP_TIMEOUT_EDEFAULT);
				return;
			case ModelPackage.SYSCTL_SETTINGS__FLOWTABLE_UDP_TIMEOUT:
				setFlowtableUdpTimeout(FLOWTABLE_UDP_TIMEOUT_EDEFAULT);
				return;
			case ModelPackage.SYSCTL_SETTINGS__CONNTRACK_ACCT:
				setConntrackAcct(CONNTRACK_ACCT_EDEFAULT);
				return;
			case ModelPackage.SYSCTL_SETTINGS__OVERRIDDEN_FEATURES:
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
			case ModelPackage.SYSCTL_SETTINGS__FLOWTABLE_TCP_TIMEOUT:
				return FLOWTABLE_TCP_TIMEOUT_EDEFAULT == null ? flowtableTcpTimeout != null : !FLOWTABLE_TCP_TIMEOUT_EDEFAULT.equals(flowtableTcpTimeout);
			case ModelPackage.SYSCTL_SETTINGS__FLOWTABLE_UDP_TIMEOUT:
				return FLOWTABLE_UDP_TIMEOUT_EDEFAULT == null ? flowtableUdpTimeout != null : !FLOWTABLE_UDP_TIMEOUT_EDEFAULT.equals(flowtableUdpTimeout);
			case ModelPackage.SYSCTL_SETTINGS__CONNTRACK_ACCT:
				return CONNTRACK_ACCT_EDEFAULT == null ? conntrackAcct != null : !CONNTRACK_ACCT_EDEFAULT.equals(conntrackAcct);
			case ModelPackage.SYSCTL_SETTINGS__OVERRIDDEN_FEATURES:
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
		result.append(" (flowtableTcpTimeout: ");
		result.append(flowtableTcpTimeout);
		result.append(", flowtableUdpTimeout: ");
		result.append(flowtableUdpTimeout);
		result.append(", conntrackAcct: ");
		result.append(conntrackAcct);
		result.append(", overriddenFeatures: ");
		result.append(overriddenFeatures);
		result.append(')');
		return result.toString();
	}

} //SysctlSettingsImpl
