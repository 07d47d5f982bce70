package nl.veerkracht.report;

/** The file the report is written as. */
public enum ReportFormat {
    /** A4 pages, numbered, with the font embedded. */
    PDF("pdf"),
    /** One self-contained file: the style and the charts (SVG) inside, nothing fetched. */
    HTML("html");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    /** The file name's extension, without the dot. */
    public String extension() {
        return extension;
    }
}
