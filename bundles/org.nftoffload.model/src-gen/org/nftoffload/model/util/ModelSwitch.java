/**
 */
package org.nftoffload.model.util;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

import org.nftoffload.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see org.nftoffload.model.ModelPackage
 * @generated
 */
public class ModelSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static ModelPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ModelSwitch() {
		if (modelPackage == null) {
			modelPackage = ModelPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case ModelPackage.FLEET: {
				Fleet fleet = (Fleet)theEObject;
				T result = caseFleet(fleet);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.HOST_GROUP: {
				HostGroup hostGroup = (HostGroup)theEObject;
				T result = caseHostGroup(hostGroup);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.HOST: {
				Host host = (Host)theEObject;
				T result = caseHost(host);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.NETWORK_INTERFACE: {
				NetworkInterface networkInterface = (NetworkInterface)theEObject;
				T result = caseNetworkInterface(networkInterface);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.ABSTRACT_FLOWTABLE: {
				AbstractFlowtable abstractFlowtable = (AbstractFlowtable)theEObject;
				T result = caseAbstractFlowtable(abstractFlowtable);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.FLOWTABLE: {
				Flowtable flowtable = (Flowtable)theEObject;
				T result = caseFlowtable(flowtable);
				if (result == null) result = caseAbstractFlowtable(flowtable);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.ABSTRACT_OFFLOAD_RULE: {
				AbstractOffloadRule abstractOffloadRule = (AbstractOffloadRule)theEObject;
				T result = caseAbstractOffloadRule(abstractOffloadRule);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.OFFLOAD_RULE: {
				OffloadRule offloadRule = (OffloadRule)theEObject;
				T result = caseOffloadRule(offloadRule);
				if (result == null) result = caseAbstractOffloadRule(offloadRule);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.MODULE_STATE: {
				ModuleState moduleState = (ModuleState)theEObject;
				T result = caseModuleState(moduleState);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.SYSCTL_SETTINGS: {
				SysctlSettings sysctlSettings = (SysctlSettings)theEObject;
				T result = caseSysctlSettings(sysctlSettings);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.OBSERVED_SYSCTL: {
				ObservedSysctl observedSysctl = (ObservedSysctl)theEObject;
				T result = caseObservedSysctl(observedSysctl);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.OFFLOAD_SETTINGS: {
				OffloadSettings offloadSettings = (OffloadSettings)theEObject;
				T result = caseOffloadSettings(offloadSettings);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.OBSERVED_TABLE: {
				ObservedTable observedTable = (ObservedTable)theEObject;
				T result = caseObservedTable(observedTable);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.FLOWTABLE_PROFILE: {
				FlowtableProfile flowtableProfile = (FlowtableProfile)theEObject;
				T result = caseFlowtableProfile(flowtableProfile);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.FLOWTABLE_TEMPLATE: {
				FlowtableTemplate flowtableTemplate = (FlowtableTemplate)theEObject;
				T result = caseFlowtableTemplate(flowtableTemplate);
				if (result == null) result = caseAbstractFlowtable(flowtableTemplate);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.RULE_TEMPLATE: {
				RuleTemplate ruleTemplate = (RuleTemplate)theEObject;
				T result = caseRuleTemplate(ruleTemplate);
				if (result == null) result = caseAbstractOffloadRule(ruleTemplate);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.ROLE_BINDING: {
				RoleBinding roleBinding = (RoleBinding)theEObject;
				T result = caseRoleBinding(roleBinding);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Fleet</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Fleet</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFleet(Fleet object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Host Group</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Host Group</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseHostGroup(HostGroup object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Host</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Host</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseHost(Host object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Network Interface</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Network Interface</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNetworkInterface(NetworkInterface object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Abstract Flowtable</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Abstract Flowtable</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAbstractFlowtable(AbstractFlowtable object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Flowtable</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Flowtable</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFlowtable(Flowtable object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Abstract Offload Rule</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Abstract Offload Rule</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAbstractOffloadRule(AbstractOffloadRule object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Offload Rule</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Offload Rule</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOffloadRule(OffloadRule object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Module State</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Module State</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseModuleState(ModuleState object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Sysctl Settings</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Sysctl Settings</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSysctlSettings(SysctlSettings object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Observed Sysctl</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Observed Sysctl</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseObservedSysctl(ObservedSysctl object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Offload Settings</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Offload Settings</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOffloadSettings(OffloadSettings object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Observed Table</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Observed Table</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseObservedTable(ObservedTable object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Flowtable Profile</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Flowtable Profile</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFlowtableProfile(FlowtableProfile object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Flowtable Template</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Flowtable Template</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFlowtableTemplate(FlowtableTemplate object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Rule Template</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Rule Template</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRuleTemplate(RuleTemplate object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Role Binding</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Role Binding</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRoleBinding(RoleBinding object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //ModelSwitch
