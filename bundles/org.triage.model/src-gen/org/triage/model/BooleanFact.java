/**
 */
package org.triage.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Boolean Fact</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.triage.model.BooleanFact#isValue <em>Value</em>}</li>
 * </ul>
 *
 * @see org.triage.model.TriagePackage#getBooleanFact()
 * @model
 * @generated
 */
public interface BooleanFact extends Fact {
	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(boolean)
	 * @see org.triage.model.TriagePackage#getBooleanFact_Value()
	 * @model
	 * @generated
	 */
	boolean isValue();

	/**
	 * Sets the value of the '{@link org.triage.model.BooleanFact#isValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #isValue()
	 * @generated
	 */
	void setValue(boolean value);

} // BooleanFact
