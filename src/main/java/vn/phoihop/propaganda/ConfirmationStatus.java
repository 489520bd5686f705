package vn.phoihop.propaganda;

/** A receiving organisation's part: asked, or confirmed with its reach. */
public enum ConfirmationStatus {
    PENDING, CONFIRMED
}
