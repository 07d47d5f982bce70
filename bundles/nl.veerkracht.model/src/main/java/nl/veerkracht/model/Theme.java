package nl.veerkracht.model;

/** The broad transition themes of checklist point 3, on actions and provincial tasks. */
public enum Theme implements Vocabulary {
    CIRCULARITEIT("circulariteit"),
    ENERGIETRANSITIE("energietransitie"),
    INNOVATIE("innovatie"),
    DIGITALISERING("digitalisering");

    private final String code;

    Theme(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
