package nl.veerkracht.model;

/**
 * Which of CBS's open data services an indicator with {@code source: cbs} is read from
 * ({@code api: v3} or {@code api: v4}); v3 when the file says nothing.
 */
public enum CbsApi implements Vocabulary {
    /** OData v3, {@code opendata.cbs.nl/ODataApi/odata}: {@code DataProperties}, {@code TypedDataSet}. */
    V3("v3"),
    /** OData v4, {@code odata4.cbs.nl/CBS}: {@code Observations}, {@code MeasureCodes}, {@code <Dimension>Codes}. */
    V4("v4");

    private final String code;

    CbsApi(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
