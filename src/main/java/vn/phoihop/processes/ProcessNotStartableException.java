package vn.phoihop.processes;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class ProcessNotStartableException extends RuntimeException {

    ProcessNotStartableException() {
        super("Process not found or not startable by this user");
    }
}
