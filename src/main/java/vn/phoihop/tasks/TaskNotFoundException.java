package vn.phoihop.tasks;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The task does not exist or is none of the user's business: the answer is the same, so nothing leaks. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class TaskNotFoundException extends RuntimeException {

    TaskNotFoundException() {
        super("Task not found");
    }
}
