package vn.phoihop.processes;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The process does not exist or the user may not start it: the same answer, so nothing leaks. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ProcessNotStartableException extends RuntimeException {

    ProcessNotStartableException() {
        super("Process not found or not startable by this user");
    }
}
