/**
 */
package org.nftoffload.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.nftoffload.model.EswitchMode;
import org.nftoffload.model.HardwareOffloadVerdict;
import org.nftoffload.model.HwTcOffloadState;
import org.nftoffload.model.InterfaceKind;
import org.nftoffload.model.ModelPackage;
import org.nftoffload.model.NetworkInterface;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Network Interface</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.nftoffload.model.impl.NetworkInterfaceImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.nftoffload.model.impl.NetworkInterfaceImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.nftoffload.model.impl.NetworkInterfaceImpl#getDriver <em>Driver</em>}</li>
 *   <li>{@link org.nftoffload.model.impl.NetworkInterfaceImpl#getLowerDevices <em>Lower Devices</em>}</li>
 *   <li>{@link org.nftoffload.model.impl.NetworkInterfaceImpl#getHwTcOffload <em>Hw Tc Offload</em>}</li>
 *   <li>{@link org.nftoffload.model.impl.NetworkInterfaceImpl#getEswitchMode <em>Eswitch Mode</em>}</li>
 *   <li>{@link org.nftoffload.model.impl.NetworkInterfaceImpl#getHardwareOffloadVerdict <em>Hardware Offload Verdict</em>}</li>
 *   <li>{@link org.nftoffload.model.impl.NetworkInterfaceImpl#getHardwareOffloadMessage <em>Hardware Offload Message</em>}</li>
 *   <li>{@link org.nftoffload.model.impl.NetworkInterfaceImpl#getMtu <em>Mtu</em>}</li>
 *   <li>{@link org.nftoffload.model.impl.NetworkInterfaceImpl#getSpeed <em>Speed</em>}</li>
 *   <li>{@link org.nftoffload.model.impl.NetworkInterfaceImpl#isUp <em>Up</em>}</li>
 *   <li>{@link org.nftoffload.model.impl.NetworkInterfaceImpl#isPresent <em>Present</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NetworkInterfaceImpl extends EObjectImpl implements NetworkInterface {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final InterfaceKind KIND_EDEFAULT = InterfaceKind.PHYSICAL;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected InterfaceKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getDriver() <em>Driver</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDriver()
	 * @generated
	 * @ordered
	 */
	protected static final String DRIVER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDriver() <em>Driver</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDriver()
	 * @generated
	 * @ordered
	 */
	protected String driver = DRIVER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLowerDevices() <em>Lower Devices</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLowerDevices()
	 * @generated
	 * @ordered
	 */
	protected EList<NetworkInterface> lowerDevices;

	/**
	 * The default value of the '{@link #getHwTcOffload() <em>Hw Tc Offload</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHwTcOffload()
	 * @generated
	 * @ordered
	 */
	protected static final HwTcOffloadState HW_TC_OFFLOAD_EDEFAULT = HwTcOffloadState.UNKNOWN;

	/**
	 * The cached value of the '{@link #getHwTcOffload() <em>Hw Tc Offload</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHwTcOffload()
	 * @generated
	 * @ordered
	 */
	protected HwTcOffloadState hwTcOffload = HW_TC_OFFLOAD_EDEFAULT;

	/**
	 * The default value of the '{@link #getEswitchMode() <em>Eswitch Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEswitchMode()
	 * @generated
	 * @ordered
	 */
	protected static final EswitchMode ESWITCH_MODE_EDEFAULT = EswitchMode.UNKNOWN;

	/**
	 * The cached value of the '{@link #getEswitchMode() <em>Eswitch Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEswitchMode()
	 * @generated
	 * @ordered
	 */
	protected EswitchMode eswitchMode = ESWITCH_MODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getHardwareOffloadVerdict() <em>Hardware Offload Verdict</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHardwareOffloadVerdict()
	 * @generated
	 * @ordered
	 */
	protected static final HardwareOffloadVerdict HARDWARE_OFFLOAD_VERDICT_EDEFAULT = HardwareOffloadVerdict.UNKNOWN;

	/**
	 * The cached value of the '{@link #getHardwareOffloadVerdict() <em>Hardware Offload Verdict</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHardwareOffloadVerdict()
	 * @generated
	 * @ordered
	 */
	protected HardwareOffloadVerdict hardwareOffloadVerdict = HARDWARE_OFFLOAD_VERDICT_EDEFAULT;

	/**
	 * The default value of the '{@link #getHardwareOffloadMessage() <em>Hardware Offload Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHardwareOffloadMessage()
	 * @generated
	 * @ordered
	 */
	protected static final String HARDWARE_OFFLOAD_MESSAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHardwareOffloadMessage() <em>Hardware Offload Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHardwareOffloadMessage()
	 * @generated
	 * @ordered
	 */
	protected String hardwareOffloadMessage = HARDWARE_OFFLOAD_MESSAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMtu() <em>Mtu</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMtu()
	 * @generated
	 * @ordered
	 */
	protected static final Integer MTU_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMtu() <em>Mtu</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMtu()
	 * @generated
	 * @ordered
	 */
	protected Integer mtu = MTU_EDEFAULT;

	/**
	 * The default value of the '{@link #getSpeed() <em>Speed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpeed()
	 * @generated
	 * @ordered
	 */
	protected static final Integer SPEED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSpeed() <em>Speed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpeed()
	 * @generated
	 * @ordered
	 */
	protected Integer speed = SPEED_EDEFAULT;

	/**
	 * The default value of the '{@link #isUp() <em>Up</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUp()
	 * @generated
	 * @ordered
	 */
	protected static final boolean UP_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isUp() <em>Up</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUp()
	 * @generated
	 * @ordered
	 */
	protected boolean up = UP_EDEFAULT;

	/**
	 * The default value of the '{@link #isPresent() <em>Present</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPresent()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PRESENT_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isPresent() <em>Present</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPresent()
	 * @generated
	 * @ordered
	 */
	protected boolean present = PRESENT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NetworkInterfaceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.NETWORK_INTERFACE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.NETWORK_INTERFACE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterfaceKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(InterfaceKind newKind) {
		InterfaceKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.NETWORK_INTERFACE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDriver() {
		return driver;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDriver(String newDriver) {
		String oldDriver = driver;
		driver = newDriver;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.NETWORK_INTERFACE__DRIVER, oldDriver, driver));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NetworkInterface> getLowerDevices() {
		if (lowerDevices == null) {
			lowerDevices = new EObjectResolvingEList<NetworkInterface>(NetworkInterface.class, this, ModelPackage.NETWORK_INTERFACE__LOWER_DEVICES);
		}
		return lowerDevices;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HwTcOffloadState getHwTcOffload() {
		return hwTcOffload;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHwTcOffload(HwTcOffloadState newHwTcOffload) {
		HwTcOffloadState oldHwTcOffload = hwTcOffload;
		hwTcOffload = newHwTcOffload == null ? HW_TC_OFFLOAD_EDEFAULT : newHwTcOffload;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.NETWORK_INTERFACE__HW_TC_OFFLOAD, oldHwTcOffload, hwTcOffload));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EswitchMode getEswitchMode() {
		return eswitchMode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEswitchMode(EswitchMode newEswitchMode) {
		EswitchMode oldEswitchMode = eswitchMode;
		eswitchMode = newEswitchMode == null ? ESWITCH_MODE_EDEFAULT : newEswitchMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.NETWORK_INTERFACE__ESWITCH_MODE, oldEswitchMode, eswitchMode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HardwareOffloadVerdict getHardwareOffloadVerdict() {
		return hardwareOffloadVerdict;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHardwareOffloadVerdict(HardwareOffloadVerdict newHardwareOffloadVerdict) {
		HardwareOffloadVerdict oldHardwareOffloadVerdict = hardwareOffloadVerdict;
		hardwareOffloadVerdict = newHardwareOffloadVerdict == null ? HARDWARE_OFFLOAD_VERDICT_EDEFAULT : newHardwareOffloadVerdict;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.NETWORK_INTERFACE__HARDWARE_OFFLOAD_VERDICT, oldHardwareOffloadVerdict, hardwareOffloadVerdict));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHardwareOffloadMessage() {
		return hardwareOffloadMessage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHardwareOffloadMessage(String newHardwareOffloadMessage) {
		String oldHardwareOffloadMessage = hardwareOffloadMessage;
		hardwareOffloadMessage = newHardwareOffloadMessage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.NETWORK_INTERFACE__HARDWARE_OFFLOAD_MESSAGE, oldHardwareOffloadMessage, hardwareOffloadMessage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getMtu() {
		return mtu;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMtu(Integer newMtu) {
		Integer oldMtu = mtu;
		mtu = newMtu;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.NETWORK_INTERFACE__MTU, oldMtu, mtu));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getSpeed() {
		return speed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSpeed(Integer newSpeed) {
		Integer oldSpeed = speed;
		speed = newSpeed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.NETWORK_INTERFACE__SPEED, oldSpeed, speed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isUp() {
		return up;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUp(boolean newUp) {
		boolean oldUp = up;
		up = newUp;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.NETWORK_INTERFACE__UP, oldUp, up));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPresent() {
		return present;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPresent(boolean newPresent) {
		boolean oldPresent = present;
		present = newPresent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.NETWORK_INTERFACE__PRESENT, oldPresent, present));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.NETWORK_INTERFACE__NAME:
				return getName();
			case ModelPackage.NETWORK_INTERFACE__KIND:
				return getKind();
			case ModelPackage.NETWORK_INTERFACE__DRIVER:
				return getDriver();
			case ModelPackage.NETWORK_INTERFACE__LOWER_DEVICES:
				return getLowerDevices();
			case ModelPackage.NETWORK_INTERFACE__HW_TC_OFFLOAD:
				return getHwTcOffload();
			case ModelPackage.NETWORK_INTERFACE__ESWITCH_MODE:
				return getEswitchMode();
			case ModelPackage.NETWORK_INTERFACE__HARDWARE_OFFLOAD_VERDICT:
				return getHardwareOffloadVerdict();
			case ModelPackage.NETWORK_INTERFACE__HARDWARE_OFFLOAD_MESSAGE:
				return getHardwareOffloadMessage();
			case ModelPackage.NETWORK_INTERFACE__MTU:
				return getMtu();
			case ModelPackage.NETWORK_INTERFACE__SPEED:
				return getSpeed();
			case ModelPackage.NETWORK_INTERFACE__UP:
				return isUp();
			case ModelPackage.NETWORK_INTERFACE__PRESENT:
				return isPresent();
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
			case ModelPackage.NETWORK_INTERFACE__NAME:
				setName((String)newValue);
				return;
			case ModelPackage.NETWORK_INTERFACE__KIND:
				setKind((InterfaceKind)newValue);
				return;
			case ModelPackage.NETWORK_INTERFACE__DRIVER:
				setDriver((String)newValue);
				return;
			case ModelPackage.NETWORK_INTERFACE__LOWER_DEVICES:
				getLowerDevices().clear();
				getLowerDevices().addAll((Collection<? extends NetworkInterface>)newValue);
				return;
			case ModelPackage.NETWORK_INTERFACE__HW_TC_OFFLOAD:
				setHwTcOffload((HwTcOffloadState)newValue);
				return;
			case ModelPackage.NETWORK_INTERFACE__ESWITCH_MODE:
				setEswitchMode((EswitchMode)newValue);
				return;
			case ModelPackage.NETWORK_INTERFACE__HARDWARE_OFFLOAD_VERDICT:
				setHardwareOffloadVerdict((HardwareOffloadVerdict)newValue);
				return;
			case ModelPackage.NETWORK_INTERFACE__HARDWARE_OFFLOAD_MESSAGE:
				setHardwareOffloadMessage((String)newValue);
				return;
			case ModelPackage.NETWORK_INTERFACE__MTU:
				setMtu((Integer)newValue);
				return;
			case ModelPackage.NETWORK_INTERFACE__SPEED:
				setSpeed((Integer)newValue);
				return;
			case ModelPackage.NETWORK_INTERFACE__UP:
				setUp((Boolean)newValue);
				return;
			case ModelPackage.NETWORK_INTERFACE__PRESENT:
				setPresent((Boolean)newValue);
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
			case ModelPackage.NETWORK_INTERFACE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ModelPackage.NETWORK_INTERFACE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ModelPackage.NETWORK_INTERFACE__DRIVER:
				setDriver(DRIVER_EDEFAULT);
				return;
			case ModelPackage.NETWORK_INTERFACE__LOWER_DEVICES:
				getLowerDevices().clear();
				return;
			case ModelPackage.NETWORK_INTERFACE__HW_TC_OFFLOAD:
				setHwTcOffload(HW_TC_OFFLOAD_EDEFAULT);
				return;
			case ModelPackage.NETWORK_INTERFACE__ESWITCH_MODE:
				setEswitchMode(ESWITCH_MODE_EDEFAULT);
				return;
			case ModelPackage.NETWORK_INTERFACE__HARDWARE_OFFLOAD_VERDICT:
				setHardwareOffloadVerdict(HARDWARE_OFFLOAD_VERDICT_EDEFAULT);
				return;
			case ModelPackage.NETWORK_INTERFACE__HARDWARE_OFFLOAD_MESSAGE:
				setHardwareOffloadMessage(HARDWARE_OFFLOAD_MESSAGE_EDEFAULT);
				return;
			case ModelPackage.NETWORK_INTERFACE__MTU:
				setMtu(MTU_EDEFAULT);
				return;
			case ModelPackage.NETWORK_INTERFACE__SPEED:
				setSpeed(SPEED_EDEFAULT);
				return;
			case ModelPackage.NETWORK_INTERFACE__UP:
				setUp(UP_EDEFAULT);
				return;
			case ModelPackage.NETWORK_INTERFACE__PRESENT:
				setPresent(PRESENT_EDEFAULT);
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
			case ModelPackage.NETWORK_INTERFACE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ModelPackage.NETWORK_INTERFACE__KIND:
				return kind != KIND_EDEFAULT;
			case ModelPackage.NETWORK_INTERFACE__DRIVER:
				return DRIVER_EDEFAULT == null ? driver != null : !DRIVER_EDEFAULT.equals(driver);
			case ModelPackage.NETWORK_INTERFACE__LOWER_DEVICES:
				return lowerDevices != null && !lowerDevices.isEmpty();
			case ModelPackage.NETWORK_INTERFACE__HW_TC_OFFLOAD:
				return hwTcOffload != HW_TC_OFFLOAD_EDEFAULT;
			case ModelPackage.NETWORK_INTERFACE__ESWITCH_MODE:
				return eswitchMode != ESWITCH_MODE_EDEFAULT;
			case ModelPackage.NETWORK_INTERFACE__HARDWARE_OFFLOAD_VERDICT:
				return hardwareOffloadVerdict != HARDWARE_OFFLOAD_VERDICT_EDEFAULT;
			case ModelPackage.NETWORK_INTERFACE__HARDWARE_OFFLOAD_MESSAGE:
				return HARDWARE_OFFLOAD_MESSAGE_EDEFAULT == null ? hardwareOffloadMessage != null : !HARDWARE_OFFLOAD_MESSAGE_EDEFAULT.equals(hardwareOffloadMessage);
			case ModelPackage.NETWORK_INTERFACE__MTU:
				return MTU_EDEFAULT == null ? mtu != null : !MTU_EDEFAULT.equals(mtu);
			case ModelPackage.NETWORK_INTERFACE__SPEED:
				return SPEED_EDEFAULT == null ? speed != null : !SPEED_EDEFAULT.equals(speed);
			case ModelPackage.NETWORK_INTERFACE__UP:
				return up != UP_EDEFAULT;
			case ModelPackage.NETWORK_INTERFACE__PRESENT:
				return present != PRESENT_EDEFAULT;
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
		result.append(" (name: ");
		result.append(name);
		result.append(", kind: ");
		result.append(kind);
		result.append(", driver: ");
		result.append(driver);
		result.append(", hwTcOffload: ");
		result.append(hwTcOffload);
		result.append(", eswitchMode: ");
		result.append(eswitchMode);
		result.append(", hardwareOffloadVerdict: ");
		result.append(hardwareOffloadVerdict);
		result.append(", hardwareOffloadMessage: ");
		result.append(hardwareOffloadMessage);
		result.append(", mtu: ");
		result.append(mtu);
		result.append(", speed: ");
		result.append(speed);
		result.append(", up: ");
		result.append(up);
		result.append(", present: ");
		result.append(present);
		result.append(')');
		return result.toString();
	}

} //NetworkInterfaceImpl
