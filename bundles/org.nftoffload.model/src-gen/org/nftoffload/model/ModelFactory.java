/**
 */
package org.nftoffload.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.nftoffload.model.ModelPackage
 * @generated
 */
public interface ModelFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ModelFactory eINSTANCE = org.nftoffload.model.impl.ModelFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Fleet</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Fleet</em>'.
	 * @generated
	 */
	Fleet createFleet();

	/**
	 * Returns a new object of class '<em>Host Group</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Host Group</em>'.
	 * @generated
	 */
	HostGroup createHostGroup();

	/**
	 * Returns a new object of class '<em>Host</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Host</em>'.
	 * @generated
	 */
	Host createHost();

	/**
	 * Returns a new object of class '<em>Network Interface</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Network Interface</em>'.
	 * @generated
	 */
	NetworkInterface createNetworkInterface();

	/**
	 * Returns a new object of class '<em>Flowtable</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Flowtable</em>'.
	 * @generated
	 */
	Flowtable createFlowtable();

	/**
	 * Returns a new object of class '<em>Offload Rule</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Offload Rule</em>'.
	 * @generated
	 */
	OffloadRule createOffloadRule();

	/**
	 * Returns a new object of class '<em>Module State</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Module State</em>'.
	 * @generated
	 */
	ModuleState createModuleState();

	/**
	 * Returns a new object of class '<em>Sysctl Settings</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Sysctl Settings</em>'.
	 * @generated
	 */
	SysctlSettings createSysctlSettings();

	/**
	 * Returns a new object of class '<em>Observed Sysctl</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Observed Sysctl</em>'.
	 * @generated
	 */
	ObservedSysctl createObservedSysctl();

	/**
	 * Returns a new object of class '<em>Offload Settings</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Offload Settings</em>'.
	 * @generated
	 */
	OffloadSettings createOffloadSettings();

	/**
	 * Returns a new object of class '<em>Observed Table</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Observed Table</em>'.
	 * @generated
	 */
	ObservedTable createObservedTable();

	/**
	 * Returns a new object of class '<em>Flowtable Profile</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Flowtable Profile</em>'.
	 * @generated
	 */
	FlowtableProfile createFlowtableProfile();

	/**
	 * Returns a new object of class '<em>Flowtable Template</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Flowtable Template</em>'.
	 * @generated
	 */
	FlowtableTemplate createFlowtableTemplate();

	/**
	 * Returns a new object of class '<em>Rule Template</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Rule Template</em>'.
	 * @generated
	 */
	RuleTemplate createRuleTemplate();

	/**
	 * Returns a new object of class '<em>Role Binding</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Role Binding</em>'.
	 * @generated
	 */
	RoleBinding createRoleBinding();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	ModelPackage getModelPackage();

} //ModelFactory
