package vn.phoihop.models;

/** Someone changed the model since the form was opened: the page shows it again as it stands, with a 409. */
class StaleModelException extends RuntimeException {

    StaleModelException() {
        super("The model changed since the form was opened");
    }
}
