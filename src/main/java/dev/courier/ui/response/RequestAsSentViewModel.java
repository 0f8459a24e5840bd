package dev.courier.ui.response;

import dev.courier.core.model.Exchange;
import dev.courier.core.model.Hop;
import java.util.List;
import java.util.stream.IntStream;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Request tab: the request as it went out, as text. After redirects it offers every request of the chain, the
 * first one shown by default.
 */
public final class RequestAsSentViewModel {

    private final ObservableList<String> choices = FXCollections.observableArrayList();
    private final ObservableList<String> choicesView = FXCollections.unmodifiableObservableList(choices);
    private final IntegerProperty choice = new SimpleIntegerProperty(this, "choice");
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private Exchange exchange;

    public RequestAsSentViewModel() {
        choice.addListener((obs, old, now) -> showChoice());
    }

    public void show(Exchange shown) {
        exchange = shown;
        choices.setAll(labels(shown.hops()));
        choice.set(0);
        showChoice();
    }

    public void clear() {
        exchange = null;
        choices.clear();
        text.set("");
    }

    /** "First request: GET …", "Redirect 1: GET …", "Final request: GET …"; empty without redirects. */
    public ObservableList<String> choices() {
        return choicesView;
    }

    /** Which request of the chain is shown: 0, the first, by default. */
    public IntegerProperty choiceProperty() {
        return choice;
    }

    /** The request line, every header sent, a blank line and the body. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    private void showChoice() {
        if (exchange == null) {
            return;
        }
        int index = choice.get();
        List<Hop> hops = exchange.hops();
        text.set(ExchangeText.request(index >= 0 && index < hops.size() ? hops.get(index).request()
                : exchange.request()));
    }

    private static List<String> labels(List<Hop> hops) {
        if (hops.size() < 2) {
            return List.of();
        }
        return IntStream.range(0, hops.size()).mapToObj(i -> {
            String which = i == 0 ? "First request" : i == hops.size() - 1 ? "Final request" : "Redirect " + i;
            return which + ": " + ExchangeText.requestLine(hops.get(i).request());
        }).toList();
    }
}
