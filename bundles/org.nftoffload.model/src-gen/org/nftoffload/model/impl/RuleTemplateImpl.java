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

import org.nftoffload.model.FlowtableTemplate;
import org.nftoffload.model.ModelPackage;
import org.nftoffload.model.RuleTemplate;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Rule Template</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.nftoffload.model.impl.RuleTemplateImpl#getFlowtable <em>Flowtable</em>}</li>
 *   <li>{@link org.nftoffload.model.impl.RuleTemplateImpl#getInputRoles <em>Input Roles</em>}</li>
 *   <li>{@link org.nftoffload.model.impl.RuleTemplateImpl#getOutputRoles <em>Output Roles</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RuleTemplateImpl extends AbstractOffloadRuleImpl implements RuleTemplate {
	/**
	 * The cached value of the '{@link #getFlowtable() <em>Flowtable</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlowtable()
	 * @generated
	 * @ordered
	 */
	protected FlowtableTemplate flowtable;

	/**
	 * The cached value of the '{@link #getInputRoles() <em>Input Roles</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputRoles()
	 * @generated
	 * @ordered
	 */
	protected EList<String> inputRoles;

	/**
	 * The cached value of the '{@link #getOutputRoles() <em>Output Roles</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutputRoles()
	 * @generated
	 * @ordered
	 */
	protected EList<String> outputRoles;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RuleTemplateImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.RULE_TEMPLATE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FlowtableTemplate getFlowtable() {
		if (flowtable != null && flowtable.eIsProxy()) {
			InternalEObject oldFlowtable = (InternalEObject)flowtable;
			flowtable = (FlowtableTemplate)eResolveProxy(oldFlowtable);
			if (flowtable != oldFlowtable) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ModelPackage.RULE_TEMPLATE__FLOWTABLE, oldFlowtable, flowtable));
			}
		}
		return flowtable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FlowtableTemplate basicGetFlowtable() {
		return flowtable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFlowtable(FlowtableTemplate newFlowtable) {
		FlowtableTemplate oldFlowtable = flowtable;
		flowtable = newFlowtable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RULE_TEMPLATE__FLOWTABLE, oldFlowtable, flowtable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getInputRoles() {
		if (inputRoles == null) {
			inputRoles = new EDataTypeUniqueEList<String>(String.class, this, ModelPackage.RULE_TEMPLATE__INPUT_ROLES);
		}
		return inputRoles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getOutputRoles() {
		if (outputRoles == null) {
			outputRoles = new EDataTypeUniqueEList<String>(String.class, this, ModelPackage.RULE_TEMPLATE__OUTPUT_ROLES);
		}
		return outputRoles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.RULE_TEMPLATE__FLOWTABLE:
				if (resolve) return getFlowtable();
				return basicGetFlowtable();
			case ModelPackage.RULE_TEMPLATE__INPUT_ROLES:
				return getInputRoles();
			case ModelPackage.RULE_TEMPLATE__OUTPUT_ROLES:
				return getOutputRoles();
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
			case ModelPackage.RULE_TEMPLATE__FLOWTABLE:
				setFlowtable((FlowtableTemplate)newValue);
				return;
			case ModelPackage.RULE_TEMPLATE__INPUT_ROLES:
				getInputRoles().clear();
				getInputRoles().addAll((Collection<? extends String>)newValue);
				return;
			case ModelPackage.RULE_TEMPLATE__OUTPUT_ROLES:
				getOutputRoles().clear();
				getOutputRoles().addAll((Collection<? extends String>)newValue);
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
			case ModelPackage.RULE_TEMPLATE__FLOWTABLE:
				setFlowtable((FlowtableTemplate)null);
				return;
			case ModelPackage.RULE_TEMPLATE__INPUT_ROLES:
				getInputRoles().clear();
				return;
			case ModelPackage.RULE_TEMPLATE__OUTPUT_ROLES:
				getOutputRoles().clear();
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
			case ModelPackage.RULE_TEMPLATE__FLOWTABLE:
				return flowtable != null;
			case ModelPackage.RULE_TEMPLATE__INPUT_ROLES:
				return inputRoles != null && !inputRoles.isEmpty();
			case ModelPackage.RULE_TEMPLATE__OUTPUT_ROLES:
				return outputRoles != null && !outputRoles.isEmpty();
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
		result.append(" (inputRoles: ");
		result.append(inputRoles);
		result.append(", outputRoles: ");
		result.append(outputRoles);
		result.append(')');
		return result.toString();
	}

} //RuleTemplateImpl
