/**
 */
package org.triage.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.triage.model.Session;
import org.triage.model.TriageFactory;
import org.triage.model.TriagePackage;

/**
 * This is the item provider adapter for a {@link org.triage.model.Session} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class SessionItemProvider extends IdentifiedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SessionItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addCreatedAtPropertyDescriptor(object);
			addClosedAtPropertyDescriptor(object);
			addProductVersionPropertyDescriptor(object);
			addOperatorPropertyDescriptor(object);
			addOutcomePropertyDescriptor(object);
			addOutcomeSummaryPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Created At feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCreatedAtPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Session_createdAt_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Session_createdAt_feature", "_UI_Session_type"),
				 TriagePackage.Literals.SESSION__CREATED_AT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Closed At feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addClosedAtPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Session_closedAt_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Session_closedAt_feature", "_UI_Session_type"),
				 TriagePackage.Literals.SESSION__CLOSED_AT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Product Version feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addProductVersionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Session_productVersion_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Session_productVersion_feature", "_UI_Session_type"),
				 TriagePackage.Literals.SESSION__PRODUCT_VERSION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Operator feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOperatorPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Session_operator_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Session_operator_feature", "_UI_Session_type"),
				 TriagePackage.Literals.SESSION__OPERATOR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Outcome feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOutcomePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Session_outcome_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Session_outcome_feature", "_UI_Session_type"),
				 TriagePackage.Literals.SESSION__OUTCOME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Outcome Summary feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOutcomeSummaryPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Session_outcomeSummary_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Session_outcomeSummary_feature", "_UI_Session_type"),
				 TriagePackage.Literals.SESSION__OUTCOME_SUMMARY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(TriagePackage.Literals.SESSION__TARGET);
			childrenFeatures.add(TriagePackage.Literals.SESSION__SYMPTOM);
			childrenFeatures.add(TriagePackage.Literals.SESSION__OBSERVATIONS);
			childrenFeatures.add(TriagePackage.Literals.SESSION__FINDINGS);
			childrenFeatures.add(TriagePackage.Literals.SESSION__FIX_ATTEMPTS);
			childrenFeatures.add(TriagePackage.Literals.SESSION__NOTES);
			childrenFeatures.add(TriagePackage.Literals.SESSION__LOG);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns Session.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Session"));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean shouldComposeCreationImage() {
		return true;
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Session)object).getId();
		return label == null || label.length() == 0 ?
			getString("_UI_Session_type") :
			getString("_UI_Session_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(Session.class)) {
			case TriagePackage.SESSION__CREATED_AT:
			case TriagePackage.SESSION__CLOSED_AT:
			case TriagePackage.SESSION__PRODUCT_VERSION:
			case TriagePackage.SESSION__OPERATOR:
			case TriagePackage.SESSION__OUTCOME:
			case TriagePackage.SESSION__OUTCOME_SUMMARY:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case TriagePackage.SESSION__TARGET:
			case TriagePackage.SESSION__SYMPTOM:
			case TriagePackage.SESSION__OBSERVATIONS:
			case TriagePackage.SESSION__FINDINGS:
			case TriagePackage.SESSION__FIX_ATTEMPTS:
			case TriagePackage.SESSION__NOTES:
			case TriagePackage.SESSION__LOG:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(TriagePackage.Literals.SESSION__TARGET,
				 TriageFactory.eINSTANCE.createTargetDescription()));

		newChildDescriptors.add
			(createChildParameter
				(TriagePackage.Literals.SESSION__SYMPTOM,
				 TriageFactory.eINSTANCE.createSymptom()));

		newChildDescriptors.add
			(createChildParameter
				(TriagePackage.Literals.SESSION__OBSERVATIONS,
				 TriageFactory.eINSTANCE.createObservation()));

		newChildDescriptors.add
			(createChildParameter
				(TriagePackage.Literals.SESSION__FINDINGS,
				 TriageFactory.eINSTANCE.createFinding()));

		newChildDescriptors.add
			(createChildParameter
				(TriagePackage.Literals.SESSION__FIX_ATTEMPTS,
				 TriageFactory.eINSTANCE.createFixAttempt()));

		newChildDescriptors.add
			(createChildParameter
				(TriagePackage.Literals.SESSION__NOTES,
				 TriageFactory.eINSTANCE.createNote()));

		newChildDescriptors.add
			(createChildParameter
				(TriagePackage.Literals.SESSION__LOG,
				 TriageFactory.eINSTANCE.createLogEntry()));
	}

}
