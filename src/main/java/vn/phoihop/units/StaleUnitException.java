package vn.phoihop.units;

/** Someone else changed the unit since the editor opened it: the edit is refused (409), not merged. */
class StaleUnitException extends RuntimeException {

    StaleUnitException(String code) {
        super("Unit " + code + " was changed meanwhile");
    }
}
