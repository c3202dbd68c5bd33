/**
 */
package org.triage.model;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Raw Evidence</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The verbatim output an observation was read from, and where it came from.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.triage.model.RawEvidence#getSource <em>Source</em>}</li>
 *   <li>{@link org.triage.model.RawEvidence#getFileName <em>File Name</em>}</li>
 *   <li>{@link org.triage.model.RawEvidence#getEncoding <em>Encoding</em>}</li>
 *   <li>{@link org.triage.model.RawEvidence#getExitCode <em>Exit Code</em>}</li>
 *   <li>{@link org.triage.model.RawEvidence#getCapturedAt <em>Captured At</em>}</li>
 *   <li>{@link org.triage.model.RawEvidence#getContent <em>Content</em>}</li>
 *   <li>{@link org.triage.model.RawEvidence#getOutputKind <em>Output Kind</em>}</li>
 * </ul>
 *
 * @see org.triage.model.TriagePackage#getRawEvidence()
 * @model
 * @generated
 */
public interface RawEvidence extends Identified {
	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The exact command line, or the file it was read from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.triage.model.TriagePackage#getRawEvidence_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.triage.model.RawEvidence#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>File Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>File Name</em>' attribute.
	 * @see #setFileName(String)
	 * @see org.triage.model.TriagePackage#getRawEvidence_FileName()
	 * @model
	 * @generated
	 */
	String getFileName();

	/**
	 * Sets the value of the '{@link org.triage.model.RawEvidence#getFileName <em>File Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>File Name</em>' attribute.
	 * @see #getFileName()
	 * @generated
	 */
	void setFileName(String value);

	/**
	 * Returns the value of the '<em><b>Encoding</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Encoding</em>' attribute.
	 * @see #setEncoding(String)
	 * @see org.triage.model.TriagePackage#getRawEvidence_Encoding()
	 * @model
	 * @generated
	 */
	String getEncoding();

	/**
	 * Sets the value of the '{@link org.triage.model.RawEvidence#getEncoding <em>Encoding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Encoding</em>' attribute.
	 * @see #getEncoding()
	 * @generated
	 */
	void setEncoding(String value);

	/**
	 * Returns the value of the '<em><b>Exit Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Exit Code</em>' attribute.
	 * @see #setExitCode(Integer)
	 * @see org.triage.model.TriagePackage#getRawEvidence_ExitCode()
	 * @model
	 * @generated
	 */
	Integer getExitCode();

	/**
	 * Sets the value of the '{@link org.triage.model.RawEvidence#getExitCode <em>Exit Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Exit Code</em>' attribute.
	 * @see #getExitCode()
	 * @generated
	 */
	void setExitCode(Integer value);

	/**
	 * Returns the value of the '<em><b>Captured At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Captured At</em>' attribute.
	 * @see #setCapturedAt(Date)
	 * @see org.triage.model.TriagePackage#getRawEvidence_CapturedAt()
	 * @model
	 * @generated
	 */
	Date getCapturedAt();

	/**
	 * Sets the value of the '{@link org.triage.model.RawEvidence#getCapturedAt <em>Captured At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Captured At</em>' attribute.
	 * @see #getCapturedAt()
	 * @generated
	 */
	void setCapturedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Content</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Content</em>' attribute.
	 * @see #setContent(String)
	 * @see org.triage.model.TriagePackage#getRawEvidence_Content()
	 * @model
	 * @generated
	 */
	String getContent();

	/**
	 * Sets the value of the '{@link org.triage.model.RawEvidence#getContent <em>Content</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Content</em>' attribute.
	 * @see #getContent()
	 * @generated
	 */
	void setContent(String value);

	/**
	 * Returns the value of the '<em><b>Output Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the content is the output of, recorded where it was captured: the snapshot file name of the output kind (cmdkey-list.txt, credentials.json, ...); null for output no reader knows.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Output Kind</em>' attribute.
	 * @see #setOutputKind(String)
	 * @see org.triage.model.TriagePackage#getRawEvidence_OutputKind()
	 * @model
	 * @generated
	 */
	String getOutputKind();

	/**
	 * Sets the value of the '{@link org.triage.model.RawEvidence#getOutputKind <em>Output Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Output Kind</em>' attribute.
	 * @see #getOutputKind()
	 * @generated
	 */
	void setOutputKind(String value);

} // RawEvidence
