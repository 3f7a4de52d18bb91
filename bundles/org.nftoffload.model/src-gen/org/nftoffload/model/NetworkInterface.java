/**
 */
package org.nftoffload.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Network Interface</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.nftoffload.model.NetworkInterface#getName <em>Name</em>}</li>
 *   <li>{@link org.nftoffload.model.NetworkInterface#getKind <em>Kind</em>}</li>
 *   <li>{@link org.nftoffload.model.NetworkInterface#getDriver <em>Driver</em>}</li>
 *   <li>{@link org.nftoffload.model.NetworkInterface#getLowerDevices <em>Lower Devices</em>}</li>
 *   <li>{@link org.nftoffload.model.NetworkInterface#getHwTcOffload <em>Hw Tc Offload</em>}</li>
 *   <li>{@link org.nftoffload.model.NetworkInterface#getEswitchMode <em>Eswitch Mode</em>}</li>
 *   <li>{@link org.nftoffload.model.NetworkInterface#getHardwareOffloadVerdict <em>Hardware Offload Verdict</em>}</li>
 *   <li>{@link org.nftoffload.model.NetworkInterface#getHardwareOffloadMessage <em>Hardware Offload Message</em>}</li>
 *   <li>{@link org.nftoffload.model.NetworkInterface#getMtu <em>Mtu</em>}</li>
 *   <li>{@link org.nftoffload.model.NetworkInterface#getSpeed <em>Speed</em>}</li>
 *   <li>{@link org.nftoffload.model.NetworkInterface#isUp <em>Up</em>}</li>
 *   <li>{@link org.nftoffload.model.NetworkInterface#isPresent <em>Present</em>}</li>
 * </ul>
 *
 * @see org.nftoffload.model.ModelPackage#getNetworkInterface()
 * @model
 * @generated
 */
public interface NetworkInterface extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.nftoffload.model.ModelPackage#getNetworkInterface_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.nftoffload.model.NetworkInterface#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.nftoffload.model.InterfaceKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.nftoffload.model.InterfaceKind
	 * @see #setKind(InterfaceKind)
	 * @see org.nftoffload.model.ModelPackage#getNetworkInterface_Kind()
	 * @model
	 * @generated
	 */
	InterfaceKind getKind();

	/**
	 * Sets the value of the '{@link org.nftoffload.model.NetworkInterface#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.nftoffload.model.InterfaceKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(InterfaceKind value);

	/**
	 * Returns the value of the '<em><b>Driver</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Driver</em>' attribute.
	 * @see #setDriver(String)
	 * @see org.nftoffload.model.ModelPackage#getNetworkInterface_Driver()
	 * @model
	 * @generated
	 */
	String getDriver();

	/**
	 * Sets the value of the '{@link org.nftoffload.model.NetworkInterface#getDriver <em>Driver</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Driver</em>' attribute.
	 * @see #getDriver()
	 * @generated
	 */
	void setDriver(String value);

	/**
	 * Returns the value of the '<em><b>Lower Devices</b></em>' reference list.
	 * The list contents are of type {@link org.nftoffload.model.NetworkInterface}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The devices below a VLAN, PPPoE, bridge or bond device (its real devices).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lower Devices</em>' reference list.
	 * @see org.nftoffload.model.ModelPackage#getNetworkInterface_LowerDevices()
	 * @model
	 * @generated
	 */
	EList<NetworkInterface> getLowerDevices();

	/**
	 * Returns the value of the '<em><b>Hw Tc Offload</b></em>' attribute.
	 * The literals are from the enumeration {@link org.nftoffload.model.HwTcOffloadState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hw Tc Offload</em>' attribute.
	 * @see org.nftoffload.model.HwTcOffloadState
	 * @see #setHwTcOffload(HwTcOffloadState)
	 * @see org.nftoffload.model.ModelPackage#getNetworkInterface_HwTcOffload()
	 * @model
	 * @generated
	 */
	HwTcOffloadState getHwTcOffload();

	/**
	 * Sets the value of the '{@link org.nftoffload.model.NetworkInterface#getHwTcOffload <em>Hw Tc Offload</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hw Tc Offload</em>' attribute.
	 * @see org.nftoffload.model.HwTcOffloadState
	 * @see #getHwTcOffload()
	 * @generated
	 */
	void setHwTcOffload(HwTcOffloadState value);

	/**
	 * Returns the value of the '<em><b>Eswitch Mode</b></em>' attribute.
	 * The literals are from the enumeration {@link org.nftoffload.model.EswitchMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Eswitch Mode</em>' attribute.
	 * @see org.nftoffload.model.EswitchMode
	 * @see #setEswitchMode(EswitchMode)
	 * @see org.nftoffload.model.ModelPackage#getNetworkInterface_EswitchMode()
	 * @model
	 * @generated
	 */
	EswitchMode getEswitchMode();

	/**
	 * Sets the value of the '{@link org.nftoffload.model.NetworkInterface#getEswitchMode <em>Eswitch Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Eswitch Mode</em>' attribute.
	 * @see org.nftoffload.model.EswitchMode
	 * @see #getEswitchMode()
	 * @generated
	 */
	void setEswitchMode(EswitchMode value);

	/**
	 * Returns the value of the '<em><b>Hardware Offload Verdict</b></em>' attribute.
	 * The literals are from the enumeration {@link org.nftoffload.model.HardwareOffloadVerdict}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the probe's hardware-offload dry run (nft -c of a flowtable with flags offload on this device alone) answered.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hardware Offload Verdict</em>' attribute.
	 * @see org.nftoffload.model.HardwareOffloadVerdict
	 * @see #setHardwareOffloadVerdict(HardwareOffloadVerdict)
	 * @see org.nftoffload.model.ModelPackage#getNetworkInterface_HardwareOffloadVerdict()
	 * @model
	 * @generated
	 */
	HardwareOffloadVerdict getHardwareOffloadVerdict();

	/**
	 * Sets the value of the '{@link org.nftoffload.model.NetworkInterface#getHardwareOffloadVerdict <em>Hardware Offload Verdict</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hardware Offload Verdict</em>' attribute.
	 * @see org.nftoffload.model.HardwareOffloadVerdict
	 * @see #getHardwareOffloadVerdict()
	 * @generated
	 */
	void setHardwareOffloadVerdict(HardwareOffloadVerdict value);

	/**
	 * Returns the value of the '<em><b>Hardware Offload Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The dry run's explanation, e.g. that the driver cannot offload and a software flowtable should be used.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hardware Offload Message</em>' attribute.
	 * @see #setHardwareOffloadMessage(String)
	 * @see org.nftoffload.model.ModelPackage#getNetworkInterface_HardwareOffloadMessage()
	 * @model
	 * @generated
	 */
	String getHardwareOffloadMessage();

	/**
	 * Sets the value of the '{@link org.nftoffload.model.NetworkInterface#getHardwareOffloadMessage <em>Hardware Offload Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hardware Offload Message</em>' attribute.
	 * @see #getHardwareOffloadMessage()
	 * @generated
	 */
	void setHardwareOffloadMessage(String value);

	/**
	 * Returns the value of the '<em><b>Mtu</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mtu</em>' attribute.
	 * @see #setMtu(Integer)
	 * @see org.nftoffload.model.ModelPackage#getNetworkInterface_Mtu()
	 * @model
	 * @generated
	 */
	Integer getMtu();

	/**
	 * Sets the value of the '{@link org.nftoffload.model.NetworkInterface#getMtu <em>Mtu</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mtu</em>' attribute.
	 * @see #getMtu()
	 * @generated
	 */
	void setMtu(Integer value);

	/**
	 * Returns the value of the '<em><b>Speed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Link speed in Mbit/s; unset when unknown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Speed</em>' attribute.
	 * @see #setSpeed(Integer)
	 * @see org.nftoffload.model.ModelPackage#getNetworkInterface_Speed()
	 * @model
	 * @generated
	 */
	Integer getSpeed();

	/**
	 * Sets the value of the '{@link org.nftoffload.model.NetworkInterface#getSpeed <em>Speed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Speed</em>' attribute.
	 * @see #getSpeed()
	 * @generated
	 */
	void setSpeed(Integer value);

	/**
	 * Returns the value of the '<em><b>Up</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Up</em>' attribute.
	 * @see #setUp(boolean)
	 * @see org.nftoffload.model.ModelPackage#getNetworkInterface_Up()
	 * @model
	 * @generated
	 */
	boolean isUp();

	/**
	 * Sets the value of the '{@link org.nftoffload.model.NetworkInterface#isUp <em>Up</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Up</em>' attribute.
	 * @see #isUp()
	 * @generated
	 */
	void setUp(boolean value);

	/**
	 * Returns the value of the '<em><b>Present</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * False when the device is only named by configuration (a flowtable, an import, a profile mapping) and the last probe did not find it on the host.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Present</em>' attribute.
	 * @see #setPresent(boolean)
	 * @see org.nftoffload.model.ModelPackage#getNetworkInterface_Present()
	 * @model default="true"
	 * @generated
	 */
	boolean isPresent();

	/**
	 * Sets the value of the '{@link org.nftoffload.model.NetworkInterface#isPresent <em>Present</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Present</em>' attribute.
	 * @see #isPresent()
	 * @generated
	 */
	void setPresent(boolean value);

} // NetworkInterface
