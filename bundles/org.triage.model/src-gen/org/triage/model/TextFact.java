/**
 */
package org.triage.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Text Fact</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.triage.model.TextFact#getValue <em>Value</em>}</li>
 * </ul>
 *
 * @see org.triage.model.TriagePackage#getTextFact()
 * @model
 * @generated
 */
public interface TextFact extends Fact {
	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(String)
	 * @see org.triage.model.TriagePackage#getTextFact_Value()
	 * @model
	 * @generated
	 */
	String getValue();

	/**
	 * Sets the value of the '{@link org.triage.model.TextFact#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(String value);

} // TextFact
