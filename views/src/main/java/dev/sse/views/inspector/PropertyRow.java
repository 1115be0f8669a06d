package dev.sse.views.inspector;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One field of the property sheet: its format-v1 name ({@code profitFromCorruption}, {@code security.topN}), the text
 * in its field, and the file reader's message while that text would not read (empty otherwise).
 */
public final class PropertyRow {

    private final String field;
    private final boolean editable;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private String shown = "";

    PropertyRow(String field, boolean editable, String value) {
        this.field = field;
        this.editable = editable;
        reset(value);
    }

    public String field() {
        return field;
    }

    public boolean editable() {
        return editable;
    }

    /** The text in the field; the view binds its text field to it both ways. */
    public StringProperty textProperty() {
        return text;
    }

    /** The reader's message about the text, {@code $.path: message}; empty when it reads. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The value in force: what the field shows when nothing is being typed. */
    String shown() {
        return shown;
    }

    void reset(String value) {
        shown = value;
        text.set(value);
        message.set("");
    }

    void setMessage(String value) {
        message.set(value);
    }
}
