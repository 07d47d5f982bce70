package nl.veerkracht.model;

/** Where an indicator's figures come from (checklist point 4). */
public enum IndicatorSource implements Vocabulary {
    CBS("cbs"),
    KVK("kvk"),
    WAARSTAATJEGEMEENTE("waarstaatjegemeente"),
    ARBEIDSMARKTINZICHT("arbeidsmarktinzicht"),
    OWN("own");

    private final String code;

    IndicatorSource(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
