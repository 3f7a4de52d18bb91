/**
 */
package org.nftoffload.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.nftoffload.model.ModelPackage;
import org.nftoffload.model.OffloadMode;
import org.nftoffload.model.OffloadSettings;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Offload Settings</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.nftoffload.model.impl.OffloadSettingsImpl#getPriority <em>Priority</em>}</li>
 *   <li>{@link org.nftoffload.model.impl.OffloadSettingsImpl#getOffloadMode <em>Offload Mode</em>}</li>
 *   <li>{@link org.nftoffload.model.impl.OffloadSettingsImpl#getCounter <em>Counter</em>}</li>
 *   <li>{@link org.nftoffload.model.impl.OffloadSettingsImpl#getFlowtableTcpTimeout <em>Flowtable Tcp Timeout</em>}</li>
 *   <li>{@link org.nftoffload.model.impl.OffloadSettingsImpl#getFlowtableUdpTimeout <em>Flowtable Udp Timeout</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OffloadSettingsImpl extends EObjectImpl implements OffloadSettings {
	/**
	 * The default value of the '{@link #getPriority() <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriority()
	 * @generated
	 * @ordered
	 */
	protected static final Integer PRIORITY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPriority() <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriority()
	 * @generated
	 * @ordered
	 */
	protected Integer priority = PRIORITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getOffloadMode() <em>Offload Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOffloadMode()
	 * @generated
	 * @ordered
	 */
	protected static final OffloadMode OFFLOAD_MODE_EDEFAULT = OffloadMode.NONE;

	/**
	 * The cached value of the '{@link #getOffloadMode() <em>Offload Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOffloadMode()
	 * @generated
	 * @ordered
	 */
	protected OffloadMode offloadMode = OFFLOAD_MODE_EDEFAULT;

	/**
	 * This is true if the Offload Mode attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean offloadModeESet;

	/**
	 * The default value of the '{@link #getCounter() <em>Counter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCounter()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean COUNTER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCounter() <em>Counter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCounter()
	 * @generated
	 * @ordered
	 */
	protected Boolean counter = COUNTER_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OffloadSettingsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.OFFLOAD_SETTINGS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getPriority() {
		return priority;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPriority(Integer newPriority) {
		Integer oldPriority = priority;
		priority = newPriority;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.OFFLOAD_SETTINGS__PRIORITY, oldPriority, priority));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OffloadMode getOffloadMode() {
		return offloadMode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOffloadMode(OffloadMode newOffloadMode) {
		OffloadMode oldOffloadMode = offloadMode;
		offloadMode = newOffloadMode == null ? OFFLOAD_MODE_EDEFAULT : newOffloadMode;
		boolean oldOffloadModeESet = offloadModeESet;
		offloadModeESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.OFFLOAD_SETTINGS__OFFLOAD_MODE, oldOffloadMode, offloadMode, !oldOffloadModeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetOffloadMode() {
		OffloadMode oldOffloadMode = offloadMode;
		boolean oldOffloadModeESet = offloadModeESet;
		offloadMode = OFFLOAD_MODE_EDEFAULT;
		offloadModeESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, ModelPackage.OFFLOAD_SETTINGS__OFFLOAD_MODE, oldOffloadMode, OFFLOAD_MODE_EDEFAULT, oldOffloadModeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetOffloadMode() {
		return offloadModeESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getCounter() {
		return counter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCounter(Boolean newCounter) {
		Boolean oldCounter = counter;
		counter = newCounter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.OFFLOAD_SETTINGS__COUNTER, oldCounter, counter));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.OFFLOAD_SETTINGS__FLOWTABLE_TCP_TIMEOUT, oldFlowtableTcpTimeout, flowtableTcpTimeout));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.OFFLOAD_SETTINGS__FLOWTABLE_UDP_TIMEOUT, oldFlowtableUdpTimeout, flowtableUdpTimeout));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.OFFLOAD_SETTINGS__PRIORITY:
				return getPriority();
			case ModelPackage.OFFLOAD_SETTINGS__OFFLOAD_MODE:
				return getOffloadMode();
			case ModelPackage.OFFLOAD_SETTINGS__COUNTER:
				return getCounter();
			case ModelPackage.OFFLOAD_SETTINGS__FLOWTABLE_TCP_TIMEOUT:
				return getFlowtableTcpTimeout();
			case ModelPackage.OFFLOAD_SETTINGS__FLOWTABLE_UDP_TIMEOUT:
				return getFlowtableUdpTimeout();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ModelPackage.OFFLOAD_SETTINGS__PRIORITY:
				setPriority((Integer)newValue);
				return;
			case ModelPackage.OFFLOAD_SETTINGS__OFFLOAD_MODE:
				setOffloadMode((OffloadMode)newValue);
				return;
			case ModelPackage.OFFLOAD_SETTINGS__COUNTER:
				setCounter((Boolean)newValue);
				return;
			case ModelPackage.OFFLOAD_SETTINGS__FLOWTABLE_TCP_TIMEOUT:
				setFlowtableTcpTimeout((Integer)newValue);
				return;
			case ModelPackage.OFFLOAD_SETTINGS__FLOWTABLE_UDP_TIMEOUT:
				setFlowtableUdpTimeout((Integer)newValue);
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
			case ModelPackage.OFFLOAD_SETTINGS__PRIORITY:
				setPriority(PRIORITY_EDEFAULT);
				return;
			case ModelPackage.OFFLOAD_SETTINGS__OFFLOAD_MODE:
				unsetOffloadMode();
				return;
			case ModelPackage.OFFLOAD_SETTINGS__COUNTER:
				setCounter(COUNTER_EDEFAULT);
				return;
			case ModelPackage.OFFLOAD_SETTINGS__FLOWTABLE_TCP_TIMEOUT:
				setFlowtableTcpTimeout(FLOWTABLE_TCP_TIMEOUT_EDEFAULT);
				return;
			case ModelPackage.OFFLOAD_SETTINGS__FLOWTABLE_UDP_TIMEOUT:
				setFlowtableUdpTimeout(FLOWTABLE_UDP_TIMEOUT_EDEFAULT);
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
			case ModelPackage.OFFLOAD_SETTINGS__PRIORITY:
				return PRIORITY_EDEFAULT == null ? priority != null : !PRIORITY_EDEFAULT.equals(priority);
			case ModelPackage.OFFLOAD_SETTINGS__OFFLOAD_MODE:
				return isSetOffloadMode();
			case ModelPackage.OFFLOAD_SETTINGS__COUNTER:
				return COUNTER_EDEFAULT == null ? counter != null : !COUNTER_EDEFAULT.equals(counter);
			case ModelPackage.OFFLOAD_SETTINGS__FLOWTABLE_TCP_TIMEOUT:
				return FLOWTABLE_TCP_TIMEOUT_EDEFAULT == null ? flowtableTcpTimeout != null : !FLOWTABLE_TCP_TIMEOUT_EDEFAULT.equals(flowtableTcpTimeout);
			case ModelPackage.OFFLOAD_SETTINGS__FLOWTABLE_UDP_TIMEOUT:
				return FLOWTABLE_UDP_TIMEOUT_EDEFAULT == null ? flowtableUdpTimeout != null : !FLOWTABLE_UDP_TIMEOUT_EDEFAULT.equals(flowtableUdpTimeout);
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
		result.append(" (priority: ");
		result.append(priority);
		result.append(", offloadMode: ");
		if (offloadModeESet) result.append(offloadMode); else result.append("<unset>");
		result.append(", counter: ");
		result.append(counter);
		result.append(", flowtableTcpTimeout: ");
		result.append(flowtableTcpTimeout);
		result.append(", flowtableUdpTimeout: ");
		result.append(flowtableUdpTimeout);
		result.append(')');
		return result.toString();
	}

} //OffloadSettingsImpl
