/**
 */
package org.nftoffload.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.nftoffload.model.Flowtable;
import org.nftoffload.model.ModelPackage;
import org.nftoffload.model.ObservedTable;
import org.nftoffload.model.OffloadRule;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Observed Table</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.nftoffload.model.impl.ObservedTableImpl#getFamily <em>Family</em>}</li>
 *   <li>{@link org.nftoffload.model.impl.ObservedTableImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.nftoffload.model.impl.ObservedTableImpl#getFlowtables <em>Flowtables</em>}</li>
 *   <li>{@link org.nftoffload.model.impl.ObservedTableImpl#getRules <em>Rules</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ObservedTableImpl extends EObjectImpl implements ObservedTable {
	/**
	 * The default value of the '{@link #getFamily() <em>Family</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFamily()
	 * @generated
	 * @ordered
	 */
	protected static final String FAMILY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFamily() <em>Family</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFamily()
	 * @generated
	 * @ordered
	 */
	protected String family = FAMILY_EDEFAULT;

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
	 * The cached value of the '{@link #getFlowtables() <em>Flowtables</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlowtables()
	 * @generated
	 * @ordered
	 */
	protected EList<Flowtable> flowtables;

	/**
	 * The cached value of the '{@link #getRules() <em>Rules</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRules()
	 * @generated
	 * @ordered
	 */
	protected EList<OffloadRule> rules;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ObservedTableImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.OBSERVED_TABLE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFamily() {
		return family;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFamily(String newFamily) {
		String oldFamily = family;
		family = newFamily;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.OBSERVED_TABLE__FAMILY, oldFamily, family));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.OBSERVED_TABLE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Flowtable> getFlowtables() {
		if (flowtables == null) {
			flowtables = new EObjectContainmentEList<Flowtable>(Flowtable.class, this, ModelPackage.OBSERVED_TABLE__FLOWTABLES);
		}
		return flowtables;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<OffloadRule> getRules() {
		if (rules == null) {
			rules = new EObjectContainmentEList<OffloadRule>(OffloadRule.class, this, ModelPackage.OBSERVED_TABLE__RULES);
		}
		return rules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.OBSERVED_TABLE__FLOWTABLES:
				return ((InternalEList<?>)getFlowtables()).basicRemove(otherEnd, msgs);
			case ModelPackage.OBSERVED_TABLE__RULES:
				return ((InternalEList<?>)getRules()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.OBSERVED_TABLE__FAMILY:
				return getFamily();
			case ModelPackage.OBSERVED_TABLE__NAME:
				return getName();
			case ModelPackage.OBSERVED_TABLE__FLOWTABLES:
				return getFlowtables();
			case ModelPackage.OBSERVED_TABLE__RULES:
				return getRules();
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
			case ModelPackage.OBSERVED_TABLE__FAMILY:
				setFamily((String)newValue);
				return;
			case ModelPackage.OBSERVED_TABLE__NAME:
				setName((String)newValue);
				return;
			case ModelPackage.OBSERVED_TABLE__FLOWTABLES:
				getFlowtables().clear();
				getFlowtables().addAll((Collection<? extends Flowtable>)newValue);
				return;
			case ModelPackage.OBSERVED_TABLE__RULES:
				getRules().clear();
				getRules().addAll((Collection<? extends OffloadRule>)newValue);
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
			case ModelPackage.OBSERVED_TABLE__FAMILY:
				setFamily(FAMILY_EDEFAULT);
				return;
			case ModelPackage.OBSERVED_TABLE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ModelPackage.OBSERVED_TABLE__FLOWTABLES:
				getFlowtables().clear();
				return;
			case ModelPackage.OBSERVED_TABLE__RULES:
				getRules().clear();
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
			case ModelPackage.OBSERVED_TABLE__FAMILY:
				return FAMILY_EDEFAULT == null ? family != null : !FAMILY_EDEFAULT.equals(family);
			case ModelPackage.OBSERVED_TABLE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ModelPackage.OBSERVED_TABLE__FLOWTABLES:
				return flowtables != null && !flowtables.isEmpty();
			case ModelPackage.OBSERVED_TABLE__RULES:
				return rules != null && !rules.isEmpty();
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
		result.append(" (family: ");
		result.append(family);
		result.append(", name: ");
		result.append(name);
		result.append(')');
		return result.toString();
	}

} //ObservedTableImpl
