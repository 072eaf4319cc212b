package io.scitex.console.ui.common;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableColumn;

/** Cell value factories for the tables' text columns. */
public final class Columns {
    private Columns() {}

    public static <R> void bind(TableColumn<R, String> column, Function<R, ObservableValue<String>> value) {
        column.setCellValueFactory(features -> value.apply(features.getValue()));
    }

    /** A value that never changes for the row. */
    public static ObservableValue<String> fixed(String value) {
        return new ReadOnlyStringWrapper(value).getReadOnlyProperty();
    }
}
