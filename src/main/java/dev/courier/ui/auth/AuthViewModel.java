package dev.courier.ui.auth;

import dev.courier.core.http.RequestPreparer;
import dev.courier.core.model.Auth;
import dev.courier.core.model.Header;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The request's Auth tab. It owns the Authorization header (or the API key): the header table shows what it adds as
 * a derived, read-only row. A header typed by hand under the same name still wins when sending (as curl does), and
 * the derived row then says it is overridden. Every scheme keeps its fields while another is chosen.
 */
public final class AuthViewModel {

    /** The schemes the tab offers. */
    public enum Type {
        INHERIT("Inherit from folder or collection"), NONE("No auth"), BEARER("Bearer token"), BASIC("Basic auth"),
        API_KEY("API key");

        private final String label;

        Type(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    public static final String DEFAULT_TOKEN = "{{token}}";

    private final ObjectProperty<Type> type = new SimpleObjectProperty<>(this, "type", Type.BEARER);
    private final StringProperty token = new SimpleStringProperty(this, "token", DEFAULT_TOKEN);
    private final StringProperty username = new SimpleStringProperty(this, "username", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final StringProperty keyName = new SimpleStringProperty(this, "keyName", "X-API-Key");
    private final StringProperty keyValue = new SimpleStringProperty(this, "keyValue", "");
    private final ObjectProperty<Auth.ApiKey.Location> keyLocation =
            new SimpleObjectProperty<>(this, "keyLocation", Auth.ApiKey.Location.HEADER);
    private final BooleanProperty revealed = new SimpleBooleanProperty(this, "revealed", false);
    private Type lastScheme = Type.BEARER;

    public AuthViewModel() {
        type.addListener((obs, old, now) -> {
            if (now != Type.NONE && now != Type.INHERIT) {
                lastScheme = now;
            }
        });
    }

    /** The auth sent; inherit and none both send none of their own (see {@link #inheritsAuth()}). */
    public Auth toAuth() {
        return auth(type.get());
    }

    private Auth auth(Type scheme) {
        return switch (scheme) {
            case BEARER -> new Auth.Bearer(token.get());
            case BASIC -> new Auth.Basic(username.get(), password.get());
            case API_KEY -> new Auth.ApiKey(keyName.get(), keyValue.get(), keyLocation.get());
            default -> Auth.NONE;
        };
    }

    /** Whether a saved request takes its folder's or collection's auth. */
    public boolean inheritsAuth() {
        return type.get() == Type.INHERIT;
    }

    /** Shows {@code auth}; a request without its own auth inherits or sends none as {@code inherit} says. */
    public void load(Auth auth, boolean inherit) {
        if (auth instanceof Auth.Bearer bearer) {
            token.set(bearer.token());
            type.set(Type.BEARER);
        } else if (auth instanceof Auth.Basic basic) {
            username.set(basic.username());
            password.set(basic.password());
            type.set(Type.BASIC);
        } else if (auth instanceof Auth.ApiKey key) {
            keyName.set(key.name());
            keyValue.set(key.value());
            keyLocation.set(key.location());
            type.set(Type.API_KEY);
        } else {
            type.set(inherit ? Type.INHERIT : Type.NONE);
        }
    }

    /** The header this auth adds, for the header table's derived row. */
    public Optional<Header> derivedHeader() {
        return RequestPreparer.authHeader(toAuth());
    }

    /**
     * The header of the scheme chosen now or, while the auth is switched off, of the one used before; empty while
     * it inherits or uses no header (an API key in the query).
     */
    public Optional<Header> schemeHeader() {
        return type.get() == Type.INHERIT ? Optional.empty()
                : RequestPreparer.authHeader(auth(type.get() == Type.NONE ? lastScheme : type.get()));
    }

    /** Switches the auth off (none) or back on to the scheme used last, from the derived row's checkbox. */
    public void setEnabled(boolean on) {
        type.set(on ? lastScheme : Type.NONE);
    }

    public ObjectProperty<Type> typeProperty() {
        return type;
    }

    public StringProperty tokenProperty() {
        return token;
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty keyNameProperty() {
        return keyName;
    }

    public StringProperty keyValueProperty() {
        return keyValue;
    }

    public ObjectProperty<Auth.ApiKey.Location> keyLocationProperty() {
        return keyLocation;
    }

    /** Whether secrets are shown in clear text in the tab (masked by default). */
    public BooleanProperty revealedProperty() {
        return revealed;
    }

    public Observable[] observables() {
        return new Observable[] {type, token, username, password, keyName, keyValue, keyLocation};
    }
}
