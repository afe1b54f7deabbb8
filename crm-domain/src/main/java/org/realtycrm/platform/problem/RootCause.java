package org.realtycrm.platform.problem;

/**
 * A failure in the words of its deepest cause: what a job's record shows a person when a step fails (the batch
 * runtime and the container wrap the cause that says what went wrong in exceptions of their own).
 */
public final class RootCause {

    private RootCause() {
    }

    public static String message(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
