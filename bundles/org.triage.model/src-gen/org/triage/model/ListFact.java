/**
 */
package org.triage.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>List Fact</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.triage.model.ListFact#getItems <em>Items</em>}</li>
 * </ul>
 *
 * @see org.triage.model.TriagePackage#getListFact()
 * @model
 * @generated
 */
public interface ListFact extends Fact {
	/**
	 * Returns the value of the '<em><b>Items</b></em>' containment reference list.
	 * The list contents are of type {@link org.triage.model.Fact}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Items</em>' containment reference list.
	 * @see org.triage.model.TriagePackage#getListFact_Items()
	 * @model containment="true"
	 * @generated
	 */
	EList<Fact> getItems();

} // ListFact
