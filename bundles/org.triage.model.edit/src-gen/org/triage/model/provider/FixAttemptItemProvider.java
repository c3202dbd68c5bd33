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

import org.triage.model.FixAttempt;
import org.triage.model.TriageFactory;
import org.triage.model.TriagePackage;

/**
 * This is the item provider adapter for a {@link org.triage.model.FixAttempt} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class FixAttemptItemProvider extends IdentifiedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FixAttemptItemProvider(AdapterFactory adapterFactory) {
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

			addFixIdPropertyDescriptor(object);
			addFixNamePropertyDescriptor(object);
			addContributorPropertyDescriptor(object);
			addContributorVersionPropertyDescriptor(object);
			addAddressedCausesPropertyDescriptor(object);
			addAutomatablePropertyDescriptor(object);
			addStartedAtPropertyDescriptor(object);
			addFinishedAtPropertyDescriptor(object);
			addOutcomePropertyDescriptor(object);
			addOutcomeMessagePropertyDescriptor(object);
			addVerificationPropertyDescriptor(object);
			addVerificationResultPropertyDescriptor(object);
			addRemainingCausesPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Fix Id feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFixIdPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_FixAttempt_fixId_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_FixAttempt_fixId_feature", "_UI_FixAttempt_type"),
				 TriagePackage.Literals.FIX_ATTEMPT__FIX_ID,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Fix Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFixNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_FixAttempt_fixName_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_FixAttempt_fixName_feature", "_UI_FixAttempt_type"),
				 TriagePackage.Literals.FIX_ATTEMPT__FIX_NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Contributor feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addContributorPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_FixAttempt_contributor_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_FixAttempt_contributor_feature", "_UI_FixAttempt_type"),
				 TriagePackage.Literals.FIX_ATTEMPT__CONTRIBUTOR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Contributor Version feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addContributorVersionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_FixAttempt_contributorVersion_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_FixAttempt_contributorVersion_feature", "_UI_FixAttempt_type"),
				 TriagePackage.Literals.FIX_ATTEMPT__CONTRIBUTOR_VERSION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Addressed Causes feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAddressedCausesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_FixAttempt_addressedCauses_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_FixAttempt_addressedCauses_feature", "_UI_FixAttempt_type"),
				 TriagePackage.Literals.FIX_ATTEMPT__ADDRESSED_CAUSES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Automatable feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAutomatablePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_FixAttempt_automatable_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_FixAttempt_automatable_feature", "_UI_FixAttempt_type"),
				 TriagePackage.Literals.FIX_ATTEMPT__AUTOMATABLE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
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
				 getString("_UI_FixAttempt_startedAt_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_FixAttempt_startedAt_feature", "_UI_FixAttempt_type"),
				 TriagePackage.Literals.FIX_ATTEMPT__STARTED_AT,
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
				 getString("_UI_FixAttempt_finishedAt_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_FixAttempt_finishedAt_feature", "_UI_FixAttempt_type"),
				 TriagePackage.Literals.FIX_ATTEMPT__FINISHED_AT,
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
				 getString("_UI_FixAttempt_outcome_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_FixAttempt_outcome_feature", "_UI_FixAttempt_type"),
				 TriagePackage.Literals.FIX_ATTEMPT__OUTCOME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Outcome Message feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOutcomeMessagePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_FixAttempt_outcomeMessage_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_FixAttempt_outcomeMessage_feature", "_UI_FixAttempt_type"),
				 TriagePackage.Literals.FIX_ATTEMPT__OUTCOME_MESSAGE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Verification feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addVerificationPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_FixAttempt_verification_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_FixAttempt_verification_feature", "_UI_FixAttempt_type"),
				 TriagePackage.Literals.FIX_ATTEMPT__VERIFICATION,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Verification Result feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addVerificationResultPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_FixAttempt_verificationResult_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_FixAttempt_verificationResult_feature", "_UI_FixAttempt_type"),
				 TriagePackage.Literals.FIX_ATTEMPT__VERIFICATION_RESULT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Remaining Causes feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRemainingCausesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_FixAttempt_remainingCauses_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_FixAttempt_remainingCauses_feature", "_UI_FixAttempt_type"),
				 TriagePackage.Literals.FIX_ATTEMPT__REMAINING_CAUSES,
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
			childrenFeatures.add(TriagePackage.Literals.FIX_ATTEMPT__PRECONDITIONS);
			childrenFeatures.add(TriagePackage.Literals.FIX_ATTEMPT__PLANNED_CHANGES);
			childrenFeatures.add(TriagePackage.Literals.FIX_ATTEMPT__CHANGES);
			childrenFeatures.add(TriagePackage.Literals.FIX_ATTEMPT__LOG);
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
	 * This returns FixAttempt.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/FixAttempt"));
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
		String label = ((FixAttempt)object).getId();
		return label == null || label.length() == 0 ?
			getString("_UI_FixAttempt_type") :
			getString("_UI_FixAttempt_type") + " " + label;
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

		switch (notification.getFeatureID(FixAttempt.class)) {
			case TriagePackage.FIX_ATTEMPT__FIX_ID:
			case TriagePackage.FIX_ATTEMPT__FIX_NAME:
			case TriagePackage.FIX_ATTEMPT__CONTRIBUTOR:
			case TriagePackage.FIX_ATTEMPT__CONTRIBUTOR_VERSION:
			case TriagePackage.FIX_ATTEMPT__ADDRESSED_CAUSES:
			case TriagePackage.FIX_ATTEMPT__AUTOMATABLE:
			case TriagePackage.FIX_ATTEMPT__STARTED_AT:
			case TriagePackage.FIX_ATTEMPT__FINISHED_AT:
			case TriagePackage.FIX_ATTEMPT__OUTCOME:
			case TriagePackage.FIX_ATTEMPT__OUTCOME_MESSAGE:
			case TriagePackage.FIX_ATTEMPT__VERIFICATION_RESULT:
			case TriagePackage.FIX_ATTEMPT__REMAINING_CAUSES:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case TriagePackage.FIX_ATTEMPT__PRECONDITIONS:
			case TriagePackage.FIX_ATTEMPT__PLANNED_CHANGES:
			case TriagePackage.FIX_ATTEMPT__CHANGES:
			case TriagePackage.FIX_ATTEMPT__LOG:
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
				(TriagePackage.Literals.FIX_ATTEMPT__PRECONDITIONS,
				 TriageFactory.eINSTANCE.createPrecondition()));

		newChildDescriptors.add
			(createChildParameter
				(TriagePackage.Literals.FIX_ATTEMPT__PLANNED_CHANGES,
				 TriageFactory.eINSTANCE.createChange()));

		newChildDescriptors.add
			(createChildParameter
				(TriagePackage.Literals.FIX_ATTEMPT__CHANGES,
				 TriageFactory.eINSTANCE.createChange()));

		newChildDescriptors.add
			(createChildParameter
				(TriagePackage.Literals.FIX_ATTEMPT__LOG,
				 TriageFactory.eINSTANCE.createLogEntry()));
	}

	/**
	 * This returns the label text for {@link org.eclipse.emf.edit.command.CreateChildCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCreateChildText(Object owner, Object feature, Object child, Collection<?> selection) {
		Object childFeature = feature;
		Object childObject = child;

		boolean qualify =
			childFeature == TriagePackage.Literals.FIX_ATTEMPT__PLANNED_CHANGES ||
			childFeature == TriagePackage.Literals.FIX_ATTEMPT__CHANGES;

		if (qualify) {
			return getString
				("_UI_CreateChild_text2",
				 new Object[] { getTypeText(childObject), getFeatureText(childFeature), getTypeText(owner) });
		}
		return super.getCreateChildText(owner, feature, child, selection);
	}

}
