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

import org.triage.model.Observation;
import org.triage.model.TriageFactory;
import org.triage.model.TriagePackage;

/**
 * This is the item provider adapter for a {@link org.triage.model.Observation} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ObservationItemProvider extends IdentifiedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ObservationItemProvider(AdapterFactory adapterFactory) {
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

			addProbeIdPropertyDescriptor(object);
			addViewPropertyDescriptor(object);
			addStatusPropertyDescriptor(object);
			addSummaryPropertyDescriptor(object);
			addStartedAtPropertyDescriptor(object);
			addFinishedAtPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Probe Id feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addProbeIdPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Observation_probeId_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Observation_probeId_feature", "_UI_Observation_type"),
				 TriagePackage.Literals.OBSERVATION__PROBE_ID,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the View feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addViewPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Observation_view_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Observation_view_feature", "_UI_Observation_type"),
				 TriagePackage.Literals.OBSERVATION__VIEW,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Status feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStatusPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Observation_status_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Observation_status_feature", "_UI_Observation_type"),
				 TriagePackage.Literals.OBSERVATION__STATUS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Summary feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSummaryPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Observation_summary_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Observation_summary_feature", "_UI_Observation_type"),
				 TriagePackage.Literals.OBSERVATION__SUMMARY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Started At feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStartedAtPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Observation_startedAt_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Observation_startedAt_feature", "_UI_Observation_type"),
				 TriagePackage.Literals.OBSERVATION__STARTED_AT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Finished At feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFinishedAtPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Observation_finishedAt_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Observation_finishedAt_feature", "_UI_Observation_type"),
				 TriagePackage.Literals.OBSERVATION__FINISHED_AT,
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
			childrenFeatures.add(TriagePackage.Literals.OBSERVATION__FACTS);
			childrenFeatures.add(TriagePackage.Literals.OBSERVATION__EVIDENCE);
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
	 * This returns Observation.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Observation"));
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
		String label = ((Observation)object).getId();
		return label == null || label.length() == 0 ?
			getString("_UI_Observation_type") :
			getString("_UI_Observation_type") + " " + label;
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

		switch (notification.getFeatureID(Observation.class)) {
			case TriagePackage.OBSERVATION__PROBE_ID:
			case TriagePackage.OBSERVATION__VIEW:
			case TriagePackage.OBSERVATION__STATUS:
			case TriagePackage.OBSERVATION__SUMMARY:
			case TriagePackage.OBSERVATION__STARTED_AT:
			case TriagePackage.OBSERVATION__FINISHED_AT:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case TriagePackage.OBSERVATION__FACTS:
			case TriagePackage.OBSERVATION__EVIDENCE:
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
				(TriagePackage.Literals.OBSERVATION__FACTS,
				 TriageFactory.eINSTANCE.createTextFact()));

		newChildDescriptors.add
			(createChildParameter
				(TriagePackage.Literals.OBSERVATION__FACTS,
				 TriageFactory.eINSTANCE.createNumberFact()));

		newChildDescriptors.add
			(createChildParameter
				(TriagePackage.Literals.OBSERVATION__FACTS,
				 TriageFactory.eINSTANCE.createBooleanFact()));

		newChildDescriptors.add
			(createChildParameter
				(TriagePackage.Literals.OBSERVATION__FACTS,
				 TriageFactory.eINSTANCE.createTimeFact()));

		newChildDescriptors.add
			(createChildParameter
				(TriagePackage.Literals.OBSERVATION__FACTS,
				 TriageFactory.eINSTANCE.createListFact()));

		newChildDescriptors.add
			(createChildParameter
				(TriagePackage.Literals.OBSERVATION__FACTS,
				 TriageFactory.eINSTANCE.createRecordFact()));

		newChildDescriptors.add
			(createChildParameter
				(TriagePackage.Literals.OBSERVATION__EVIDENCE,
				 TriageFactory.eINSTANCE.createRawEvidence()));
	}

}
