/**
 */
package org.triage.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Record Fact</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.triage.model.RecordFact#getFields <em>Fields</em>}</li>
 * </ul>
 *
 * @see org.triage.model.TriagePackage#getRecordFact()
 * @model
 * @generated
 */
public interface RecordFact extends Fact {
	/**
	 * Returns the value of the '<em><b>Fields</b></em>' containment reference list.
	 * The list contents are of type {@link org.triage.model.Fact}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fields</em>' containment reference list.
	 * @see org.triage.model.TriagePackage#getRecordFact_Fields()
	 * @model containment="true"
	 * @generated
	 */
	EList<Fact> getFields();

} // RecordFact
