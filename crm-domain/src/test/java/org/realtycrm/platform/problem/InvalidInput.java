package org.realtycrm.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Runs a call that must be refused as invalid input and hands back the one field it names. */
public final class InvalidInput {

    private InvalidInput() {
    }

    public static FieldError rejectedField(ThrowingCallable call) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, call);
        assertThat(e).as("an InvalidInputException").isNotNull();
        assertThat(e.errors()).hasSize(1);
        return e.errors().get(0);
    }
}
