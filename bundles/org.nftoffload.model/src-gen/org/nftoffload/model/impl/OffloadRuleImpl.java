/**
 */
package org.nftoffload.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.nftoffload.model.Flowtable;
import org.nftoffload.model.ModelPackage;
import org.nftoffload.model.NetworkInterface;
import org.nftoffload.model.OffloadRule;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Offload Rule</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.nftoffload.model.impl.OffloadRuleImpl#getFlowtable <em>Flowtable</em>}</li>
 *   <li>{@link org.nftoffload.model.impl.OffloadRuleImpl#getInputInterfaces <em>Input Interfaces</em>}</li>
 *   <li>{@link org.nftoffload.model.impl.OffloadRuleImpl#getOutputInterfaces <em>Output Interfaces</em>}</li>
 *   <li>{@link org.nftoffload.model.impl.OffloadRuleImpl#getFlowtableName <em>Flowtable Name</em>}</li>
 *   <li>{@link org.nftoffload.model.impl.OffloadRuleImpl#getChain <em>Chain</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OffloadRuleImpl extends AbstractOffloadRuleImpl implements OffloadRule {
	/**
	 * The cached value of the '{@link #getFlowtable() <em>Flowtable</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlowtable()
	 * @generated
	 * @ordered
	 */
	protected Flowtable flowtable;

	/**
	 * The cached value of the '{@link #getInputInterfaces() <em>Input Interfaces</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputInterfaces()
	 * @generated
	 * @ordered
	 */
	protected EList<NetworkInterface> inputInterfaces;

	/**
	 * The cached value of the '{@link #getOutputInterfaces() <em>Output Interfaces</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutputInterfaces()
	 * @generated
	 * @ordered
	 */
	protected EList<NetworkInterface> outputInterfaces;

	/**
	 * The default value of the '{@link #getFlowtableName() <em>Flowtable Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlowtableName()
	 * @generated
	 * @ordered
	 */
	protected static final String FLOWTABLE_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFlowtableName() <em>Flowtable Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlowtableName()
	 * @generated
	 * @ordered
	 */
	protected String flowtableName = FLOWTABLE_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getChain() <em>Chain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChain()
	 * @generated
	 * @ordered
	 */
	protected static final String CHAIN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getChain() <em>Chain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChain()
	 * @generated
	 * @ordered
	 */
	protected String chain = CHAIN_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OffloadRuleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.OFFLOAD_RULE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Flowtable getFlowtable() {
		if (flowtable != null && flowtable.eIsProxy()) {
			InternalEObject oldFlowtable = (InternalEObject)flowtable;
			flowtable = (Flowtable)eResolveProxy(oldFlowtable);
			if (flowtable != oldFlowtable) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ModelPackage.OFFLOAD_RULE__FLOWTABLE, oldFlowtable, flowtable));
			}
		}
		return flowtable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Flowtable basicGetFlowtable() {
		return flowtable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFlowtable(Flowtable newFlowtable) {
		Flowtable oldFlowtable = flowtable;
		flowtable = newFlowtable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.OFFLOAD_RULE__FLOWTABLE, oldFlowtable, flowtable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NetworkInterface> getInputInterfaces() {
		if (inputInterfaces == null) {
			inputInterfaces = new EObjectResolvingEList<NetworkInterface>(NetworkInterface.class, this, ModelPackage.OFFLOAD_RULE__INPUT_INTERFACES);
		}
		return inputInterfaces;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NetworkInterface> getOutputInterfaces() {
		if (outputInterfaces == null) {
			outputInterfaces = new EObjectResolvingEList<NetworkInterface>(NetworkInterface.class, this, ModelPackage.OFFLOAD_RULE__OUTPUT_INTERFACES);
		}
		return outputInterfaces;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFlowtableName() {
		return flowtableName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFlowtableName(String newFlowtableName) {
		String oldFlowtableName = flowtableName;
		flowtableName = newFlowtableName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.OFFLOAD_RULE__FLOWTABLE_NAME, oldFlowtableName, flowtableName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getChain() {
		return chain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChain(String newChain) {
		String oldChain = chain;
		chain = newChain;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.OFFLOAD_RULE__CHAIN, oldChain, chain));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.OFFLOAD_RULE__FLOWTABLE:
				if (resolve) return getFlowtable();
				return basicGetFlowtable();
			case ModelPackage.OFFLOAD_RULE__INPUT_INTERFACES:
				return getInputInterfaces();
			case ModelPackage.OFFLOAD_RULE__OUTPUT_INTERFACES:
				return getOutputInterfaces();
			case ModelPackage.OFFLOAD_RULE__FLOWTABLE_NAME:
				return getFlowtableName();
			case ModelPackage.OFFLOAD_RULE__CHAIN:
				return getChain();
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
			case ModelPackage.OFFLOAD_RULE__FLOWTABLE:
				setFlowtable((Flowtable)newValue);
				return;
			case ModelPackage.OFFLOAD_RULE__INPUT_INTERFACES:
				getInputInterfaces().clear();
				getInputInterfaces().addAll((Collection<? extends NetworkInterface>)newValue);
				return;
			case ModelPackage.OFFLOAD_RULE__OUTPUT_INTERFACES:
				getOutputInterfaces().clear();
				getOutputInterfaces().addAll((Collection<? extends NetworkInterface>)newValue);
				return;
			case ModelPackage.OFFLOAD_RULE__FLOWTABLE_NAME:
				setFlowtableName((String)newValue);
				return;
			case ModelPackage.OFFLOAD_RULE__CHAIN:
				setChain((String)newValue);
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
			case ModelPackage.OFFLOAD_RULE__FLOWTABLE:
				setFlowtable((Flowtable)null);
				return;
			case ModelPackage.OFFLOAD_RULE__INPUT_INTERFACES:
				getInputInterfaces().clear();
				return;
			case ModelPackage.OFFLOAD_RULE__OUTPUT_INTERFACES:
				getOutputInterfaces().clear();
				return;
			case ModelPackage.OFFLOAD_RULE__FLOWTABLE_NAME:
				setFlowtableName(FLOWTABLE_NAME_EDEFAULT);
				return;
			case ModelPackage.OFFLOAD_RULE__CHAIN:
				setChain(CHAIN_EDEFAULT);
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
			case ModelPackage.OFFLOAD_RULE__FLOWTABLE:
				return flowtable != null;
			case ModelPackage.OFFLOAD_RULE__INPUT_INTERFACES:
				return inputInterfaces != null && !inputInterfaces.isEmpty();
			case ModelPackage.OFFLOAD_RULE__OUTPUT_INTERFACES:
				return outputInterfaces != null && !outputInterfaces.isEmpty();
			case ModelPackage.OFFLOAD_RULE__FLOWTABLE_NAME:
				return FLOWTABLE_NAME_EDEFAULT == null ? flowtableName != null : !FLOWTABLE_NAME_EDEFAULT.equals(flowtableName);
			case ModelPackage.OFFLOAD_RULE__CHAIN:
				return CHAIN_EDEFAULT == null ? chain != null : !CHAIN_EDEFAULT.equals(chain);
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
		result.append(" (flowtableName: ");
		result.append(flowtableName);
		result.append(", chain: ");
		result.append(chain);
		result.append(')');
		return result.toString();
	}

} //OffloadRuleImpl
