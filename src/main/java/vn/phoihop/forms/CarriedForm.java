package vn.phoihop.forms;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpSession;

/**
 * The values of a form posted after its session had expired, kept in the new session until the user
 * has logged in again and opens the form: {@link UnsentForms#show} then makes them the user's draft,
 * if the user is the one the form was rendered for ({@code ownerId}, a hidden field of the form).
 */
record CarriedForm(String place, String ownerId, Map<String, List<String>> parameters, boolean hadFiles)
        implements Serializable {

    static final String SESSION_ATTRIBUTE = CarriedForm.class.getName();

    /** The carried form of this place, removed from the session; null when there is none. */
    static CarriedForm take(HttpSession session, FormPlace place) {
        if (session == null || !(session.getAttribute(SESSION_ATTRIBUTE) instanceof CarriedForm carried)
                || !carried.place().equals(place.key())) {
            return null;
        }
        session.removeAttribute(SESSION_ATTRIBUTE);
        return carried;
    }
}
