package vn.phoihop.commendations;

/** The forms an issued decision is kept in: Word for the office to edit and print, PDF to read and print as is. */
public enum DecisionFormat {

    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    PDF("pdf", "application/pdf");

    private final String extension;
    private final String contentType;

    DecisionFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }
}
