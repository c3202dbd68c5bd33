/**
 */
package org.triage.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The record of one troubleshooting session: what was inspected, what was observed, what was concluded, what was tried and how it ended.
 * <!-- end-model-doc -->
 * @see org.triage.model.TriageFactory
 * @model kind="package"
 * @generated
 */
public interface TriagePackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://triage.org/model/session/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "triage";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	TriagePackage eINSTANCE = org.triage.model.impl.TriagePackageImpl.init();

	/**
	 * The meta object id for the '{@link org.triage.model.impl.IdentifiedImpl <em>Identified</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.triage.model.impl.IdentifiedImpl
	 * @see org.triage.model.impl.TriagePackageImpl#getIdentified()
	 * @generated
	 */
	int IDENTIFIED = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED__ID = 0;

	/**
	 * The number of structural features of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.triage.model.impl.SessionImpl <em>Session</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.triage.model.impl.SessionImpl
	 * @see org.triage.model.impl.TriagePackageImpl#getSession()
	 * @generated
	 */
	int SESSION = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__CREATED_AT = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Closed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__CLOSED_AT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Product Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__PRODUCT_VERSION = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Operator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__OPERATOR = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Target</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__TARGET = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Symptom</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__SYMPTOM = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Observations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__OBSERVATIONS = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Findings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__FINDINGS = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Fix Attempts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__FIX_ATTEMPTS = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__NOTES = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Log</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__LOG = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__OUTCOME = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Outcome Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__OUTCOME_SUMMARY = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The number of structural features of the '<em>Session</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The number of operations of the '<em>Session</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.triage.model.impl.TargetDescriptionImpl <em>Target Description</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.triage.model.impl.TargetDescriptionImpl
	 * @see org.triage.model.impl.TriagePackageImpl#getTargetDescription()
	 * @generated
	 */
	int TARGET_DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_DESCRIPTION__KIND = 0;

	/**
	 * The feature id for the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_DESCRIPTION__LOCATION = 1;

	/**
	 * The feature id for the '<em><b>Hostname</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_DESCRIPTION__HOSTNAME = 2;

	/**
	 * The feature id for the '<em><b>Os</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_DESCRIPTION__OS = 3;

	/**
	 * The feature id for the '<em><b>User</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_DESCRIPTION__USER = 4;

	/**
	 * The feature id for the '<em><b>Collected At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_DESCRIPTION__COLLECTED_AT = 5;

	/**
	 * The feature id for the '<em><b>Read Only</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_DESCRIPTION__READ_ONLY = 6;

	/**
	 * The number of structural features of the '<em>Target Description</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_DESCRIPTION_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Target Description</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_DESCRIPTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.triage.model.impl.SymptomImpl <em>Symptom</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.triage.model.impl.SymptomImpl
	 * @see org.triage.model.impl.TriagePackageImpl#getSymptom()
	 * @generated
	 */
	int SYMPTOM = 3;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYMPTOM__CODE = 0;

	/**
	 * The feature id for the '<em><b>Application</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYMPTOM__APPLICATION = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYMPTOM__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Reported At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYMPTOM__REPORTED_AT = 3;

	/**
	 * The feature id for the '<em><b>Password Changed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYMPTOM__PASSWORD_CHANGED_AT = 4;

	/**
	 * The number of structural features of the '<em>Symptom</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYMPTOM_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Symptom</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYMPTOM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.triage.model.impl.ObservationImpl <em>Observation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.triage.model.impl.ObservationImpl
	 * @see org.triage.model.impl.TriagePackageImpl#getObservation()
	 * @generated
	 */
	int OBSERVATION = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVATION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Probe Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVATION__PROBE_ID = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>View</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVATION__VIEW = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVATION__STATUS = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVATION__SUMMARY = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Facts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVATION__FACTS = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVATION__EVIDENCE = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Started At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVATION__STARTED_AT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Finished At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVATION__FINISHED_AT = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Observation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVATION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Observation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVATION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.triage.model.impl.FactImpl <em>Fact</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.triage.model.impl.FactImpl
	 * @see org.triage.model.impl.TriagePackageImpl#getFact()
	 * @generated
	 */
	int FACT = 5;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACT__NAME = 0;

	/**
	 * The number of structural features of the '<em>Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACT_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.triage.model.impl.TextFactImpl <em>Text Fact</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.triage.model.impl.TextFactImpl
	 * @see org.triage.model.impl.TriagePackageImpl#getTextFact()
	 * @generated
	 */
	int TEXT_FACT = 6;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_FACT__NAME = FACT__NAME;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_FACT__VALUE = FACT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Text Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_FACT_FEATURE_COUNT = FACT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Text Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_FACT_OPERATION_COUNT = FACT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.triage.model.impl.NumberFactImpl <em>Number Fact</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.triage.model.impl.NumberFactImpl
	 * @see org.triage.model.impl.TriagePackageImpl#getNumberFact()
	 * @generated
	 */
	int NUMBER_FACT = 7;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMBER_FACT__NAME = FACT__NAME;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMBER_FACT__VALUE = FACT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Number Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMBER_FACT_FEATURE_COUNT = FACT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Number Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMBER_FACT_OPERATION_COUNT = FACT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.triage.model.impl.BooleanFactImpl <em>Boolean Fact</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.triage.model.impl.BooleanFactImpl
	 * @see org.triage.model.impl.TriagePackageImpl#getBooleanFact()
	 * @generated
	 */
	int BOOLEAN_FACT = 8;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOLEAN_FACT__NAME = FACT__NAME;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOLEAN_FACT__VALUE = FACT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Boolean Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOLEAN_FACT_FEATURE_COUNT = FACT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Boolean Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOLEAN_FACT_OPERATION_COUNT = FACT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.triage.model.impl.TimeFactImpl <em>Time Fact</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.triage.model.impl.TimeFactImpl
	 * @see org.triage.model.impl.TriagePackageImpl#getTimeFact()
	 * @generated
	 */
	int TIME_FACT = 9;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_FACT__NAME = FACT__NAME;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_FACT__VALUE = FACT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Time Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_FACT_FEATURE_COUNT = FACT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Time Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_FACT_OPERATION_COUNT = FACT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.triage.model.impl.ListFactImpl <em>List Fact</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.triage.model.impl.ListFactImpl
	 * @see org.triage.model.impl.TriagePackageImpl#getListFact()
	 * @generated
	 */
	int LIST_FACT = 10;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIST_FACT__NAME = FACT__NAME;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIST_FACT__ITEMS = FACT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>List Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIST_FACT_FEATURE_COUNT = FACT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>List Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIST_FACT_OPERATION_COUNT = FACT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.triage.model.impl.RecordFactImpl <em>Record Fact</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.triage.model.impl.RecordFactImpl
	 * @see org.triage.model.impl.TriagePackageImpl#getRecordFact()
	 * @generated
	 */
	int RECORD_FACT = 11;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD_FACT__NAME = FACT__NAME;

	/**
	 * The feature id for the '<em><b>Fields</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD_FACT__FIELDS = FACT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Record Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD_FACT_FEATURE_COUNT = FACT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Record Fact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD_FACT_OPERATION_COUNT = FACT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.triage.model.impl.RawEvidenceImpl <em>Raw Evidence</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.triage.model.impl.RawEvidenceImpl
	 * @see org.triage.model.impl.TriagePackageImpl#getRawEvidence()
	 * @generated
	 */
	int RAW_EVIDENCE = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RAW_EVIDENCE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RAW_EVIDENCE__SOURCE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>File Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RAW_EVIDENCE__FILE_NAME = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Encoding</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RAW_EVIDENCE__ENCODING = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Exit Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RAW_EVIDENCE__EXIT_CODE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Captured At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RAW_EVIDENCE__CAPTURED_AT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Content</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RAW_EVIDENCE__CONTENT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Output Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RAW_EVIDENCE__OUTPUT_KIND = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Raw Evidence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RAW_EVIDENCE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Raw Evidence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RAW_EVIDENCE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.triage.model.impl.FindingImpl <em>Finding</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.triage.model.impl.FindingImpl
	 * @see org.triage.model.impl.TriagePackageImpl#getFinding()
	 * @generated
	 */
	int FINDING = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Cause Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__CAUSE_ID = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Severity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__SEVERITY = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__SUMMARY = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Rule Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__RULE_ID = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__EVIDENCE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Finding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Finding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.triage.model.impl.FixAttemptImpl <em>Fix Attempt</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.triage.model.impl.FixAttemptImpl
	 * @see org.triage.model.impl.TriagePackageImpl#getFixAttempt()
	 * @generated
	 */
	int FIX_ATTEMPT = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIX_ATTEMPT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Fix Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIX_ATTEMPT__FIX_ID = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Fix Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIX_ATTEMPT__FIX_NAME = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Contributor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIX_ATTEMPT__CONTRIBUTOR = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Contributor Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIX_ATTEMPT__CONTRIBUTOR_VERSION = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Addressed Causes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIX_ATTEMPT__ADDRESSED_CAUSES = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Automatable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIX_ATTEMPT__AUTOMATABLE = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Started At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIX_ATTEMPT__STARTED_AT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Finished At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIX_ATTEMPT__FINISHED_AT = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Preconditions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIX_ATTEMPT__PRECONDITIONS = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Planned Changes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIX_ATTEMPT__PLANNED_CHANGES = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Changes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIX_ATTEMPT__CHANGES = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Log</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIX_ATTEMPT__LOG = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIX_ATTEMPT__OUTCOME = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Outcome Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIX_ATTEMPT__OUTCOME_MESSAGE = IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Verification</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIX_ATTEMPT__VERIFICATION = IDENTIFIED_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Verification Result</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIX_ATTEMPT__VERIFICATION_RESULT = IDENTIFIED_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Remaining Causes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIX_ATTEMPT__REMAINING_CAUSES = IDENTIFIED_FEATURE_COUNT + 16;

	/**
	 * The number of structural features of the '<em>Fix Attempt</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIX_ATTEMPT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 17;

	/**
	 * The number of operations of the '<em>Fix Attempt</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIX_ATTEMPT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.triage.model.impl.PreconditionImpl <em>Precondition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.triage.model.impl.PreconditionImpl
	 * @see org.triage.model.impl.TriagePackageImpl#getPrecondition()
	 * @generated
	 */
	int PRECONDITION = 15;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRECONDITION__DESCRIPTION = 0;

	/**
	 * The feature id for the '<em><b>Satisfied</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRECONDITION__SATISFIED = 1;

	/**
	 * The feature id for the '<em><b>Detail</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRECONDITION__DETAIL = 2;

	/**
	 * The number of structural features of the '<em>Precondition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRECONDITION_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Precondition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRECONDITION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.triage.model.impl.ChangeImpl <em>Change</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.triage.model.impl.ChangeImpl
	 * @see org.triage.model.impl.TriagePackageImpl#getChange()
	 * @generated
	 */
	int CHANGE = 16;

	/**
	 * The feature id for the '<em><b>Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE__ACTION = 0;

	/**
	 * The feature id for the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE__SUBJECT = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Command</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE__COMMAND = 3;

	/**
	 * The feature id for the '<em><b>Destructive</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE__DESTRUCTIVE = 4;

	/**
	 * The feature id for the '<em><b>Succeeded</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE__SUCCEEDED = 5;

	/**
	 * The feature id for the '<em><b>Result</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE__RESULT = 6;

	/**
	 * The number of structural features of the '<em>Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.triage.model.impl.LogEntryImpl <em>Log Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.triage.model.impl.LogEntryImpl
	 * @see org.triage.model.impl.TriagePackageImpl#getLogEntry()
	 * @generated
	 */
	int LOG_ENTRY = 17;

	/**
	 * The feature id for the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_ENTRY__TIME = 0;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_ENTRY__LEVEL = 1;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_ENTRY__SOURCE = 2;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_ENTRY__MESSAGE = 3;

	/**
	 * The number of structural features of the '<em>Log Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_ENTRY_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Log Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_ENTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.triage.model.impl.NoteImpl <em>Note</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.triage.model.impl.NoteImpl
	 * @see org.triage.model.impl.TriagePackageImpl#getNote()
	 * @generated
	 */
	int NOTE = 18;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__AUTHOR = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__CREATED_AT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__TEXT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Subject</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__SUBJECT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Note</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Note</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.triage.model.ObservationStatus <em>Observation Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.triage.model.ObservationStatus
	 * @see org.triage.model.impl.TriagePackageImpl#getObservationStatus()
	 * @generated
	 */
	int OBSERVATION_STATUS = 19;

	/**
	 * The meta object id for the '{@link org.triage.model.Severity <em>Severity</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.triage.model.Severity
	 * @see org.triage.model.impl.TriagePackageImpl#getSeverity()
	 * @generated
	 */
	int SEVERITY = 20;

	/**
	 * The meta object id for the '{@link org.triage.model.FixOutcome <em>Fix Outcome</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.triage.model.FixOutcome
	 * @see org.triage.model.impl.TriagePackageImpl#getFixOutcome()
	 * @generated
	 */
	int FIX_OUTCOME = 21;

	/**
	 * The meta object id for the '{@link org.triage.model.VerificationResult <em>Verification Result</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.triage.model.VerificationResult
	 * @see org.triage.model.impl.TriagePackageImpl#getVerificationResult()
	 * @generated
	 */
	int VERIFICATION_RESULT = 22;

	/**
	 * The meta object id for the '{@link org.triage.model.LogLevel <em>Log Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.triage.model.LogLevel
	 * @see org.triage.model.impl.TriagePackageImpl#getLogLevel()
	 * @generated
	 */
	int LOG_LEVEL = 23;

	/**
	 * The meta object id for the '{@link org.triage.model.SessionOutcome <em>Session Outcome</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.triage.model.SessionOutcome
	 * @see org.triage.model.impl.TriagePackageImpl#getSessionOutcome()
	 * @generated
	 */
	int SESSION_OUTCOME = 24;


	/**
	 * Returns the meta object for class '{@link org.triage.model.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identified</em>'.
	 * @see org.triage.model.Identified
	 * @generated
	 */
	EClass getIdentified();

	/**
	 * Returns the meta object for the attribute '{@link org.triage.model.Identified#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.triage.model.Identified#getId()
	 * @see #getIdentified()
	 * @generated
	 */
	EAttribute getIdentified_Id();

	/**
	 * Returns the meta object for class '{@link org.triage.model.Session <em>Session</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Session</em>'.
	 * @see org.triage.model.Session
	 * @generated
	 */
	EClass getSession();

	/**
	 * Returns the meta object for the attribute '{@link org.triage.model.Session#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see org.triage.model.Session#getCreatedAt()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_CreatedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.triage.model.Session#getClosedAt <em>Closed At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Closed At</em>'.
	 * @see org.triage.model.Session#getClosedAt()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_ClosedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.triage.model.Session#getProductVersion <em>Product Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Product Version</em>'.
	 * @see org.triage.model.Session#getProductVersion()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_ProductVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.triage.model.Session#getOperator <em>Operator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Operator</em>'.
	 * @see org.triage.model.Session#getOperator()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_Operator();

	/**
	 * Returns the meta object for the containment reference '{@link org.triage.model.Session#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Target</em>'.
	 * @see org.triage.model.Session#getTarget()
	 * @see #getSession()
	 * @generated
	 */
	EReference getSession_Target();

	/**
	 * Returns the meta object for the containment reference '{@link org.triage.model.Session#getSymptom <em>Symptom</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Symptom</em>'.
	 * @see org.triage.model.Session#getSymptom()
	 * @see #getSession()
	 * @generated
	 */
	EReference getSession_Symptom();

	/**
	 * Returns the meta object for the containment reference list '{@link org.triage.model.Session#getObservations <em>Observations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Observations</em>'.
	 * @see org.triage.model.Session#getObservations()
	 * @see #getSession()
	 * @generated
	 */
	EReference getSession_Observations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.triage.model.Session#getFindings <em>Findings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Findings</em>'.
	 * @see org.triage.model.Session#getFindings()
	 * @see #getSession()
	 * @generated
	 */
	EReference getSession_Findings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.triage.model.Session#getFixAttempts <em>Fix Attempts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Fix Attempts</em>'.
	 * @see org.triage.model.Session#getFixAttempts()
	 * @see #getSession()
	 * @generated
	 */
	EReference getSession_FixAttempts();

	/**
	 * Returns the meta object for the containment reference list '{@link org.triage.model.Session#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Notes</em>'.
	 * @see org.triage.model.Session#getNotes()
	 * @see #getSession()
	 * @generated
	 */
	EReference getSession_Notes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.triage.model.Session#getLog <em>Log</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Log</em>'.
	 * @see org.triage.model.Session#getLog()
	 * @see #getSession()
	 * @generated
	 */
	EReference getSession_Log();

	/**
	 * Returns the meta object for the attribute '{@link org.triage.model.Session#getOutcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Outcome</em>'.
	 * @see org.triage.model.Session#getOutcome()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_Outcome();

	/**
	 * Returns the meta object for the attribute '{@link org.triage.model.Session#getOutcomeSummary <em>Outcome Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Outcome Summary</em>'.
	 * @see org.triage.model.Session#getOutcomeSummary()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_OutcomeSummary();

	/**
	 * Returns the meta object for class '{@link org.triage.model.TargetDescription <em>Target Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Target Description</em>'.
	 * @see org.triage.model.TargetDescription
	 * @generated
	 */
	EClass getTargetDescription();

	/**
	 * Returns the meta object for the attribute '{@link org.triage.model.TargetDescription#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.triage.model.TargetDescription#getKind()
	 * @see #getTargetDescription()
	 * @generated
	 */
	EAttribute getTargetDescription_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.triage.model.TargetDescription#getLocation <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Location</em>'.
	 * @see org.triage.model.TargetDescription#getLocation()
	 * @see #getTargetDescription()
	 * @generated
	 */
	EAttribute getTargetDescription_Location();

	/**
	 * Returns the meta object for the attribute '{@link org.triage.model.TargetDescription#getHostname <em>Hostname</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hostname</em>'.
	 * @see org.triage.model.TargetDescription#getHostname()
	 * @see #getTargetDescription()
	 * @generated
	 */
	EAttribute getTargetDescription_Hostname();

	/**
	 * Returns the meta object for the attribute '{@link org.triage.model.TargetDescription#getOs <em>Os</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Os</em>'.
	 * @see org.triage.model.TargetDescription#getOs()
	 * @see #getTargetDescription()
	 * @generated
	 */
	EAttribute getTargetDescription_Os();

	/**
	 * Returns the meta object for the attribute '{@link org.triage.model.TargetDescription#getUser <em>User</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>User</em>'.
	 * @see org.triage.model.TargetDescription#getUser()
	 * @see #getTargetDescription()
	 * @generated
	 */
	EAttribute getTargetDescription_User();

	/**
	 * Returns the meta object for the attribute '{@link org.triage.model.TargetDescription#getCollectedAt <em>Collected At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Collected At</em>'.
	 * @see org.triage.model.TargetDescription#getCollectedAt()
	 * @see #getTargetDescription()
	 * @generated
	 */
	EAttribute getTargetDescription_CollectedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.triage.model.TargetDescription#isReadOnly <em>Read Only</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Read Only</em>'.
	 * @see org.triage.model.TargetDescription#isReadOnly()
	 * @see #getTargetDescription()
	 * @generated
	 */
	EAttribute getTargetDescription_ReadOnly();

	/**
	 * Returns the meta object for class '{@link org.triage.model.Symptom <em>Symptom</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Symptom</em>'.
	 * @see org.triage.model.Symptom
	 * @generated
	 */
	EClass getSymptom();

	/**
	 * Returns the meta object for the attribute '{@link org.triage.model.Symptom#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.triage.model.Symptom#getCode()
	 * @see #getSymptom()
	 * @generated
	 */
	EAttribute getSymptom_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.triage.model.Symptom#getApplication <em>Application</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Application</em>'.
	 * @see org.triage.model.Symptom#getApplication()
	 * @see #getSymptom()
	 * @generated
	 */
	EAttribute getSymptom_Application();

	/**
	 * Returns the meta object for the attribute '{@link org.triage.model.Symptom#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.triage.model.Symptom#getDescription()
	 * @see #getSymptom()
	 * @generated
	 */
	EAttribute getSymptom_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.triage.model.Symptom#getReportedAt <em>Reported At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reported At</em>'.
	 * @see org.triage.model.Symptom#getReportedAt()
	 * @see #getSymptom()
	 * @generated
	 */
	EAttribute getSymptom_ReportedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.triage.model.Symptom#getPasswordChangedAt <em>Password Changed At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Password Changed At</em>'.
	 * @see org.triage.model.Symptom#getPasswordChangedAt()
	 * @see #getSymptom()
	 * @generated
	 */
	EAttribute getSymptom_PasswordChangedAt();

	/**
	 * Returns the meta object for class '{@link org.triage.model.Observation <em>Observation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Observation</em>'.
	 * @see org.triage.model.Observation
	 * @generated
	 */
	EClass getObservation();

	/**
	 * Returns the meta object for the attribute '{@link org.triage.model.Observation#getProbeId <em>Probe Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Probe Id</em>'.
	 * @see org.triage.model.Observation#getProbeId()
	 * @see #getObservation()
	 * @generated
	 */
	EAttribute getObservation_ProbeId();

	/**
	 * Returns the meta object for the attribute '{@link org.triage.model.Observation#getView <em>View</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>View</em>'.
	 * @see org.triage.model.Observation#getView()
	 * @see #getObservation()
	 * @generated
	 */
	EAttribute getObservation_View();

	/**
	 * Returns the meta object for the attribute '{@link org.triage.model.Observation#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.triage.model.Observation#getStatus()
	 * @see #getObservation()
	 * @generated
	 */
	EAttribute getObservation_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.triage.model.Observation#getSummary <em>Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Summary</em>'.
	 * @see org.triage.model.Observation#getSummary()
	 * @see #getObservation()
	 * @generated
	 */
	EAttribute getObservation_Summary();

	/**
	 * Returns the meta object for the containment reference list '{@link org.triage.model.Observation#getFacts <em>Facts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Facts</em>'.
	 * @see org.triage.model.Observation#getFacts()
	 * @see #getObservation()
	 * @generated
	 */
	EReference getObservation_Facts();

	/**
	 * Returns the meta object for the containment reference list '{@link org.triage.model.Observation#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Evidence</em>'.
	 * @see org.triage.model.Observation#getEvidence()
	 * @see #getObservation()
	 * @generated
	 */
	EReference getObservation_Evidence();

	/**
	 * Returns the meta object for the attribute '{@link org.triage.model.Observation#getStartedAt <em>Started At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Started At</em>'.
	 * @see org.triage.model.Observation#getStartedAt()
	 * @see #getObservation()
	 * @generated
	 */
	EAttribute getObservation_StartedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.triage.model.Observation#getFinishedAt <em>Finished At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Finished At</em>'.
	 * @see org.triage.model.Observation#getFinishedAt()
	 * @see #getObservation()
	 * @generated
	 */
	EAttribute getObservation_FinishedAt();

	/**
	 * Returns the meta object for class '{@link org.triage.model.Fact <em>Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Fact</em>'.
	 * @see org.triage.model.Fact
	 * @generated
	 */
	EClass getFact();

	/**
	 * Returns the meta object for the attribute '{@link org.triage.model.Fact#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.triage.model.Fact#getName()
	 * @see #getFact()
	 * @generated
	 */
	EAttribute getFact_Name();

	/**
	 * Returns the meta object for class '{@link org.triage.model.TextFact <em>Text Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Text Fact</em>'.
	 * @see org.triage.model.TextFact
	 * @generated
	 */
	EClass getTextFact();

	/**
	 * Returns the meta object for the attribute '{@link org.triage.model.TextFact#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.triage.model.TextFact#getValue()
	 * @see #getTextFact()
	 * @generated
	 */
	EAttribute getTextFact_Value();

	/**
	 * Returns the meta object for class '{@link org.triage.model.NumberFact <em>Number Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Number Fact</em>'.
	 * @see org.triage.model.NumberFact
	 * @generated
	 */
	EClass getNumberFact();

	/**
	 * Returns the meta object for the attribute '{@link org.triage.model.NumberFact#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.triage.model.NumberFact#getValue()
	 * @see #getNumberFact()
	 * @generated
	 */
	EAttribute getNumberFact_Value();

	/**
	 * Returns the meta object for class '{@link org.triage.model.BooleanFact <em>Boolean Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Boolean Fact</em>'.
	 * @see org.triage.model.BooleanFact
	 * @generated
	 */
	EClass getBooleanFact();

	/**
	 * Returns the meta object for the attribute '{@link org.triage.model.BooleanFact#isValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.triage.model.BooleanFact#isValue()
	 * @see #getBooleanFact()
	 * @generated
	 */
	EAttribute getBooleanFact_Value();

	/**
	 * Returns the meta object for class '{@link org.triage.model.TimeFact <em>Time Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Time Fact</em>'.
	 * @see org.triage.model.TimeFact
	 * @generated
	 */
	EClass getTimeFact();

	/**
	 * Returns the meta object for the attribute '{@link org.triage.model.TimeFact#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.triage.model.TimeFact#getValue()
	 * @see #getTimeFact()
	 * @generated
	 */
	EAttribute getTimeFact_Value();

	/**
	 * Returns the meta object for class '{@link org.triage.model.ListFact <em>List Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>List Fact</em>'.
	 * @see org.triage.model.ListFact
	 * @generated
	 */
	EClass getListFact();

	/**
	 * Returns the meta object for the containment reference list '{@link org.triage.model.ListFact#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see org.triage.model.ListFact#getItems()
	 * @see #getListFact()
	 * @generated
	 */
	EReference getListFact_Items();

	/**
	 * Returns the meta object for class '{@link org.triage.model.RecordFact <em>Record Fact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Record Fact</em>'.
	 * @see org.triage.model.RecordFact
	 * @generated
	 */
	EClass getRecordFact();

	/**
	 * Returns the meta object for the containment reference list '{@link org.triage.model.RecordFact#getFields <em>Fields</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Fields</em>'.
	 * @see org.triage.model.RecordFact#getFields()
	 * @see #getRecordFact()
	 * @generated
	 */
	EReference getRecordFact_Fields();

	/**
	 * Returns the meta object for class '{@link org.triage.model.RawEvidence <em>Raw Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Raw Evidence</em>'.
	 * @see org.triage.model.RawEvidence
	 * @generated
	 */
	EClass getRawEvidence();

	/**
	 * Returns the meta object for the attribute '{@link org.triage.model.RawEvidence#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.triage.model.RawEvidence#getSource()
	 * @see #getRawEvidence()
	 * @generated
	 */
	EAttribute getRawEvidence_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.triage.model.RawEvidence#getFileName <em>File Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File Name</em>'.
	 * @see org.triage.model.RawEvidence#getFileName()
	 * @see #getRawEvidence()
	 * @generated
	 */
	EAttribute getRawEvidence_FileName();

	/**
	 * Returns the meta object for the attribute '{@link org.triage.model.RawEvidence#getEncoding <em>Encoding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Encoding</em>'.
	 * @see org.triage.model.RawEvidence#getEncoding()
	 * @see #getRawEvidence()
	 * @generated
	 */
	EAttribute getRawEvidence_Encoding();

	/**
	 * Returns the meta object for the attribute '{@link org.triage.model.RawEvidence#getExitCode <em>Exit Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Exit Code</em>'.
	 * @see org.triage.model.RawEvidence#getExitCode()
	 * @see #getRawEvidence()
	 * @generated
	 */
	EAttribute getRawEvidence_ExitCode();

	/**
	 * Returns the meta object for the attribute '{@link org.triage.model.RawEvidence#getCapturedAt <em>Captured At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Captured At</em>'.
	 * @see org.triage.model.RawEvidence#getCapturedAt()
	 * @see #getRawEvidence()
	 * @generated
	 */
	EAttribute getRawEvidence_CapturedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.triage.model.RawEvidence#getContent <em>Content</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Content</em>'.
	 * @see org.triage.model.RawEvidence#getContent()
	 * @see #getRawEvidence()
	 * @generated
	 */
	EAttribute getRawEvidence_Content();

	/**
	 * Returns the meta object for the attribute '{@link org.triage.model.RawEvidence#getOutputKind <em>Output Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Output Kind</em>'.
	 * @see org.triage.model.RawEvidence#getOutputKind()
	 * @see #getRawEvidence()
	 * @generated
	 */
	EAttribute getRawEvidence_OutputKind();

	/**
	 * Returns the meta object for class '{@link org.triage.model.Finding <em>Finding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Finding</em>'.
	 * @see org.triage.model.Finding
	 * @generated
	 */
	EClass getFinding();

	/**
	 * Returns the meta object for the attribute '{@link org.triage.model.Finding#getCauseId <em>Cause Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cause Id</em>'.
	 * @see org.triage.model.Finding#getCauseId()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_CauseId();

	/**
	 * Returns the meta object for the attribute '{@link org.triage.model.Finding#getSeverity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Severity</em>'.
	 * @see org.triage.model.Finding#getSeverity()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Severity();

	/**
	 * Returns the meta object for the attribute '{@link org.triage.model.Finding#getSummary <em>Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Summary</em>'.
	 * @see org.triage.model.Finding#getSummary()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Summary();

	/**
	 * Returns the meta object for the attribute '{@link org.triage.model.Finding#getRuleId <em>Rule Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rule Id</em>'.
	 * @see org.triage.model.Finding#getRuleId()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_RuleId();

	/**
	 * Returns the meta object for the reference list '{@link org.triage.model.Finding#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Evidence</em>'.
	 * @see org.triage.model.Finding#getEvidence()
	 * @see #getFinding()
	 * @generated
	 */
	EReference getFinding_Evidence();

	/**
	 * Returns the meta object for class '{@link org.triage.model.FixAttempt <em>Fix Attempt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Fix Attempt</em>'.
	 * @see org.triage.model.FixAttempt
	 * @generated
	 */
	EClass getFixAttempt();

	/**
	 * Returns the meta object for the attribute '{@link org.triage.model.FixAttempt#getFixId <em>Fix Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fix Id</em>'.
	 * @see org.triage.model.FixAttempt#getFixId()
	 * @see #getFixAttempt()
	 * @generated
	 */
	EAttribute getFixAttempt_FixId();

	/**
	 * Returns the meta object for the attribute '{@link org.triage.model.FixAttempt#getFixName <em>Fix Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fix Name</em>'.
	 * @see org.triage.model.FixAttempt#getFixName()
	 * @see #getFixAttempt()
	 * @generated
	 */
	EAttribute getFixAttempt_FixName();

	/**
	 * Returns the meta object for the attribute '{@link org.triage.model.FixAttempt#getContributor <em>Contributor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Contributor</em>'.
	 * @see org.triage.model.FixAttempt#getContributor()
	 * @see #getFixAttempt()
	 * @generated
	 */
	EAttribute getFixAttempt_Contributor();

	/**
	 * Returns the meta object for the attribute '{@link org.triage.model.FixAttempt#getContributorVersion <em>Contributor Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Contributor Version</em>'.
	 * @see org.triage.model.FixAttempt#getContributorVersion()
	 * @see #getFixAttempt()
	 * @generated
	 */
	EAttribute getFixAttempt_ContributorVersion();

	/**
	 * Returns the meta object for the attribute list '{@link org.triage.model.FixAttempt#getAddressedCauses <em>Addressed Causes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Addressed Causes</em>'.
	 * @see org.triage.model.FixAttempt#getAddressedCauses()
	 * @see #getFixAttempt()
	 * @generated
	 */
	EAttribute getFixAttempt_AddressedCauses();

	/**
	 * Returns the meta object for the attribute '{@link org.triage.model.FixAttempt#isAutomatable <em>Automatable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Automatable</em>'.
	 * @see org.triage.model.FixAttempt#isAutomatable()
	 * @see #getFixAttempt()
	 * @generated
	 */
	EAttribute getFixAttempt_Automatable();

	/**
	 * Returns the meta object for the attribute '{@link org.triage.model.FixAttempt#getStartedAt <em>Started At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Started At</em>'.
	 * @see org.triage.model.FixAttempt#getStartedAt()
	 * @see #getFixAttempt()
	 * @generated
	 */
	EAttribute getFixAttempt_StartedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.triage.model.FixAttempt#getFinishedAt <em>Finished At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Finished At</em>'.
	 * @see org.triage.model.FixAttempt#getFinishedAt()
	 * @see #getFixAttempt()
	 * @generated
	 */
	EAttribute getFixAttempt_FinishedAt();

	/**
	 * Returns the meta object for the containment reference list '{@link org.triage.model.FixAttempt#getPreconditions <em>Preconditions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Preconditions</em>'.
	 * @see org.triage.model.FixAttempt#getPreconditions()
	 * @see #getFixAttempt()
	 * @generated
	 */
	EReference getFixAttempt_Preconditions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.triage.model.FixAttempt#getPlannedChanges <em>Planned Changes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Planned Changes</em>'.
	 * @see org.triage.model.FixAttempt#getPlannedChanges()
	 * @see #getFixAttempt()
	 * @generated
	 */
	EReference getFixAttempt_PlannedChanges();

	/**
	 * Returns the meta object for the containment reference list '{@link org.triage.model.FixAttempt#getChanges <em>Changes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Changes</em>'.
	 * @see org.triage.model.FixAttempt#getChanges()
	 * @see #getFixAttempt()
	 * @generated
	 */
	EReference getFixAttempt_Changes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.triage.model.FixAttempt#getLog <em>Log</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Log</em>'.
	 * @see org.triage.model.FixAttempt#getLog()
	 * @see #getFixAttempt()
	 * @generated
	 */
	EReference getFixAttempt_Log();

	/**
	 * Returns the meta object for the attribute '{@link org.triage.model.FixAttempt#getOutcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Outcome</em>'.
	 * @see org.triage.model.FixAttempt#getOutcome()
	 * @see #getFixAttempt()
	 * @generated
	 */
	EAttribute getFixAttempt_Outcome();

	/**
	 * Returns the meta object for the attribute '{@link org.triage.model.FixAttempt#getOutcomeMessage <em>Outcome Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Outcome Message</em>'.
	 * @see org.triage.model.FixAttempt#getOutcomeMessage()
	 * @see #getFixAttempt()
	 * @generated
	 */
	EAttribute getFixAttempt_OutcomeMessage();

	/**
	 * Returns the meta object for the reference list '{@link org.triage.model.FixAttempt#getVerification <em>Verification</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Verification</em>'.
	 * @see org.triage.model.FixAttempt#getVerification()
	 * @see #getFixAttempt()
	 * @generated
	 */
	EReference getFixAttempt_Verification();

	/**
	 * Returns the meta object for the attribute '{@link org.triage.model.FixAttempt#getVerificationResult <em>Verification Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Verification Result</em>'.
	 * @see org.triage.model.FixAttempt#getVerificationResult()
	 * @see #getFixAttempt()
	 * @generated
	 */
	EAttribute getFixAttempt_VerificationResult();

	/**
	 * Returns the meta object for the attribute list '{@link org.triage.model.FixAttempt#getRemainingCauses <em>Remaining Causes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Remaining Causes</em>'.
	 * @see org.triage.model.FixAttempt#getRemainingCauses()
	 * @see #getFixAttempt()
	 * @generated
	 */
	EAttribute getFixAttempt_RemainingCauses();

	/**
	 * Returns the meta object for class '{@link org.triage.model.Precondition <em>Precondition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Precondition</em>'.
	 * @see org.triage.model.Precondition
	 * @generated
	 */
	EClass getPrecondition();

	/**
	 * Returns the meta object for the attribute '{@link org.triage.model.Precondition#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.triage.model.Precondition#getDescription()
	 * @see #getPrecondition()
	 * @generated
	 */
	EAttribute getPrecondition_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.triage.model.Precondition#isSatisfied <em>Satisfied</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Satisfied</em>'.
	 * @see org.triage.model.Precondition#isSatisfied()
	 * @see #getPrecondition()
	 * @generated
	 */
	EAttribute getPrecondition_Satisfied();

	/**
	 * Returns the meta object for the attribute '{@link org.triage.model.Precondition#getDetail <em>Detail</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Detail</em>'.
	 * @see org.triage.model.Precondition#getDetail()
	 * @see #getPrecondition()
	 * @generated
	 */
	EAttribute getPrecondition_Detail();

	/**
	 * Returns the meta object for class '{@link org.triage.model.Change <em>Change</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Change</em>'.
	 * @see org.triage.model.Change
	 * @generated
	 */
	EClass getChange();

	/**
	 * Returns the meta object for the attribute '{@link org.triage.model.Change#getAction <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Action</em>'.
	 * @see org.triage.model.Change#getAction()
	 * @see #getChange()
	 * @generated
	 */
	EAttribute getChange_Action();

	/**
	 * Returns the meta object for the attribute '{@link org.triage.model.Change#getSubject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subject</em>'.
	 * @see org.triage.model.Change#getSubject()
	 * @see #getChange()
	 * @generated
	 */
	EAttribute getChange_Subject();

	/**
	 * Returns the meta object for the attribute '{@link org.triage.model.Change#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.triage.model.Change#getDescription()
	 * @see #getChange()
	 * @generated
	 */
	EAttribute getChange_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.triage.model.Change#getCommand <em>Command</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Command</em>'.
	 * @see org.triage.model.Change#getCommand()
	 * @see #getChange()
	 * @generated
	 */
	EAttribute getChange_Command();

	/**
	 * Returns the meta object for the attribute '{@link org.triage.model.Change#isDestructive <em>Destructive</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Destructive</em>'.
	 * @see org.triage.model.Change#isDestructive()
	 * @see #getChange()
	 * @generated
	 */
	EAttribute getChange_Destructive();

	/**
	 * Returns the meta object for the attribute '{@link org.triage.model.Change#isSucceeded <em>Succeeded</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Succeeded</em>'.
	 * @see org.triage.model.Change#isSucceeded()
	 * @see #getChange()
	 * @generated
	 */
	EAttribute getChange_Succeeded();

	/**
	 * Returns the meta object for the attribute '{@link org.triage.model.Change#getResult <em>Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Result</em>'.
	 * @see org.triage.model.Change#getResult()
	 * @see #getChange()
	 * @generated
	 */
	EAttribute getChange_Result();

	/**
	 * Returns the meta object for class '{@link org.triage.model.LogEntry <em>Log Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Log Entry</em>'.
	 * @see org.triage.model.LogEntry
	 * @generated
	 */
	EClass getLogEntry();

	/**
	 * Returns the meta object for the attribute '{@link org.triage.model.LogEntry#getTime <em>Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time</em>'.
	 * @see org.triage.model.LogEntry#getTime()
	 * @see #getLogEntry()
	 * @generated
	 */
	EAttribute getLogEntry_Time();

	/**
	 * Returns the meta object for the attribute '{@link org.triage.model.LogEntry#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.triage.model.LogEntry#getLevel()
	 * @see #getLogEntry()
	 * @generated
	 */
	EAttribute getLogEntry_Level();

	/**
	 * Returns the meta object for the attribute '{@link org.triage.model.LogEntry#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.triage.model.LogEntry#getSource()
	 * @see #getLogEntry()
	 * @generated
	 */
	EAttribute getLogEntry_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.triage.model.LogEntry#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see org.triage.model.LogEntry#getMessage()
	 * @see #getLogEntry()
	 * @generated
	 */
	EAttribute getLogEntry_Message();

	/**
	 * Returns the meta object for class '{@link org.triage.model.Note <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Note</em>'.
	 * @see org.triage.model.Note
	 * @generated
	 */
	EClass getNote();

	/**
	 * Returns the meta object for the attribute '{@link org.triage.model.Note#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see org.triage.model.Note#getAuthor()
	 * @see #getNote()
	 * @generated
	 */
	EAttribute getNote_Author();

	/**
	 * Returns the meta object for the attribute '{@link org.triage.model.Note#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see org.triage.model.Note#getCreatedAt()
	 * @see #getNote()
	 * @generated
	 */
	EAttribute getNote_CreatedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.triage.model.Note#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.triage.model.Note#getText()
	 * @see #getNote()
	 * @generated
	 */
	EAttribute getNote_Text();

	/**
	 * Returns the meta object for the reference '{@link org.triage.model.Note#getSubject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Subject</em>'.
	 * @see org.triage.model.Note#getSubject()
	 * @see #getNote()
	 * @generated
	 */
	EReference getNote_Subject();

	/**
	 * Returns the meta object for enum '{@link org.triage.model.ObservationStatus <em>Observation Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Observation Status</em>'.
	 * @see org.triage.model.ObservationStatus
	 * @generated
	 */
	EEnum getObservationStatus();

	/**
	 * Returns the meta object for enum '{@link org.triage.model.Severity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Severity</em>'.
	 * @see org.triage.model.Severity
	 * @generated
	 */
	EEnum getSeverity();

	/**
	 * Returns the meta object for enum '{@link org.triage.model.FixOutcome <em>Fix Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Fix Outcome</em>'.
	 * @see org.triage.model.FixOutcome
	 * @generated
	 */
	EEnum getFixOutcome();

	/**
	 * Returns the meta object for enum '{@link org.triage.model.VerificationResult <em>Verification Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Verification Result</em>'.
	 * @see org.triage.model.VerificationResult
	 * @generated
	 */
	EEnum getVerificationResult();

	/**
	 * Returns the meta object for enum '{@link org.triage.model.LogLevel <em>Log Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Log Level</em>'.
	 * @see org.triage.model.LogLevel
	 * @generated
	 */
	EEnum getLogLevel();

	/**
	 * Returns the meta object for enum '{@link org.triage.model.SessionOutcome <em>Session Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Session Outcome</em>'.
	 * @see org.triage.model.SessionOutcome
	 * @generated
	 */
	EEnum getSessionOutcome();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	TriageFactory getTriageFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.triage.model.impl.IdentifiedImpl <em>Identified</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.triage.model.impl.IdentifiedImpl
		 * @see org.triage.model.impl.TriagePackageImpl#getIdentified()
		 * @generated
		 */
		EClass IDENTIFIED = eINSTANCE.getIdentified();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED__ID = eINSTANCE.getIdentified_Id();

		/**
		 * The meta object literal for the '{@link org.triage.model.impl.SessionImpl <em>Session</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.triage.model.impl.SessionImpl
		 * @see org.triage.model.impl.TriagePackageImpl#getSession()
		 * @generated
		 */
		EClass SESSION = eINSTANCE.getSession();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__CREATED_AT = eINSTANCE.getSession_CreatedAt();

		/**
		 * The meta object literal for the '<em><b>Closed At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__CLOSED_AT = eINSTANCE.getSession_ClosedAt();

		/**
		 * The meta object literal for the '<em><b>Product Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__PRODUCT_VERSION = eINSTANCE.getSession_ProductVersion();

		/**
		 * The meta object literal for the '<em><b>Operator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__OPERATOR = eINSTANCE.getSession_Operator();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SESSION__TARGET = eINSTANCE.getSession_Target();

		/**
		 * The meta object literal for the '<em><b>Symptom</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SESSION__SYMPTOM = eINSTANCE.getSession_Symptom();

		/**
		 * The meta object literal for the '<em><b>Observations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SESSION__OBSERVATIONS = eINSTANCE.getSession_Observations();

		/**
		 * The meta object literal for the '<em><b>Findings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SESSION__FINDINGS = eINSTANCE.getSession_Findings();

		/**
		 * The meta object literal for the '<em><b>Fix Attempts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SESSION__FIX_ATTEMPTS = eINSTANCE.getSession_FixAttempts();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SESSION__NOTES = eINSTANCE.getSession_Notes();

		/**
		 * The meta object literal for the '<em><b>Log</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SESSION__LOG = eINSTANCE.getSession_Log();

		/**
		 * The meta object literal for the '<em><b>Outcome</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__OUTCOME = eINSTANCE.getSession_Outcome();

		/**
		 * The meta object literal for the '<em><b>Outcome Summary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__OUTCOME_SUMMARY = eINSTANCE.getSession_OutcomeSummary();

		/**
		 * The meta object literal for the '{@link org.triage.model.impl.TargetDescriptionImpl <em>Target Description</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.triage.model.impl.TargetDescriptionImpl
		 * @see org.triage.model.impl.TriagePackageImpl#getTargetDescription()
		 * @generated
		 */
		EClass TARGET_DESCRIPTION = eINSTANCE.getTargetDescription();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET_DESCRIPTION__KIND = eINSTANCE.getTargetDescription_Kind();

		/**
		 * The meta object literal for the '<em><b>Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET_DESCRIPTION__LOCATION = eINSTANCE.getTargetDescription_Location();

		/**
		 * The meta object literal for the '<em><b>Hostname</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET_DESCRIPTION__HOSTNAME = eINSTANCE.getTargetDescription_Hostname();

		/**
		 * The meta object literal for the '<em><b>Os</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET_DESCRIPTION__OS = eINSTANCE.getTargetDescription_Os();

		/**
		 * The meta object literal for the '<em><b>User</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET_DESCRIPTION__USER = eINSTANCE.getTargetDescription_User();

		/**
		 * The meta object literal for the '<em><b>Collected At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET_DESCRIPTION__COLLECTED_AT = eINSTANCE.getTargetDescription_CollectedAt();

		/**
		 * The meta object literal for the '<em><b>Read Only</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET_DESCRIPTION__READ_ONLY = eINSTANCE.getTargetDescription_ReadOnly();

		/**
		 * The meta object literal for the '{@link org.triage.model.impl.SymptomImpl <em>Symptom</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.triage.model.impl.SymptomImpl
		 * @see org.triage.model.impl.TriagePackageImpl#getSymptom()
		 * @generated
		 */
		EClass SYMPTOM = eINSTANCE.getSymptom();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYMPTOM__CODE = eINSTANCE.getSymptom_Code();

		/**
		 * The meta object literal for the '<em><b>Application</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYMPTOM__APPLICATION = eINSTANCE.getSymptom_Application();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYMPTOM__DESCRIPTION = eINSTANCE.getSymptom_Description();

		/**
		 * The meta object literal for the '<em><b>Reported At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYMPTOM__REPORTED_AT = eINSTANCE.getSymptom_ReportedAt();

		/**
		 * The meta object literal for the '<em><b>Password Changed At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYMPTOM__PASSWORD_CHANGED_AT = eINSTANCE.getSymptom_PasswordChangedAt();

		/**
		 * The meta object literal for the '{@link org.triage.model.impl.ObservationImpl <em>Observation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.triage.model.impl.ObservationImpl
		 * @see org.triage.model.impl.TriagePackageImpl#getObservation()
		 * @generated
		 */
		EClass OBSERVATION = eINSTANCE.getObservation();

		/**
		 * The meta object literal for the '<em><b>Probe Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBSERVATION__PROBE_ID = eINSTANCE.getObservation_ProbeId();

		/**
		 * The meta object literal for the '<em><b>View</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBSERVATION__VIEW = eINSTANCE.getObservation_View();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBSERVATION__STATUS = eINSTANCE.getObservation_Status();

		/**
		 * The meta object literal for the '<em><b>Summary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBSERVATION__SUMMARY = eINSTANCE.getObservation_Summary();

		/**
		 * The meta object literal for the '<em><b>Facts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OBSERVATION__FACTS = eINSTANCE.getObservation_Facts();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OBSERVATION__EVIDENCE = eINSTANCE.getObservation_Evidence();

		/**
		 * The meta object literal for the '<em><b>Started At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBSERVATION__STARTED_AT = eINSTANCE.getObservation_StartedAt();

		/**
		 * The meta object literal for the '<em><b>Finished At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBSERVATION__FINISHED_AT = eINSTANCE.getObservation_FinishedAt();

		/**
		 * The meta object literal for the '{@link org.triage.model.impl.FactImpl <em>Fact</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.triage.model.impl.FactImpl
		 * @see org.triage.model.impl.TriagePackageImpl#getFact()
		 * @generated
		 */
		EClass FACT = eINSTANCE.getFact();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FACT__NAME = eINSTANCE.getFact_Name();

		/**
		 * The meta object literal for the '{@link org.triage.model.impl.TextFactImpl <em>Text Fact</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.triage.model.impl.TextFactImpl
		 * @see org.triage.model.impl.TriagePackageImpl#getTextFact()
		 * @generated
		 */
		EClass TEXT_FACT = eINSTANCE.getTextFact();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEXT_FACT__VALUE = eINSTANCE.getTextFact_Value();

		/**
		 * The meta object literal for the '{@link org.triage.model.impl.NumberFactImpl <em>Number Fact</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.triage.model.impl.NumberFactImpl
		 * @see org.triage.model.impl.TriagePackageImpl#getNumberFact()
		 * @generated
		 */
		EClass NUMBER_FACT = eINSTANCE.getNumberFact();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NUMBER_FACT__VALUE = eINSTANCE.getNumberFact_Value();

		/**
		 * The meta object literal for the '{@link org.triage.model.impl.BooleanFactImpl <em>Boolean Fact</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.triage.model.impl.BooleanFactImpl
		 * @see org.triage.model.impl.TriagePackageImpl#getBooleanFact()
		 * @generated
		 */
		EClass BOOLEAN_FACT = eINSTANCE.getBooleanFact();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOOLEAN_FACT__VALUE = eINSTANCE.getBooleanFact_Value();

		/**
		 * The meta object literal for the '{@link org.triage.model.impl.TimeFactImpl <em>Time Fact</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.triage.model.impl.TimeFactImpl
		 * @see org.triage.model.impl.TriagePackageImpl#getTimeFact()
		 * @generated
		 */
		EClass TIME_FACT = eINSTANCE.getTimeFact();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIME_FACT__VALUE = eINSTANCE.getTimeFact_Value();

		/**
		 * The meta object literal for the '{@link org.triage.model.impl.ListFactImpl <em>List Fact</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.triage.model.impl.ListFactImpl
		 * @see org.triage.model.impl.TriagePackageImpl#getListFact()
		 * @generated
		 */
		EClass LIST_FACT = eINSTANCE.getListFact();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LIST_FACT__ITEMS = eINSTANCE.getListFact_Items();

		/**
		 * The meta object literal for the '{@link org.triage.model.impl.RecordFactImpl <em>Record Fact</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.triage.model.impl.RecordFactImpl
		 * @see org.triage.model.impl.TriagePackageImpl#getRecordFact()
		 * @generated
		 */
		EClass RECORD_FACT = eINSTANCE.getRecordFact();

		/**
		 * The meta object literal for the '<em><b>Fields</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECORD_FACT__FIELDS = eINSTANCE.getRecordFact_Fields();

		/**
		 * The meta object literal for the '{@link org.triage.model.impl.RawEvidenceImpl <em>Raw Evidence</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.triage.model.impl.RawEvidenceImpl
		 * @see org.triage.model.impl.TriagePackageImpl#getRawEvidence()
		 * @generated
		 */
		EClass RAW_EVIDENCE = eINSTANCE.getRawEvidence();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RAW_EVIDENCE__SOURCE = eINSTANCE.getRawEvidence_Source();

		/**
		 * The meta object literal for the '<em><b>File Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RAW_EVIDENCE__FILE_NAME = eINSTANCE.getRawEvidence_FileName();

		/**
		 * The meta object literal for the '<em><b>Encoding</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RAW_EVIDENCE__ENCODING = eINSTANCE.getRawEvidence_Encoding();

		/**
		 * The meta object literal for the '<em><b>Exit Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RAW_EVIDENCE__EXIT_CODE = eINSTANCE.getRawEvidence_ExitCode();

		/**
		 * The meta object literal for the '<em><b>Captured At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RAW_EVIDENCE__CAPTURED_AT = eINSTANCE.getRawEvidence_CapturedAt();

		/**
		 * The meta object literal for the '<em><b>Content</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RAW_EVIDENCE__CONTENT = eINSTANCE.getRawEvidence_Content();

		/**
		 * The meta object literal for the '<em><b>Output Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RAW_EVIDENCE__OUTPUT_KIND = eINSTANCE.getRawEvidence_OutputKind();

		/**
		 * The meta object literal for the '{@link org.triage.model.impl.FindingImpl <em>Finding</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.triage.model.impl.FindingImpl
		 * @see org.triage.model.impl.TriagePackageImpl#getFinding()
		 * @generated
		 */
		EClass FINDING = eINSTANCE.getFinding();

		/**
		 * The meta object literal for the '<em><b>Cause Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__CAUSE_ID = eINSTANCE.getFinding_CauseId();

		/**
		 * The meta object literal for the '<em><b>Severity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__SEVERITY = eINSTANCE.getFinding_Severity();

		/**
		 * The meta object literal for the '<em><b>Summary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__SUMMARY = eINSTANCE.getFinding_Summary();

		/**
		 * The meta object literal for the '<em><b>Rule Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__RULE_ID = eINSTANCE.getFinding_RuleId();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FINDING__EVIDENCE = eINSTANCE.getFinding_Evidence();

		/**
		 * The meta object literal for the '{@link org.triage.model.impl.FixAttemptImpl <em>Fix Attempt</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.triage.model.impl.FixAttemptImpl
		 * @see org.triage.model.impl.TriagePackageImpl#getFixAttempt()
		 * @generated
		 */
		EClass FIX_ATTEMPT = eINSTANCE.getFixAttempt();

		/**
		 * The meta object literal for the '<em><b>Fix Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIX_ATTEMPT__FIX_ID = eINSTANCE.getFixAttempt_FixId();

		/**
		 * The meta object literal for the '<em><b>Fix Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIX_ATTEMPT__FIX_NAME = eINSTANCE.getFixAttempt_FixName();

		/**
		 * The meta object literal for the '<em><b>Contributor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIX_ATTEMPT__CONTRIBUTOR = eINSTANCE.getFixAttempt_Contributor();

		/**
		 * The meta object literal for the '<em><b>Contributor Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIX_ATTEMPT__CONTRIBUTOR_VERSION = eINSTANCE.getFixAttempt_ContributorVersion();

		/**
		 * The meta object literal for the '<em><b>Addressed Causes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIX_ATTEMPT__ADDRESSED_CAUSES = eINSTANCE.getFixAttempt_AddressedCauses();

		/**
		 * The meta object literal for the '<em><b>Automatable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIX_ATTEMPT__AUTOMATABLE = eINSTANCE.getFixAttempt_Automatable();

		/**
		 * The meta object literal for the '<em><b>Started At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIX_ATTEMPT__STARTED_AT = eINSTANCE.getFixAttempt_StartedAt();

		/**
		 * The meta object literal for the '<em><b>Finished At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIX_ATTEMPT__FINISHED_AT = eINSTANCE.getFixAttempt_FinishedAt();

		/**
		 * The meta object literal for the '<em><b>Preconditions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FIX_ATTEMPT__PRECONDITIONS = eINSTANCE.getFixAttempt_Preconditions();

		/**
		 * The meta object literal for the '<em><b>Planned Changes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FIX_ATTEMPT__PLANNED_CHANGES = eINSTANCE.getFixAttempt_PlannedChanges();

		/**
		 * The meta object literal for the '<em><b>Changes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FIX_ATTEMPT__CHANGES = eINSTANCE.getFixAttempt_Changes();

		/**
		 * The meta object literal for the '<em><b>Log</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FIX_ATTEMPT__LOG = eINSTANCE.getFixAttempt_Log();

		/**
		 * The meta object literal for the '<em><b>Outcome</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIX_ATTEMPT__OUTCOME = eINSTANCE.getFixAttempt_Outcome();

		/**
		 * The meta object literal for the '<em><b>Outcome Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIX_ATTEMPT__OUTCOME_MESSAGE = eINSTANCE.getFixAttempt_OutcomeMessage();

		/**
		 * The meta object literal for the '<em><b>Verification</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FIX_ATTEMPT__VERIFICATION = eINSTANCE.getFixAttempt_Verification();

		/**
		 * The meta object literal for the '<em><b>Verification Result</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIX_ATTEMPT__VERIFICATION_RESULT = eINSTANCE.getFixAttempt_VerificationResult();

		/**
		 * The meta object literal for the '<em><b>Remaining Causes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIX_ATTEMPT__REMAINING_CAUSES = eINSTANCE.getFixAttempt_RemainingCauses();

		/**
		 * The meta object literal for the '{@link org.triage.model.impl.PreconditionImpl <em>Precondition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.triage.model.impl.PreconditionImpl
		 * @see org.triage.model.impl.TriagePackageImpl#getPrecondition()
		 * @generated
		 */
		EClass PRECONDITION = eINSTANCE.getPrecondition();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRECONDITION__DESCRIPTION = eINSTANCE.getPrecondition_Description();

		/**
		 * The meta object literal for the '<em><b>Satisfied</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRECONDITION__SATISFIED = eINSTANCE.getPrecondition_Satisfied();

		/**
		 * The meta object literal for the '<em><b>Detail</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRECONDITION__DETAIL = eINSTANCE.getPrecondition_Detail();

		/**
		 * The meta object literal for the '{@link org.triage.model.impl.ChangeImpl <em>Change</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.triage.model.impl.ChangeImpl
		 * @see org.triage.model.impl.TriagePackageImpl#getChange()
		 * @generated
		 */
		EClass CHANGE = eINSTANCE.getChange();

		/**
		 * The meta object literal for the '<em><b>Action</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANGE__ACTION = eINSTANCE.getChange_Action();

		/**
		 * The meta object literal for the '<em><b>Subject</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANGE__SUBJECT = eINSTANCE.getChange_Subject();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANGE__DESCRIPTION = eINSTANCE.getChange_Description();

		/**
		 * The meta object literal for the '<em><b>Command</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANGE__COMMAND = eINSTANCE.getChange_Command();

		/**
		 * The meta object literal for the '<em><b>Destructive</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANGE__DESTRUCTIVE = eINSTANCE.getChange_Destructive();

		/**
		 * The meta object literal for the '<em><b>Succeeded</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANGE__SUCCEEDED = eINSTANCE.getChange_Succeeded();

		/**
		 * The meta object literal for the '<em><b>Result</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANGE__RESULT = eINSTANCE.getChange_Result();

		/**
		 * The meta object literal for the '{@link org.triage.model.impl.LogEntryImpl <em>Log Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.triage.model.impl.LogEntryImpl
		 * @see org.triage.model.impl.TriagePackageImpl#getLogEntry()
		 * @generated
		 */
		EClass LOG_ENTRY = eINSTANCE.getLogEntry();

		/**
		 * The meta object literal for the '<em><b>Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOG_ENTRY__TIME = eINSTANCE.getLogEntry_Time();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOG_ENTRY__LEVEL = eINSTANCE.getLogEntry_Level();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOG_ENTRY__SOURCE = eINSTANCE.getLogEntry_Source();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOG_ENTRY__MESSAGE = eINSTANCE.getLogEntry_Message();

		/**
		 * The meta object literal for the '{@link org.triage.model.impl.NoteImpl <em>Note</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.triage.model.impl.NoteImpl
		 * @see org.triage.model.impl.TriagePackageImpl#getNote()
		 * @generated
		 */
		EClass NOTE = eINSTANCE.getNote();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE__AUTHOR = eINSTANCE.getNote_Author();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE__CREATED_AT = eINSTANCE.getNote_CreatedAt();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE__TEXT = eINSTANCE.getNote_Text();

		/**
		 * The meta object literal for the '<em><b>Subject</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NOTE__SUBJECT = eINSTANCE.getNote_Subject();

		/**
		 * The meta object literal for the '{@link org.triage.model.ObservationStatus <em>Observation Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.triage.model.ObservationStatus
		 * @see org.triage.model.impl.TriagePackageImpl#getObservationStatus()
		 * @generated
		 */
		EEnum OBSERVATION_STATUS = eINSTANCE.getObservationStatus();

		/**
		 * The meta object literal for the '{@link org.triage.model.Severity <em>Severity</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.triage.model.Severity
		 * @see org.triage.model.impl.TriagePackageImpl#getSeverity()
		 * @generated
		 */
		EEnum SEVERITY = eINSTANCE.getSeverity();

		/**
		 * The meta object literal for the '{@link org.triage.model.FixOutcome <em>Fix Outcome</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.triage.model.FixOutcome
		 * @see org.triage.model.impl.TriagePackageImpl#getFixOutcome()
		 * @generated
		 */
		EEnum FIX_OUTCOME = eINSTANCE.getFixOutcome();

		/**
		 * The meta object literal for the '{@link org.triage.model.VerificationResult <em>Verification Result</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.triage.model.VerificationResult
		 * @see org.triage.model.impl.TriagePackageImpl#getVerificationResult()
		 * @generated
		 */
		EEnum VERIFICATION_RESULT = eINSTANCE.getVerificationResult();

		/**
		 * The meta object literal for the '{@link org.triage.model.LogLevel <em>Log Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.triage.model.LogLevel
		 * @see org.triage.model.impl.TriagePackageImpl#getLogLevel()
		 * @generated
		 */
		EEnum LOG_LEVEL = eINSTANCE.getLogLevel();

		/**
		 * The meta object literal for the '{@link org.triage.model.SessionOutcome <em>Session Outcome</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.triage.model.SessionOutcome
		 * @see org.triage.model.impl.TriagePackageImpl#getSessionOutcome()
		 * @generated
		 */
		EEnum SESSION_OUTCOME = eINSTANCE.getSessionOutcome();

	}

} //TriagePackage
