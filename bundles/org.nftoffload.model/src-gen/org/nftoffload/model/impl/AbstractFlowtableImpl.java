/**
 */
package org.nftoffload.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.nftoffload.model.AbstractFlowtable;
import org.nftoffload.model.Family;
import org.nftoffload.model.ModelPackage;
import org.nftoffload.model.OffloadMode;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Abstract Flowtable</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.nftoffload.model.impl.AbstractFlowtableImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.nftoffload.model.impl.AbstractFlowtableImpl#getFamily <em>Family</em>}</li>
 *   <li>{@link org.nftoffload.model.impl.AbstractFlowtableImpl#getHook <em>Hook</em>}</li>
 *   <li>{@link org.nftoffload.model.impl.AbstractFlowtableImpl#getPriority <em>Priority</em>}</li>
 *   <li>{@link org.nftoffload.model.impl.AbstractFlowtableImpl#getOffloadMode <em>Offload Mode</em>}</li>
 *   <li>{@link org.nftoffload.model.impl.AbstractFlowtableImpl#isCounter <em>Counter</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class AbstractFlowtableImpl extends EObjectImpl implements AbstractFlowtable {
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
	 * The default value of the '{@link #getFamily() <em>Family</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFamily()
	 * @generated
	 * @ordered
	 */
	protected static final Family FAMILY_EDEFAULT = Family.INET;

	/**
	 * The cached value of the '{@link #getFamily() <em>Family</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFamily()
	 * @generated
	 * @ordered
	 */
	protected Family family = FAMILY_EDEFAULT;

	/**
	 * The default value of the '{@link #getHook() <em>Hook</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHook()
	 * @generated
	 * @ordered
	 */
	protected static final String HOOK_EDEFAULT = "ingress";

	/**
	 * The cached value of the '{@link #getHook() <em>Hook</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHook()
	 * @generated
	 * @ordered
	 */
	protected String hook = HOOK_EDEFAULT;

	/**
	 * The default value of the '{@link #getPriority() <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriority()
	 * @generated
	 * @ordered
	 */
	protected static final int PRIORITY_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPriority() <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriority()
	 * @generated
	 * @ordered
	 */
	protected int priority = PRIORITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getOffloadMode() <em>Offload Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOffloadMode()
	 * @generated
	 * @ordered
	 */
	protected static final OffloadMode OFFLOAD_MODE_EDEFAULT = OffloadMode.SOFTWARE;

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
	 * The default value of the '{@link #isCounter() <em>Counter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCounter()
	 * @generated
	 * @ordered
	 */
	protected static final boolean COUNTER_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isCounter() <em>Counter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCounter()
	 * @generated
	 * @ordered
	 */
	protected boolean counter = COUNTER_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AbstractFlowtableImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.ABSTRACT_FLOWTABLE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ABSTRACT_FLOWTABLE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Family getFamily() {
		return family;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFamily(Family newFamily) {
		Family oldFamily = family;
		family = newFamily == null ? FAMILY_EDEFAULT : newFamily;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ABSTRACT_FLOWTABLE__FAMILY, oldFamily, family));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHook() {
		return hook;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHook(String newHook) {
		String oldHook = hook;
		hook = newHook;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ABSTRACT_FLOWTABLE__HOOK, oldHook, hook));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPriority() {
		return priority;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPriority(int newPriority) {
		int oldPriority = priority;
		priority = newPriority;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ABSTRACT_FLOWTABLE__PRIORITY, oldPriority, priority));
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
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ABSTRACT_FLOWTABLE__OFFLOAD_MODE, oldOffloadMode, offloadMode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCounter() {
		return counter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCounter(boolean newCounter) {
		boolean oldCounter = counter;
		counter = newCounter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ABSTRACT_FLOWTABLE__COUNTER, oldCounter, counter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.ABSTRACT_FLOWTABLE__NAME:
				return getName();
			case ModelPackage.ABSTRACT_FLOWTABLE__FAMILY:
				return getFamily();
			case ModelPackage.ABSTRACT_FLOWTABLE__HOOK:
				return getHook();
			case ModelPackage.ABSTRACT_FLOWTABLE__PRIORITY:
				return getPriority();
			case ModelPackage.ABSTRACT_FLOWTABLE__OFFLOAD_MODE:
				return getOffloadMode();
			case ModelPackage.ABSTRACT_FLOWTABLE__COUNTER:
				return isCounter();
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
			case ModelPackage.ABSTRACT_FLOWTABLE__NAME:
				setName((String)newValue);
				return;
			case ModelPackage.ABSTRACT_FLOWTABLE__FAMILY:
				setFamily((Family)newValue);
				return;
			case ModelPackage.ABSTRACT_FLOWTABLE__HOOK:
				setHook((String)newValue);
				return;
			case ModelPackage.ABSTRACT_FLOWTABLE__PRIORITY:
				setPriority((Integer)newValue);
				return;
			case ModelPackage.ABSTRACT_FLOWTABLE__OFFLOAD_MODE:
				setOffloadMode((OffloadMode)newValue);
				return;
			case ModelPackage.ABSTRACT_FLOWTABLE__COUNTER:
				setCounter((Boolean)newValue);
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
			case ModelPackage.ABSTRACT_FLOWTABLE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ModelPackage.ABSTRACT_FLOWTABLE__FAMILY:
				setFamily(FAMILY_EDEFAULT);
				return;
			case ModelPackage.ABSTRACT_FLOWTABLE__HOOK:
				setHook(HOOK_EDEFAULT);
				return;
			case ModelPackage.ABSTRACT_FLOWTABLE__PRIORITY:
				setPriority(PRIORITY_EDEFAULT);
				return;
			case ModelPackage.ABSTRACT_FLOWTABLE__OFFLOAD_MODE:
				setOffloadMode(OFFLOAD_MODE_EDEFAULT);
				return;
			case ModelPackage.ABSTRACT_FLOWTABLE__COUNTER:
				setCounter(COUNTER_EDEFAULT);
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
			case ModelPackage.ABSTRACT_FLOWTABLE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ModelPackage.ABSTRACT_FLOWTABLE__FAMILY:
				return family != FAMILY_EDEFAULT;
			case ModelPackage.ABSTRACT_FLOWTABLE__HOOK:
				return HOOK_EDEFAULT == null ? hook != null : !HOOK_EDEFAULT.equals(hook);
			case ModelPackage.ABSTRACT_FLOWTABLE__PRIORITY:
				return priority != PRIORITY_EDEFAULT;
			case ModelPackage.ABSTRACT_FLOWTABLE__OFFLOAD_MODE:
				return offloadMode != OFFLOAD_MODE_EDEFAULT;
			case ModelPackage.ABSTRACT_FLOWTABLE__COUNTER:
				return counter != COUNTER_EDEFAULT;
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
		result.append(", family: ");
		result.append(family);
		result.append(", hook: ");
		result.append(hook);
		result.append(", priority: ");
		result.append(priority);
		result.append(", offloadMode: ");
		result.append(offloadMode);
		result.append(", counter: ");
		result.append(counter);
		result.append(')');
		return result.toString();
	}

} //AbstractFlowtableImpl
