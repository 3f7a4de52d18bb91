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

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.nftoffload.model.FlowtableProfile;
import org.nftoffload.model.FlowtableTemplate;
import org.nftoffload.model.ModelPackage;
import org.nftoffload.model.RuleTemplate;
import org.nftoffload.model.SysctlSettings;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Flowtable Profile</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.nftoffload.model.impl.FlowtableProfileImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.nftoffload.model.impl.FlowtableProfileImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.nftoffload.model.impl.FlowtableProfileImpl#getRoles <em>Roles</em>}</li>
 *   <li>{@link org.nftoffload.model.impl.FlowtableProfileImpl#getFlowtables <em>Flowtables</em>}</li>
 *   <li>{@link org.nftoffload.model.impl.FlowtableProfileImpl#getRules <em>Rules</em>}</li>
 *   <li>{@link org.nftoffload.model.impl.FlowtableProfileImpl#getSysctls <em>Sysctls</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FlowtableProfileImpl extends EObjectImpl implements FlowtableProfile {
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
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRoles() <em>Roles</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoles()
	 * @generated
	 * @ordered
	 */
	protected EList<String> roles;

	/**
	 * The cached value of the '{@link #getFlowtables() <em>Flowtables</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlowtables()
	 * @generated
	 * @ordered
	 */
	protected EList<FlowtableTemplate> flowtables;

	/**
	 * The cached value of the '{@link #getRules() <em>Rules</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRules()
	 * @generated
	 * @ordered
	 */
	protected EList<RuleTemplate> rules;

	/**
	 * The cached value of the '{@link #getSysctls() <em>Sysctls</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSysctls()
	 * @generated
	 * @ordered
	 */
	protected SysctlSettings sysctls;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FlowtableProfileImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.FLOWTABLE_PROFILE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.FLOWTABLE_PROFILE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.FLOWTABLE_PROFILE__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getRoles() {
		if (roles == null) {
			roles = new EDataTypeUniqueEList<String>(String.class, this, ModelPackage.FLOWTABLE_PROFILE__ROLES);
		}
		return roles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FlowtableTemplate> getFlowtables() {
		if (flowtables == null) {
			flowtables = new EObjectContainmentEList<FlowtableTemplate>(FlowtableTemplate.class, this, ModelPackage.FLOWTABLE_PROFILE__FLOWTABLES);
		}
		return flowtables;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RuleTemplate> getRules() {
		if (rules == null) {
			rules = new EObjectContainmentEList<RuleTemplate>(RuleTemplate.class, this, ModelPackage.FLOWTABLE_PROFILE__RULES);
		}
		return rules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SysctlSettings getSysctls() {
		return sysctls;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSysctls(SysctlSettings newSysctls, NotificationChain msgs) {
		SysctlSettings oldSysctls = sysctls;
		sysctls = newSysctls;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ModelPackage.FLOWTABLE_PROFILE__SYSCTLS, oldSysctls, newSysctls);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSysctls(SysctlSettings newSysctls) {
		if (newSysctls != sysctls) {
			NotificationChain msgs = null;
			if (sysctls != null)
				msgs = ((InternalEObject)sysctls).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ModelPackage.FLOWTABLE_PROFILE__SYSCTLS, null, msgs);
			if (newSysctls != null)
				msgs = ((InternalEObject)newSysctls).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ModelPackage.FLOWTABLE_PROFILE__SYSCTLS, null, msgs);
			msgs = basicSetSysctls(newSysctls, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.FLOWTABLE_PROFILE__SYSCTLS, newSysctls, newSysctls));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.FLOWTABLE_PROFILE__FLOWTABLES:
				return ((InternalEList<?>)getFlowtables()).basicRemove(otherEnd, msgs);
			case ModelPackage.FLOWTABLE_PROFILE__RULES:
				return ((InternalEList<?>)getRules()).basicRemove(otherEnd, msgs);
			case ModelPackage.FLOWTABLE_PROFILE__SYSCTLS:
				return basicSetSysctls(null, msgs);
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
			case ModelPackage.FLOWTABLE_PROFILE__NAME:
				return getName();
			case ModelPackage.FLOWTABLE_PROFILE__DESCRIPTION:
				return getDescription();
			case ModelPackage.FLOWTABLE_PROFILE__ROLES:
				return getRoles();
			case ModelPackage.FLOWTABLE_PROFILE__FLOWTABLES:
				return getFlowtables();
			case ModelPackage.FLOWTABLE_PROFILE__RULES:
				return getRules();
			case ModelPackage.FLOWTABLE_PROFILE__SYSCTLS:
				return getSysctls();
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
			case ModelPackage.FLOWTABLE_PROFILE__NAME:
				setName((String)newValue);
				return;
			case ModelPackage.FLOWTABLE_PROFILE__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case ModelPackage.FLOWTABLE_PROFILE__ROLES:
				getRoles().clear();
				getRoles().addAll((Collection<? extends String>)newValue);
				return;
			case ModelPackage.FLOWTABLE_PROFILE__FLOWTABLES:
				getFlowtables().clear();
				getFlowtables().addAll((Collection<? extends FlowtableTemplate>)newValue);
				return;
			case ModelPackage.FLOWTABLE_PROFILE__RULES:
				getRules().clear();
				getRules().addAll((Collection<? extends RuleTemplate>)newValue);
				return;
			case ModelPackage.FLOWTABLE_PROFILE__SYSCTLS:
				setSysctls((SysctlSettings)newValue);
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
			case ModelPackage.FLOWTABLE_PROFILE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ModelPackage.FLOWTABLE_PROFILE__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case ModelPackage.FLOWTABLE_PROFILE__ROLES:
				getRoles().clear();
				return;
			case ModelPackage.FLOWTABLE_PROFILE__FLOWTABLES:
				getFlowtables().clear();
				return;
			case ModelPackage.FLOWTABLE_PROFILE__RULES:
				getRules().clear();
				return;
			case ModelPackage.FLOWTABLE_PROFILE__SYSCTLS:
				setSysctls((SysctlSettings)null);
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
			case ModelPackage.FLOWTABLE_PROFILE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ModelPackage.FLOWTABLE_PROFILE__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case ModelPackage.FLOWTABLE_PROFILE__ROLES:
				return roles != null && !roles.isEmpty();
			case ModelPackage.FLOWTABLE_PROFILE__FLOWTABLES:
				return flowtables != null && !flowtables.isEmpty();
			case ModelPackage.FLOWTABLE_PROFILE__RULES:
				return rules != null && !rules.isEmpty();
			case ModelPackage.FLOWTABLE_PROFILE__SYSCTLS:
				return sysctls != null;
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
		result.append(", description: ");
		result.append(description);
		result.append(", roles: ");
		result.append(roles);
		result.append(')');
		return result.toString();
	}

} //FlowtableProfileImpl
