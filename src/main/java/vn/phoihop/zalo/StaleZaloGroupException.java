package vn.phoihop.zalo;

/** Someone changed the group since the form was opened: the page shows it again as it stands, with a 409. */
class StaleZaloGroupException extends RuntimeException {

    StaleZaloGroupException() {
        super("The Zalo group changed since the form was opened");
    }
}
