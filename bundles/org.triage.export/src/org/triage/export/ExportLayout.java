package org.triage.export;

/** The names inside an export, format {@value #FORMAT}. */
public final class ExportLayout {

    public static final String FORMAT = "triage-export/1";
    public static final String MANIFEST = "manifest.json";
    public static final String SESSION = "session.xmi";
    public static final String REPORT_HTML = "report.html";
    public static final String REPORT_MARKDOWN = "report.md";
    public static final String EVIDENCE_FOLDER = "evidence/";
    /** Where the pseudonym map goes by default: next to the export, never inside it. */
    public static final String MAP_SUFFIX = ".map.json";

    private ExportLayout() {
    }
}
