/**
 */
package org.nftoffload.model.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.nftoffload.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.nftoffload.model.ModelPackage
 * @generated
 */
public class ModelAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static ModelPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ModelAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = ModelPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ModelSwitch<Adapter> modelSwitch =
		new ModelSwitch<Adapter>() {
			@Override
			public Adapter caseFleet(Fleet object) {
				return createFleetAdapter();
			}
			@Override
			public Adapter caseHostGroup(HostGroup object) {
				return createHostGroupAdapter();
			}
			@Override
			public Adapter caseHost(Host object) {
				return createHostAdapter();
			}
			@Override
			public Adapter caseNetworkInterface(NetworkInterface object) {
				return createNetworkInterfaceAdapter();
			}
			@Override
			public Adapter caseAbstractFlowtable(AbstractFlowtable object) {
				return createAbstractFlowtableAdapter();
			}
			@Override
			public Adapter caseFlowtable(Flowtable object) {
				return createFlowtableAdapter();
			}
			@Override
			public Adapter caseAbstractOffloadRule(AbstractOffloadRule object) {
				return createAbstractOffloadRuleAdapter();
			}
			@Override
			public Adapter caseOffloadRule(OffloadRule object) {
				return createOffloadRuleAdapter();
			}
			@Override
			public Adapter caseModuleState(ModuleState object) {
				return createModuleStateAdapter();
			}
			@Override
			public Adapter caseSysctlSettings(SysctlSettings object) {
				return createSysctlSettingsAdapter();
			}
			@Override
			public Adapter caseObservedSysctl(ObservedSysctl object) {
				return createObservedSysctlAdapter();
			}
			@Override
			public Adapter caseOffloadSettings(OffloadSettings object) {
				return createOffloadSettingsAdapter();
			}
			@Override
			public Adapter caseObservedTable(ObservedTable object) {
				return createObservedTableAdapter();
			}
			@Override
			public Adapter caseFlowtableProfile(FlowtableProfile object) {
				return createFlowtableProfileAdapter();
			}
			@Override
			public Adapter caseFlowtableTemplate(FlowtableTemplate object) {
				return createFlowtableTemplateAdapter();
			}
			@Override
			public Adapter caseRuleTemplate(RuleTemplate object) {
				return createRuleTemplateAdapter();
			}
			@Override
			public Adapter caseRoleBinding(RoleBinding object) {
				return createRoleBindingAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.nftoffload.model.Fleet <em>Fleet</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nftoffload.model.Fleet
	 * @generated
	 */
	public Adapter createFleetAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nftoffload.model.HostGroup <em>Host Group</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nftoffload.model.HostGroup
	 * @generated
	 */
	public Adapter createHostGroupAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nftoffload.model.Host <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nftoffload.model.Host
	 * @generated
	 */
	public Adapter createHostAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nftoffload.model.NetworkInterface <em>Network Interface</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nftoffload.model.NetworkInterface
	 * @generated
	 */
	public Adapter createNetworkInterfaceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nftoffload.model.AbstractFlowtable <em>Abstract Flowtable</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nftoffload.model.AbstractFlowtable
	 * @generated
	 */
	public Adapter createAbstractFlowtableAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nftoffload.model.Flowtable <em>Flowtable</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nftoffload.model.Flowtable
	 * @generated
	 */
	public Adapter createFlowtableAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nftoffload.model.AbstractOffloadRule <em>Abstract Offload Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nftoffload.model.AbstractOffloadRule
	 * @generated
	 */
	public Adapter createAbstractOffloadRuleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nftoffload.model.OffloadRule <em>Offload Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nftoffload.model.OffloadRule
	 * @generated
	 */
	public Adapter createOffloadRuleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nftoffload.model.ModuleState <em>Module State</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nftoffload.model.ModuleState
	 * @generated
	 */
	public Adapter createModuleStateAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nftoffload.model.SysctlSettings <em>Sysctl Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nftoffload.model.SysctlSettings
	 * @generated
	 */
	public Adapter createSysctlSettingsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nftoffload.model.ObservedSysctl <em>Observed Sysctl</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nftoffload.model.ObservedSysctl
	 * @generated
	 */
	public Adapter createObservedSysctlAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nftoffload.model.OffloadSettings <em>Offload Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nftoffload.model.OffloadSettings
	 * @generated
	 */
	public Adapter createOffloadSettingsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nftoffload.model.ObservedTable <em>Observed Table</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nftoffload.model.ObservedTable
	 * @generated
	 */
	public Adapter createObservedTableAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nftoffload.model.FlowtableProfile <em>Flowtable Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nftoffload.model.FlowtableProfile
	 * @generated
	 */
	public Adapter createFlowtableProfileAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nftoffload.model.FlowtableTemplate <em>Flowtable Template</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nftoffload.model.FlowtableTemplate
	 * @generated
	 */
	public Adapter createFlowtableTemplateAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nftoffload.model.RuleTemplate <em>Rule Template</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nftoffload.model.RuleTemplate
	 * @generated
	 */
	public Adapter createRuleTemplateAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nftoffload.model.RoleBinding <em>Role Binding</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nftoffload.model.RoleBinding
	 * @generated
	 */
	public Adapter createRoleBindingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //ModelAdapterFactory
