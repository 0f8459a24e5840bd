package dev.courier.ui.params;

import dev.courier.core.url.PathVariable;
import dev.courier.core.url.PathVariables;
import dev.courier.core.url.QueryParam;
import dev.courier.core.url.QueryParams;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The query-parameter table and the path variables, kept in step with the URL text both ways: typing in the URL
 * fills the table (disabled rows and descriptions stay), editing the table rewrites the URL's query. A change made
 * by one side is not echoed back, so the cell or the field being typed in keeps its caret.
 */
public final class ParamsViewModel {

    private final StringProperty url;
    private final ObservableList<ParamRow> params = FXCollections.observableArrayList(ParamRow::observables);
    private final ObservableList<PathVariableRow> pathVariables =
            FXCollections.observableArrayList(PathVariableRow::observables);
    private boolean syncing;

    public ParamsViewModel(StringProperty url) {
        this.url = url;
        url.addListener((obs, old, now) -> {
            if (!syncing) {
                fromUrl(now);
            }
        });
        params.addListener((ListChangeListener<ParamRow>) change -> {
            if (!syncing) {
                toUrl();
            }
        });
        fromUrl(url.get());
    }

    /** The table as query parameters, disabled rows included. */
    public List<QueryParam> queryParams() {
        return params.stream().map(ParamRow::toParam).toList();
    }

    public List<PathVariable> pathVariableValues() {
        return pathVariables.stream().map(PathVariableRow::toVariable).toList();
    }

    /** Replaces the table and the path values, e.g. for a loaded request whose URL is already set. */
    public void load(List<QueryParam> rows, List<PathVariable> values) {
        syncing = true;
        try {
            params.setAll(rows.stream().map(ParamRow::new).toList());
            pathVariables.setAll(PathVariables.sync(url.get(), values).stream().map(PathVariableRow::new).toList());
        } finally {
            syncing = false;
        }
    }

    public ParamRow addParam() {
        ParamRow row = new ParamRow();
        params.add(row);
        return row;
    }

    private void fromUrl(String text) {
        syncing = true;
        try {
            List<QueryParam> rows = QueryParams.fromUrl(text, queryParams());
            for (int i = 0; i < rows.size(); i++) {
                if (i < params.size()) {
                    params.get(i).show(rows.get(i)); // the same row objects: the table keeps its cells
                } else {
                    params.add(new ParamRow(rows.get(i)));
                }
            }
            params.remove(rows.size(), params.size());
            List<PathVariable> values = PathVariables.sync(text, pathVariableValues());
            if (!values.equals(pathVariableValues())) {
                pathVariables.setAll(values.stream().map(PathVariableRow::new).toList());
            }
        } finally {
            syncing = false;
        }
    }

    private void toUrl() {
        syncing = true;
        try {
            url.set(QueryParams.toUrl(url.get(), queryParams()));
        } finally {
            syncing = false;
        }
    }

    public ObservableList<ParamRow> params() {
        return params;
    }

    public ObservableList<PathVariableRow> pathVariables() {
        return pathVariables;
    }

    /** What changes the request, for views that follow it. */
    public Observable[] observables() {
        return new Observable[] {params, pathVariables};
    }
}
