/**
 */
package org.triage.model.impl;

import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.triage.model.RawEvidence;
import org.triage.model.TriagePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Raw Evidence</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.triage.model.impl.RawEvidenceImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.triage.model.impl.RawEvidenceImpl#getFileName <em>File Name</em>}</li>
 *   <li>{@link org.triage.model.impl.RawEvidenceImpl#getEncoding <em>Encoding</em>}</li>
 *   <li>{@link org.triage.model.impl.RawEvidenceImpl#getExitCode <em>Exit Code</em>}</li>
 *   <li>{@link org.triage.model.impl.RawEvidenceImpl#getCapturedAt <em>Captured At</em>}</li>
 *   <li>{@link org.triage.model.impl.RawEvidenceImpl#getContent <em>Content</em>}</li>
 *   <li>{@link org.triage.model.impl.RawEvidenceImpl#getOutputKind <em>Output Kind</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RawEvidenceImpl extends IdentifiedImpl implements RawEvidence {
	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected String source = SOURCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFileName() <em>File Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFileName()
	 * @generated
	 * @ordered
	 */
	protected static final String FILE_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFileName() <em>File Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFileName()
	 * @generated
	 * @ordered
	 */
	protected String fileName = FILE_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getEncoding() <em>Encoding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEncoding()
	 * @generated
	 * @ordered
	 */
	protected static final String ENCODING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEncoding() <em>Encoding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEncoding()
	 * @generated
	 * @ordered
	 */
	protected String encoding = ENCODING_EDEFAULT;

	/**
	 * The default value of the '{@link #getExitCode() <em>Exit Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExitCode()
	 * @generated
	 * @ordered
	 */
	protected static final Integer EXIT_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExitCode() <em>Exit Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExitCode()
	 * @generated
	 * @ordered
	 */
	protected Integer exitCode = EXIT_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCapturedAt() <em>Captured At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapturedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date CAPTURED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCapturedAt() <em>Captured At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapturedAt()
	 * @generated
	 * @ordered
	 */
	protected Date capturedAt = CAPTURED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getContent() <em>Content</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContent()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContent() <em>Content</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContent()
	 * @generated
	 * @ordered
	 */
	protected String content = CONTENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getOutputKind() <em>Output Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutputKind()
	 * @generated
	 * @ordered
	 */
	protected static final String OUTPUT_KIND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOutputKind() <em>Output Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutputKind()
	 * @generated
	 * @ordered
	 */
	protected String outputKind = OUTPUT_KIND_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RawEvidenceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TriagePackage.Literals.RAW_EVIDENCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(String newSource) {
		String oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.RAW_EVIDENCE__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFileName() {
		return fileName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFileName(String newFileName) {
		String oldFileName = fileName;
		fileName = newFileName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.RAW_EVIDENCE__FILE_NAME, oldFileName, fileName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEncoding() {
		return encoding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEncoding(String newEncoding) {
		String oldEncoding = encoding;
		encoding = newEncoding;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.RAW_EVIDENCE__ENCODING, oldEncoding, encoding));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getExitCode() {
		return exitCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExitCode(Integer newExitCode) {
		Integer oldExitCode = exitCode;
		exitCode = newExitCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.RAW_EVIDENCE__EXIT_CODE, oldExitCode, exitCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getCapturedAt() {
		return capturedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCapturedAt(Date newCapturedAt) {
		Date oldCapturedAt = capturedAt;
		capturedAt = newCapturedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.RAW_EVIDENCE__CAPTURED_AT, oldCapturedAt, capturedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContent() {
		return content;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContent(String newContent) {
		String oldContent = content;
		content = newContent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.RAW_EVIDENCE__CONTENT, oldContent, content));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOutputKind() {
		return outputKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutputKind(String newOutputKind) {
		String oldOutputKind = outputKind;
		outputKind = newOutputKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TriagePackage.RAW_EVIDENCE__OUTPUT_KIND, oldOutputKind, outputKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TriagePackage.RAW_EVIDENCE__SOURCE:
				return getSource();
			case TriagePackage.RAW_EVIDENCE__FILE_NAME:
				return getFileName();
			case TriagePackage.RAW_EVIDENCE__ENCODING:
				return getEncoding();
			case TriagePackage.RAW_EVIDENCE__EXIT_CODE:
				return getExitCode();
			case TriagePackage.RAW_EVIDENCE__CAPTURED_AT:
				return getCapturedAt();
			case TriagePackage.RAW_EVIDENCE__CONTENT:
				return getContent();
			case TriagePackage.RAW_EVIDENCE__OUTPUT_KIND:
				return getOutputKind();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case TriagePackage.RAW_EVIDENCE__SOURCE:
				setSource((String)newValue);
				return;
			case TriagePackage.RAW_EVIDENCE__FILE_NAME:
				setFileName((String)newValue);
				return;
			case TriagePackage.RAW_EVIDENCE__ENCODING:
				setEncoding((String)newValue);
				return;
			case TriagePackage.RAW_EVIDENCE__EXIT_CODE:
				setExitCode((Integer)newValue);
				return;
			case TriagePackage.RAW_EVIDENCE__CAPTURED_AT:
				setCapturedAt((Date)newValue);
				return;
			case TriagePackage.RAW_EVIDENCE__CONTENT:
				setContent((String)newValue);
				return;
			case TriagePackage.RAW_EVIDENCE__OUTPUT_KIND:
				setOutputKind((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case TriagePackage.RAW_EVIDENCE__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case TriagePackage.RAW_EVIDENCE__FILE_NAME:
				setFileName(FILE_NAME_EDEFAULT);
				return;
			case TriagePackage.RAW_EVIDENCE__ENCODING:
				setEncoding(ENCODING_EDEFAULT);
				return;
			case TriagePackage.RAW_EVIDENCE__EXIT_CODE:
				setExitCode(EXIT_CODE_EDEFAULT);
				return;
			case TriagePackage.RAW_EVIDENCE__CAPTURED_AT:
				setCapturedAt(CAPTURED_AT_EDEFAULT);
				return;
			case TriagePackage.RAW_EVIDENCE__CONTENT:
				setContent(CONTENT_EDEFAULT);
				return;
			case TriagePackage.RAW_EVIDENCE__OUTPUT_KIND:
				setOutputKind(OUTPUT_KIND_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case TriagePackage.RAW_EVIDENCE__SOURCE:
				return SOURCE_EDEFAULT == null ? source != null : !SOURCE_EDEFAULT.equals(source);
			case TriagePackage.RAW_EVIDENCE__FILE_NAME:
				return FILE_NAME_EDEFAULT == null ? fileName != null : !FILE_NAME_EDEFAULT.equals(fileName);
			case TriagePackage.RAW_EVIDENCE__ENCODING:
				return ENCODING_EDEFAULT == null ? encoding != null : !ENCODING_EDEFAULT.equals(encoding);
			case TriagePackage.RAW_EVIDENCE__EXIT_CODE:
				return EXIT_CODE_EDEFAULT == null ? exitCode != null : !EXIT_CODE_EDEFAULT.equals(exitCode);
			case TriagePackage.RAW_EVIDENCE__CAPTURED_AT:
				return CAPTURED_AT_EDEFAULT == null ? capturedAt != null : !CAPTURED_AT_EDEFAULT.equals(capturedAt);
			case TriagePackage.RAW_EVIDENCE__CONTENT:
				return CONTENT_EDEFAULT == null ? content != null : !CONTENT_EDEFAULT.equals(content);
			case TriagePackage.RAW_EVIDENCE__OUTPUT_KIND:
				return OUTPUT_KIND_EDEFAULT == null ? outputKind != null : !OUTPUT_KIND_EDEFAULT.equals(outputKind);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (source: ");
		result.append(source);
		result.append(", fileName: ");
		result.append(fileName);
		result.append(", encoding: ");
		result.append(encoding);
		result.append(", exitCode: ");
		result.append(exitCode);
		result.append(", capturedAt: ");
		result.append(capturedAt);
		result.append(", content: ");
		result.append(content);
		result.append(", outputKind: ");
		result.append(outputKind);
		result.append(')');
		return result.toString();
	}

} //RawEvidenceImpl
